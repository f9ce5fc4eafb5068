#pragma once

#include "app/cloudsim/huaweiauthenticator.h"
#include "app/cloudsim/huaweijobboard.h"
#include "app/cloudsim/simhttp.h"
#include "app/cloudsim/simulatorconfig.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace rdsbm::cloudsim {

class BackupFileStore;
class HuaweiWorld;

// The Huawei Cloud half of the simulator, everything under /v3/:
//   GET  /v3/projects?name=<region>, /v3/auth/projects          IAM project lookup
//   GET  /v3/{project_id}/instances                             ListInstances
//   GET  /v3/{project_id}/backups                               ListBackups
//   GET  /v3/{project_id}/instances/{id}/restore-time           ListRestoreTimes
//   POST /v3/{project_id}/instances/recovery                    RestoreToExistingInstance (seed 004)
//   GET  /v3/{project_id}/jobs?id=                              ListJobInfo
//   GET  /v3/{project_id}/backup-files?backup_id=               ShowBackupDownloadLink
// Every request must carry an SDK-HMAC-SHA256 signature (401 APIGW.0301 otherwise); unknown
// paths get the gateway's 404 APIGW.0101. Each project is one region of the same account.
class HuaweiApi
{
public:
    using Clock = std::function<QDateTime()>;

    // `clock` moves jobs and link expiry (the simulator's clock, which tests may push forward);
    // `wallClock` checks X-Sdk-Date and defaults to the real time. The generated data is laid
    // out before the clock's time at construction (restoreState brings back a saved one).
    HuaweiApi(const SimulatorConfig &config, const BackupFileStore &files, Clock clock,
              Clock wallClock = {});
    ~HuaweiApi();

    static bool handles(const QString &path);
    SimResponse handle(const SimRequest &request);

    // What the state file keeps: the data's anchor time, the jobs and the counters.
    QJsonObject saveState() const;
    // False, leaving the current state, when `state` is not one saveState() wrote for this seed.
    bool restoreState(const QJsonObject &state);

    // For /_sim/stats: {"restoreSubmissions": {instance: n}, "executions": {instance:
    // {"RestoreToExistingInstance": n}}, "jobs": n}.
    QJsonObject statistics() const;

    const HuaweiWorld &world() const { return *m_world; }
    const HuaweiJobBoard &jobs() const { return m_jobs; }

private:
    SimResponse dispatch(const SimRequest &request, const QStringList &segments, qint64 nowMs,
                         const QByteArray &requestId);

    SimulatorConfig m_config;
    const BackupFileStore &m_files;
    Clock m_clock;
    Clock m_wallClock;
    HuaweiAuthenticator m_authenticator;
    std::unique_ptr<HuaweiWorld> m_world;
    HuaweiJobBoard m_jobs;
};

} // namespace rdsbm::cloudsim
