#pragma once

#include "app/cloudsim/alibabarpccall.h"

namespace rdsbm::cloudsim {

class AlibabaWorld;
class BackupFileStore;
class SimStats;
struct CrossRegionBackup;
struct RdsInstance;

// RDS 2014-08-15 cross-region disaster recovery: DescribeCrossRegionBackups (reference 3.10),
// DescribeAvailableRecoveryTime (3.11) and RestoreDdrTable (seed 000): RestoreType 0 restores
// from a cross-region backup set (BackupId), 1 from a point in time (RestoreTime, SourceRegion,
// SourceDBInstanceName) inside the source's recovery window, into an existing MySQL instance of
// the region holding the copies. TableMeta is checked against the backed-up databases and the
// target's own; the same ClientToken gives the same answer and no second restore.
class RdsDdrActions
{
public:
    RdsDdrActions(AlibabaWorld &world, const BackupFileStore &files, SimStats &stats);

    void registerInto(RpcActionTable &table);

    SimResponse describeCrossRegionBackups(const AlibabaRpcCall &call) const;
    SimResponse describeAvailableRecoveryTime(const AlibabaRpcCall &call) const;
    SimResponse restoreDdrTable(const AlibabaRpcCall &call);

private:
    QJsonObject crossBackupToJson(const RdsInstance &instance, const CrossRegionBackup &copy) const;

    AlibabaWorld &m_world;
    const BackupFileStore &m_files;
    SimStats &m_stats;
};

} // namespace rdsbm::cloudsim
