#include "app/cloudsim/simulator.h"

#include "app/cloudsim/alibabarpcauthenticator.h"
#include "app/cloudsim/alibabarpcservice.h"
#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/cloudsimlogging.h"
#include "app/cloudsim/dbsactions.h"
#include "app/cloudsim/faultinjector.h"
#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/rdsbackupactions.h"
#include "app/cloudsim/rdsddractions.h"
#include "app/cloudsim/rdsinstanceactions.h"
#include "app/cloudsim/simclock.h"
#include "app/cloudsim/simdiagnostics.h"
#include "app/cloudsim/simrouter.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulatorserver.h"
#include "app/cloudsim/statefile.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr std::chrono::milliseconds saveDebounce{200};
constexpr std::chrono::seconds saveCheckInterval{5};

// Generated data hangs off the start of the UTC day the world was first made: the same seed
// gives the same data all day, and the --state file keeps the day across restarts.
QDateTime startOfDay(const QDateTime &now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), QTimeZone::utc());
}

} // namespace

CloudSimulator::CloudSimulator(const SimulatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(std::make_unique<SimClock>(config.jobSecondsPerStep))
    , m_stats(std::make_unique<SimStats>())
{
    loadState();
    QDateTime epoch = startOfDay(m_clock->now());
    const QJsonObject &saved = m_loadedState;
    const bool sameWorld = !saved.isEmpty() && saved.value(u"seed"_s).toInteger() == qint64(config.seed);
    if (sameWorld) {
        const QDateTime savedEpoch = QDateTime::fromString(saved.value(u"epoch"_s).toString(), Qt::ISODate);
        if (savedEpoch.isValid())
            epoch = savedEpoch.toUTC();
    } else if (!saved.isEmpty()) {
        qCWarning(lcCloudSim, "The state file was written for another --seed; starting afresh.");
    }

    m_files = std::make_unique<BackupFileStore>(config.seed, config.downloadLinkLifetimeSeconds);
    m_alibaba = std::make_unique<AlibabaWorld>(config.seed, config.instancesPerRegion,
                                               config.backupsPerInstance, epoch, *m_clock);
    SimClock *clock = m_clock.get();
    m_huawei = std::make_unique<HuaweiApi>(config, *m_files, [clock] { return clock->now(); });
    if (sameWorld) {
        m_alibaba->restore(saved.value(u"alibaba"_s).toObject());
        if (saved.contains(u"huawei"_s) && !m_huawei->restoreState(saved.value(u"huawei"_s).toObject()))
            qCWarning(lcCloudSim, "The Huawei part of the state file could not be used.");
        m_stats->restore(saved.value(u"stats"_s).toObject());
    }

    m_authenticator = std::make_unique<AlibabaRpcAuthenticator>(config.alibabaAccessKeyId,
                                                                config.alibabaAccessKeySecret);
    m_rpc = std::make_unique<AlibabaRpcService>(*m_authenticator, *m_alibaba, *m_stats);
    m_rdsInstances = std::make_unique<RdsInstanceActions>(*m_alibaba);
    m_rdsInstances->registerInto(m_rpc->rdsActions());
    m_rdsBackups = std::make_unique<RdsBackupActions>(*m_alibaba, *m_files, *m_stats);
    m_rdsBackups->registerInto(m_rpc->rdsActions());
    m_rdsDdr = std::make_unique<RdsDdrActions>(*m_alibaba, *m_files, *m_stats);
    m_rdsDdr->registerInto(m_rpc->rdsActions());
    m_dbs = std::make_unique<DbsActions>(*m_alibaba, *m_stats);
    m_dbs->registerInto(m_rpc->dbsActions());
    HuaweiApi *huawei = m_huawei.get();
    m_diagnostics = std::make_unique<SimDiagnostics>(*m_stats, *m_clock,
                                                     [huawei] { return huawei->statistics(); });
    m_router = std::make_unique<SimRouter>();
    m_faults = std::make_unique<FaultInjector>(config.seed, config.faultRate);
    wireRoutes();

    SimulatorServer::Timing timing;
    timing.latency = std::chrono::milliseconds(std::max(0, config.latencyMs));
    timing.slowReply = std::chrono::milliseconds(std::max(0, config.slowReplyMs));
    m_server = new SimulatorServer(*m_router, *m_faults, *m_stats, timing, this);

    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(saveDebounce);
    connect(&m_saveSoon, &QTimer::timeout, this, [this] { saveState(); });
    m_saveIfChanged.setInterval(saveCheckInterval);
    connect(&m_saveIfChanged, &QTimer::timeout, this, [this] { saveState(); });
    if (!m_config.stateFile.isEmpty()) {
        m_alibaba->setChangedCallback([this] { m_saveSoon.start(); });
        m_saveIfChanged.start();
    }
}

CloudSimulator::~CloudSimulator()
{
    saveState();
    // The server refers to the router, faults and stats: it goes before they do.
    delete m_server;
    m_server = nullptr;
}

void CloudSimulator::loadState()
{
    if (m_config.stateFile.isEmpty())
        return;
    const StateFile::Loaded loaded = StateFile::load(m_config.stateFile);
    if (!loaded.error.isEmpty()) {
        m_errorString = loaded.error;
        return;
    }
    m_loadedState = loaded.state;
}

void CloudSimulator::wireRoutes()
{
    m_router->setFileMatcher(&BackupFileStore::handles);
    SimClock *clock = m_clock.get();
    BackupFileStore *files = m_files.get();
    AlibabaRpcService *rpc = m_rpc.get();
    HuaweiApi *huawei = m_huawei.get();
    SimDiagnostics *diagnostics = m_diagnostics.get();
    m_router->setHandler(RequestFamily::AlibabaApi, [rpc](const SimRequest &request) { return rpc->handle(request); });
    m_router->setHandler(RequestFamily::HuaweiApi, [huawei](const SimRequest &request) { return huawei->handle(request); });
    m_router->setHandler(RequestFamily::BackupFile, [files, clock](const SimRequest &request) {
        return files->serve(request, clock->now());
    });
    m_router->setHandler(RequestFamily::Diagnostic, [diagnostics](const SimRequest &request) {
        return diagnostics->handle(request);
    });
    m_router->setFaultResponder(RequestFamily::AlibabaApi, [](FaultKind kind) {
        return AlibabaRpcService::faultResponse(kind == FaultKind::Throttling);
    });
}

bool CloudSimulator::start()
{
    if (!m_errorString.isEmpty())
        return false;
    QHostAddress address;
    if (!address.setAddress(m_config.bindAddress)) {
        m_errorString = u"%1 is not an IP address"_s.arg(m_config.bindAddress);
        return false;
    }
    if (!m_server->start(address, m_config.port)) {
        m_errorString = m_server->errorString();
        return false;
    }
    m_files->setBaseUrl(baseUrl());
    return true;
}

bool CloudSimulator::isListening() const
{
    return m_server->port() != 0;
}

quint16 CloudSimulator::port() const
{
    return m_server->port();
}

QUrl CloudSimulator::baseUrl() const
{
    QHostAddress address(m_config.bindAddress);
    // A wildcard bind is reached through loopback; that is what we tell clients.
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QJsonObject CloudSimulator::collectState() const
{
    return {
        {u"seed"_s, qint64(m_config.seed)},
        {u"epoch"_s, m_alibaba->epoch().toString(Qt::ISODate)},
        {u"alibaba"_s, m_alibaba->save()},
        {u"huawei"_s, m_huawei->saveState()},
        {u"stats"_s, m_stats->toJson()},
    };
}

bool CloudSimulator::saveState()
{
    if (m_config.stateFile.isEmpty() || !m_errorString.isEmpty())
        return true;
    const QJsonObject state = collectState();
    const QByteArray serialized = QJsonDocument(state).toJson(QJsonDocument::Compact);
    if (serialized == m_lastSavedState)
        return true;
    QString error;
    if (!StateFile::save(m_config.stateFile, state, &error)) {
        qCWarning(lcCloudSim, "Cannot write the state file: %ls", qUtf16Printable(error));
        return false;
    }
    m_lastSavedState = serialized;
    return true;
}

} // namespace rdsbm::cloudsim
