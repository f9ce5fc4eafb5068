#include "app/cli/console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define RDSBM_ISATTY _isatty
#define RDSBM_FILENO _fileno
#else
#include <unistd.h>
#define RDSBM_ISATTY isatty
#define RDSBM_FILENO fileno
#endif

namespace rdsbm::cli {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::printResult(const QString &text) const
{
    writeTo(stdout, text.endsWith(u'\n') ? text : text + u'\n');
}

void Console::note(const QString &line) const
{
    writeTo(stderr, line + u'\n');
}

void Console::write(const QString &text) const
{
    writeTo(stderr, text);
}

void Console::printError(const CliError &error) const
{
    writeTo(stderr, error.format());
}

bool Console::stdinIsTerminal()
{
    return RDSBM_ISATTY(RDSBM_FILENO(stdin)) != 0;
}

bool Console::stderrIsTerminal()
{
    return RDSBM_ISATTY(RDSBM_FILENO(stderr)) != 0;
}

} // namespace rdsbm::cli
