#include "app/domain/huaweirestorerequest.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm {

namespace {

struct HuaweiRestoreRequestText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::HuaweiRestoreRequest)
};

const auto parameterError = u"DBS.200001"_s;
const auto versionMismatch = u"DBS.200037"_s;
const auto operationRefused = u"DBS.200004"_s;

QString engineKey(const QString &engine)
{
    return engine.trimmed().toLower().remove(u' ');
}

bool isSqlServer(const QString &engine)
{
    const QString key = engineKey(engine);
    return key == u"sqlserver" || key == u"microsoftsqlserver" || key == u"mssql";
}

bool isPostgreSql(const QString &engine)
{
    const QString key = engineKey(engine);
    return key == u"postgresql" || key == u"postgres";
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

InputProblems HuaweiRestoreRequest::validate() const
{
    InputProblems problems;
    const auto add = [&problems](const QString &field, const QString &code, const QString &message) {
        problems.append({field, code, message});
    };

    if (sourceInstance.id.trimmed().isEmpty())
        add(u"source.instance_id"_s, parameterError,
            HuaweiRestoreRequestText::tr("source.instance_id is required: the instance whose backup or history is restored."));
    if (targetInstance.id.trimmed().isEmpty())
        add(u"target.instance_id"_s, parameterError,
            HuaweiRestoreRequestText::tr("target.instance_id is required: the instance restored into (the source itself for the "
               "current instance)."));

    if (sourceType == HuaweiRestoreSource::Backup) {
        if (backupId.trimmed().isEmpty())
            add(u"source.backup_id"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.backup_id is required when source.type is backup."));
        if (restoreTime.isValid())
            add(u"source.restore_time"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.restore_time is only used when source.type is timestamp: choose a backup or a "
                   "point in time, not both."));
        if (backup && !backupId.isEmpty()) {
            if (backup->id != backupId)
                add(u"source.backup_id"_s, parameterError,
                    HuaweiRestoreRequestText::tr("source.backup_id %1 is not the selected backup %2.").arg(backupId, backup->id));
            else if (!sourceInstance.id.isEmpty() && backup->instanceId != sourceInstance.id)
                add(u"source.backup_id"_s, parameterError,
                    HuaweiRestoreRequestText::tr("Backup %1 belongs to instance %2, not to the source instance %3.")
                        .arg(backupId, backup->instanceId, sourceInstance.id));
            else if (backup->status != u"COMPLETED")
                add(u"source.backup_id"_s, operationRefused,
                    HuaweiRestoreRequestText::tr("Backup %1 is %2: only a COMPLETED backup can be restored.").arg(backupId, backup->status));
            else if (backup->type == u"incremental")
                add(u"source.backup_id"_s, operationRefused,
                    HuaweiRestoreRequestText::tr("Backup %1 is an incremental backup: restore a full backup, or restore to a point in "
                       "time instead.")
                        .arg(backupId));
        }
    } else {
        if (!backupId.isEmpty())
            add(u"source.backup_id"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.backup_id is only used when source.type is backup: choose a backup or a point in "
                   "time, not both."));
        if (!restoreTime.isValid()) {
            add(u"source.restore_time"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.restore_time is required when source.type is timestamp."));
        } else if (restoreTime.toMSecsSinceEpoch() <= 0) {
            add(u"source.restore_time"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.restore_time must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since "
                   "then, UTC)."));
        } else if (!restoreWindows) {
            add(u"source.restore_time"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.restore_time cannot be checked: the restorable time ranges of instance %1 were not "
                   "loaded.")
                    .arg(sourceInstance.id));
        } else if (restoreWindows->isEmpty()) {
            add(u"source.restore_time"_s, parameterError,
                HuaweiRestoreRequestText::tr("Instance %1 has no restorable time range: it cannot be restored to a point in time.")
                    .arg(sourceInstance.id));
        } else if (!RestoreWindow::anyContains(*restoreWindows, restoreTime)) {
            add(u"source.restore_time"_s, parameterError,
                HuaweiRestoreRequestText::tr("source.restore_time %1 is outside every restorable time range of instance %2.")
                    .arg(utcText(restoreTime), sourceInstance.id));
        }
    }

    if (sourceInstance.id.isEmpty() || targetInstance.id.isEmpty())
        return problems;

    if (isPostgreSql(sourceInstance.engine))
        add(u"source.instance_id"_s, operationRefused,
            HuaweiRestoreRequestText::tr("Instance %1 runs PostgreSQL: the v3 restore to an existing or the current instance does not "
               "support PostgreSQL.")
                .arg(sourceInstance.id));

    if (restoresToCurrentInstance())
        return problems;

    // Seed 004: constraints of a restore to an instance other than the current one.
    if (engineKey(sourceInstance.engine) != engineKey(targetInstance.engine))
        add(u"target.instance_id"_s, versionMismatch,
            HuaweiRestoreRequestText::tr("The source and target instances must use the same database type: %1 is %2, %3 is %4.")
                .arg(sourceInstance.id, sourceInstance.engine, targetInstance.id, targetInstance.engine));
    else if (sourceInstance.engineVersion.trimmed() != targetInstance.engineVersion.trimmed())
        add(u"target.instance_id"_s, versionMismatch,
            HuaweiRestoreRequestText::tr("The source and target instances must use the same database version: %1 is %2 %3, %4 is %5 %6.")
                .arg(sourceInstance.id, sourceInstance.engine, sourceInstance.engineVersion, targetInstance.id,
                     targetInstance.engine, targetInstance.engineVersion));

    if (sourceInstance.storageGb <= 0 || targetInstance.storageGb <= 0)
        add(u"target.instance_id"_s, operationRefused,
            HuaweiRestoreRequestText::tr("The data volumes of %1 and %2 are not known, so the rule that the target's volume is at least "
               "as large as the source's cannot be checked. Reload the instances.")
                .arg(sourceInstance.id, targetInstance.id));
    else if (targetInstance.storageGb < sourceInstance.storageGb)
        add(u"target.instance_id"_s, operationRefused,
            HuaweiRestoreRequestText::tr("The total data volume of the target instance %1 (%2 GB) must be greater than or equal to that of "
               "the source instance %3 (%4 GB).")
                .arg(targetInstance.id)
                .arg(targetInstance.storageGb)
                .arg(sourceInstance.id)
                .arg(sourceInstance.storageGb));

    if (isSqlServer(sourceInstance.engine) || isSqlServer(targetInstance.engine))
        add(u"source.instance_id"_s, operationRefused,
            HuaweiRestoreRequestText::tr("Restoring to an instance other than the current one does not support Microsoft SQL Server yet."));

    return problems;
}

QJsonObject HuaweiRestoreRequest::journalParameters() const
{
    QJsonObject source{{u"instance_id"_s, sourceInstance.id},
                       {u"type"_s, sourceType == HuaweiRestoreSource::Backup ? u"backup"_s : u"timestamp"_s}};
    if (sourceType == HuaweiRestoreSource::Backup)
        source.insert(u"backup_id"_s, backupId);
    else
        source.insert(u"restore_time"_s, restoreTime.toMSecsSinceEpoch());
    return QJsonObject{{u"source"_s, source}, {u"target"_s, QJsonObject{{u"instance_id"_s, targetInstance.id}}}};
}

} // namespace rdsbm
