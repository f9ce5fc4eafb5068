#include "app/cloudsim/alibabaworld.h"

#include "app/cloudsim/alibabaworldgenerator.h"
#include "app/cloudsim/deterministicrandom.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr qint64 backupJobIdBase = 5073000;
constexpr qint64 createdBackupIdBase = 900000000;

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonObject databaseToJson(const RdsDatabase &database)
{
    return {{u"name"_s, database.name},
            {u"characterSet"_s, database.characterSet},
            {u"description"_s, database.description},
            {u"tables"_s, toJsonArray(database.tables)}};
}

RdsDatabase databaseFromJson(const QJsonObject &json)
{
    RdsDatabase database;
    database.name = json.value(u"name"_s).toString();
    database.characterSet = json.value(u"characterSet"_s).toString();
    database.description = json.value(u"description"_s).toString();
    database.tables = toStringList(json.value(u"tables"_s));
    return database;
}

} // namespace

AlibabaWorld::AlibabaWorld(quint32 seed, int instancesPerRegion, int backupsPerInstance,
                           const QDateTime &epoch, SimClock &clock)
    : m_seed(seed)
    , m_epoch(epoch)
    , m_clock(clock)
    , m_catalog(seed, backupsPerInstance, epoch)
{
    AlibabaWorldGenerator::World generated = AlibabaWorldGenerator::generate(seed, instancesPerRegion, epoch);
    m_regions = std::move(generated.regions);
    m_instances = std::move(generated.instances);
    m_plans = std::move(generated.plans);
    for (qsizetype i = 0; i < m_instances.size(); ++i)
        m_instanceIndex.insert(m_instances.at(i).id, i);
}

const RdsRegion *AlibabaWorld::region(const QString &regionId) const
{
    for (const RdsRegion &region : m_regions)
        if (region.regionId == regionId)
            return &region;
    return nullptr;
}

const RdsInstance *AlibabaWorld::instance(const QString &instanceId) const
{
    const auto it = m_instanceIndex.constFind(instanceId);
    return it == m_instanceIndex.constEnd() ? nullptr : &m_instances.at(*it);
}

RdsInstance *AlibabaWorld::mutableInstance(const QString &instanceId)
{
    const auto it = m_instanceIndex.constFind(instanceId);
    return it == m_instanceIndex.constEnd() ? nullptr : &m_instances[*it];
}

QString AlibabaWorld::status(const RdsInstance &instance) const
{
    for (const DdrRestore &restore : m_ddrRestores)
        if (!restore.applied && restore.targetInstanceId == instance.id)
            return u"Restoring"_s;
    return instance.baseStatus;
}

void AlibabaWorld::advance()
{
    for (BackupJob &job : m_backupJobs)
        if (job.backupId == 0 && backupJobStep(job) >= backupJobSteps)
            finishBackupJob(job);
    for (DdrRestore &restore : m_ddrRestores)
        if (!restore.applied && m_clock.stepsSince(restore.created) >= ddrRestoreSteps)
            applyDdrRestore(restore);
    for (DbsRestoreTask &task : m_dbsTasks)
        if (!task.applied && task.started.isValid() && m_clock.stepsSince(task.started) >= dbsRestoreSteps)
            applyDbsTask(task);
}

const BackupJob &AlibabaWorld::addBackupJob(BackupJob job)
{
    job.jobId = QString::number(backupJobIdBase + m_nextBackupJob++);
    m_backupJobs.append(job);
    changed();
    return m_backupJobs.last();
}

const BackupJob *AlibabaWorld::backupJob(const QString &jobId) const
{
    for (const BackupJob &job : m_backupJobs)
        if (job.jobId == jobId)
            return &job;
    return nullptr;
}

const BackupJob *AlibabaWorld::runningBackupJob(const QString &instanceId) const
{
    for (const BackupJob &job : m_backupJobs)
        if (job.instanceId == instanceId && job.backupId == 0)
            return &job;
    return nullptr;
}

QList<BackupJob> AlibabaWorld::backupJobs(const QString &instanceId) const
{
    QList<BackupJob> jobs;
    for (const BackupJob &job : m_backupJobs)
        if (job.instanceId == instanceId)
            jobs.append(job);
    return jobs;
}

int AlibabaWorld::backupJobsCreatedOn(const QString &instanceId, const QDate &day) const
{
    int count = 0;
    for (const BackupJob &job : m_backupJobs)
        if (job.instanceId == instanceId && job.created.toUTC().date() == day)
            ++count;
    return count;
}

int AlibabaWorld::backupJobStep(const BackupJob &job) const
{
    return std::min(m_clock.stepsSince(job.created), backupJobSteps);
}

void AlibabaWorld::finishBackupJob(BackupJob &job)
{
    const RdsInstance *instance = this->instance(job.instanceId);
    if (!instance)
        return;
    DeterministicRandom random(DeterministicRandom::mix(m_seed, 0xC4EA7Eu, std::uint64_t(m_nextBackupSet)));
    BackupRecord record;
    record.backupId = createdBackupIdBase + m_nextBackupSet++;
    record.startSecs = job.created.toSecsSinceEpoch();
    record.endSecs = job.created.addMSecs(qint64(m_clock.secondsPerStep() * 1000 * backupJobSteps)).toSecsSinceEpoch();
    record.status = u"Success"_s;
    record.method = job.method;
    record.type = job.type == u"FullBackup"_s || job.type.isEmpty() || job.type == u"Auto"_s ? u"FullBackup"_s : job.type;
    record.mode = u"Manual"_s;
    record.size = 512 * 1024 + random.bounded(64 * 1024 * 1024);
    if (instance->engine == u"MySQL"_s && job.method != u"Snapshot"_s)
        record.metaStatus = u"OK"_s;
    record.storeStatus = u"Disabled"_s;
    record.storageClass = u"0"_s;
    record.databases = job.databases;
    m_catalog.addCreated(job.instanceId, record);
    job.backupId = record.backupId;
    changed();
}

const DdrRestore &AlibabaWorld::addDdrRestore(DdrRestore restore)
{
    restore.restoreId = QString::number(m_nextDdrRestore++);
    m_ddrRestores.append(restore);
    changed();
    return m_ddrRestores.last();
}

void AlibabaWorld::addDatabase(const QString &instanceId, const RdsDatabase &database)
{
    RdsInstance *instance = mutableInstance(instanceId);
    if (!instance)
        return;
    m_addedDatabases[instanceId].append(database);
    for (RdsDatabase &existing : instance->databases) {
        if (existing.name != database.name)
            continue;
        // Tables restored into a database that already exists join it.
        for (const QString &table : database.tables)
            if (!existing.tables.contains(table))
                existing.tables.append(table);
        return;
    }
    instance->databases.append(database);
}

void AlibabaWorld::applyDdrRestore(DdrRestore &restore)
{
    for (const DatabaseRestore &database : std::as_const(restore.databases)) {
        RdsDatabase added;
        added.name = database.newName;
        added.characterSet = u"utf8mb4"_s;
        added.description = u"restored from %1"_s.arg(database.name);
        for (const TableRename &table : database.tables)
            added.tables.append(table.newName);
        addDatabase(restore.targetInstanceId, added);
    }
    restore.applied = true;
    changed();
}

const DbsBackupPlan *AlibabaWorld::plan(const QString &planId) const
{
    for (const DbsBackupPlan &plan : m_plans)
        if (plan.planId == planId)
            return &plan;
    return nullptr;
}

qint64 AlibabaWorld::restoreWindowEndMs(const DbsBackupPlan &plan) const
{
    if (plan.enableBackupLog)
        return m_clock.now().toMSecsSinceEpoch() - 60 * 1000;
    return plan.fullBackups.isEmpty() ? 0 : plan.fullBackups.first().endMs;
}

const DbsRestoreTask &AlibabaWorld::addDbsTask(DbsRestoreTask task)
{
    DeterministicRandom random(DeterministicRandom::mix(m_seed, 0x7A5Cu, std::uint64_t(m_nextDbsTask++)));
    task.taskId = u"s1"_s + random.alphanumeric(10);
    m_dbsTasks.append(task);
    changed();
    return m_dbsTasks.last();
}

DbsRestoreTask *AlibabaWorld::dbsTask(const QString &taskId)
{
    for (DbsRestoreTask &task : m_dbsTasks)
        if (task.taskId == taskId)
            return &task;
    return nullptr;
}

void AlibabaWorld::startDbsTask(const QString &taskId)
{
    DbsRestoreTask *task = dbsTask(taskId);
    if (!task || task->started.isValid())
        return;
    task->started = m_clock.now();
    changed();
}

QString AlibabaWorld::dbsTaskStatus(const DbsRestoreTask &task) const
{
    if (!task.started.isValid())
        return u"init"_s;
    if (task.applied)
        return task.errorMessage.isEmpty() ? u"finish"_s : u"stop"_s;
    return m_clock.stepsSince(task.started) == 0 ? u"check_pass"_s : u"running"_s;
}

int AlibabaWorld::dbsTaskProgress(const DbsRestoreTask &task) const
{
    if (!task.started.isValid())
        return 0;
    if (task.applied)
        return task.errorMessage.isEmpty() ? 100 : 0;
    return std::min(m_clock.stepsSince(task.started), dbsRestoreSteps) * 100 / dbsRestoreSteps;
}

void AlibabaWorld::applyDbsTask(DbsRestoreTask &task)
{
    task.applied = true;
    if (task.destinationType == u"RDS"_s && instance(task.destinationInstanceId)) {
        const RdsInstance &destination = *instance(task.destinationInstanceId);
        const QJsonArray objects = QJsonDocument::fromJson(task.restoreObjects.toUtf8()).array();
        QList<RdsDatabase> toAdd;
        for (const QJsonValue &value : objects) {
            const QJsonObject object = value.toObject();
            const QString source = object.value(u"DBName"_s).toString();
            QString target = object.value(u"NewDBName"_s).toString();
            if (target.isEmpty())
                target = source;
            if (destination.hasDatabase(target)) {
                if (task.duplicateConflict != u"renamenew"_s) {
                    task.errorMessage = u"Database %1 already exists in %2 and DuplicateConflict is failure."_s
                                            .arg(target, destination.id);
                    changed();
                    return;
                }
                int suffix = 1;
                while (destination.hasDatabase(target + u"_"_s + QString::number(suffix)))
                    ++suffix;
                target += u"_"_s + QString::number(suffix);
            }
            RdsDatabase database;
            database.name = target;
            database.characterSet = u"utf8mb4"_s;
            database.description = u"restored by DBS task %1"_s.arg(task.taskId);
            toAdd.append(database);
        }
        for (const RdsDatabase &database : std::as_const(toAdd))
            addDatabase(task.destinationInstanceId, database);
    }
    changed();
}

void AlibabaWorld::changed()
{
    if (m_changed)
        m_changed();
}

QJsonObject AlibabaWorld::save() const
{
    QJsonArray jobs;
    for (const BackupJob &job : m_backupJobs) {
        jobs.append(QJsonObject{
            {u"jobId"_s, job.jobId},
            {u"instanceId"_s, job.instanceId},
            {u"created"_s, isoOrEmpty(job.created)},
            {u"method"_s, job.method},
            {u"type"_s, job.type},
            {u"strategy"_s, job.strategy},
            {u"databases"_s, toJsonArray(job.databases)},
            {u"backupId"_s, QString::number(job.backupId)},
        });
    }
    QJsonArray restores;
    for (const DdrRestore &restore : m_ddrRestores) {
        QJsonArray databases;
        for (const DatabaseRestore &database : restore.databases) {
            QJsonArray tables;
            for (const TableRename &table : database.tables)
                tables.append(QJsonObject{{u"name"_s, table.name}, {u"newName"_s, table.newName}});
            databases.append(QJsonObject{{u"name"_s, database.name},
                                         {u"newName"_s, database.newName},
                                         {u"tables"_s, tables}});
        }
        restores.append(QJsonObject{
            {u"restoreId"_s, restore.restoreId},
            {u"targetInstanceId"_s, restore.targetInstanceId},
            {u"created"_s, isoOrEmpty(restore.created)},
            {u"databases"_s, databases},
            {u"applied"_s, restore.applied},
        });
    }
    QJsonArray tasks;
    for (const DbsRestoreTask &task : m_dbsTasks) {
        tasks.append(QJsonObject{
            {u"taskId"_s, task.taskId},
            {u"name"_s, task.name},
            {u"planId"_s, task.planId},
            {u"backupSetId"_s, task.backupSetId},
            {u"restoreTimeMs"_s, QString::number(task.restoreTimeMs)},
            {u"destinationType"_s, task.destinationType},
            {u"destinationRegion"_s, task.destinationRegion},
            {u"destinationInstanceId"_s, task.destinationInstanceId},
            {u"destinationIp"_s, task.destinationIp},
            {u"destinationPort"_s, task.destinationPort},
            {u"destinationDatabase"_s, task.destinationDatabase},
            {u"destinationUser"_s, task.destinationUser},
            {u"destinationOracleSid"_s, task.destinationOracleSid},
            {u"gatewayId"_s, QString::number(task.gatewayId)},
            {u"restoreObjects"_s, task.restoreObjects},
            {u"restoreDir"_s, task.restoreDir},
            {u"duplicateConflict"_s, task.duplicateConflict},
            {u"crossAliyunId"_s, task.crossAliyunId},
            {u"crossRoleName"_s, task.crossRoleName},
            {u"created"_s, isoOrEmpty(task.created)},
            {u"started"_s, isoOrEmpty(task.started)},
            {u"applied"_s, task.applied},
            {u"errorMessage"_s, task.errorMessage},
        });
    }
    QJsonObject added;
    for (auto it = m_addedDatabases.cbegin(); it != m_addedDatabases.cend(); ++it) {
        QJsonArray databases;
        for (const RdsDatabase &database : it.value())
            databases.append(databaseToJson(database));
        added.insert(it.key(), databases);
    }
    return {
        {u"counters"_s, QJsonObject{{u"backupJob"_s, m_nextBackupJob},
                                    {u"backupSet"_s, m_nextBackupSet},
                                    {u"ddrRestore"_s, m_nextDdrRestore},
                                    {u"dbsTask"_s, m_nextDbsTask}}},
        {u"backupJobs"_s, jobs},
        {u"createdBackups"_s, m_catalog.saveCreated()},
        {u"ddrRestores"_s, restores},
        {u"dbsRestoreTasks"_s, tasks},
        {u"addedDatabases"_s, added},
        {u"clientTokens"_s, m_clientTokens.save()},
    };
}

void AlibabaWorld::restore(const QJsonObject &saved)
{
    const QJsonObject counters = saved.value(u"counters"_s).toObject();
    m_nextBackupJob = std::max<qint64>(1, counters.value(u"backupJob"_s).toInteger());
    m_nextBackupSet = std::max<qint64>(1, counters.value(u"backupSet"_s).toInteger());
    m_nextDdrRestore = std::max<qint64>(1, counters.value(u"ddrRestore"_s).toInteger());
    m_nextDbsTask = std::max<qint64>(1, counters.value(u"dbsTask"_s).toInteger());

    m_backupJobs.clear();
    for (const QJsonValue &value : saved.value(u"backupJobs"_s).toArray()) {
        const QJsonObject json = value.toObject();
        BackupJob job;
        job.jobId = json.value(u"jobId"_s).toString();
        job.instanceId = json.value(u"instanceId"_s).toString();
        job.created = fromIso(json.value(u"created"_s));
        job.method = json.value(u"method"_s).toString();
        job.type = json.value(u"type"_s).toString();
        job.strategy = json.value(u"strategy"_s).toString();
        job.databases = toStringList(json.value(u"databases"_s));
        job.backupId = json.value(u"backupId"_s).toString().toLongLong();
        m_backupJobs.append(job);
    }
    m_catalog.restoreCreated(saved.value(u"createdBackups"_s).toObject());

    m_ddrRestores.clear();
    for (const QJsonValue &value : saved.value(u"ddrRestores"_s).toArray()) {
        const QJsonObject json = value.toObject();
        DdrRestore restore;
        restore.restoreId = json.value(u"restoreId"_s).toString();
        restore.targetInstanceId = json.value(u"targetInstanceId"_s).toString();
        restore.created = fromIso(json.value(u"created"_s));
        restore.applied = json.value(u"applied"_s).toBool();
        for (const QJsonValue &databaseValue : json.value(u"databases"_s).toArray()) {
            const QJsonObject databaseJson = databaseValue.toObject();
            DatabaseRestore database;
            database.name = databaseJson.value(u"name"_s).toString();
            database.newName = databaseJson.value(u"newName"_s).toString();
            for (const QJsonValue &tableValue : databaseJson.value(u"tables"_s).toArray()) {
                const QJsonObject table = tableValue.toObject();
                database.tables.append({table.value(u"name"_s).toString(), table.value(u"newName"_s).toString()});
            }
            restore.databases.append(database);
        }
        m_ddrRestores.append(restore);
    }

    m_dbsTasks.clear();
    for (const QJsonValue &value : saved.value(u"dbsRestoreTasks"_s).toArray()) {
        const QJsonObject json = value.toObject();
        DbsRestoreTask task;
        task.taskId = json.value(u"taskId"_s).toString();
        task.name = json.value(u"name"_s).toString();
        task.planId = json.value(u"planId"_s).toString();
        task.backupSetId = json.value(u"backupSetId"_s).toString();
        task.restoreTimeMs = json.value(u"restoreTimeMs"_s).toString().toLongLong();
        task.destinationType = json.value(u"destinationType"_s).toString();
        task.destinationRegion = json.value(u"destinationRegion"_s).toString();
        task.destinationInstanceId = json.value(u"destinationInstanceId"_s).toString();
        task.destinationIp = json.value(u"destinationIp"_s).toString();
        task.destinationPort = json.value(u"destinationPort"_s).toInt();
        task.destinationDatabase = json.value(u"destinationDatabase"_s).toString();
        task.destinationUser = json.value(u"destinationUser"_s).toString();
        task.destinationOracleSid = json.value(u"destinationOracleSid"_s).toString();
        task.gatewayId = json.value(u"gatewayId"_s).toString().toLongLong();
        task.restoreObjects = json.value(u"restoreObjects"_s).toString();
        task.restoreDir = json.value(u"restoreDir"_s).toString();
        task.duplicateConflict = json.value(u"duplicateConflict"_s).toString();
        task.crossAliyunId = json.value(u"crossAliyunId"_s).toString();
        task.crossRoleName = json.value(u"crossRoleName"_s).toString();
        task.created = fromIso(json.value(u"created"_s));
        task.started = fromIso(json.value(u"started"_s));
        task.applied = json.value(u"applied"_s).toBool();
        task.errorMessage = json.value(u"errorMessage"_s).toString();
        m_dbsTasks.append(task);
    }

    const QJsonObject added = saved.value(u"addedDatabases"_s).toObject();
    for (auto it = added.constBegin(); it != added.constEnd(); ++it)
        for (const QJsonValue &database : it.value().toArray())
            addDatabase(it.key(), databaseFromJson(database.toObject()));

    m_clientTokens.restore(saved.value(u"clientTokens"_s).toArray());
}

} // namespace rdsbm::cloudsim
