#pragma once

#include "app/cloudsim/simhttp.h"

#include <QString>

namespace rdsbm::cloudsim {

class HuaweiJobBoard;
class HuaweiWorld;

// POST /v3/{project_id}/instances/recovery, "restore to an existing or the current instance"
// (seed 004). The seed's rules for another instance: same database type, same version, a
// target data volume at least the source's, no Microsoft SQL Server. From the reference
// (v3 does not take PostgreSQL; restoring to the current instance is for MySQL and SQL Server
// only) we add: a PostgreSQL instance cannot be restored onto itself. Also enforced: the
// target must be ACTIVE, a backup must be a COMPLETED full backup of the source, and a
// restore_time must lie in one of the source's restorable time ranges.
class HuaweiRecoveryHandler
{
public:
    HuaweiRecoveryHandler(const HuaweiWorld &world, HuaweiJobBoard &jobs);

    SimResponse handle(const SimRequest &request, const QString &projectId, qint64 nowMs);

private:
    const HuaweiWorld &m_world;
    HuaweiJobBoard &m_jobs;
};

} // namespace rdsbm::cloudsim
