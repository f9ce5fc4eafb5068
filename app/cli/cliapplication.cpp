#include "app/cli/cliapplication.h"

#include "app/accounts/credentialresolver.h"
#include "app/accounts/keychainsecretstore.h"
#include "app/accounts/profilestore.h"
#include "app/cli/accountresolver.h"
#include "app/cli/alibababackupscommand.h"
#include "app/cli/alibabainstancescommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/createbackupcommand.h"
#include "app/cli/dbsplanscommand.h"
#include "app/cli/dbsrestorecommand.h"
#include "app/cli/downloadbackupcommand.h"
#include "app/cli/huaweilistcommand.h"
#include "app/cli/huaweirestorecommand.h"
#include "app/cli/jobslistcommand.h"
#include "app/cli/jobswaitcommand.h"
#include "app/cli/restoreddrcommand.h"
#include "app/cloudsim/simulator.h"
#include "app/i18n/languagemanager.h"
#include "app/jobs/jobjournal.h"
#include "app/jobs/jobtracker.h"
#include "app/transport/httptransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

CliApplication::CliApplication(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
{
}

CliApplication::~CliApplication()
{
    // The command uses everything below; it goes first.
    delete m_command.data();
    m_tracker.reset();
    m_simulator.reset();
}

QString CliApplication::stateDirectory(bool demo)
{
    QString directory = qEnvironmentVariable(stateDirectoryVariable);
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    // Demo jobs never mix with real ones (the desktop application does the same).
    return demo ? QDir(directory).filePath(u"demo"_s) : directory;
}

QString CliApplication::preferredLanguage() const
{
    // Read before the command line is parsed, so that its own errors are translated too.
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString &argument = m_arguments.at(i);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
        if (argument == u"--lang"_s && i + 1 < m_arguments.size())
            return m_arguments.at(i + 1);
    }
    return i18n::LanguageManager::languageForLocale(QLocale::system());
}

int CliApplication::fail(const CliError &error)
{
    m_console.printError(error);
    return int(error.exitCode);
}

bool CliApplication::usesJournal() const
{
    const QStringList &words = m_commandLine.command->words;
    return words.first() == u"jobs"_s || words.contains(u"create"_s) || words.last() == u"restore"_s
        || words.last() == u"restore-ddr"_s;
}

int CliApplication::start()
{
    m_languages = std::make_unique<i18n::LanguageManager>();
    if (!m_languages->setLanguage(preferredLanguage()))
        m_languages->setLanguage(u"en"_s);

    m_commandLine = parseCommandLine(m_arguments);
    switch (m_commandLine.request) {
    case CommandLine::Request::Help:
        m_console.printResult(helpText(m_commandLine.command));
        return 0;
    case CommandLine::Request::Version:
        m_console.printResult(u"rdsbm "_s + QCoreApplication::applicationVersion());
        return 0;
    case CommandLine::Request::Invalid:
        return fail(usageError(m_commandLine.error));
    case CommandLine::Request::Run:
        break;
    }
    const GlobalSettings &globals = m_commandLine.globals;
    const QString group = m_commandLine.command->words.first();
    if (!globals.provider.isEmpty() && group != u"jobs"_s
        && globals.provider != (group == u"huawei"_s ? u"huawei"_s : u"alibaba"_s))
        return fail(usageError(tr("--provider %1 does not match the command \"%2\".")
                                   .arg(globals.provider, m_commandLine.command->words.join(u' '))));
    QUrl endpoint;
    if (!globals.endpoint.isEmpty()) {
        endpoint = QUrl(globals.endpoint, QUrl::StrictMode);
        if (!endpoint.isValid() || endpoint.host().isEmpty()
            || (endpoint.scheme() != u"http"_s && endpoint.scheme() != u"https"_s))
            return fail(usageError(tr("--endpoint needs an http or https URL such as https://rds.aliyuncs.com; "
                                      "\"%1\" is not one.")
                                       .arg(globals.endpoint)));
        if (globals.demo)
            return fail(usageError(tr("--endpoint and --demo exclude each other: --demo uses the built-in simulator.")));
    }

    const QString directory = stateDirectory(globals.demo);
    m_journal = std::make_unique<jobs::JobJournal>(QDir(directory).filePath(u"jobs.json"_s));
    QString journalProblem;
    if (!m_journal->load(journalProblem) && usesJournal()) {
        // Writing now would replace the damaged file: leave it for the user to look at.
        return fail(CliError{ExitCode::LocalFailure, u"JournalDamaged"_s, journalProblem, {}, {}});
    }
    m_tracker = std::make_unique<jobs::JobTracker>(*m_journal);
    std::chrono::milliseconds pollInterval = defaultPollInterval;
    if (const QString value = qEnvironmentVariable(pollIntervalVariable); !value.isEmpty()) {
        bool ok = false;
        const int milliseconds = value.toInt(&ok);
        if (ok && milliseconds >= 10 && milliseconds <= 600000)
            pollInterval = std::chrono::milliseconds(milliseconds);
    }
    m_tracker->setPollInterval(pollInterval);

    m_transport = std::make_unique<transport::HttpTransport>();
    AccountResolver::Options options;
    options.profile = globals.profile;
    options.region = globals.region;
    options.endpoint = endpoint;
    if (globals.demo) {
        m_simulator = std::make_unique<cloudsim::CloudSimulator>(cloudsim::SimulatorConfig{});
        if (!m_simulator->start())
            return fail(CliError{ExitCode::LocalFailure, u"DemoUnavailable"_s,
                                 tr("The built-in simulator could not start: %1").arg(m_simulator->errorString()),
                                 {}, {}});
        options.demoUrl = m_simulator->baseUrl();
    } else {
        m_settings = std::make_unique<QSettings>();
        m_profiles = std::make_unique<accounts::ProfileStore>(*m_settings);
        m_secrets = std::make_unique<accounts::KeychainSecretStore>();
        m_credentials = std::make_unique<accounts::CredentialResolver>(*m_profiles, *m_secrets);
    }
    m_accounts = std::make_unique<AccountResolver>(options, m_credentials.get());

    operations::CallTimeouts timeouts;
    if (globals.timeoutSeconds) {
        timeouts.reads = std::chrono::seconds(*globals.timeoutSeconds);
        timeouts.writes = timeouts.reads;
    }
    m_context = std::unique_ptr<CliContext>(new CliContext{m_commandLine, m_console, *m_transport, *m_tracker,
                                                           *m_accounts, m_languages->language(), pollInterval,
                                                           timeouts, directory});
    m_command = createCommand();
    connect(m_command, &Command::finished, this, [](int exitCode) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); },
                                  Qt::QueuedConnection);
    });
    QTimer::singleShot(0, m_command, &Command::start);
    return -1;
}

Command *CliApplication::createCommand()
{
    CliContext &context = *m_context;
    const QString command = m_commandLine.command->words.join(u' ');
    if (command == u"alibaba instances list"_s)
        return new AlibabaInstancesCommand(context, this);
    if (command == u"alibaba backups list"_s)
        return new AlibabaBackupsCommand(context, this);
    if (command == u"alibaba backups create"_s)
        return new CreateBackupCommand(context, this);
    if (command == u"alibaba backups download"_s)
        return new DownloadBackupCommand(context, this);
    if (command == u"alibaba restore-ddr"_s)
        return new RestoreDdrCommand(context, this);
    if (command == u"dbs plans list"_s)
        return new DbsPlansCommand(context, this);
    if (command == u"dbs restore"_s)
        return new DbsRestoreCommand(context, this);
    if (command == u"huawei instances list"_s)
        return new HuaweiListCommand(context, HuaweiListCommand::List::Instances, this);
    if (command == u"huawei backups list"_s)
        return new HuaweiListCommand(context, HuaweiListCommand::List::Backups, this);
    if (command == u"huawei restore"_s)
        return new HuaweiRestoreCommand(context, this);
    if (command == u"jobs list"_s)
        return new JobsListCommand(context, this);
    return new JobsWaitCommand(context, this);
}

} // namespace rdsbm::cli
