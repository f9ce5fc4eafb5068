#pragma once

#include "app/cloudsim/simhttp.h"

#include <QString>

namespace rdsbm::cloudsim {

class BackupFileStore;
class HuaweiJobBoard;
class HuaweiWorld;

// The read-only Huawei operations: IAM project lookup, ListInstances, ListBackups,
// ListRestoreTimes, ShowBackupDownloadLink and ListJobInfo. Each is a function of the
// (already authenticated) request, the project from its path and the simulator's time.
class HuaweiReadHandler
{
public:
    HuaweiReadHandler(const HuaweiWorld &world, const HuaweiJobBoard &jobs,
                      const BackupFileStore &files);

    SimResponse listProjects(const SimRequest &request) const;
    SimResponse listInstances(const SimRequest &request, const QString &projectId, qint64 nowMs) const;
    SimResponse listBackups(const SimRequest &request, const QString &projectId, qint64 nowMs) const;
    SimResponse listRestoreTimes(const SimRequest &request, const QString &projectId,
                                 const QString &instanceId, qint64 nowMs) const;
    SimResponse showBackupFiles(const SimRequest &request, const QString &projectId, qint64 nowMs) const;
    SimResponse showJob(const SimRequest &request, const QString &projectId, qint64 nowMs) const;

private:
    const HuaweiWorld &m_world;
    const HuaweiJobBoard &m_jobs;
    const BackupFileStore &m_files;
};

} // namespace rdsbm::cloudsim
