#pragma once

#include "app/catalog/cloudaccount.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace rdsbm::transport {
class HttpTransport;
}
namespace rdsbm::cloudsim {
class CloudSimulator;
}
namespace rdsbm::catalog {
class BackupCatalog;
class InstanceCatalog;
}
namespace rdsbm::models {
class BackupTableModel;
class InstanceTreeModel;
}
namespace rdsbm::i18n {
class LanguageManager;
}
namespace rdsbm::jobs {
class JobJournal;
class JobTracker;
}
namespace rdsbm::downloads {
class DownloadQueue;
}
namespace rdsbm::accounts {
class ProfileStore;
class SecretStore;
}
class QSettings;

namespace rdsbm::ui {

struct ApplicationOptions
{
    bool demo = false;
    QString language;        // empty: remembered choice, else the system locale
    QUrl alibabaEndpoint;    // --endpoint / --endpoint-alibaba
    QUrl huaweiEndpoint;     // --endpoint / --endpoint-huawei
    QString stateDirectory;  // journal and downloads list; empty: RDSBM_STATE_DIR, else the app data folder
    std::shared_ptr<accounts::SecretStore> secretStore; // null: the OS keychain (tests pass one in memory)
};

// The desktop application's composition root: one transport, the catalogs and models over it,
// the language, and in demo mode the embedded simulator. Windows get it by reference.
class ApplicationContext : public QObject
{
    Q_OBJECT

public:
    explicit ApplicationContext(ApplicationOptions options, QObject *parent = nullptr);
    ~ApplicationContext() override;

    // Starts the simulator in demo mode and loads the accounts. False with `error` when the
    // simulator cannot listen.
    bool start(QString &error);

    const ApplicationOptions &options() const { return m_options; }
    bool isDemo() const { return m_options.demo; }
    QUrl simulatorUrl() const;
    // The embedded simulator in demo mode, else null.
    cloudsim::CloudSimulator *simulator() const { return m_simulator.get(); }

    transport::HttpTransport &transport() { return *m_transport; }
    i18n::LanguageManager &languages() { return *m_languages; }
    catalog::InstanceCatalog &instances() { return *m_instances; }
    catalog::BackupCatalog &backups() { return *m_backups; }
    models::InstanceTreeModel &instanceModel() { return *m_instanceModel; }
    models::BackupTableModel &backupModel() { return *m_backupModel; }
    jobs::JobTracker &jobs() { return *m_jobs; }
    downloads::DownloadQueue &downloads() { return *m_downloads; }
    // Where the job journal and the downloads list live (shared with the rdsbm CLI).
    const QString &stateDirectory() const { return m_stateDirectory; }
    // Problems met at start-up that the user should see (a damaged journal, ...).
    const QStringList &startupProblems() const { return m_startupProblems; }

    // Accounts from the SDK environment variables, pointed at --endpoint when given.
    QList<catalog::CloudAccount> environmentAccounts() const;

    // Saved profiles (settings) and their secrets (keychain).
    accounts::ProfileStore &profiles() { return *m_profiles; }
    accounts::SecretStore &secrets() { return *m_secrets; }
    // Whether there is anything to browse: demo mode, the environment, or a saved profile
    // (whose secret may still be on its way from the keychain).
    bool hasAccounts() const;
    // Reads the saved profiles and their secrets again, then hands every account to the
    // catalog and emits accountsChanged(). Not in demo mode.
    void reloadAccounts();
    // Why saved profiles were left out at the last reload (a secret missing from the keychain, ...).
    const QStringList &accountProblems() const { return m_accountProblems; }

Q_SIGNALS:
    void accountsChanged();

private:
    void connectBackupModel();
    void applyAccounts(const QList<catalog::CloudAccount> &profileAccounts);
    void resumeUnfinishedWork();

    ApplicationOptions m_options;
    QString m_stateDirectory;
    QStringList m_startupProblems;
    std::unique_ptr<transport::HttpTransport> m_transport;
    std::unique_ptr<cloudsim::CloudSimulator> m_simulator;
    std::unique_ptr<i18n::LanguageManager> m_languages;
    std::unique_ptr<catalog::InstanceCatalog> m_instances;
    std::unique_ptr<catalog::BackupCatalog> m_backups;
    std::unique_ptr<models::InstanceTreeModel> m_instanceModel;
    std::unique_ptr<models::BackupTableModel> m_backupModel;
    std::unique_ptr<jobs::JobJournal> m_journal;
    std::unique_ptr<jobs::JobTracker> m_jobs;
    std::unique_ptr<downloads::DownloadQueue> m_downloads;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<accounts::ProfileStore> m_profiles;
    std::shared_ptr<accounts::SecretStore> m_secrets;
    QList<catalog::CloudAccount> m_environmentAccounts;
    QStringList m_accountProblems;
    quint64 m_accountGeneration = 0;
    bool m_workResumed = false;
};

} // namespace rdsbm::ui
