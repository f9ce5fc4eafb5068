#pragma once

#include "app/cli/clierror.h"

#include <QString>

namespace rdsbm::cli {

// Where rdsbm writes: results on stdout, progress, prompts and errors on stderr (contract),
// UTF-8, flushed at once so that a pipe sees each line as it comes.
class Console
{
public:
    void printResult(const QString &text) const;
    void note(const QString &line) const;
    void write(const QString &text) const; // stderr, no newline added (prompts)
    void printError(const CliError &error) const;

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
};

} // namespace rdsbm::cli
