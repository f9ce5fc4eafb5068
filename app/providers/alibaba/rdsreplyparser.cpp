#include "app/providers/alibaba/rdsreplyparser.h"

#include "app/providers/alibaba/replyreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

// The reply's top object, or an error when the body is something else (an array, nothing).
std::optional<QJsonObject> topObject(const QJsonDocument &document, QString &error)
{
    if (!document.isObject()) {
        error = RdsReplyParser::tr("The reply is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

template <typename T>
std::optional<T> finish(const ReplyReader &reader, T value)
{
    if (reader.failed())
        return std::nullopt;
    return value;
}

DbInstance readInstance(ReplyReader &item)
{
    DbInstance instance;
    instance.provider = Provider::Alibaba;
    instance.id = item.requiredString(u"DBInstanceId"_s);
    instance.description = item.optionalString(u"DBInstanceDescription"_s);
    instance.regionId = item.optionalString(u"RegionId"_s);
    instance.zoneId = item.optionalString(u"ZoneId"_s);
    instance.engine = item.optionalString(u"Engine"_s);
    instance.engineVersion = item.optionalString(u"EngineVersion"_s);
    instance.status = item.optionalString(u"DBInstanceStatus"_s);
    instance.instanceType = item.optionalString(u"DBInstanceType"_s);
    instance.category = item.optionalString(u"Category"_s);
    instance.instanceClass = item.optionalString(u"DBInstanceClass"_s);
    instance.storageType = item.optionalString(u"DBInstanceStorageType"_s);
    return instance;
}

QStringList readIdList(ReplyReader &reader, const QString &wrapper, const QString &inner, const QString &field)
{
    QStringList ids;
    const QJsonArray list = reader.optionalList(wrapper, inner);
    const QString listPath = wrapper + u'.' + inner;
    if (!reader.allObjects(list, listPath))
        return ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        ReplyReader element = reader.child(list.at(i).toObject(), u"%1[%2]"_s.arg(listPath).arg(i));
        ids.append(element.optionalString(field));
    }
    return ids;
}

BackupSet readBackup(ReplyReader &item)
{
    BackupSet backup;
    backup.provider = Provider::Alibaba;
    backup.id = item.requiredString(u"BackupId"_s);
    backup.instanceId = item.optionalString(u"DBInstanceId"_s);
    backup.hostInstanceId = item.optionalStringOrNumber(u"HostInstanceID"_s);
    backup.status = item.requiredString(u"BackupStatus"_s);
    backup.type = item.optionalString(u"BackupType"_s);
    backup.mode = item.optionalString(u"BackupMode"_s);
    backup.method = item.optionalString(u"BackupMethod"_s);
    backup.initiator = item.optionalString(u"BackupInitiator"_s);
    backup.startTime = item.optionalTime(u"BackupStartTime"_s);
    backup.endTime = item.optionalTime(u"BackupEndTime"_s);
    backup.sizeBytes = item.optionalInteger(u"BackupSize"_s, -1);
    backup.consistentTime = item.optionalInteger(u"ConsistentTime"_s, 0);
    backup.downloadUrl = item.optionalUrl(u"BackupDownloadURL"_s);
    backup.intranetDownloadUrl = item.optionalUrl(u"BackupIntranetDownloadURL"_s);
    backup.checksum = item.optionalUnsigned64(u"Checksum"_s);
    backup.available = item.optionalInteger(u"IsAvail"_s, 1) != 0;
    backup.metaStatus = item.optionalString(u"MetaStatus"_s);
    backup.storeStatus = item.optionalString(u"StoreStatus"_s);
    backup.storageClass = item.optionalStringOrNumber(u"StorageClass"_s);
    backup.encryption = item.optionalString(u"Encryption"_s);
    backup.engine = item.optionalString(u"Engine"_s);
    backup.engineVersion = item.optionalString(u"EngineVersion"_s);
    backup.copyOnly = item.optionalStringOrNumber(u"CopyOnlyBackup"_s) == u"1"_s;
    backup.expectExpireTime = item.optionalTime(u"ExpectExpireTime"_s);

    const QString linksPath = u"BackupDownloadLinkByDB.BackupDownloadLinkByDB"_s;
    const QJsonArray links = item.optionalList(u"BackupDownloadLinkByDB"_s, u"BackupDownloadLinkByDB"_s);
    if (item.allObjects(links, linksPath)) {
        for (qsizetype i = 0; i < links.size(); ++i) {
            ReplyReader link = item.child(links.at(i).toObject(), u"%1[%2]"_s.arg(linksPath).arg(i));
            DatabaseDownloadLink entry;
            entry.database = link.optionalString(u"DataBase"_s);
            entry.downloadUrl = link.optionalUrl(u"DownloadLink"_s);
            entry.intranetDownloadUrl = link.optionalUrl(u"IntranetDownloadLink"_s);
            backup.downloadLinksByDatabase.append(entry);
        }
    }
    return backup;
}

} // namespace

std::optional<RegionList> RdsReplyParser::regions(const QJsonDocument &document, QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    RegionList result;
    result.requestId = reader.optionalString(u"RequestId"_s);
    const QJsonArray rows = reader.requiredList(u"Regions"_s, u"RDSRegion"_s);
    if (!reader.allObjects(rows, u"Regions.RDSRegion"_s))
        return std::nullopt;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ReplyReader row = reader.child(rows.at(i).toObject(), u"Regions.RDSRegion[%1]"_s.arg(i));
        const QString regionId = row.requiredString(u"RegionId"_s);
        const QString zoneId = row.optionalString(u"ZoneId"_s);
        const QString zoneName = row.optionalString(u"ZoneName"_s);
        const QString localName = row.optionalString(u"LocalName"_s);
        const QString endpoint = row.optionalString(u"RegionEndpoint"_s);
        if (reader.failed())
            return std::nullopt;
        auto existing = std::find_if(result.regions.begin(), result.regions.end(),
                                     [&](const AlibabaRegion &region) { return region.regionId == regionId; });
        if (existing == result.regions.end()) {
            result.regions.append({regionId, localName, endpoint, {}, {}});
            existing = result.regions.end() - 1;
        }
        if (existing->localName.isEmpty())
            existing->localName = localName;
        if (existing->endpoint.isEmpty())
            existing->endpoint = endpoint;
        if (!zoneId.isEmpty() && !existing->zoneIds.contains(zoneId)) {
            existing->zoneIds.append(zoneId);
            existing->zoneNames.append(zoneName);
        }
    }
    return finish(reader, result);
}

std::optional<DbInstancePage> RdsReplyParser::dbInstances(const QJsonDocument &document, QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    DbInstancePage page;
    page.requestId = reader.optionalString(u"RequestId"_s);
    page.pageNumber = reader.optionalCount(u"PageNumber"_s, 1);
    page.pageRecordCount = reader.optionalCount(u"PageRecordCount"_s, 0);
    page.totalRecordCount = reader.requiredCount(u"TotalRecordCount"_s);
    page.nextToken = reader.optionalString(u"NextToken"_s);
    const QJsonArray items = reader.requiredList(u"Items"_s, u"DBInstance"_s);
    if (!reader.allObjects(items, u"Items.DBInstance"_s))
        return std::nullopt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ReplyReader item = reader.child(items.at(i).toObject(), u"Items.DBInstance[%1]"_s.arg(i));
        DbInstance instance = readInstance(item);
        instance.createTime = item.optionalTime(u"CreateTime"_s);
        page.instances.append(instance);
    }
    return finish(reader, page);
}

std::optional<DbInstanceAttribute> RdsReplyParser::dbInstanceAttribute(const QJsonDocument &document,
                                                                        QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    DbInstanceAttribute attribute;
    attribute.requestId = reader.optionalString(u"RequestId"_s);
    const QJsonArray items = reader.requiredList(u"Items"_s, u"DBInstanceAttribute"_s);
    if (!reader.allObjects(items, u"Items.DBInstanceAttribute"_s))
        return std::nullopt;
    if (items.isEmpty()) {
        reader.fail(tr("The reply lists no instance in %1.").arg(u"Items.DBInstanceAttribute"_s));
        return std::nullopt;
    }
    ReplyReader item = reader.child(items.first().toObject(), u"Items.DBInstanceAttribute[0]"_s);
    attribute.instance = readInstance(item);
    attribute.instance.createTime = item.optionalTime(u"CreationTime"_s);
    attribute.instance.storageGb = int(item.optionalInteger(u"DBInstanceStorage"_s, 0));
    attribute.connectionString = item.optionalString(u"ConnectionString"_s);
    attribute.port = item.optionalStringOrNumber(u"Port"_s);
    attribute.payType = item.optionalString(u"PayType"_s);
    attribute.lockMode = item.optionalString(u"LockMode"_s);
    attribute.lockReason = item.optionalString(u"LockReason"_s);
    attribute.maintainTime = item.optionalString(u"MaintainTime"_s);
    attribute.instanceClassType = item.optionalString(u"DBInstanceClassType"_s);
    attribute.cpu = item.optionalStringOrNumber(u"DBInstanceCPU"_s);
    attribute.memoryMb = item.optionalInteger(u"DBInstanceMemory"_s, -1);
    attribute.diskUsedBytes = item.optionalCount(u"DBInstanceDiskUsed"_s, -1);
    attribute.timeZone = item.optionalString(u"TimeZone"_s);
    attribute.collation = item.optionalString(u"Collation"_s);
    attribute.resourceGroupId = item.optionalString(u"ResourceGroupId"_s);
    attribute.masterInstanceId = item.optionalString(u"MasterInstanceId"_s);
    attribute.expireTime = item.optionalTime(u"ExpireTime"_s);
    attribute.deletionProtection = item.optionalBool(u"DeletionProtection"_s).value_or(false);
    attribute.readOnlyInstanceIds = readIdList(item, u"ReadOnlyDBInstanceIds"_s, u"ReadOnlyDBInstanceId"_s,
                                               u"DBInstanceId"_s);
    attribute.slaveZoneIds = readIdList(item, u"SlaveZones"_s, u"SlaveZone"_s, u"ZoneId"_s);
    return finish(reader, attribute);
}

std::optional<DatabasePage> RdsReplyParser::databases(const QJsonDocument &document, QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    DatabasePage page;
    page.requestId = reader.optionalString(u"RequestId"_s);
    const QJsonArray items = reader.requiredList(u"Databases"_s, u"Database"_s);
    if (!reader.allObjects(items, u"Databases.Database"_s))
        return std::nullopt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ReplyReader item = reader.child(items.at(i).toObject(), u"Databases.Database[%1]"_s.arg(i));
        DatabaseInfo database;
        database.name = item.requiredString(u"DBName"_s);
        database.status = item.optionalString(u"DBStatus"_s);
        database.description = item.optionalString(u"DBDescription"_s);
        database.instanceId = item.optionalString(u"DBInstanceId"_s);
        database.engine = item.optionalString(u"Engine"_s);
        database.characterSet = item.optionalString(u"CharacterSetName"_s);
        page.databases.append(database);
    }
    return finish(reader, page);
}

std::optional<BackupPage> RdsReplyParser::backups(const QJsonDocument &document, QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    BackupPage page;
    page.requestId = reader.optionalString(u"RequestId"_s);
    page.pageNumber = reader.requiredCount(u"PageNumber"_s);
    page.pageRecordCount = reader.requiredCount(u"PageRecordCount"_s);
    page.totalRecordCount = reader.requiredCount(u"TotalRecordCount"_s);
    page.totalEcsSnapshotSize = reader.optionalCount(u"TotalEcsSnapshotSize"_s, 0);
    const QJsonArray items = reader.requiredList(u"Items"_s, u"Backup"_s);
    if (!reader.allObjects(items, u"Items.Backup"_s))
        return std::nullopt;
    page.backups.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        ReplyReader item = reader.child(items.at(i).toObject(), u"Items.Backup[%1]"_s.arg(i));
        page.backups.append(readBackup(item));
    }
    return finish(reader, page);
}

std::optional<CreateBackupReply> RdsReplyParser::createBackup(const QJsonDocument &document, QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    CreateBackupReply reply;
    reply.requestId = reader.optionalString(u"RequestId"_s);
    reply.backupJobId = reader.optionalStringOrNumber(u"BackupJobId"_s);
    if (!reader.failed() && reply.backupJobId.isEmpty())
        reader.fail(tr("The reply has no field %1.").arg(u"BackupJobId"_s));
    return finish(reader, reply);
}

std::optional<BackupTaskList> RdsReplyParser::backupTasks(const QJsonDocument &document, QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    BackupTaskList list;
    list.requestId = reader.optionalString(u"RequestId"_s);
    const QJsonArray items = reader.requiredList(u"Items"_s, u"BackupJob"_s);
    if (!reader.allObjects(items, u"Items.BackupJob"_s))
        return std::nullopt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ReplyReader item = reader.child(items.at(i).toObject(), u"Items.BackupJob[%1]"_s.arg(i));
        BackupTask task;
        task.jobId = item.optionalStringOrNumber(u"BackupJobId"_s);
        if (!item.failed() && task.jobId.isEmpty())
            item.fail(tr("The reply has no field %1.").arg(item.pathOf(u"BackupJobId"_s)));
        task.backupId = item.optionalStringOrNumber(u"BackupId"_s);
        task.backupStatus = item.requiredString(u"BackupStatus"_s);
        task.progressStatus = item.optionalString(u"BackupProgressStatus"_s);
        task.jobMode = item.optionalString(u"JobMode"_s);
        task.taskAction = item.optionalString(u"TaskAction"_s);
        const qint64 process = item.optionalCount(u"Process"_s, -1);
        if (process > 100)
            item.fail(tr("The reply field %1 is not a percentage (0 to 100).").arg(item.pathOf(u"Process"_s)));
        task.progressPercent = int(process);
        list.tasks.append(task);
    }
    return finish(reader, list);
}

std::optional<CrossRegionBackupPage> RdsReplyParser::crossRegionBackups(const QJsonDocument &document,
                                                                        QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    CrossRegionBackupPage page;
    page.requestId = reader.optionalString(u"RequestId"_s);
    page.regionId = reader.optionalString(u"RegionId"_s);
    page.pageNumber = reader.optionalCount(u"PageNumber"_s, 1);
    page.pageRecordCount = reader.optionalCount(u"PageRecordCount"_s, 0);
    page.totalRecordCount = reader.requiredCount(u"TotalRecordCount"_s);
    const QJsonArray items = reader.requiredList(u"Items"_s, u"Item"_s);
    if (!reader.allObjects(items, u"Items.Item"_s))
        return std::nullopt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ReplyReader item = reader.child(items.at(i).toObject(), u"Items.Item[%1]"_s.arg(i));
        CrossRegionBackup backup;
        backup.crossBackupId = item.optionalStringOrNumber(u"CrossBackupId"_s);
        if (!item.failed() && backup.crossBackupId.isEmpty())
            item.fail(tr("The reply has no field %1.").arg(item.pathOf(u"CrossBackupId"_s)));
        backup.crossBackupRegion = item.optionalString(u"CrossBackupRegion"_s);
        backup.setFile = item.optionalString(u"CrossBackupSetFile"_s);
        backup.setLocation = item.optionalString(u"CrossBackupSetLocation"_s);
        backup.setSizeBytes = item.optionalCount(u"CrossBackupSetSize"_s, -1);
        backup.downloadLink = item.optionalUrl(u"CrossBackupDownloadLink"_s);
        backup.backupStartTime = item.optionalTime(u"BackupStartTime"_s);
        backup.backupEndTime = item.optionalTime(u"BackupEndTime"_s);
        backup.consistentTime = item.optionalTime(u"ConsistentTime"_s);
        backup.backupMethod = item.optionalString(u"BackupMethod"_s);
        backup.backupType = item.optionalString(u"BackupType"_s);
        backup.backupSetScale = int(item.optionalCount(u"BackupSetScale"_s, 0));
        backup.backupSetStatus = int(item.optionalCount(u"BackupSetStatus"_s, 0));
        backup.category = item.optionalString(u"Category"_s);
        backup.engine = item.optionalString(u"Engine"_s);
        backup.engineVersion = item.optionalString(u"EngineVersion"_s);
        backup.storageType = item.optionalString(u"DBInstanceStorageType"_s);
        backup.instanceId = item.optionalStringOrNumber(u"InstanceId"_s);
        const QJsonArray regions = item.optionalList(u"RestoreRegions"_s, u"RestoreRegion"_s);
        for (qsizetype r = 0; r < regions.size(); ++r) {
            if (!regions.at(r).isString()) {
                item.fail(tr("The reply field %1 is not a string.")
                              .arg(item.pathOf(u"RestoreRegions.RestoreRegion[%1]"_s.arg(r))));
                break;
            }
            backup.restoreRegions.append(regions.at(r).toString());
        }
        page.backups.append(backup);
    }
    return finish(reader, page);
}

std::optional<RecoveryWindow> RdsReplyParser::availableRecoveryTime(const QJsonDocument &document,
                                                                    QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    RecoveryWindow window;
    window.requestId = reader.optionalString(u"RequestId"_s);
    window.crossBackupId = reader.optionalStringOrNumber(u"CrossBackupId"_s);
    window.regionId = reader.optionalString(u"RegionId"_s);
    window.begin = reader.requiredTime(u"RecoveryBeginTime"_s);
    window.end = reader.requiredTime(u"RecoveryEndTime"_s);
    if (!reader.failed() && window.end < window.begin)
        reader.fail(tr("The reply's RecoveryEndTime is before its RecoveryBeginTime."));
    return finish(reader, window);
}

std::optional<RestoreDdrTableReply> RdsReplyParser::restoreDdrTable(const QJsonDocument &document,
                                                                    QString &error)
{
    const auto top = topObject(document, error);
    if (!top)
        return std::nullopt;
    ReplyReader reader(*top, {}, error);
    RestoreDdrTableReply reply;
    reply.requestId = reader.optionalString(u"RequestId"_s);
    reply.dbInstanceId = reader.optionalString(u"DBInstanceId"_s);
    return finish(reader, reply);
}

} // namespace rdsbm::alibaba
