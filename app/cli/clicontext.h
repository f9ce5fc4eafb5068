#pragma once

#include "app/cli/commandline.h"
#include "app/operations/longoperation.h"

#include <QString>

#include <chrono>

namespace rdsbm::transport {
class HttpTransport;
}
namespace rdsbm::jobs {
class JobTracker;
}

namespace rdsbm::cli {

class AccountResolver;
class Console;

// What every command works with; owned by CliApplication, which outlives the command.
struct CliContext
{
    const CommandLine &commandLine;
    const Console &console;
    transport::HttpTransport &transport;
    jobs::JobTracker &tracker;
    AccountResolver &accounts;
    QString language;                     // en, zh_CN, zh_TW, ja: for the seeds' error wording
    std::chrono::milliseconds pollInterval;
    operations::CallTimeouts timeouts;    // --timeout, for reads and writes alike
    QString stateDirectory;

    const GlobalSettings &globals() const { return commandLine.globals; }
    bool json() const { return commandLine.globals.output == OutputFormat::Json; }
};

} // namespace rdsbm::cli
