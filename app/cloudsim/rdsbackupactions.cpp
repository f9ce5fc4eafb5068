#include "app/cloudsim/rdsbackupactions.h"

#include "app/cloudsim/alibabatime.h"
#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/jsonwriter.h"
#include "app/cloudsim/simstats.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

const QStringList jobStates{u"NoStart"_s, u"Preparing"_s, u"Waiting"_s,
                            u"Uploading"_s, u"Checking"_s, u"Finished"_s};
const QStringList jobProgress{u"0"_s, u"10"_s, u"30"_s, u"60"_s, u"90"_s, u"100"_s};

QString fileExtension(const RdsInstance &instance, const BackupRecord &record)
{
    if (record.method == u"Logical"_s)
        return u"zip"_s;
    if (instance.engine == u"SQLServer"_s)
        return u"bak"_s;
    if (instance.engine == u"PostgreSQL"_s)
        return u"tar.gz"_s;
    return u"xb"_s;
}

bool hasFile(const BackupRecord &record)
{
    return record.status == u"Success"_s && record.method != u"Snapshot"_s && record.size > 0;
}

// Per-database links exist for MySQL sets on local disks (seed 003: not for cloud-disk instances).
bool hasPerDatabaseLinks(const RdsInstance &instance, const BackupRecord &record)
{
    return hasFile(record) && instance.engine == u"MySQL"_s && !instance.isCloudDisk();
}

qint64 databasePartSize(const BackupRecord &record, qsizetype databases)
{
    return std::max<qint64>(1024, record.size / (databases + 1));
}

std::optional<qint64> parseBackupId(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{1,18}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

RdsBackupActions::RdsBackupActions(AlibabaWorld &world, const BackupFileStore &files, SimStats &stats)
    : m_world(world)
    , m_files(files)
    , m_stats(stats)
{
}

void RdsBackupActions::registerInto(RpcActionTable &table)
{
    table.insert(u"DescribeBackups"_s, [this](const AlibabaRpcCall &call) { return describeBackups(call); });
    table.insert(u"CreateBackup"_s, [this](const AlibabaRpcCall &call) { return createBackup(call); });
    table.insert(u"DescribeBackupTasks"_s, [this](const AlibabaRpcCall &call) { return describeBackupTasks(call); });
}

QString RdsBackupActions::fileKey(const RdsInstance &instance, const BackupRecord &record,
                                  const QString &database)
{
    const QString stamp = QDateTime::fromSecsSinceEpoch(record.startSecs, QTimeZone::utc())
                              .toString(u"yyyyMMddHHmmss"_s);
    QString key = u"rds/%1/hins%2_%3_%4"_s.arg(instance.id, instance.hostInstanceId, stamp,
                                               QString::number(record.backupId));
    if (!database.isEmpty())
        return key + u'_' + database + u".zip"_s;
    return key + u'.' + fileExtension(instance, record);
}

QString RdsBackupActions::checksumOf(const QString &fileKey, qint64 size) const
{
    constexpr qsizetype maxCachedChecksums = 200000;
    const QString cacheKey = fileKey + u'#' + QString::number(size);
    const auto cached = m_checksums.constFind(cacheKey);
    if (cached != m_checksums.constEnd())
        return *cached;
    if (m_checksums.size() >= maxCachedChecksums)
        m_checksums.clear();
    const QString checksum = QString::number(m_files.checksum(fileKey, size));
    m_checksums.insert(cacheKey, checksum);
    return checksum;
}

void RdsBackupActions::writeBackup(JsonWriter &out, const RdsInstance &instance,
                                   const BackupRecord &record) const
{
    const QDateTime now = m_world.clock().now();
    QString publicUrl;
    QString intranetUrl;
    QString checksum;
    if (hasFile(record)) {
        const QString key = fileKey(instance, record);
        publicUrl = m_files.downloadUrl(key, record.size, false, now).toString(QUrl::FullyEncoded);
        intranetUrl = m_files.downloadUrl(key, record.size, true, now).toString(QUrl::FullyEncoded);
        checksum = checksumOf(key, record.size);
    }
    const qint64 retentionDays = record.storageClass == u"1"_s ? 3650 : 730;
    out.beginObject()
        .member("BackupId"_L1, QString::number(record.backupId))
        .member("DBInstanceId"_L1, instance.id)
        .member("HostInstanceID"_L1, instance.hostInstanceId)
        .member("BackupStatus"_L1, record.status)
        .member("BackupType"_L1, record.type)
        .member("BackupMode"_L1, record.mode)
        .member("BackupMethod"_L1, record.method)
        .member("BackupInitiator"_L1, record.mode == u"Manual"_s ? u"User"_s : u"System"_s)
        .member("BackupStartTime"_L1, AlibabaTime::seconds(record.startSecs))
        .member("BackupEndTime"_L1, AlibabaTime::seconds(record.endSecs))
        .member("BackupSize"_L1, record.size)
        // Documented as 0 except on MySQL 5.6, which the simulator does not generate.
        .member("ConsistentTime"_L1, 0)
        .member("BackupDownloadURL"_L1, publicUrl)
        .member("BackupIntranetDownloadURL"_L1, intranetUrl)
        .member("Checksum"_L1, checksum)
        .member("IsAvail"_L1, record.status == u"Success"_s ? 1 : 0)
        .member("MetaStatus"_L1, record.metaStatus)
        .member("StoreStatus"_L1, record.storeStatus)
        .member("StorageClass"_L1, record.storageClass)
        .member("Encryption"_L1, u"{}"_s)
        .member("Engine"_L1, instance.engine)
        .member("EngineVersion"_L1, instance.engineVersion)
        .member("ExpectExpireTime"_L1, AlibabaTime::seconds(record.endSecs + retentionDays * 24 * 3600));
    if (instance.engine == u"SQLServer"_s)
        out.member("CopyOnlyBackup"_L1, u"0"_s);
    if (hasPerDatabaseLinks(instance, record)) {
        QStringList databases = record.databases;
        if (databases.isEmpty())
            for (const RdsDatabase &database : instance.databases)
                databases.append(database.name);
        out.key("BackupDownloadLinkByDB"_L1).beginObject().key("BackupDownloadLinkByDB"_L1).beginArray();
        for (const QString &database : std::as_const(databases)) {
            const QString key = fileKey(instance, record, database);
            const qint64 size = databasePartSize(record, databases.size());
            out.beginObject()
                .member("DataBase"_L1, database)
                .member("DownloadLink"_L1, m_files.downloadUrl(key, size, false, now).toString(QUrl::FullyEncoded))
                .member("IntranetDownloadLink"_L1, m_files.downloadUrl(key, size, true, now).toString(QUrl::FullyEncoded))
                .endObject();
        }
        out.endArray().endObject();
    }
    out.endObject();
}

SimResponse RdsBackupActions::describeBackups(const AlibabaRpcCall &call) const
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    const RdsInstance *instance = m_world.instance(call.value(u"DBInstanceId"_s));
    if (!instance)
        return call.fail(u"InvalidDBInstanceId.NotFound"_s);

    BackupCatalog::Filter filter;
    if (call.has(u"BackupId"_s)) {
        const auto id = parseBackupId(call.value(u"BackupId"_s));
        if (!id)
            return call.invalid(u"BackupId"_s);
        filter.backupId = *id;
    }
    filter.status = call.value(u"BackupStatus"_s);
    if (!filter.status.isEmpty() && filter.status != u"Success"_s && filter.status != u"Failed"_s)
        return call.invalid(u"BackupStatus"_s);
    filter.mode = call.value(u"BackupMode"_s);
    if (!filter.mode.isEmpty() && filter.mode != u"Automated"_s && filter.mode != u"Manual"_s)
        return call.invalid(u"BackupMode"_s);
    filter.type = call.value(u"BackupType"_s);
    if (!filter.type.isEmpty() && filter.type != u"FullBackup"_s && filter.type != u"IncrementalBackup"_s)
        return call.invalid(u"BackupType"_s);
    if (call.has(u"StartTime"_s)) {
        const auto start = AlibabaTime::parseMinutes(call.value(u"StartTime"_s));
        if (!start)
            return call.fail(u"InvalidStartTime.Format"_s);
        filter.fromSecs = *start;
    }
    if (call.has(u"EndTime"_s)) {
        const auto end = AlibabaTime::parseMinutes(call.value(u"EndTime"_s));
        if (!end)
            return call.fail(u"InvalidEndTime.Format"_s);
        // Minute precision: the whole end minute is included.
        filter.toSecs = *end + 59;
    }
    if (call.has(u"StartTime"_s) && call.has(u"EndTime"_s) && filter.toSecs - 59 <= filter.fromSecs)
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

    const BackupCatalog::Page page = m_world.catalog().query(*instance, filter,
                                                             qint64(pageNumber - 1) * pageSize, pageSize);
    // The three counters are strings in this API only (seed 003, reference 5.2).
    JsonWriter out;
    out.beginObject()
        .member("PageNumber"_L1, QString::number(pageNumber))
        .member("PageRecordCount"_L1, QString::number(page.items.size()))
        .member("TotalRecordCount"_L1, QString::number(page.total))
        .member("TotalEcsSnapshotSize"_L1, m_world.catalog().snapshotChainSize(*instance));
    out.key("Items"_L1).beginObject().key("Backup"_L1).beginArray();
    for (const BackupRecord &record : page.items)
        writeBackup(out, *instance, record);
    out.endArray().endObject().endObject();
    return call.okFromJson(out.text());
}

SimResponse RdsBackupActions::createBackup(const AlibabaRpcCall &call)
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    const RdsInstance *instance = m_world.instance(call.value(u"DBInstanceId"_s));
    if (!instance)
        return call.fail(u"InvalidDBInstanceId.NotFound"_s);

    const QString method = call.has(u"BackupMethod"_s) ? call.value(u"BackupMethod"_s) : u"Physical"_s;
    if (method != u"Physical"_s && method != u"Logical"_s && method != u"Snapshot"_s)
        return call.fail(u"InvalidBackupMethod.ValueNotSupport"_s);
    const QString type = call.has(u"BackupType"_s) ? call.value(u"BackupType"_s) : u"Auto"_s;
    if (type != u"Auto"_s && type != u"FullBackup"_s)
        return call.fail(u"BackupType.NotSupport"_s);
    const QString strategy = call.has(u"BackupStrategy"_s) ? call.value(u"BackupStrategy"_s) : u"instance"_s;
    if (strategy != u"db"_s && strategy != u"instance"_s)
        return call.invalid(u"BackupStrategy"_s);

    if (instance->isReadOnly())
        return call.fail(u"ReadDBInstanceNotSupport"_s);
    if (m_world.status(*instance) != u"Running"_s)
        return call.fail(u"IncorrectDBInstanceState"_s);

    const bool sqlServer = instance->engine == u"SQLServer"_s;
    const bool mySql = instance->engine == u"MySQL"_s;
    // Logical needs MySQL and at least one database; SQL Server backs up physically only;
    // snapshots need cloud disks (seed 001 notes).
    if (method == u"Logical"_s && (!mySql || instance->databases.isEmpty()))
        return call.fail(u"InvalidBackupMethod.ValueNotSupport"_s);
    if (method == u"Snapshot"_s && !instance->isCloudDisk())
        return call.fail(u"InvalidBackupMethod.ValueNotSupport"_s);

    QStringList databases;
    if (strategy == u"db"_s) {
        const bool allowed = (mySql && method == u"Logical"_s)
            || (sqlServer && method == u"Physical"_s && type == u"FullBackup"_s);
        if (!allowed)
            return call.invalid(u"BackupStrategy"_s);
        if (!call.has(u"DBName"_s))
            return call.missing(u"DBName"_s);
        static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_-]{0,63}$"_s);
        for (const QString &name : call.value(u"DBName"_s).split(u',')) {
            const QString trimmed = name.trimmed();
            if (!namePattern.match(trimmed).hasMatch())
                return call.fail(u"InvalidDBName.Format"_s);
            if (!instance->hasDatabase(trimmed))
                return call.fail(u"InvalidDB.NotFound"_s);
            if (!databases.contains(trimmed))
                databases.append(trimmed);
        }
    }

    if (m_world.runningBackupJob(instance->id))
        return call.fail(u"BackupJobExists"_s);
    const QDateTime now = m_world.clock().now();
    if (m_world.backupJobsCreatedOn(instance->id, now.date()) >= dailyBackupLimit)
        return call.fail(u"Exceeded.BackupTimes"_s);

    BackupJob job;
    job.instanceId = instance->id;
    job.created = now;
    job.method = method;
    job.type = sqlServer && method == u"Physical"_s ? type : u"FullBackup"_s;
    job.strategy = strategy;
    job.databases = databases;
    const BackupJob &created = m_world.addBackupJob(job);
    m_stats.recordExecution(instance->id, call.action());
    return call.ok({{u"BackupJobId"_s, created.jobId}});
}

SimResponse RdsBackupActions::describeBackupTasks(const AlibabaRpcCall &call) const
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    const RdsInstance *instance = m_world.instance(call.value(u"DBInstanceId"_s));
    if (!instance)
        return call.fail(u"InvalidDBInstanceId.NotFound"_s);
    const QString jobId = call.value(u"BackupJobId"_s);
    if (!jobId.isEmpty() && !parseBackupId(jobId))
        return call.invalid(u"BackupJobId"_s);
    const QString jobStatus = call.value(u"BackupJobStatus"_s);
    if (!jobStatus.isEmpty() && jobStatus != u"NoStart"_s && jobStatus != u"Progressing"_s)
        return call.invalid(u"BackupJobStatus"_s);
    const QString mode = call.value(u"BackupMode"_s);
    if (!mode.isEmpty() && mode != u"Automated"_s && mode != u"Manual"_s)
        return call.invalid(u"BackupMode"_s);

    QJsonArray rows;
    for (const BackupJob &job : m_world.backupJobs(instance->id)) {
        const int step = m_world.backupJobStep(job);
        const bool finished = step >= AlibabaWorld::backupJobSteps;
        if (!jobId.isEmpty() && job.jobId != jobId)
            continue;
        // Without a job id only jobs not yet finished are listed (reference 3.7).
        if (jobId.isEmpty() && finished)
            continue;
        if (jobStatus == u"NoStart"_s && step != 0)
            continue;
        if (jobStatus == u"Progressing"_s && (step == 0 || finished))
            continue;
        if (mode == u"Automated"_s)
            continue; // every job made through the API is a manual one
        QJsonObject row{
            {u"BackupJobId"_s, job.jobId},
            {u"BackupStatus"_s, jobStates.at(step)},
            {u"BackupProgressStatus"_s, jobStates.at(step)},
            {u"JobMode"_s, u"Manual"_s},
            {u"Process"_s, jobProgress.at(step)},
            {u"TaskAction"_s, u"NormalBackupTask"_s},
        };
        if (!jobId.isEmpty() && finished && job.backupId != 0)
            row.insert(u"BackupId"_s, QString::number(job.backupId));
        rows.append(row);
    }
    return call.ok({{u"Items"_s, QJsonObject{{u"BackupJob"_s, rows}}}});
}

} // namespace rdsbm::cloudsim
