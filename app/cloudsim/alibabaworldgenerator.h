#pragma once

#include "app/cloudsim/alibabamodel.h"

#include <QDateTime>

namespace rdsbm::cloudsim {

// Builds the fixed part of the simulated Alibaba account from --seed: five regions, in each
// `instancesPerRegion` primaries cycling MySQL 8.0 (local disk), MySQL 5.7, PostgreSQL 15.0 and
// SQL Server 2019 (cloud disks), plus a read-only replica of the first MySQL instance; their
// databases; DBS backup plans and their full backup sets. Everything is a function of the seed;
// times are placed before `epoch` (the day the world was first created). Backup sets are not
// built here: BackupCatalog derives them on demand.
//
// In every region the first four primaries are Running, except MySQL 5.7 in cn-shanghai
// (Stopped) and PostgreSQL in cn-beijing (Rebooting); instances past the fourth take
// varied states. Cross-region backups go from each region to the next one in the list.
class AlibabaWorldGenerator
{
public:
    struct World
    {
        QList<RdsRegion> regions;
        QList<RdsInstance> instances;
        QList<DbsBackupPlan> plans;
    };

    static World generate(quint32 seed, int instancesPerRegion, const QDateTime &epoch);
    static QList<RdsRegion> regions();
};

} // namespace rdsbm::cloudsim
