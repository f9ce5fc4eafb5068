#pragma once

#include "app/cloudsim/simulatorconfig.h"

#include <QString>
#include <QStringList>

namespace rdsbm::cloudsim {

// rdsbm-cloudsim's command line (contract.md), plus the extensions listed in --help.
class CommandLine
{
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, UsageError };

    struct Parsed
    {
        Outcome outcome = Outcome::Run;
        SimulatorConfig config;
        QString text; // help, version or the usage error
    };

    static Parsed parse(const QStringList &arguments);
};

} // namespace rdsbm::cloudsim
