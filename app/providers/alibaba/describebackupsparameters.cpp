#include "app/providers/alibaba/describebackupsparameters.h"

#include "app/providers/alibaba/alibabatime.h"
#include "app/providers/alibaba/parametercheck.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

ParameterErrors DescribeBackupsParameters::validate() const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    check.oneOf(u"BackupStatus"_s, backupStatus, {u"Success"_s, u"Failed"_s});
    check.oneOf(u"BackupMode"_s, backupMode, {u"Automated"_s, u"Manual"_s});
    check.oneOf(u"BackupType"_s, backupType, {u"FullBackup"_s, u"IncrementalBackup"_s});
    check.validTime(u"StartTime"_s, startTime, u"InvalidStartTime.Format"_s);
    check.validTime(u"EndTime"_s, endTime, u"InvalidEndTime.Format"_s);
    if (startTime.isValid() && endTime.isValid()
        && AlibabaTime::truncatedToMinute(endTime) <= AlibabaTime::truncatedToMinute(startTime))
        check.add(u"EndTime"_s, u"InvalidParameterCombination"_s,
                  tr("EndTime must be later than StartTime (both are sent to the minute, in UTC)."));
    check.pageSizeOneOf(u"PageSize"_s, pageSize, {30, 50, 100}, u"InvalidMaxRecordsPerPage.Malformed"_s);
    check.pageNumber(u"PageNumber"_s, pageNumber, u"InvalidPageNumbers.Malformed"_s);
    return check.errors();
}

signing::QueryParameters DescribeBackupsParameters::toQuery() const
{
    signing::QueryParameters query{{u"DBInstanceId"_s, dbInstanceId.trimmed()}};
    const auto optional = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    optional(u"BackupId"_s, backupId.trimmed());
    optional(u"BackupStatus"_s, backupStatus);
    optional(u"BackupMode"_s, backupMode);
    optional(u"BackupType"_s, backupType);
    if (startTime.isValid())
        query.append({u"StartTime"_s, AlibabaTime::toMinutes(startTime)});
    if (endTime.isValid())
        query.append({u"EndTime"_s, AlibabaTime::toMinutes(endTime)});
    query.append({u"PageSize"_s, QString::number(pageSize)});
    query.append({u"PageNumber"_s, QString::number(pageNumber)});
    optional(u"ResourceGroupId"_s, resourceGroupId);
    return query;
}

} // namespace rdsbm::alibaba
