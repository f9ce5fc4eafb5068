#include "app/providers/huawei/huaweibackupfilter.h"

#include "app/providers/huawei/huaweitime.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

namespace {

struct HuaweiBackupFilterText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::huawei::HuaweiBackupFilter)
};

const auto parameterError = u"DBS.200001"_s;

} // namespace

InputProblems HuaweiBackupFilter::validate() const
{
    InputProblems problems;
    if (instanceId.trimmed().isEmpty())
        problems.append({u"instance_id"_s, parameterError,
                         HuaweiBackupFilterText::tr("instance_id is required: backups are listed per instance.")});
    const QStringList types{u"auto"_s, u"manual"_s, u"fragment"_s, u"incremental"_s};
    if (!backupType.isEmpty() && !types.contains(backupType))
        problems.append({u"backup_type"_s, parameterError,
                         HuaweiBackupFilterText::tr("backup_type must be one of %1.").arg(types.join(u", "_s))});
    const QStringList statuses{u"BUILDING"_s, u"COMPLETED"_s, u"FAILED"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        problems.append({u"status"_s, parameterError, HuaweiBackupFilterText::tr("status must be one of %1.").arg(statuses.join(u", "_s))});
    if (beginTime.isValid() != endTime.isValid())
        problems.append({beginTime.isValid() ? u"end_time"_s : u"begin_time"_s, parameterError,
                         HuaweiBackupFilterText::tr("begin_time and end_time go together: give both or neither.")});
    else if (beginTime.isValid() && endTime <= beginTime)
        problems.append({u"end_time"_s, parameterError, HuaweiBackupFilterText::tr("end_time must be later than begin_time.")});
    if (maxItems == 0 || maxItems < -1)
        problems.append({u"limit"_s, parameterError, HuaweiBackupFilterText::tr("The number of backups to list must be at least 1.")});
    return problems;
}

signing::QueryParameters HuaweiBackupFilter::queryParameters() const
{
    signing::QueryParameters query{{u"instance_id"_s, instanceId}};
    const auto put = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    put(u"backup_id"_s, backupId);
    put(u"backup_type"_s, backupType);
    put(u"status"_s, status);
    if (beginTime.isValid() && endTime.isValid()) {
        query.append({u"begin_time"_s, HuaweiTime::toQueryTime(beginTime)});
        query.append({u"end_time"_s, HuaweiTime::toQueryTime(endTime)});
    }
    return query;
}

} // namespace rdsbm::huawei
