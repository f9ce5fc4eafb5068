#include "app/providers/dbs/dbsreplyparser.h"

#include "app/providers/alibaba/replyreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using rdsbm::alibaba::ReplyReader;

namespace rdsbm::dbs {

namespace {

struct DbsReplyParserText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::dbs::DbsReplyParser)
};

std::optional<QJsonObject> rootObject(const QJsonDocument &document, QString &error)
{
    if (!document.isObject()) {
        error = DbsReplyParserText::tr("The reply is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

// DBS times are epoch milliseconds; 0 or absent means "not yet" (a task not finished).
QDateTime milliseconds(ReplyReader &reader, const QString &name)
{
    const qint64 value = reader.optionalCount(name, 0);
    if (reader.failed() || value == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(value).toUTC();
}

int percent(ReplyReader &reader, const QString &name)
{
    const qint64 value = reader.optionalCount(name, 0);
    if (!reader.failed() && value > 100)
        reader.fail(DbsReplyParserText::tr("The reply field %1 is %2, more than 100 percent.").arg(reader.pathOf(name)).arg(value));
    return int(value);
}

template <typename T>
void readPaging(ReplyReader &reader, DbsPage<T> &page)
{
    page.pageNum = int(reader.optionalCount(u"PageNum"_s, 0));
    page.pageSize = int(reader.optionalCount(u"PageSize"_s, 0));
    page.totalElements = reader.requiredCount(u"TotalElements"_s);
    page.totalPages = int(reader.optionalCount(u"TotalPages"_s, 0));
}

DbsBackupPlan readPlan(ReplyReader &r)
{
    DbsBackupPlan plan;
    plan.raw = r.object();
    plan.backupPlanId = r.requiredString(u"BackupPlanId"_s);
    plan.backupPlanName = r.optionalString(u"BackupPlanName"_s);
    plan.backupPlanStatus = r.optionalString(u"BackupPlanStatus"_s);
    plan.backupPlanCreateTime = milliseconds(r, u"BackupPlanCreateTime"_s);
    plan.backupMethod = r.optionalString(u"BackupMethod"_s);
    plan.backupObjects = r.optionalString(u"BackupObjects"_s);
    plan.backupPeriod = r.optionalString(u"BackupPeriod"_s);
    plan.backupStartTime = r.optionalString(u"BackupStartTime"_s);
    plan.backupRetentionPeriod = r.optionalCount(u"BackupRetentionPeriod"_s, 0);
    plan.backupStorageType = r.optionalString(u"BackupStorageType"_s);
    plan.backupGatewayId = r.optionalStringOrNumber(u"BackupGatewayId"_s);
    plan.beginTimestampForRestore = milliseconds(r, u"BeginTimestampForRestore"_s);
    plan.endTimestampForRestore = milliseconds(r, u"EndTimestampForRestore"_s);
    plan.databaseType = r.optionalString(u"DatabaseType"_s);
    plan.enableBackupLog = r.optionalBool(u"EnableBackupLog"_s).value_or(false);
    plan.errMessage = r.optionalString(u"ErrMessage"_s);
    plan.instanceClass = r.optionalString(u"InstanceClass"_s);
    plan.ossBucketName = r.optionalString(u"OSSBucketName"_s);
    plan.ossBucketRegion = r.optionalString(u"OSSBucketRegion"_s);
    plan.sourceEndpointInstanceType = r.optionalString(u"SourceEndpointInstanceType"_s);
    plan.sourceEndpointInstanceId = r.optionalString(u"SourceEndpointInstanceID"_s);
    plan.sourceEndpointRegion = r.optionalString(u"SourceEndpointRegion"_s);
    plan.sourceEndpointIpPort = r.optionalString(u"SourceEndpointIpPort"_s);
    plan.sourceEndpointDatabaseName = r.optionalString(u"SourceEndpointDatabaseName"_s);
    plan.sourceEndpointUserName = r.optionalString(u"SourceEndpointUserName"_s);
    plan.sourceEndpointOracleSid = r.optionalString(u"SourceEndpointOracleSID"_s);
    plan.crossAliyunId = r.optionalStringOrNumber(u"CrossAliyunId"_s);
    plan.crossRoleName = r.optionalString(u"CrossRoleName"_s);
    plan.duplicationArchivePeriod = r.optionalCount(u"DuplicationArchivePeriod"_s, 0);
    plan.duplicationInfrequentAccessPeriod = r.optionalCount(u"DuplicationInfrequentAccessPeriod"_s, 0);
    plan.resourceGroupId = r.optionalString(u"ResourceGroupId"_s);
    plan.openBackupSetAutoDownload = r.optionalBool(u"OpenBackupSetAutoDownload"_s).value_or(false);
    plan.backupSetDownloadDir = r.optionalString(u"BackupSetDownloadDir"_s);
    plan.backupSetDownloadTargetType = r.optionalString(u"BackupSetDownloadTargetType"_s);
    plan.backupSetDownloadGatewayId = r.optionalStringOrNumber(u"BackupSetDownloadGatewayId"_s);
    plan.backupSetDownloadFullDataFormat = r.optionalString(u"BackupSetDownloadFullDataFormat"_s);
    plan.backupSetDownloadIncrementDataFormat = r.optionalString(u"BackupSetDownloadIncrementDataFormat"_s);
    return plan;
}

DbsRestoreTask readTask(ReplyReader &r)
{
    DbsRestoreTask task;
    task.raw = r.object();
    task.restoreTaskId = r.requiredString(u"RestoreTaskId"_s);
    task.restoreTaskName = r.optionalString(u"RestoreTaskName"_s);
    task.restoreStatus = r.requiredString(u"RestoreStatus"_s);
    task.restoreTaskCreateTime = milliseconds(r, u"RestoreTaskCreateTime"_s);
    task.restoreTaskFinishTime = milliseconds(r, u"RestoreTaskFinishTime"_s);
    task.restoreTime = milliseconds(r, u"RestoreTime"_s);
    task.backupPlanId = r.optionalString(u"BackupPlanId"_s);
    task.backupSetId = r.optionalStringOrNumber(u"BackupSetId"_s);
    task.backupGatewayId = r.optionalStringOrNumber(u"BackupGatewayId"_s);
    task.restoreObjects = r.optionalString(u"RestoreObjects"_s);
    task.restoreDir = r.optionalString(u"RestoreDir"_s);
    task.errMessage = r.optionalString(u"ErrMessage"_s);
    task.fullDataRestoreProgress = percent(r, u"FullDataRestoreProgress"_s);
    task.fullStruforeRestoreProgress = percent(r, u"FullStruforeRestoreProgress"_s);
    task.fullStruAfterRestoreProgress = percent(r, u"FullStruAfterRestoreProgress"_s);
    task.continuousRestoreProgress = percent(r, u"ContinuousRestoreProgress"_s);
    task.physicalBackupRecoverProgress = percent(r, u"PhysicalBackupRecoverProgress"_s);
    task.physicalFullBackupRecoverProgress = percent(r, u"PhysicalFullBackupRecoverProgress"_s);
    task.physicalIncrementBackupRecoverProgress = percent(r, u"PhysicalIncrementBackupRecoverProgress"_s);
    task.physicalFullAndIncrementBackupRecoverProgress = percent(r, u"PhysicalFullAndIncrementBackupRecoverProgress"_s);
    task.physicalDatabaseOnlineProgress = percent(r, u"PhysicalDatabaseOnlineProgress"_s);
    task.destinationEndpointInstanceType = r.optionalString(u"DestinationEndpointInstanceType"_s);
    task.destinationEndpointInstanceId = r.optionalString(u"DestinationEndpointInstanceID"_s);
    task.destinationEndpointRegion = r.optionalString(u"DestinationEndpointRegion"_s);
    task.destinationEndpointIpPort = r.optionalString(u"DestinationEndpointIpPort"_s);
    task.destinationEndpointHost = r.optionalString(u"DestinationEndpointHost"_s);
    task.destinationEndpointPort = int(r.optionalCount(u"DestinationEndpointPort"_s, 0));
    task.destinationEndpointDatabaseName = r.optionalString(u"DestinationEndpointDatabaseName"_s);
    task.destinationEndpointUserName = r.optionalString(u"DestinationEndpointUserName"_s);
    task.destinationEndpointOracleSid = r.optionalString(u"DestinationEndpointOracleSID"_s);
    task.destinationEndpointEnableSsl = r.optionalBool(u"DestinationEndpointEnableSsl"_s).value_or(false);
    task.restoreDestinationMode = r.optionalString(u"RestoreDestinationMode"_s);
    task.backupSourceOssRegion = r.optionalString(u"BackupSourceOssRegion"_s);
    task.crossAliyunId = r.optionalStringOrNumber(u"CrossAliyunId"_s);
    task.crossRoleName = r.optionalString(u"CrossRoleName"_s);
    return task;
}

} // namespace

std::optional<DbsPage<DbsBackupPlan>> DbsReplyParser::backupPlans(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    ReplyReader reader(*root, {}, error);
    DbsPage<DbsBackupPlan> page;
    const QJsonArray list = reader.requiredList(u"Items"_s, u"BackupPlanDetail"_s);
    const QString listPath = u"Items.BackupPlanDetail"_s;
    if (reader.allObjects(list, listPath)) {
        for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
            ReplyReader item = reader.child(list.at(index).toObject(), u"%1[%2]"_s.arg(listPath).arg(index));
            page.items.append(readPlan(item));
        }
    }
    readPaging(reader, page);
    if (reader.failed())
        return std::nullopt;
    return page;
}

std::optional<QList<DbsRestoreRange>> DbsReplyParser::restoreRanges(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    ReplyReader reader(*root, {}, error);
    QList<DbsRestoreRange> ranges;
    const QString listPath = u"Items.DBSRecoverRange"_s;
    const QJsonArray list = reader.requiredList(u"Items"_s, u"DBSRecoverRange"_s);
    if (!reader.allObjects(list, listPath))
        return std::nullopt;
    for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
        const QString path = u"%1[%2]"_s.arg(listPath).arg(index);
        ReplyReader item = reader.child(list.at(index).toObject(), path);
        DbsRestoreRange range;
        range.rangeType = item.requiredString(u"RangeType"_s);
        range.kind = range.rangeType == u"point"   ? DbsRestoreRange::Kind::Point
                     : range.rangeType == u"range" ? DbsRestoreRange::Kind::Range
                                                   : DbsRestoreRange::Kind::Unknown;
        range.begin = milliseconds(item, u"BeginTimestampForRestore"_s);
        range.end = milliseconds(item, u"EndTimestampForRestore"_s);
        if (!item.failed() && (!range.begin.isValid() || !range.end.isValid()))
            item.fail(DbsReplyParserText::tr("The reply field %1 has no BeginTimestampForRestore or EndTimestampForRestore.").arg(path));
        if (!item.failed() && range.end < range.begin)
            item.fail(DbsReplyParserText::tr("The reply field %1 ends before it starts.").arg(path));
        range.sourceEndpointInstanceType = item.optionalString(u"SourceEndpointInstanceType"_s);
        range.sourceEndpointInstanceId = item.optionalString(u"SourceEndpointInstanceID"_s);
        const QJsonArray points = item.optionalList(u"FullBackupList"_s, u"FullBackupDetail"_s);
        const QString pointsPath = u"FullBackupList.FullBackupDetail"_s;
        if (item.allObjects(points, pointsPath)) {
            for (qsizetype p = 0; p < points.size() && !item.failed(); ++p) {
                ReplyReader point = item.child(points.at(p).toObject(), u"FullBackupList.FullBackupDetail[%1]"_s.arg(p));
                DbsFullBackupPoint backup;
                backup.backupSetId = point.requiredString(u"BackupSetId"_s);
                backup.startTime = milliseconds(point, u"StartTime"_s);
                backup.endTime = milliseconds(point, u"EndTime"_s);
                range.fullBackups.append(backup);
            }
        }
        ranges.append(range);
    }
    if (reader.failed())
        return std::nullopt;
    return ranges;
}

std::optional<QString> DbsReplyParser::restoreTaskId(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    ReplyReader reader(*root, {}, error);
    const QString id = reader.optionalStringOrNumber(u"RestoreTaskId"_s);
    if (!reader.failed() && id.isEmpty())
        reader.fail(DbsReplyParserText::tr("The reply has no field %1.").arg(u"RestoreTaskId"_s));
    if (reader.failed())
        return std::nullopt;
    return id;
}

std::optional<DbsPage<DbsRestoreTask>> DbsReplyParser::restoreTasks(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    ReplyReader reader(*root, {}, error);
    DbsPage<DbsRestoreTask> page;
    const QString listPath = u"Items.RestoreTaskDetail"_s;
    const QJsonArray list = reader.requiredList(u"Items"_s, u"RestoreTaskDetail"_s);
    if (reader.allObjects(list, listPath)) {
        for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
            ReplyReader item = reader.child(list.at(index).toObject(), u"%1[%2]"_s.arg(listPath).arg(index));
            page.items.append(readTask(item));
        }
    }
    readPaging(reader, page);
    if (reader.failed())
        return std::nullopt;
    return page;
}

} // namespace rdsbm::dbs
