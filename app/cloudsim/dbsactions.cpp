#include "app/cloudsim/dbsactions.h"

#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/clienttokenguard.h"
#include "app/cloudsim/simstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

const QStringList destinationTypes{u"RDS"_s, u"ECS"_s, u"Express"_s, u"Agent"_s,
                                   u"DDS"_s, u"Other"_s, u"dg"_s};
const QStringList planStatuses{u"wait"_s, u"init"_s, u"running"_s, u"stop"_s,
                               u"pause"_s, u"locked"_s, u"check_pass"_s};

std::optional<qint64> parseLong(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{1,18}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

QString backupObjects(const QStringList &databases)
{
    QJsonArray objects;
    for (const QString &database : databases)
        objects.append(QJsonObject{{u"DBName"_s, database}});
    return QString::fromUtf8(QJsonDocument(objects).toJson(QJsonDocument::Compact));
}

struct Paging
{
    int pageNum = 0;
    int pageSize = 30;
};

// PageNum is 0-based (reference 4, "default 0"); `sizes` empty means any size from 1 to 100.
std::variant<Paging, SimResponse> readPaging(const AlibabaRpcCall &call, const QList<int> &sizes)
{
    Paging paging;
    if (call.has(u"PageNum"_s)) {
        const auto number = parseLong(call.value(u"PageNum"_s));
        if (!number || *number > 1000000)
            return call.fail(u"Param.NotFound"_s, {u"PageNum"_s});
        paging.pageNum = int(*number);
    }
    if (call.has(u"PageSize"_s)) {
        const auto size = parseLong(call.value(u"PageSize"_s));
        const bool allowed = size && (sizes.isEmpty() ? (*size >= 1 && *size <= 100) : sizes.contains(int(*size)));
        if (!allowed)
            return call.fail(u"Param.NotFound"_s, {u"PageSize"_s});
        paging.pageSize = int(*size);
    }
    return paging;
}

QJsonObject pageFields(const Paging &paging, qint64 total)
{
    return {{u"PageNum"_s, paging.pageNum},
            {u"PageSize"_s, paging.pageSize},
            {u"TotalElements"_s, total},
            {u"TotalPages"_s, (total + paging.pageSize - 1) / paging.pageSize}};
}

QJsonObject merged(QJsonObject body, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

} // namespace

DbsActions::DbsActions(AlibabaWorld &world, SimStats &stats)
    : m_world(world)
    , m_stats(stats)
{
}

void DbsActions::registerInto(RpcActionTable &table)
{
    table.insert(u"DescribeBackupPlanList"_s, [this](const AlibabaRpcCall &call) { return describeBackupPlanList(call); });
    table.insert(u"DescribeFullBackupList"_s, [this](const AlibabaRpcCall &call) { return describeFullBackupList(call); });
    table.insert(u"DescribeRestoreRangeInfo"_s, [this](const AlibabaRpcCall &call) { return describeRestoreRangeInfo(call); });
    table.insert(u"CreateRestoreTask"_s, [this](const AlibabaRpcCall &call) { return createRestoreTask(call); });
    table.insert(u"StartRestoreTask"_s, [this](const AlibabaRpcCall &call) { return startRestoreTask(call); });
    table.insert(u"DescribeRestoreTaskList"_s, [this](const AlibabaRpcCall &call) { return describeRestoreTaskList(call); });
}

QJsonObject DbsActions::planToJson(const DbsBackupPlan &plan) const
{
    const qint64 begin = plan.fullBackups.isEmpty() ? 0 : plan.fullBackups.last().startMs;
    return {
        {u"BackupPlanId"_s, plan.planId},
        {u"BackupPlanName"_s, plan.name},
        {u"BackupPlanStatus"_s, plan.status},
        {u"BackupPlanCreateTime"_s, plan.createdMs},
        {u"BackupMethod"_s, plan.backupMethod},
        {u"BackupObjects"_s, backupObjects(plan.databases)},
        {u"BackupPeriod"_s, u"Monday,Wednesday,Friday,Sunday"_s},
        {u"BackupStartTime"_s, u"02:00"_s},
        {u"BackupRetentionPeriod"_s, 730},
        {u"BackupStorageType"_s, u"system"_s},
        {u"BackupGatewayId"_s, plan.gatewayId},
        {u"BeginTimestampForRestore"_s, begin},
        {u"EndTimestampForRestore"_s, m_world.restoreWindowEndMs(plan)},
        {u"DatabaseType"_s, plan.databaseType},
        {u"EnableBackupLog"_s, plan.enableBackupLog},
        {u"ErrMessage"_s, QString()},
        {u"InstanceClass"_s, u"large"_s},
        {u"OSSBucketName"_s, u"dbs-backup-"_s + plan.region},
        {u"OSSBucketRegion"_s, plan.region},
        {u"SourceEndpointInstanceType"_s, plan.sourceType},
        {u"SourceEndpointInstanceID"_s, plan.sourceInstanceId},
        {u"SourceEndpointRegion"_s, plan.region},
        {u"SourceEndpointIpPort"_s, plan.sourceIpPort},
        {u"SourceEndpointDatabaseName"_s, QString()},
        {u"SourceEndpointUserName"_s, plan.sourceUserName},
        {u"SourceEndpointOracleSID"_s, plan.sourceOracleSid},
        {u"CrossAliyunId"_s, QString()},
        {u"CrossRoleName"_s, QString()},
        {u"DuplicationArchivePeriod"_s, 0},
        {u"DuplicationInfrequentAccessPeriod"_s, 0},
        {u"ResourceGroupId"_s, u"rg-acfmy0000000000"_s},
        {u"OpenBackupSetAutoDownload"_s, false},
        {u"BackupSetDownloadDir"_s, QString()},
        {u"BackupSetDownloadTargetType"_s, QString()},
        {u"BackupSetDownloadGatewayId"_s, 0},
        {u"BackupSetDownloadFullDataFormat"_s, QString()},
        {u"BackupSetDownloadIncrementDataFormat"_s, QString()},
    };
}

SimResponse DbsActions::describeBackupPlanList(const AlibabaRpcCall &call) const
{
    const auto paging = readPaging(call, {});
    if (const auto *error = std::get_if<SimResponse>(&paging))
        return *error;
    const Paging page = std::get<Paging>(paging);
    const QString status = call.value(u"BackupPlanStatus"_s);
    if (!status.isEmpty() && !planStatuses.contains(status))
        return call.fail(u"Param.NotFound"_s, {u"BackupPlanStatus"_s});
    const QStringList ids = call.value(u"BackupPlanId"_s).split(u',', Qt::SkipEmptyParts);
    const QString name = call.value(u"BackupPlanName"_s);
    const QString region = call.value(u"Region"_s);

    QJsonArray rows;
    qint64 total = 0;
    const qint64 offset = qint64(page.pageNum) * page.pageSize;
    for (const DbsBackupPlan &plan : m_world.plans()) {
        if (!ids.isEmpty() && !ids.contains(plan.planId))
            continue;
        if (!name.isEmpty() && !plan.name.contains(name))
            continue;
        if (!status.isEmpty() && plan.status != status)
            continue;
        if (!region.isEmpty() && plan.region != region)
            continue;
        if (total++ >= offset && rows.size() < page.pageSize)
            rows.append(planToJson(plan));
    }
    return call.ok(merged({{u"Items"_s, QJsonObject{{u"BackupPlanDetail"_s, rows}}}}, pageFields(page, total)));
}

SimResponse DbsActions::describeFullBackupList(const AlibabaRpcCall &call) const
{
    if (!call.has(u"BackupPlanId"_s))
        return call.missing(u"BackupPlanId"_s);
    const DbsBackupPlan *plan = m_world.plan(call.value(u"BackupPlanId"_s));
    if (!plan)
        return call.fail(u"Param.NotFound"_s, {u"BackupPlanId"_s});
    const auto paging = readPaging(call, {30, 50, 100});
    if (const auto *error = std::get_if<SimResponse>(&paging))
        return *error;
    const Paging page = std::get<Paging>(paging);
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
    if (call.has(u"StartTimestamp"_s)) {
        const auto value = parseLong(call.value(u"StartTimestamp"_s));
        if (!value)
            return call.fail(u"Param.NotFound"_s, {u"StartTimestamp"_s});
        from = *value;
    }
    if (call.has(u"EndTimestamp"_s)) {
        const auto value = parseLong(call.value(u"EndTimestamp"_s));
        if (!value)
            return call.fail(u"Param.NotFound"_s, {u"EndTimestamp"_s});
        to = *value;
    }
    const QString backupSetId = call.value(u"BackupSetId"_s);

    QJsonArray rows;
    qint64 total = 0;
    const qint64 offset = qint64(page.pageNum) * page.pageSize;
    for (const DbsFullBackup &backup : plan->fullBackups) {
        if (!backupSetId.isEmpty() && backup.backupSetId != backupSetId)
            continue;
        if (backup.startMs < from || backup.startMs > to)
            continue;
        if (total++ < offset || rows.size() >= page.pageSize)
            continue;
        rows.append(QJsonObject{
            {u"BackupSetId"_s, backup.backupSetId},
            {u"BackupStatus"_s, u"finish"_s},
            {u"BackupObjects"_s, backupObjects(plan->databases)},
            {u"BackupSize"_s, backup.size},
            {u"BackupSetExpiredTime"_s, backup.endMs + 730LL * 24 * 3600 * 1000},
            {u"CreateTime"_s, backup.startMs},
            {u"StartTime"_s, backup.startMs},
            {u"EndTime"_s, backup.endMs},
            {u"FinishTime"_s, backup.endMs},
            {u"ErrMessage"_s, QString()},
            {u"SourceEndpointIpPort"_s, plan->sourceIpPort},
            {u"StorageMethod"_s, u"oss"_s},
            {u"SourceEndpointInstanceType"_s, plan->sourceType},
            {u"SourceEndpointInstanceId"_s, plan->sourceInstanceId},
            {u"SourceEndpointRegion"_s, plan->region},
        });
    }
    return call.ok(merged({{u"Items"_s, QJsonObject{{u"FullBackupFile"_s, rows}}}}, pageFields(page, total)));
}

SimResponse DbsActions::describeRestoreRangeInfo(const AlibabaRpcCall &call) const
{
    for (const QString &required : {u"BackupPlanId"_s, u"BeginTimestampForRestore"_s, u"EndTimestampForRestore"_s})
        if (!call.has(required))
            return call.missing(required);
    const DbsBackupPlan *plan = m_world.plan(call.value(u"BackupPlanId"_s));
    if (!plan)
        return call.fail(u"Param.NotFound"_s, {u"BackupPlanId"_s});
    const auto begin = parseLong(call.value(u"BeginTimestampForRestore"_s));
    if (!begin)
        return call.fail(u"Param.NotFound"_s, {u"BeginTimestampForRestore"_s});
    const auto end = parseLong(call.value(u"EndTimestampForRestore"_s));
    if (!end || *end < *begin)
        return call.fail(u"Param.NotFound"_s, {u"EndTimestampForRestore"_s});

    QJsonArray ranges;
    QJsonArray points;
    for (auto it = plan->fullBackups.crbegin(); it != plan->fullBackups.crend(); ++it)
        if (it->endMs >= *begin && it->endMs <= *end)
            points.append(QJsonObject{{u"BackupSetId"_s, it->backupSetId},
                                      {u"StartTime"_s, it->startMs},
                                      {u"EndTime"_s, it->endMs}});
    const QJsonObject fullBackups{{u"FullBackupDetail"_s, points}};
    if (!points.isEmpty()) {
        ranges.append(QJsonObject{
            {u"RangeType"_s, u"point"_s},
            {u"BeginTimestampForRestore"_s, points.first().toObject().value(u"EndTime"_s)},
            {u"EndTimestampForRestore"_s, points.last().toObject().value(u"EndTime"_s)},
            {u"SourceEndpointInstanceType"_s, plan->sourceType},
            {u"SourceEndpointInstanceID"_s, plan->sourceInstanceId},
            {u"FullBackupList"_s, fullBackups},
        });
    }
    if (plan->enableBackupLog && !plan->fullBackups.isEmpty()) {
        const qint64 rangeBegin = std::max(*begin, plan->fullBackups.last().endMs);
        const qint64 rangeEnd = std::min(*end, m_world.restoreWindowEndMs(*plan));
        if (rangeBegin <= rangeEnd)
            ranges.append(QJsonObject{
                {u"RangeType"_s, u"range"_s},
                {u"BeginTimestampForRestore"_s, rangeBegin},
                {u"EndTimestampForRestore"_s, rangeEnd},
                {u"SourceEndpointInstanceType"_s, plan->sourceType},
                {u"SourceEndpointInstanceID"_s, plan->sourceInstanceId},
                {u"FullBackupList"_s, fullBackups},
            });
    }
    return call.ok({{u"Items"_s, QJsonObject{{u"DBSRecoverRange"_s, ranges}}}});
}

SimResponse DbsActions::createRestoreTask(const AlibabaRpcCall &call)
{
    if (auto early = ClientTokenGuard::check(call, m_world.clientTokens(), m_stats))
        return *early;
    for (const QString &required : {u"BackupPlanId"_s, u"RestoreTaskName"_s, u"DestinationEndpointInstanceType"_s})
        if (!call.has(required))
            return call.missing(required);
    const DbsBackupPlan *plan = m_world.plan(call.value(u"BackupPlanId"_s));
    if (!plan)
        return call.fail(u"Param.NotFound"_s, {u"BackupPlanId"_s});
    const QString type = call.value(u"DestinationEndpointInstanceType"_s);
    if (!destinationTypes.contains(type))
        return call.fail(u"Param.NotFound"_s, {u"DestinationEndpointInstanceType"_s});

    DbsRestoreTask task;
    task.name = call.value(u"RestoreTaskName"_s);
    task.planId = plan->planId;
    task.destinationType = type;

    // A full backup set or a point in time, never both (reference 4.5).
    const bool bySet = call.has(u"BackupSetId"_s);
    const bool byTime = call.has(u"RestoreTime"_s);
    if (bySet && byTime)
        return call.fail(u"Param.NotFound"_s, {u"RestoreTime"_s});
    if (!bySet && !byTime)
        return call.missing(u"BackupSetId"_s);
    if (bySet) {
        task.backupSetId = call.value(u"BackupSetId"_s);
        const bool known = std::any_of(plan->fullBackups.cbegin(), plan->fullBackups.cend(),
                                       [&](const DbsFullBackup &backup) { return backup.backupSetId == task.backupSetId; });
        if (!known)
            return call.fail(u"Param.NotFound"_s, {u"BackupSetId"_s});
    } else {
        const auto time = parseLong(call.value(u"RestoreTime"_s));
        const qint64 windowBegin = plan->fullBackups.isEmpty() ? 0 : plan->fullBackups.last().endMs;
        if (!time || *time < windowBegin || *time > m_world.restoreWindowEndMs(*plan))
            return call.fail(u"Param.NotFound"_s, {u"RestoreTime"_s});
        task.restoreTimeMs = *time;
    }

    // Which destination fields each location needs (seed 002, the notes under each parameter).
    const auto needs = [&type](std::initializer_list<const char *> types) {
        for (const char *candidate : types)
            if (type == QLatin1StringView(candidate))
                return true;
        return false;
    };
    if (needs({"RDS", "ECS", "DDS", "Express", "Agent"}) && !call.has(u"DestinationEndpointRegion"_s))
        return call.missing(u"DestinationEndpointRegion"_s);
    if (needs({"RDS", "ECS", "DDS", "Express"}) && !call.has(u"DestinationEndpointInstanceID"_s))
        return call.missing(u"DestinationEndpointInstanceID"_s);
    if (needs({"Express", "Agent", "Other"}) && !call.has(u"DestinationEndpointIP"_s))
        return call.missing(u"DestinationEndpointIP"_s);
    if (needs({"Express", "Agent", "Other", "ECS"}) && !call.has(u"DestinationEndpointPort"_s))
        return call.missing(u"DestinationEndpointPort"_s);
    if (needs({"Agent"}) && !call.has(u"BackupGatewayId"_s))
        return call.missing(u"BackupGatewayId"_s);
    const bool credentialsOptional = (type == u"Agent"_s && plan->databaseType == u"SQLServer"_s)
        || plan->databaseType == u"Redis"_s;
    if (!credentialsOptional) {
        if (!call.has(u"DestinationEndpointUserName"_s))
            return call.missing(u"DestinationEndpointUserName"_s);
        if (!call.has(u"DestinationEndpointPassword"_s))
            return call.missing(u"DestinationEndpointPassword"_s);
    }
    if ((plan->databaseType == u"PostgreSQL"_s || plan->databaseType == u"MongoDB"_s)
        && !call.has(u"DestinationEndpointDatabaseName"_s))
        return call.missing(u"DestinationEndpointDatabaseName"_s);
    if (plan->databaseType == u"Oracle"_s && !call.has(u"DestinationEndpointOracleSID"_s))
        return call.missing(u"DestinationEndpointOracleSID"_s);
    if (type == u"Agent"_s && plan->databaseType == u"MySQL"_s && !call.has(u"RestoreDir"_s))
        return call.missing(u"RestoreDir"_s);
    if (call.has(u"CrossAliyunId"_s) != call.has(u"CrossRoleName"_s))
        return call.missing(call.has(u"CrossAliyunId"_s) ? u"CrossRoleName"_s : u"CrossAliyunId"_s);

    task.destinationRegion = call.value(u"DestinationEndpointRegion"_s);
    if (!task.destinationRegion.isEmpty() && !m_world.region(task.destinationRegion))
        return call.fail(u"Param.NotFound"_s, {u"DestinationEndpointRegion"_s});
    task.destinationInstanceId = call.value(u"DestinationEndpointInstanceID"_s);
    if (type == u"RDS"_s) {
        const RdsInstance *destination = m_world.instance(task.destinationInstanceId);
        if (!destination || destination->regionId != task.destinationRegion
            || destination->engine != plan->databaseType)
            return call.fail(u"Param.NotFound"_s, {u"DestinationEndpointInstanceID"_s});
    }
    task.destinationIp = call.value(u"DestinationEndpointIP"_s);
    if (call.has(u"DestinationEndpointPort"_s)) {
        const auto port = parseLong(call.value(u"DestinationEndpointPort"_s));
        if (!port || *port < 1 || *port > 65535)
            return call.fail(u"Param.NotFound"_s, {u"DestinationEndpointPort"_s});
        task.destinationPort = int(*port);
    }
    if (call.has(u"BackupGatewayId"_s)) {
        const auto gateway = parseLong(call.value(u"BackupGatewayId"_s));
        if (!gateway)
            return call.fail(u"Param.NotFound"_s, {u"BackupGatewayId"_s});
        task.gatewayId = *gateway;
    }
    task.destinationDatabase = call.value(u"DestinationEndpointDatabaseName"_s);
    task.destinationUser = call.value(u"DestinationEndpointUserName"_s);
    task.destinationOracleSid = call.value(u"DestinationEndpointOracleSID"_s);
    task.restoreDir = call.value(u"RestoreDir"_s);
    task.crossAliyunId = call.value(u"CrossAliyunId"_s);
    task.crossRoleName = call.value(u"CrossRoleName"_s);

    task.duplicateConflict = call.has(u"DuplicateConflict"_s) ? call.value(u"DuplicateConflict"_s) : u"failure"_s;
    if (task.duplicateConflict != u"failure"_s && task.duplicateConflict != u"renamenew"_s)
        return call.fail(u"Param.NotFound"_s, {u"DuplicateConflict"_s});

    if (type != u"Agent"_s && !call.has(u"RestoreObjects"_s))
        return call.missing(u"RestoreObjects"_s);
    if (call.has(u"RestoreObjects"_s)) {
        const QJsonDocument objects = QJsonDocument::fromJson(call.value(u"RestoreObjects"_s).toUtf8());
        if (!objects.isArray() || objects.array().isEmpty())
            return call.fail(u"Param.NotFound"_s, {u"RestoreObjects"_s});
        for (const QJsonValue &value : objects.array()) {
            const QString database = value.toObject().value(u"DBName"_s).toString();
            if (!value.isObject() || database.isEmpty() || !plan->databases.contains(database))
                return call.fail(u"Param.NotFound"_s, {u"RestoreObjects"_s});
        }
        task.restoreObjects = call.value(u"RestoreObjects"_s);
    }

    task.created = m_world.clock().now();
    const DbsRestoreTask &created = m_world.addDbsTask(task);
    m_stats.recordExecution(plan->planId, call.action());
    if (type == u"RDS"_s)
        m_stats.recordExecution(task.destinationInstanceId, call.action());
    return ClientTokenGuard::succeed(call, m_world.clientTokens(), m_stats,
                                     {{u"RestoreTaskId"_s, created.taskId}});
}

SimResponse DbsActions::startRestoreTask(const AlibabaRpcCall &call)
{
    if (auto early = ClientTokenGuard::check(call, m_world.clientTokens(), m_stats))
        return *early;
    if (!call.has(u"RestoreTaskId"_s))
        return call.missing(u"RestoreTaskId"_s);
    DbsRestoreTask *task = m_world.dbsTask(call.value(u"RestoreTaskId"_s));
    if (!task)
        return call.fail(u"Param.NotFound"_s, {u"RestoreTaskId"_s});
    // Starting a task that already runs changes nothing; only the first start counts.
    if (!task->started.isValid()) {
        m_world.startDbsTask(task->taskId);
        m_stats.recordExecution(task->taskId, call.action());
    }
    return ClientTokenGuard::succeed(call, m_world.clientTokens(), m_stats,
                                     {{u"RestoreTaskId"_s, task->taskId}});
}

QJsonObject DbsActions::taskToJson(const DbsRestoreTask &task) const
{
    const QString status = m_world.dbsTaskStatus(task);
    const int progress = m_world.dbsTaskProgress(task);
    const qint64 finishMs = task.applied && task.started.isValid()
        ? task.started.addMSecs(qint64(m_world.clock().secondsPerStep() * 1000 * AlibabaWorld::dbsRestoreSteps))
              .toMSecsSinceEpoch()
        : 0;
    const bool physical = m_world.plan(task.planId) && m_world.plan(task.planId)->backupMethod == u"physical"_s;
    return {
        {u"RestoreTaskId"_s, task.taskId},
        {u"RestoreTaskName"_s, task.name},
        {u"RestoreStatus"_s, status},
        {u"RestoreTaskCreateTime"_s, task.created.toMSecsSinceEpoch()},
        {u"RestoreTaskFinishTime"_s, finishMs},
        {u"RestoreTime"_s, task.restoreTimeMs},
        {u"BackupPlanId"_s, task.planId},
        {u"BackupSetId"_s, task.backupSetId},
        {u"BackupGatewayId"_s, task.gatewayId},
        {u"RestoreObjects"_s, task.restoreObjects},
        {u"RestoreDir"_s, task.restoreDir},
        {u"ErrMessage"_s, task.errorMessage},
        {u"FullDataRestoreProgress"_s, physical ? 0 : progress},
        {u"FullStruforeRestoreProgress"_s, physical ? 0 : std::min(100, progress * 2)},
        {u"FullStruAfterRestoreProgress"_s, physical ? 0 : (progress == 100 ? 100 : 0)},
        {u"ContinuousRestoreProgress"_s, task.restoreTimeMs != 0 ? progress : 0},
        {u"PhysicalBackupRecoverProgress"_s, physical ? progress : 0},
        {u"PhysicalFullBackupRecoverProgress"_s, physical ? progress : 0},
        {u"PhysicalIncrementBackupRecoverProgress"_s, 0},
        {u"PhysicalFullAndIncrementBackupRecoverProgress"_s, physical ? progress : 0},
        {u"PhysicalDatabaseOnlineProgress"_s, physical && progress == 100 ? 100 : 0},
        {u"DestinationEndpointInstanceType"_s, task.destinationType},
        {u"DestinationEndpointInstanceID"_s, task.destinationInstanceId},
        {u"DestinationEndpointRegion"_s, task.destinationRegion},
        {u"DestinationEndpointIpPort"_s, task.destinationIp.isEmpty() ? QString()
                                             : task.destinationIp + u':' + QString::number(task.destinationPort)},
        {u"DestinationEndpointHost"_s, task.destinationIp},
        {u"DestinationEndpointPort"_s, task.destinationPort},
        {u"DestinationEndpointDatabaseName"_s, task.destinationDatabase},
        {u"DestinationEndpointUserName"_s, task.destinationUser},
        {u"DestinationEndpointOracleSID"_s, task.destinationOracleSid},
        {u"DestinationEndpointEnableSsl"_s, false},
        {u"RestoreDestinationMode"_s, u"EXIST_INSTANCE"_s},
        {u"BackupSourceOssRegion"_s, task.destinationRegion},
        {u"CrossAliyunId"_s, task.crossAliyunId},
        {u"CrossRoleName"_s, task.crossRoleName},
    };
}

SimResponse DbsActions::describeRestoreTaskList(const AlibabaRpcCall &call) const
{
    const bool byPlan = call.has(u"BackupPlanId"_s);
    const bool byTask = call.has(u"RestoreTaskId"_s);
    if (byPlan && byTask)
        return call.fail(u"Param.NotFound"_s, {u"RestoreTaskId"_s});
    if (!byPlan && !byTask)
        return call.missing(u"BackupPlanId"_s);
    if (byPlan && !m_world.plan(call.value(u"BackupPlanId"_s)))
        return call.fail(u"Param.NotFound"_s, {u"BackupPlanId"_s});
    const auto paging = readPaging(call, {});
    if (const auto *error = std::get_if<SimResponse>(&paging))
        return *error;
    const Paging page = std::get<Paging>(paging);
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
    if (call.has(u"StartTimestamp"_s)) {
        const auto value = parseLong(call.value(u"StartTimestamp"_s));
        if (!value)
            return call.fail(u"Param.NotFound"_s, {u"StartTimestamp"_s});
        from = *value;
    }
    if (call.has(u"EndTimestamp"_s)) {
        const auto value = parseLong(call.value(u"EndTimestamp"_s));
        if (!value)
            return call.fail(u"Param.NotFound"_s, {u"EndTimestamp"_s});
        to = *value;
    }
    const QStringList taskIds = call.value(u"RestoreTaskId"_s).split(u',', Qt::SkipEmptyParts);

    QJsonArray rows;
    qint64 total = 0;
    const qint64 offset = qint64(page.pageNum) * page.pageSize;
    const QList<DbsRestoreTask> &tasks = m_world.dbsTasks();
    for (auto it = tasks.crbegin(); it != tasks.crend(); ++it) {
        if (byPlan && it->planId != call.value(u"BackupPlanId"_s))
            continue;
        if (byTask && !taskIds.contains(it->taskId))
            continue;
        const qint64 createdMs = it->created.toMSecsSinceEpoch();
        if (createdMs < from || createdMs > to)
            continue;
        if (total++ >= offset && rows.size() < page.pageSize)
            rows.append(taskToJson(*it));
    }
    return call.ok(merged({{u"Items"_s, QJsonObject{{u"RestoreTaskDetail"_s, rows}}}}, pageFields(page, total)));
}

} // namespace rdsbm::cloudsim
