#include "app/cloudsim/rdsddractions.h"

#include "app/cloudsim/alibabatime.h"
#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/clienttokenguard.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/tablemeta.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

// Log backups reach the copy region a few minutes behind (reference: DescribeAvailableRecoveryTime).
constexpr qint64 logLagSecs = 5 * 60;

std::optional<qint64> parseId(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{1,18}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

QString crossFileKey(const RdsInstance &instance, const CrossRegionBackup &copy)
{
    return u"rds-cross/%1/%2/hins%3_%4.xb"_s.arg(copy.region, instance.id, instance.hostInstanceId,
                                                 QString::number(copy.crossBackupId));
}

} // namespace

RdsDdrActions::RdsDdrActions(AlibabaWorld &world, const BackupFileStore &files, SimStats &stats)
    : m_world(world)
    , m_files(files)
    , m_stats(stats)
{
}

void RdsDdrActions::registerInto(RpcActionTable &table)
{
    table.insert(u"DescribeCrossRegionBackups"_s,
                 [this](const AlibabaRpcCall &call) { return describeCrossRegionBackups(call); });
    table.insert(u"DescribeAvailableRecoveryTime"_s,
                 [this](const AlibabaRpcCall &call) { return describeAvailableRecoveryTime(call); });
    table.insert(u"RestoreDdrTable"_s, [this](const AlibabaRpcCall &call) { return restoreDdrTable(call); });
}

QJsonObject RdsDdrActions::crossBackupToJson(const RdsInstance &instance, const CrossRegionBackup &copy) const
{
    const QString key = crossFileKey(instance, copy);
    const QString link = copy.failed
        ? QString()
        : m_files.downloadUrl(key, copy.source.size, false, m_world.clock().now()).toString(QUrl::FullyEncoded);
    return {
        {u"CrossBackupId"_s, copy.crossBackupId},
        {u"CrossBackupRegion"_s, copy.region},
        {u"CrossBackupSetFile"_s, key.section(u'/', -1)},
        {u"CrossBackupSetLocation"_s, u"oss"_s},
        {u"CrossBackupSetSize"_s, copy.failed ? 0 : copy.source.size},
        {u"CrossBackupDownloadLink"_s, link},
        {u"BackupStartTime"_s, AlibabaTime::seconds(copy.source.startSecs)},
        {u"BackupEndTime"_s, AlibabaTime::seconds(copy.source.endSecs)},
        {u"ConsistentTime"_s, AlibabaTime::seconds(copy.source.endSecs)},
        {u"BackupMethod"_s, copy.source.method == u"Logical"_s ? u"L"_s : u"P"_s},
        {u"BackupType"_s, copy.source.type == u"IncrementalBackup"_s ? u"I"_s : u"F"_s},
        {u"BackupSetScale"_s, copy.source.databases.isEmpty() ? 0 : 1},
        {u"BackupSetStatus"_s, copy.failed ? 1 : 0},
        {u"Category"_s, instance.category},
        {u"Engine"_s, instance.engine},
        {u"EngineVersion"_s, instance.engineVersion},
        {u"DBInstanceStorageType"_s, instance.storageType},
        {u"InstanceId"_s, instance.hostInstanceId.toLongLong()},
        {u"RestoreRegions"_s, QJsonObject{{u"RestoreRegion"_s, QJsonArray{copy.region}}}},
    };
}

SimResponse RdsDdrActions::describeCrossRegionBackups(const AlibabaRpcCall &call) const
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    if (!call.has(u"RegionId"_s))
        return call.missing(u"RegionId"_s);
    const RdsInstance *instance = m_world.instance(call.value(u"DBInstanceId"_s));
    if (!instance || instance->regionId != call.value(u"RegionId"_s))
        return call.fail(u"InvalidDBInstanceId.NotFound"_s);

    std::optional<qint64> crossBackupId;
    std::optional<qint64> backupId;
    if (call.has(u"CrossBackupId"_s) && !(crossBackupId = parseId(call.value(u"CrossBackupId"_s))))
        return call.invalid(u"CrossBackupId"_s);
    if (call.has(u"BackupId"_s) && !(backupId = parseId(call.value(u"BackupId"_s))))
        return call.invalid(u"BackupId"_s);
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    if (call.has(u"StartTime"_s)) {
        const auto start = AlibabaTime::parseSeconds(call.value(u"StartTime"_s));
        if (!start)
            return call.fail(u"InvalidStartTime.Format"_s);
        from = *start;
    }
    if (call.has(u"EndTime"_s)) {
        const auto end = AlibabaTime::parseSeconds(call.value(u"EndTime"_s));
        if (!end)
            return call.fail(u"InvalidEndTime.Format"_s);
        to = *end;
    }
    if (from != std::numeric_limits<qint64>::min() && to != std::numeric_limits<qint64>::max() && to <= from)
        return call.fail(u"InvalidParameterCombination"_s);
    int pageSize = 30;
    if (call.has(u"PageSize"_s)) {
        const QString text = call.value(u"PageSize"_s);
        if (text != u"30"_s && text != u"50"_s && text != u"100"_s)
            return call.fail(u"InvalidMaxRecordsPerPage.Malformed"_s);
        pageSize = text.toInt();
    }
    int pageNumber = 1;
    if (call.has(u"PageNumber"_s)) {
        bool ok = false;
        pageNumber = call.value(u"PageNumber"_s).toInt(&ok);
        if (!ok || pageNumber < 1)
            return call.fail(u"InvalidPageNumbers.Malformed"_s);
    }
    const QString region = call.value(u"CrossBackupRegion"_s);

    QJsonArray items;
    qint64 total = 0;
    const qint64 offset = qint64(pageNumber - 1) * pageSize;
    for (const CrossRegionBackup &copy : m_world.catalog().crossRegionBackups(*instance)) {
        if (crossBackupId && copy.crossBackupId != *crossBackupId)
            continue;
        if (backupId && copy.source.backupId != *backupId)
            continue;
        if (!region.isEmpty() && copy.region != region)
            continue;
        if (copy.source.startSecs < from || copy.source.startSecs > to)
            continue;
        if (total++ >= offset && items.size() < pageSize)
            items.append(crossBackupToJson(*instance, copy));
    }
    return call.ok({
        {u"RegionId"_s, instance->regionId},
        {u"StartTime"_s, call.value(u"StartTime"_s)},
        {u"EndTime"_s, call.value(u"EndTime"_s)},
        {u"PageNumber"_s, pageNumber},
        {u"PageRecordCount"_s, int(items.size())},
        {u"TotalRecordCount"_s, total},
        {u"Items"_s, QJsonObject{{u"Item"_s, items}}},
    });
}

SimResponse RdsDdrActions::describeAvailableRecoveryTime(const AlibabaRpcCall &call) const
{
    if (!call.has(u"CrossBackupId"_s))
        return call.missing(u"CrossBackupId"_s);
    const auto id = parseId(call.value(u"CrossBackupId"_s));
    const auto copy = id ? m_world.catalog().findCrossRegionBackup(m_world.instances(), *id) : std::nullopt;
    if (!copy)
        return call.fail(u"InvalidBackupSetID.NotFound"_s);
    const RdsInstance &source = m_world.instances().at(copy->sourceInstanceIndex);
    const qint64 nowSecs = m_world.clock().now().toSecsSinceEpoch();
    const qint64 end = source.logBackupEnabled ? nowSecs - logLagSecs : copy->source.endSecs;
    return call.ok({
        {u"CrossBackupId"_s, copy->crossBackupId},
        {u"RegionId"_s, copy->region},
        {u"RecoveryBeginTime"_s, AlibabaTime::seconds(copy->source.endSecs)},
        {u"RecoveryEndTime"_s, AlibabaTime::seconds(end)},
    });
}

SimResponse RdsDdrActions::restoreDdrTable(const AlibabaRpcCall &call)
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    if (auto early = ClientTokenGuard::check(call, m_world.clientTokens(), m_stats))
        return *early;
    const RdsInstance *target = m_world.instance(call.value(u"DBInstanceId"_s));
    if (!target)
        return call.fail(u"InvalidDBInstanceId.NotFound"_s);
    if (!call.has(u"RestoreType"_s))
        return call.fail(u"RestoreType.NotFound"_s);
    const QString restoreType = call.value(u"RestoreType"_s);
    if (restoreType != u"0"_s && restoreType != u"1"_s)
        return call.fail(u"InvalidRestoreType.Format"_s);
    if (call.has(u"RegionId"_s) && call.value(u"RegionId"_s) != target->regionId)
        return call.fail(u"InvalidRegion.Format"_s);
    if (target->isReadOnly())
        return call.fail(u"IncorrectDBInstanceType"_s);
    if (target->engine != u"MySQL"_s)
        return call.fail(u"InvalidDBInstanceEngineType.Format"_s);
    if (m_world.status(*target) != u"Running"_s)
        return call.fail(u"IncorrectDBInstanceState"_s);

    const RdsInstance *source = nullptr;
    QString copyRegion;
    QStringList backedUpDatabases;
    if (restoreType == u"0"_s) {
        if (!call.has(u"BackupId"_s))
            return call.missing(u"BackupId"_s);
        const auto id = parseId(call.value(u"BackupId"_s));
        const auto copy = id ? m_world.catalog().findCrossRegionBackup(m_world.instances(), *id) : std::nullopt;
        if (!copy)
            return call.fail(u"InvalidBackupSetID.NotFound"_s);
        if (copy->failed)
            return call.fail(u"IncorrectBackupSetState"_s);
        if (copy->source.method == u"Logical"_s)
            return call.fail(u"IncorrectBackupSetMethod"_s);
        copyRegion = copy->region;
        source = &m_world.instances().at(copy->sourceInstanceIndex);
        backedUpDatabases = copy->source.databases;
    } else {
        for (const QString &required : {u"RestoreTime"_s, u"SourceRegion"_s, u"SourceDBInstanceName"_s})
            if (!call.has(required))
                return call.missing(required);
        const auto restoreTime = AlibabaTime::parseSeconds(call.value(u"RestoreTime"_s));
        if (!restoreTime)
            return call.fail(u"InvalidRestoreTime.Format"_s);
        if (!m_world.region(call.value(u"SourceRegion"_s)))
            return call.fail(u"InvalidRegion.Format"_s);
        source = m_world.instance(call.value(u"SourceDBInstanceName"_s));
        if (!source || source->regionId != call.value(u"SourceRegion"_s))
            return call.fail(u"InvalidDBInstance.NotFound"_s);
        qint64 windowBegin = std::numeric_limits<qint64>::max();
        for (const CrossRegionBackup &copy : m_world.catalog().crossRegionBackups(*source))
            if (!copy.failed && copy.source.method != u"Logical"_s)
                windowBegin = std::min(windowBegin, copy.source.endSecs);
        if (windowBegin == std::numeric_limits<qint64>::max())
            return call.fail(u"NoAvailableDisasterRestoreBakset"_s);
        copyRegion = source->crossBackupRegion;
        if (!source->logBackupEnabled)
            return call.fail(u"InvalidBackupLogStatus"_s);
        const qint64 nowSecs = m_world.clock().now().toSecsSinceEpoch();
        if (*restoreTime >= nowSecs)
            return call.fail(u"InvalidRestoreTime.Format"_s);
        if (*restoreTime < windowBegin)
            return call.fail(u"InvalidBackup.NotFound"_s);
        if (*restoreTime > nowSecs - logLagSecs)
            return call.fail(u"InvalidBinlog.NotFound"_s);
    }
    if (backedUpDatabases.isEmpty())
        for (const RdsDatabase &database : source->databases)
            backedUpDatabases.append(database.name);

    const TableMeta::Parsed meta = TableMeta::parse(call.value(u"TableMeta"_s));
    if (!meta.errorCode.isEmpty())
        return call.fail(meta.errorCode);
    const bool intoSource = source->id == target->id;
    for (const DatabaseRestore &database : meta.databases) {
        if (!backedUpDatabases.contains(database.name))
            return call.fail(u"InvalidSourceRestoreDBName.NotFound"_s);
        if (intoSource && database.tables.isEmpty() && database.newName == database.name)
            return call.fail(u"InvalidParamTableMetaForRestore.Content"_s);
        for (const TableRename &table : database.tables)
            if (intoSource && database.newName == database.name && table.newName == table.name)
                return call.fail(u"InvalidParamTableMetaForRestore.Content"_s);
    }
    // Copies are restored in the region that holds them.
    if (copyRegion != target->regionId)
        return call.fail(u"InvalidRegion.Format"_s);
    for (const DatabaseRestore &database : meta.databases) {
        if (database.tables.isEmpty()) {
            if (target->hasDatabase(database.newName))
                return call.fail(u"InvalidDBName.Duplicate"_s);
            continue;
        }
        for (const RdsDatabase &existing : target->databases)
            if (existing.name == database.newName)
                for (const TableRename &table : database.tables)
                    if (existing.tables.contains(table.newName))
                        return call.fail(u"InvalidParamTableMeta.Duplicate"_s);
    }

    DdrRestore restore;
    restore.targetInstanceId = target->id;
    restore.created = m_world.clock().now();
    restore.databases = meta.databases;
    m_world.addDdrRestore(restore);
    m_stats.recordExecution(target->id, call.action());
    return ClientTokenGuard::succeed(call, m_world.clientTokens(), m_stats,
                                     {{u"DBInstanceId"_s, target->id}});
}

} // namespace rdsbm::cloudsim
