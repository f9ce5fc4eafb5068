#include "app/cloudsim/huaweirecoveryhandler.h"

#include "app/cloudsim/huaweierrorreply.h"
#include "app/cloudsim/huaweijobboard.h"
#include "app/cloudsim/huaweiworld.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

// Statuses of an instance busy with another operation: try again later (409).
// Anything else but ACTIVE (FROZEN, FAILED, STORAGE FULL) cannot be restored into at all (400).
const QStringList busyStatuses = {u"BUILD"_s,     u"RESTORING"_s,  u"BACKING UP"_s,
                                  u"MODIFYING"_s, u"REBOOTING"_s,  u"SWITCHOVER"_s,
                                  u"MIGRATING"_s, u"MODIFYING INSTANCE TYPE"_s,
                                  u"MODIFYING DATABASE PORT"_s};

SimResponse operationRefused(const SimRequest &request, const QString &english, const QString &chinese)
{
    return HuaweiErrorReply::service(request, 400, u"DBS.200004"_s, english, chinese);
}

} // namespace

HuaweiRecoveryHandler::HuaweiRecoveryHandler(const HuaweiWorld &world, HuaweiJobBoard &jobs)
    : m_world(world), m_jobs(jobs)
{
}

SimResponse HuaweiRecoveryHandler::handle(const SimRequest &request, const QString &projectId,
                                          qint64 nowMs)
{
    if (request.body.trimmed().isEmpty())
        return HuaweiErrorReply::service(request, 400, u"DBS.200006"_s, u"The request body is empty."_s,
                                         u"请求体为空。"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HuaweiErrorReply::parameter(request, u"the request body is not a JSON object."_s,
                                           u"请求体不是JSON对象。"_s);
    const QJsonObject body = document.object();
    if (!body.value(u"source"_s).isObject() || !body.value(u"target"_s).isObject())
        return HuaweiErrorReply::parameter(request, u"source and target are required objects."_s,
                                           u"source和target为必选参数，且必须是对象。"_s);
    const QJsonObject source = body.value(u"source"_s).toObject();
    const QJsonObject target = body.value(u"target"_s).toObject();
    const QString sourceId = source.value(u"instance_id"_s).toString();
    const QString targetId = target.value(u"instance_id"_s).toString();
    if (sourceId.isEmpty())
        return HuaweiErrorReply::parameter(request, u"source.instance_id is required."_s,
                                           u"source.instance_id为必选参数。"_s);
    if (targetId.isEmpty())
        return HuaweiErrorReply::parameter(request, u"target.instance_id is required."_s,
                                           u"target.instance_id为必选参数。"_s);
    m_jobs.countSubmission(targetId);

    const QJsonValue typeValue = source.value(u"type"_s);
    const QString type = typeValue.isUndefined() ? u"backup"_s : typeValue.toString();
    if (type != u"backup" && type != u"timestamp")
        return HuaweiErrorReply::parameter(request, u"source.type must be backup or timestamp."_s,
                                           u"source.type取值只能为backup或timestamp。"_s);
    const QString backupId = source.value(u"backup_id"_s).toString();
    if (type == u"backup" && backupId.isEmpty())
        return HuaweiErrorReply::parameter(request, u"backup_id is required when type is backup."_s,
                                           u"type=backup时，backup_id必选。"_s);
    qint64 restoreTimeMs = 0;
    if (type == u"timestamp") {
        const QJsonValue value = source.value(u"restore_time"_s);
        if (value.isUndefined() || value.isNull())
            return HuaweiErrorReply::parameter(request,
                                               u"restore_time is required when type is timestamp."_s,
                                               u"type=timestamp时，restore_time必选。"_s);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number <= 0 || std::floor(number) != number)
            return HuaweiErrorReply::parameter(
                request, u"restore_time must be a UNIX timestamp in milliseconds (an integer)."_s,
                u"restore_time必须是以毫秒为单位的UNIX时间戳（整数）。"_s);
        restoreTimeMs = qint64(number);
    }

    const HuaweiInstance *sourceInstance = m_world.instance(projectId, sourceId);
    if (!sourceInstance)
        return HuaweiErrorReply::service(request, 404, u"DBS.200013"_s,
                                         u"The source DB instance does not exist."_s, u"源实例不存在。"_s);
    const HuaweiInstance *targetInstance = m_world.instance(projectId, targetId);
    if (!targetInstance)
        return HuaweiErrorReply::service(request, 404, u"DBS.200002"_s,
                                         u"The DB instance does not exist."_s, u"实例不存在。"_s);

    if (sourceId != targetId) {
        if (sourceInstance->engine != targetInstance->engine)
            return HuaweiErrorReply::service(
                request, 400, u"DBS.200037"_s,
                u"The source and target instances must use the same database type (%1, %2)."_s.arg(
                    sourceInstance->engine, targetInstance->engine),
                u"源实例和目标实例的数据库类型必须一致（%1，%2）。"_s.arg(sourceInstance->engine,
                                                                  targetInstance->engine));
        if (sourceInstance->version != targetInstance->version)
            return HuaweiErrorReply::service(
                request, 400, u"DBS.200037"_s,
                u"The source and target instances must use the same database version (%1, %2)."_s.arg(
                    sourceInstance->version, targetInstance->version),
                u"源实例和目标实例的数据库版本必须一致（%1，%2）。"_s.arg(sourceInstance->version,
                                                                  targetInstance->version));
        if (sourceInstance->engine == u"SQLServer")
            return operationRefused(
                request, u"Restoring to an instance other than the current one does not support Microsoft SQL Server yet."_s,
                u"恢复到非当前实例时，暂不支持Microsoft SQL Server。"_s);
        if (targetInstance->volumeGb < sourceInstance->volumeGb)
            return operationRefused(
                request,
                u"The total data volume of the target instance (%1 GB) must be greater than or equal to that of the source instance (%2 GB)."_s
                    .arg(targetInstance->volumeGb)
                    .arg(sourceInstance->volumeGb),
                u"目标实例的数据卷总大小（%1 GB）必须大于或等于源实例的数据卷总大小（%2 GB）。"_s
                    .arg(targetInstance->volumeGb)
                    .arg(sourceInstance->volumeGb));
    } else if (sourceInstance->engine == u"PostgreSQL") {
        return operationRefused(request,
                                u"Restoring to the current instance supports only MySQL and Microsoft SQL Server."_s,
                                u"恢复到当前实例仅支持MySQL和Microsoft SQL Server。"_s);
    }

    const QString targetStatus = m_jobs.statusOf(*targetInstance, nowMs);
    if (targetStatus != u"ACTIVE") {
        if (busyStatuses.contains(targetStatus))
            return HuaweiErrorReply::service(
                request, 409, u"DBS.200011"_s,
                u"Another operation is in progress on the DB instance (status %1). Try again later."_s.arg(targetStatus),
                u"实例正在进行其他操作（状态：%1），请稍后重试。"_s.arg(targetStatus));
        return HuaweiErrorReply::service(
            request, 400, u"DBS.200086"_s,
            u"The DB instance status (%1) does not allow this operation."_s.arg(targetStatus),
            u"实例当前状态（%1）不允许执行此操作。"_s.arg(targetStatus));
    }

    if (type == u"backup") {
        const auto location = m_world.findBackup(projectId, backupId);
        if (!location || location->instance != sourceInstance)
            return HuaweiErrorReply::service(
                request, 403, u"DBS.200044"_s,
                u"The backup does not exist for the source instance or you have no permission to access it."_s,
                u"源实例的该备份不存在或无权限访问。"_s);
        const HuaweiBackup backup = HuaweiWorld::backupAt(*location->backup, nowMs);
        if (!HuaweiWorld::isFullBackup(backup.type))
            return operationRefused(
                request, u"Only a full backup can be restored; restore incremental backups by time (type timestamp)."_s,
                u"只能使用全量备份恢复；增量备份请按时间点恢复（type=timestamp）。"_s);
        if (backup.status != HuaweiBackupStatus::Completed)
            return operationRefused(request, u"The backup is not COMPLETED and cannot be restored."_s,
                                    u"备份未处于COMPLETED状态，无法用于恢复。"_s);
    } else {
        const auto windows = m_world.restoreWindows(*sourceInstance, nowMs);
        const bool restorable = std::any_of(windows.cbegin(), windows.cend(), [&](const HuaweiRestoreWindow &window) {
            return restoreTimeMs >= window.startMs && restoreTimeMs <= window.endMs;
        });
        if (!restorable)
            return HuaweiErrorReply::parameter(
                request, u"restore_time is not within a restorable time range of the source instance."_s,
                u"restore_time不在源实例的可恢复时间段内。"_s);
    }

    HuaweiJob job;
    job.projectId = projectId;
    job.instanceId = targetId;
    job.instanceName = targetInstance->name;
    job.sourceInstanceId = sourceId;
    job.restoreType = type;
    job.backupId = type == u"backup" ? backupId : QString();
    job.restoreTimeMs = restoreTimeMs;
    const HuaweiJob &accepted = m_jobs.addRestore(job, nowMs);
    return SimResponse::json(200, QJsonDocument(QJsonObject{{u"job_id"_s, accepted.id}}));
}

} // namespace rdsbm::cloudsim
