#pragma once

#include "app/cloudsim/simulatorconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace rdsbm::cloudsim {

class AlibabaRpcAuthenticator;
class AlibabaRpcService;
class AlibabaWorld;
class BackupFileStore;
class DbsActions;
class FaultInjector;
class HuaweiApi;
class RdsBackupActions;
class RdsDdrActions;
class RdsInstanceActions;
class SimClock;
class SimDiagnostics;
class SimRouter;
class SimStats;
class SimulatorServer;

// The whole simulator in one object, for the rdsbm-cloudsim executable, the app's and the CLI's
// --demo, and tests: builds both clouds from the configuration (and the --state file, if any),
// then start() listens on a loopback port and baseUrl() says where. State is saved shortly after
// every change and when the simulator is destroyed.
class CloudSimulator : public QObject
{
    Q_OBJECT

public:
    explicit CloudSimulator(const SimulatorConfig &config, QObject *parent = nullptr);
    ~CloudSimulator() override;

    // False, with errorString(), when the port cannot be bound or the state file is unusable.
    bool start();
    bool isListening() const;
    QUrl baseUrl() const;
    quint16 port() const;
    QString errorString() const { return m_errorString; }

    const SimulatorConfig &config() const { return m_config; }
    SimClock &clock() { return *m_clock; }
    SimStats &stats() { return *m_stats; }
    AlibabaWorld &alibaba() { return *m_alibaba; }
    HuaweiApi &huawei() { return *m_huawei; }
    BackupFileStore &files() { return *m_files; }
    SimRouter &router() { return *m_router; }

    // Writes the --state file now; true when there is none to write.
    bool saveState();

private:
    QJsonObject collectState() const;
    void loadState();
    void wireRoutes();

    SimulatorConfig m_config;
    QString m_errorString;
    QJsonObject m_loadedState;
    QByteArray m_lastSavedState;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<SimStats> m_stats;
    std::unique_ptr<BackupFileStore> m_files;
    std::unique_ptr<AlibabaWorld> m_alibaba;
    std::unique_ptr<HuaweiApi> m_huawei;
    std::unique_ptr<AlibabaRpcAuthenticator> m_authenticator;
    std::unique_ptr<AlibabaRpcService> m_rpc;
    std::unique_ptr<RdsInstanceActions> m_rdsInstances;
    std::unique_ptr<RdsBackupActions> m_rdsBackups;
    std::unique_ptr<RdsDdrActions> m_rdsDdr;
    std::unique_ptr<DbsActions> m_dbs;
    std::unique_ptr<SimDiagnostics> m_diagnostics;
    std::unique_ptr<SimRouter> m_router;
    std::unique_ptr<FaultInjector> m_faults;
    SimulatorServer *m_server = nullptr;
    QTimer m_saveSoon;
    QTimer m_saveIfChanged;
};

} // namespace rdsbm::cloudsim
