#include "app/cloudsim/huaweireadhandler.h"

#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/huaweierrorreply.h"
#include "app/cloudsim/huaweijobboard.h"
#include "app/cloudsim/huaweijson.h"
#include "app/cloudsim/huaweiqueryparameters.h"
#include "app/cloudsim/huaweiworld.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr int maximumPageSize = 100;

SimResponse ok(const QJsonObject &object)
{
    return SimResponse::json(200, QJsonDocument(object));
}

SimResponse instanceNotFound(const SimRequest &request)
{
    return HuaweiErrorReply::service(request, 404, u"DBS.200002"_s, u"The DB instance does not exist."_s,
                                     u"实例不存在。"_s);
}

SimResponse pagingError(const SimRequest &request)
{
    return HuaweiErrorReply::parameter(
        request, u"offset must be a whole number of at least 0 and limit one from 1 to 100."_s,
        u"offset必须为不小于0的整数，limit取值范围为1~100。"_s);
}

// ListInstances' id and name filters: exact, or "*text" for a substring; "*" alone is refused.
struct TextFilter
{
    QString text;
    bool fuzzy = false;

    bool matches(const QString &candidate) const
    {
        return text.isEmpty() || (fuzzy ? candidate.contains(text) : candidate == text);
    }
};

std::optional<TextFilter> textFilter(const HuaweiQueryParameters &query, const QString &name)
{
    const QString value = query.value(name);
    if (value == u"*")
        return std::nullopt;
    if (value.startsWith(u'*'))
        return TextFilter{value.mid(1), true};
    return TextFilter{value, false};
}

} // namespace

HuaweiReadHandler::HuaweiReadHandler(const HuaweiWorld &world, const HuaweiJobBoard &jobs,
                                     const BackupFileStore &files)
    : m_world(world), m_jobs(jobs), m_files(files)
{
}

SimResponse HuaweiReadHandler::listProjects(const SimRequest &request) const
{
    const HuaweiQueryParameters query(request.rawQuery);
    const bool byName = query.contains(u"name"_s);
    QJsonArray projects;
    for (const HuaweiProject &project : m_world.projects())
        if (!byName || project.region == query.value(u"name"_s))
            projects.append(HuaweiJson::project(project, m_world.domainId()));
    return ok({{u"projects"_s, projects},
               {u"links"_s, QJsonObject{{u"self"_s, u"https://iam.myhuaweicloud.com/v3/projects"_s}}}});
}

SimResponse HuaweiReadHandler::listInstances(const SimRequest &request, const QString &projectId,
                                             qint64 nowMs) const
{
    const HuaweiQueryParameters query(request.rawQuery);
    const auto offset = query.integer(u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    const auto limit = query.integer(u"limit"_s, maximumPageSize, 1, maximumPageSize);
    if (!offset || !limit)
        return pagingError(request);
    const auto idFilter = textFilter(query, u"id"_s);
    const auto nameFilter = textFilter(query, u"name"_s);
    if (!idFilter || !nameFilter)
        return HuaweiErrorReply::parameter(request, u"\"*\" alone is not a valid id or name filter."_s,
                                           u"id或name不能只为\"*\"。"_s);
    const QString type = query.value(u"type"_s);
    if (!type.isEmpty() && type != u"Single" && type != u"Ha" && type != u"Replica")
        return HuaweiErrorReply::parameter(request, u"type must be Single, Ha or Replica."_s,
                                           u"type取值只能为Single、Ha或Replica。"_s);
    // Case-sensitive, as the API documents: "mysql" is not a datastore type.
    const QString engine = query.value(u"datastore_type"_s);
    static const QStringList engines = {u"MySQL"_s, u"PostgreSQL"_s, u"SQLServer"_s, u"MariaDB"_s};
    if (!engine.isEmpty() && !engines.contains(engine))
        return HuaweiErrorReply::parameter(
            request, u"datastore_type must be MySQL, PostgreSQL, SQLServer or MariaDB (case-sensitive)."_s,
            u"datastore_type取值只能为MySQL、PostgreSQL、SQLServer或MariaDB（区分大小写）。"_s);

    QJsonArray page;
    int total = 0;
    for (const HuaweiInstance *instance : m_world.instancesIn(projectId)) {
        if (!idFilter->matches(instance->id) || !nameFilter->matches(instance->name)
            || (!type.isEmpty() && instance->type != type)
            || (!engine.isEmpty() && instance->engine != engine))
            continue;
        if (total >= *offset && page.size() < *limit)
            page.append(HuaweiJson::instance(*instance, m_jobs.statusOf(*instance, nowMs)));
        ++total;
    }
    return ok({{u"instances"_s, page}, {u"total_count"_s, total}});
}

SimResponse HuaweiReadHandler::listBackups(const SimRequest &request, const QString &projectId,
                                           qint64 nowMs) const
{
    const HuaweiQueryParameters query(request.rawQuery);
    const QString instanceId = query.value(u"instance_id"_s);
    if (instanceId.isEmpty())
        return HuaweiErrorReply::parameter(request, u"instance_id is required."_s,
                                           u"instance_id为必选参数。"_s);
    const auto offset = query.integer(u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    const auto limit = query.integer(u"limit"_s, maximumPageSize, 1, maximumPageSize);
    if (!offset || !limit)
        return pagingError(request);

    const QString backupType = query.value(u"backup_type"_s);
    static const QStringList backupTypes = {u"auto"_s, u"manual"_s, u"fragment"_s, u"incremental"_s};
    if (!backupType.isEmpty() && !backupTypes.contains(backupType))
        return HuaweiErrorReply::parameter(request,
                                           u"backup_type must be auto, manual, fragment or incremental."_s,
                                           u"backup_type取值只能为auto、manual、fragment或incremental。"_s);
    const QString status = query.value(u"status"_s);
    static const QStringList statuses = {u"BUILDING"_s, u"COMPLETED"_s, u"FAILED"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return HuaweiErrorReply::parameter(request, u"status must be BUILDING, COMPLETED or FAILED."_s,
                                           u"status取值只能为BUILDING、COMPLETED或FAILED。"_s);

    const bool hasBegin = query.contains(u"begin_time"_s);
    const bool hasEnd = query.contains(u"end_time"_s);
    if (hasBegin != hasEnd)
        return HuaweiErrorReply::parameter(request, u"begin_time and end_time must be given together."_s,
                                           u"begin_time和end_time必须同时指定。"_s);
    std::optional<qint64> begin;
    std::optional<qint64> end;
    if (hasBegin) {
        begin = HuaweiJson::parseOffsetTime(query.value(u"begin_time"_s));
        end = HuaweiJson::parseOffsetTime(query.value(u"end_time"_s));
        if (!begin || !end)
            return HuaweiErrorReply::parameter(
                request, u"begin_time and end_time must be in the format yyyy-mm-ddThh:mm:ssZ, "
                         "where Z is the time zone offset, for example 2024-01-01T00:00:00+0800."_s,
                u"begin_time和end_time的格式必须为yyyy-mm-ddThh:mm:ssZ，Z为时区偏移，"
                "例如2024-01-01T00:00:00+0800。"_s);
        if (*end <= *begin)
            return HuaweiErrorReply::parameter(request, u"end_time must be later than begin_time."_s,
                                               u"end_time必须晚于begin_time。"_s);
    }

    const HuaweiInstance *instance = m_world.instance(projectId, instanceId);
    if (!instance)
        return instanceNotFound(request);

    const QString backupId = query.value(u"backup_id"_s);
    // The status filter applies to SQL Server full backups only, as the API documents.
    const bool filterStatus = !status.isEmpty() && instance->engine == u"SQLServer";
    QJsonArray page;
    int total = 0;
    for (const HuaweiBackup &stored : m_world.backupsOf(*instance)) {
        const HuaweiBackup backup = HuaweiWorld::backupAt(stored, nowMs);
        if (!backupType.isEmpty() && HuaweiJson::backupTypeName(backup.type) != backupType)
            continue;
        if (filterStatus && HuaweiWorld::isFullBackup(backup.type)
            && HuaweiJson::backupStatusName(backup.status) != status)
            continue;
        if (begin && (backup.beginMs < *begin || backup.beginMs > *end))
            continue;
        if (!backupId.isEmpty() && m_world.backupId(*instance, stored) != backupId)
            continue;
        if (total >= *offset && page.size() < *limit)
            page.append(HuaweiJson::backup(m_world, *instance, stored, nowMs));
        ++total;
    }
    return ok({{u"backups"_s, page}, {u"total_count"_s, total}});
}

SimResponse HuaweiReadHandler::listRestoreTimes(const SimRequest &request, const QString &projectId,
                                                const QString &instanceId, qint64 nowMs) const
{
    const HuaweiQueryParameters query(request.rawQuery);
    std::optional<std::pair<qint64, qint64>> day;
    if (query.contains(u"date"_s)) {
        const QString text = query.value(u"date"_s);
        const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (text.size() != 10 || !date.isValid())
            return HuaweiErrorReply::parameter(request, u"date must be in the format yyyy-mm-dd."_s,
                                               u"date的格式必须为yyyy-mm-dd。"_s);
        const qint64 startOfDay = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        day = std::pair{startOfDay, startOfDay + 24 * 3600 * 1000};
    }
    const HuaweiInstance *instance = m_world.instance(projectId, instanceId);
    if (!instance)
        return instanceNotFound(request);

    QJsonArray windows;
    for (HuaweiRestoreWindow window : m_world.restoreWindows(*instance, nowMs)) {
        if (day) {
            window.startMs = std::max(window.startMs, day->first);
            window.endMs = std::min(window.endMs, day->second - 1);
            if (window.startMs > window.endMs)
                continue;
        }
        windows.append(QJsonObject{{u"start_time"_s, double(window.startMs)},
                                   {u"end_time"_s, double(window.endMs)}});
    }
    return ok({{u"restore_time"_s, windows}});
}

SimResponse HuaweiReadHandler::showBackupFiles(const SimRequest &request, const QString &projectId,
                                               qint64 nowMs) const
{
    const HuaweiQueryParameters query(request.rawQuery);
    const QString backupId = query.value(u"backup_id"_s);
    if (backupId.isEmpty())
        return HuaweiErrorReply::parameter(request, u"backup_id is required."_s, u"backup_id为必选参数。"_s);
    const auto location = m_world.findBackup(projectId, backupId);
    if (!location)
        return HuaweiErrorReply::service(request, 403, u"DBS.200044"_s,
                                         u"The backup does not exist or you have no permission to access it."_s,
                                         u"备份不存在或无权限访问。"_s);
    const HuaweiBackup backup = HuaweiWorld::backupAt(*location->backup, nowMs);
    if (backup.status != HuaweiBackupStatus::Completed)
        return HuaweiErrorReply::service(
            request, 400, u"DBS.200004"_s,
            u"The backup is %1, not COMPLETED: it has no files to download."_s.arg(
                HuaweiJson::backupStatusName(backup.status)),
            u"备份状态为%1，不是COMPLETED，没有可下载的文件。"_s.arg(HuaweiJson::backupStatusName(backup.status)));

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    const QString expires = HuaweiJson::utcTime(m_files.linkExpiry(now).toMSecsSinceEpoch());
    QJsonArray files;
    for (const HuaweiBackupFile &file : m_world.filesOf(*location->instance, *location->backup, nowMs))
        files.append(QJsonObject{
            {u"name"_s, file.name},
            {u"size"_s, (file.bytes + 1023) / 1024},
            {u"download_link"_s, m_files.downloadUrl(file.key, file.bytes, false, now).toString(QUrl::FullyEncoded)},
            {u"link_expired_time"_s, expires},
            {u"database_name"_s, file.databaseName}});
    return ok({{u"files"_s, files},
               {u"bucket"_s, u"rdsbucket.%1.%2"_s.arg(location->instance->region, m_world.domainId().left(8))}});
}

SimResponse HuaweiReadHandler::showJob(const SimRequest &request, const QString &projectId,
                                       qint64 nowMs) const
{
    const HuaweiQueryParameters query(request.rawQuery);
    const QString jobId = query.value(u"id"_s);
    if (jobId.isEmpty())
        return HuaweiErrorReply::parameter(request, u"id is required."_s, u"id为必选参数。"_s);
    const HuaweiJob *job = m_jobs.find(projectId, jobId);
    // A new job cannot be queried at once, as on the real service.
    if (!job || m_jobs.phaseAt(*job, nowMs) == HuaweiJobBoard::Phase::NotYetVisible)
        return HuaweiErrorReply::service(request, 403, u"DBS.200044"_s,
                                         u"The job does not exist or you have no permission to access it."_s,
                                         u"任务不存在或无权限访问。"_s);
    return ok({{u"job"_s, HuaweiJson::job(*job, m_world.instanceById(job->instanceId),
                                          m_jobs.phaseAt(*job, nowMs), m_jobs.percentAt(*job, nowMs))}});
}

} // namespace rdsbm::cloudsim
