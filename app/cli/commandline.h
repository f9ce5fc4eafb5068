#pragma once

#include "app/cli/commandspec.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdsbm::cli {

enum class OutputFormat { Table, Json };

struct GlobalSettings
{
    QString provider;
    QString region;
    QString endpoint;
    QString profile;
    bool demo = false;
    OutputFormat output = OutputFormat::Table;
    QString language;                  // empty: the system locale
    std::optional<int> timeoutSeconds;
    bool yes = false;
};

// The command line read against the contract: which command, its options, the globals.
struct CommandLine
{
    enum class Request { Run, Help, Version, Invalid };

    Request request = Request::Invalid;
    const CommandSpec *command = nullptr; // null for top-level help and for --version
    QHash<QString, QString> values;       // options with a value
    QSet<QString> flags;                  // options without one
    QStringList arguments;                // words after the command (jobs wait JOB_ID)
    GlobalSettings globals;
    QString error;                        // for Invalid: one sentence naming the problem

    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

// Options may come before or after the command words, as --name value or --name=value.
CommandLine parseCommandLine(const QStringList &argumentsWithoutProgram);

// `rdsbm --help`, or the help of one command, in the current language.
QString helpText(const CommandSpec *command);

} // namespace rdsbm::cli
