#pragma once

#include "app/cli/clierror.h"
#include "app/operations/operationpreview.h"

#include <QObject>

namespace rdsbm::cli {

class Console;
class TerminalPrompt;

// The contract's rule for writes: a restore or a backup is confirmed on a terminal, after the
// user has seen what it will do and what it overwrites; without a terminal it needs --yes.
// The preview is written to stderr in every case.
class Confirmation : public QObject
{
    Q_OBJECT

public:
    Confirmation(const Console &console, bool assumeYes, QObject *parent = nullptr);

    void ask(const operations::OperationPreview &preview);

Q_SIGNALS:
    void confirmed();
    // Exit code 6: refused, or no terminal to ask on.
    void declined(const rdsbm::cli::CliError &error);

private:
    void onAnswer(const QString &answer);

    const Console &m_console;
    bool m_assumeYes;
    TerminalPrompt *m_prompt = nullptr;
};

} // namespace rdsbm::cli
