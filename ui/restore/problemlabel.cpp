#include "ui/restore/problemlabel.h"

#include "app/errors/errorcatalog.h"
#include "app/transport/apiresult.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    hide();
    applyColour();
}

void ProblemLabel::showProblems(const InputProblems &problems)
{
    QStringList lines;
    for (const InputProblem &problem : problems) {
        const QString line = u"• "_s + problem.message;
        if (!lines.contains(line))
            lines.append(line);
    }
    showMessage(lines.join(u'\n'));
}

QString ProblemLabel::failureText(const transport::ApiResult &result, const QString &provider,
                                  const QString &operation)
{
    using transport::Outcome;
    QString cause;
    switch (result.outcome) {
    case Outcome::ServiceError:
        cause = errors::ErrorCatalog::builtIn().displayText(provider, result.errorCode, QLocale().name(),
                                                             result.errorMessage, operation);
        break;
    case Outcome::NetworkError:
        cause = tr("The service could not be reached: %1").arg(result.errorMessage);
        break;
    case Outcome::TimedOut:
        cause = tr("The service did not answer in time.");
        break;
    case Outcome::HttpError:
        cause = tr("The service answered with HTTP status %1.").arg(result.httpStatus);
        break;
    case Outcome::ParseError:
        cause = tr("The service's answer could not be read: %1").arg(result.errorMessage);
        break;
    case Outcome::Canceled:
        cause = tr("The request was canceled.");
        break;
    case Outcome::Pending:
    case Outcome::Succeeded:
        break;
    }
    QStringList details;
    if (!result.errorCode.isEmpty())
        details.append(tr("Code: %1").arg(result.errorCode));
    if (!result.requestId.isEmpty())
        details.append(tr("Request ID: %1").arg(result.requestId));
    if (details.isEmpty())
        return cause;
    return cause + u'\n' + details.join(u"    "_s);
}

void ProblemLabel::showFailure(const QString &what, const transport::ApiResult &result, const QString &provider,
                               const QString &operation)
{
    showMessage(what + u'\n' + failureText(result, provider, operation));
}

void ProblemLabel::showMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::clearProblems()
{
    showMessage(QString());
}

void ProblemLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColour();
    QLabel::changeEvent(event);
}

// A red that reads on both light and dark windows.
void ProblemLabel::applyColour()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    QPalette colours = palette();
    if (colours.color(QPalette::WindowText) == red)
        return;
    colours.setColor(QPalette::WindowText, red);
    setPalette(colours);
}

} // namespace rdsbm::ui
