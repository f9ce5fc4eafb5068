#pragma once

#include "app/cli/commandline.h"
#include "app/cli/console.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <memory>

class QSettings;

namespace rdsbm::transport {
class HttpTransport;
}
namespace rdsbm::cloudsim {
class CloudSimulator;
}
namespace rdsbm::i18n {
class LanguageManager;
}
namespace rdsbm::jobs {
class JobJournal;
class JobTracker;
}
namespace rdsbm::accounts {
class ProfileStore;
class SecretStore;
class CredentialResolver;
}

namespace rdsbm::cli {

class AccountResolver;
class Command;
struct CliContext;

// rdsbm's composition root: reads the command line, installs the language, opens the shared job
// journal, starts the embedded simulator for --demo, resolves accounts, and runs one command
// from the event loop. Its exit code is the contract's.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    // Where the job journal lives: RDSBM_STATE_DIR, else the application's data folder (the
    // desktop application's too); "demo" inside it in demo mode.
    static constexpr const char *stateDirectoryVariable = "RDSBM_STATE_DIR";
    static constexpr const char *pollIntervalVariable = "RDSBM_POLL_INTERVAL_MS";
    static constexpr std::chrono::milliseconds defaultPollInterval{3000};

    explicit CliApplication(QStringList arguments, QObject *parent = nullptr);
    ~CliApplication() override;

    // Returns an exit code when there is nothing to run (help, version, a usage error), else -1:
    // the command has been scheduled and ends the event loop with its exit code.
    int start();

    static QString stateDirectory(bool demo);

private:
    int fail(const CliError &error);
    QString preferredLanguage() const;
    bool usesJournal() const;
    Command *createCommand();

    QStringList m_arguments;
    Console m_console;
    CommandLine m_commandLine;
    std::unique_ptr<i18n::LanguageManager> m_languages;
    std::unique_ptr<transport::HttpTransport> m_transport;
    std::unique_ptr<cloudsim::CloudSimulator> m_simulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<accounts::ProfileStore> m_profiles;
    std::unique_ptr<accounts::SecretStore> m_secrets;
    std::unique_ptr<accounts::CredentialResolver> m_credentials;
    std::unique_ptr<AccountResolver> m_accounts;
    std::unique_ptr<jobs::JobJournal> m_journal;
    std::unique_ptr<jobs::JobTracker> m_tracker;
    std::unique_ptr<CliContext> m_context;
    QPointer<Command> m_command;
};

} // namespace rdsbm::cli
