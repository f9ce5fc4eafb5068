#pragma once

#include "app/cloudsim/alibabarpccall.h"

namespace rdsbm::cloudsim {

class AlibabaWorld;
class SimStats;
struct DbsBackupPlan;
struct DbsRestoreTask;

// DBS 2019-03-06 (reference 4.2-4.7, seed 002): DescribeBackupPlanList, DescribeFullBackupList,
// DescribeRestoreRangeInfo, CreateRestoreTask (the destination fields each
// DestinationEndpointInstanceType needs, BackupSetId xor RestoreTime, RestoreObjects,
// DuplicateConflict failure|renamenew, ClientToken), StartRestoreTask and DescribeRestoreTaskList
// (init -> check_pass -> running -> finish, see AlibabaWorld). Times are epoch milliseconds,
// PageNum is 0-based. Value errors use DBS's Param.NotFound naming the parameter.
class DbsActions
{
public:
    DbsActions(AlibabaWorld &world, SimStats &stats);

    void registerInto(RpcActionTable &table);

    SimResponse describeBackupPlanList(const AlibabaRpcCall &call) const;
    SimResponse describeFullBackupList(const AlibabaRpcCall &call) const;
    SimResponse describeRestoreRangeInfo(const AlibabaRpcCall &call) const;
    SimResponse createRestoreTask(const AlibabaRpcCall &call);
    SimResponse startRestoreTask(const AlibabaRpcCall &call);
    SimResponse describeRestoreTaskList(const AlibabaRpcCall &call) const;

private:
    QJsonObject planToJson(const DbsBackupPlan &plan) const;
    QJsonObject taskToJson(const DbsRestoreTask &task) const;

    AlibabaWorld &m_world;
    SimStats &m_stats;
};

} // namespace rdsbm::cloudsim
