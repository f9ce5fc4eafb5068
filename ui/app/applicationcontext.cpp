#include "ui/app/applicationcontext.h"

#include "app/accounts/keychainsecretstore.h"
#include "app/accounts/profilestore.h"
#include "ui/settings/profileaccount.h"

#include "app/catalog/backupcatalog.h"
#include "app/catalog/backuplinks.h"
#include "app/catalog/demoaccounts.h"
#include "app/catalog/instancecatalog.h"
#include "app/cloudsim/simulator.h"
#include "app/downloads/downloadqueue.h"
#include "app/i18n/languagemanager.h"
#include "app/jobs/jobjournal.h"
#include "app/jobs/jobtracker.h"
#include "app/models/backuptablemodel.h"
#include "app/models/instancetreemodel.h"
#include "app/transport/httptransport.h"
#include "ui/restore/jobstatussources.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

ApplicationContext::ApplicationContext(ApplicationOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_transport(std::make_unique<transport::HttpTransport>())
    , m_languages(std::make_unique<i18n::LanguageManager>())
    , m_instances(std::make_unique<catalog::InstanceCatalog>(*m_transport))
    , m_backups(std::make_unique<catalog::BackupCatalog>(*m_instances))
    , m_instanceModel(std::make_unique<models::InstanceTreeModel>(*m_instances))
    , m_backupModel(std::make_unique<models::BackupTableModel>())
{
    m_stateDirectory = m_options.stateDirectory;
    if (m_stateDirectory.isEmpty())
        m_stateDirectory = qEnvironmentVariable("RDSBM_STATE_DIR");
    if (m_stateDirectory.isEmpty())
        m_stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    // Demo jobs and downloads never mix with real ones.
    if (m_options.demo)
        m_stateDirectory = QDir(m_stateDirectory).filePath(u"demo"_s);
    QDir().mkpath(m_stateDirectory);

    m_journal = std::make_unique<jobs::JobJournal>(QDir(m_stateDirectory).filePath(u"jobs.json"_s));
    m_jobs = std::make_unique<jobs::JobTracker>(*m_journal);
    m_downloads = std::make_unique<downloads::DownloadQueue>(
        *m_transport, m_stateDirectory,
        [this](const downloads::QueuedDownload &entry, downloads::LinkDelivery deliver) {
            catalog::fetchFreshDownloadLink(*m_instances, entry.source, this, std::move(deliver));
        });
    m_settings = std::make_unique<QSettings>();
    m_profiles = std::make_unique<accounts::ProfileStore>(*m_settings);
    m_secrets = m_options.secretStore ? m_options.secretStore : std::make_shared<accounts::KeychainSecretStore>();
    connectBackupModel();
    connect(m_languages.get(), &i18n::LanguageManager::languageChanged, this, [this] {
        m_backupModel->retranslate();
        m_instanceModel->retranslate();
    });
}

ApplicationContext::~ApplicationContext()
{
    // Views and models go before the catalogs they adapt, the catalogs before the transport.
    m_downloads.reset();
    m_jobs.reset();
    m_backupModel.reset();
    m_instanceModel.reset();
    m_backups.reset();
    m_instances.reset();
    m_simulator.reset();
    m_profiles.reset();
    m_settings.reset();
}

bool ApplicationContext::start(QString &error)
{
    QString language = m_options.language;
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s).toString();
    if (language.isEmpty() || !i18n::LanguageManager::supportedLanguages().contains(language))
        language = i18n::LanguageManager::languageForLocale(QLocale::system());
    m_languages->setLanguage(language);
    // After any source a test put in first (the first that handles a job follows it), before resuming.
    installJobStatusSources(*m_jobs, *m_instances, *m_transport);

    QString problem;
    if (!m_journal->load(problem))
        m_startupProblems.append(problem);

    if (m_options.demo) {
        m_simulator = std::make_unique<cloudsim::CloudSimulator>(cloudsim::SimulatorConfig{});
        if (!m_simulator->start()) {
            error = m_simulator->errorString();
            return false;
        }
        m_instances->setAccounts(catalog::demoAccounts(m_simulator->baseUrl()));
        m_instances->refresh();
        resumeUnfinishedWork();
    } else {
        m_environmentAccounts = environmentAccounts();
        // Unfinished jobs and downloads need their accounts: they resume once the secrets are read.
        reloadAccounts();
    }
    return true;
}

bool ApplicationContext::hasAccounts() const
{
    return m_options.demo || !m_environmentAccounts.isEmpty() || !m_profiles->profileNames().isEmpty();
}

void ApplicationContext::reloadAccounts()
{
    if (m_options.demo)
        return;
    const quint64 generation = ++m_accountGeneration;
    const QList<accounts::Profile> profiles = m_profiles->profiles();
    if (profiles.isEmpty()) {
        m_accountProblems.clear();
        applyAccounts({});
        return;
    }
    // The keychain answers each read on its own; the accounts change once, when all have answered.
    struct Pending
    {
        QList<std::optional<catalog::CloudAccount>> accounts;
        QStringList problems;
        qsizetype remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->accounts.resize(profiles.size());
    pending->remaining = profiles.size();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const accounts::Profile profile = profiles.at(i);
        m_secrets->readSecret(accounts::SecretStore::keyForProfile(profile.name), this,
                              [this, generation, pending, profile, i](const accounts::SecretResult &result) {
            if (generation != m_accountGeneration)
                return; // a newer reload is under way
            const auto secret = result.ok() ? accounts::ProfileSecret::fromStoredText(result.secret) : std::nullopt;
            if (secret && !secret->isEmpty()) {
                const QUrl endpoint = profile.provider == Provider::Alibaba ? m_options.alibabaEndpoint
                                                                             : m_options.huaweiEndpoint;
                pending->accounts[i] = profileAccount(profile, *secret, endpoint);
            } else {
                pending->problems.append(
                    tr("The profile %1 was left out: its secret could not be read from the system keychain (%2).")
                        .arg(profile.name, result.ok() ? tr("the entry is empty") : result.errorMessage));
            }
            if (--pending->remaining > 0)
                return;
            QList<catalog::CloudAccount> ready;
            for (const auto &account : std::as_const(pending->accounts))
                if (account)
                    ready.append(*account);
            m_accountProblems = pending->problems;
            applyAccounts(ready);
        });
    }
}

void ApplicationContext::applyAccounts(const QList<catalog::CloudAccount> &profileAccounts)
{
    m_instances->setAccounts(m_environmentAccounts + profileAccounts);
    m_instances->refresh();
    resumeUnfinishedWork();
    Q_EMIT accountsChanged();
}

void ApplicationContext::resumeUnfinishedWork()
{
    if (m_workResumed)
        return;
    m_workResumed = true;
    m_jobs->resumeUnfinished();
    const QString problem = m_downloads->load();
    if (!problem.isEmpty())
        m_startupProblems.append(problem);
}

QUrl ApplicationContext::simulatorUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QUrl();
}

QList<catalog::CloudAccount> ApplicationContext::environmentAccounts() const
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QList<catalog::CloudAccount> accounts;
    if (environment.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s)) {
        catalog::CloudAccount account;
        account.profileName = u"environment-alibaba"_s;
        account.provider = Provider::Alibaba;
        account.alibaba.credentials = {environment.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s),
                                       environment.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s),
                                       environment.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s)};
        account.alibaba.regionId = u"cn-hangzhou"_s;
        account.alibaba.endpoint = m_options.alibabaEndpoint;
        accounts.append(account);
    }
    if (environment.contains(u"HUAWEICLOUD_SDK_AK"_s)) {
        catalog::CloudAccount account;
        account.profileName = u"environment-huawei"_s;
        account.provider = Provider::Huawei;
        account.regions = {u"cn-north-4"_s};
        account.huawei.profileName = account.profileName;
        account.huawei.credentials = {environment.value(u"HUAWEICLOUD_SDK_AK"_s),
                                      environment.value(u"HUAWEICLOUD_SDK_SK"_s), {}};
        account.huawei.regionId = u"cn-north-4"_s;
        account.huawei.projectId = environment.value(u"HUAWEICLOUD_SDK_PROJECT_ID"_s);
        account.huawei.endpoint = m_options.huaweiEndpoint;
        accounts.append(account);
    }
    return accounts;
}

void ApplicationContext::connectBackupModel()
{
    connect(m_backups.get(), &catalog::BackupCatalog::reset, m_backupModel.get(), &models::BackupTableModel::setBackups);
    connect(m_backups.get(), &catalog::BackupCatalog::appended, m_backupModel.get(),
            &models::BackupTableModel::appendBackups);
    connect(m_backups.get(), &catalog::BackupCatalog::merged, m_backupModel.get(),
            &models::BackupTableModel::mergeBackups);
}

} // namespace rdsbm::ui
