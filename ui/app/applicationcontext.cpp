#include "ui/app/applicationcontext.h"

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
}

bool ApplicationContext::start(QString &error)
{
    QString language = m_options.language;
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s).toString();
    if (language.isEmpty() || !i18n::LanguageManager::supportedLanguages().contains(language))
        language = i18n::LanguageManager::languageForLocale(QLocale::system());
    m_languages->setLanguage(language);

    QList<catalog::CloudAccount> accounts;
    if (m_options.demo) {
        m_simulator = std::make_unique<cloudsim::CloudSimulator>(cloudsim::SimulatorConfig{});
        if (!m_simulator->start()) {
            error = m_simulator->errorString();
            return false;
        }
        accounts = catalog::demoAccounts(m_simulator->baseUrl());
    } else {
        accounts = environmentAccounts();
    }
    m_instances->setAccounts(accounts);
    m_instances->refresh();

    QString problem;
    if (!m_journal->load(problem))
        m_startupProblems.append(problem);
    m_jobs->resumeUnfinished();
    problem = m_downloads->load();
    if (!problem.isEmpty())
        m_startupProblems.append(problem);
    return true;
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
