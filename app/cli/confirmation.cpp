#include "app/cli/confirmation.h"

#include "app/cli/console.h"
#include "app/cli/terminalprompt.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

Confirmation::Confirmation(const Console &console, bool assumeYes, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_assumeYes(assumeYes)
{
}

void Confirmation::ask(const operations::OperationPreview &preview)
{
    m_console.note(preview.summary);
    for (const QString &detail : preview.details)
        m_console.note(u"  "_s + detail);
    if (preview.overwrites.isEmpty()) {
        m_console.note(tr("Nothing existing is overwritten."));
    } else {
        m_console.note(tr("This overwrites:"));
        for (const QString &overwrite : preview.overwrites)
            m_console.note(u"  - "_s + overwrite);
    }
    if (m_assumeYes) {
        QTimer::singleShot(0, this, &Confirmation::confirmed);
        return;
    }
    if (!Console::stdinIsTerminal()) {
        const CliError error{ExitCode::ConfirmationMissing, u"ConfirmationRequired"_s,
                             tr("This command changes data and there is no terminal to confirm it on: nothing "
                                "was sent. Run it again with --yes to confirm."),
                             {}, {}};
        QTimer::singleShot(0, this, [this, error] { Q_EMIT declined(error); });
        return;
    }
    m_prompt = new TerminalPrompt(this);
    connect(m_prompt, &TerminalPrompt::answered, this, &Confirmation::onAnswer);
    connect(m_prompt, &TerminalPrompt::closed, this, [this] { onAnswer({}); });
    //: The user must type the English word "yes" (or "y") to go on.
    m_prompt->ask(tr("Type yes to go on: "), TerminalPrompt::Echo::Visible);
}

void Confirmation::onAnswer(const QString &answer)
{
    const QString word = answer.trimmed().toLower();
    if (word == u"yes"_s || word == u"y"_s) {
        Q_EMIT confirmed();
        return;
    }
    Q_EMIT declined(CliError{ExitCode::ConfirmationMissing, u"ConfirmationRefused"_s,
                             tr("Not confirmed: nothing was sent."), {}, {}});
}

} // namespace rdsbm::cli
