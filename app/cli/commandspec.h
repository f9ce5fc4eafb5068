#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rdsbm::cli {

struct OptionSpec
{
    QString name;        // without the leading dashes
    QString valueName;   // empty for a flag
    const char *description = nullptr; // English source, translated in context "rdsbm::cli::Help"
};

// One command of the contract: its words ("alibaba backups list") and its own options.
struct CommandSpec
{
    QStringList words;
    const char *summary = nullptr;
    QList<OptionSpec> options;
};

// The global options, accepted before or after the command.
const QList<OptionSpec> &globalOptions();
// Every command of the contract, in the order `rdsbm --help` lists them.
const QList<CommandSpec> &commandSpecs();

} // namespace rdsbm::cli
