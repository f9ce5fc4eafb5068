#include "ui/restore/requestpreview.h"

#include <QFontDatabase>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

RequestPreview::RequestPreview(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"requestPreviewPlainTextEdit"_s);
    setReadOnly(true);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Request that will be sent"));
}

QString RequestPreview::formatParameters(const QString &firstLine, const signing::QueryParameters &parameters,
                                         const QStringList &masked)
{
    QStringList lines{firstLine};
    for (const auto &[name, value] : parameters)
        lines.append(name + u'=' + (masked.contains(name) ? u"••••••••"_s : value));
    return lines.join(u'\n');
}

void RequestPreview::showParameters(const QString &firstLine, const signing::QueryParameters &parameters,
                                    const QStringList &masked)
{
    setPlainText(formatParameters(firstLine, parameters, masked));
}

void RequestPreview::showBody(const QString &firstLine, const QByteArray &body)
{
    // The body is shown indented for reading; the bytes sent are the compact form.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QByteArray readable = document.isNull() ? body : document.toJson(QJsonDocument::Indented);
    setPlainText(firstLine + u'\n' + QString::fromUtf8(readable).trimmed());
}

} // namespace rdsbm::ui
