#include "app/providers/alibaba/describecrossregionbackupsparameters.h"

#include "app/providers/alibaba/alibabatime.h"
#include "app/providers/alibaba/parametercheck.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

bool isWholeNumber(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

ParameterErrors DescribeCrossRegionBackupsParameters::validate() const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    for (const auto &[field, value] : {std::pair{u"CrossBackupId"_s, crossBackupId}, std::pair{u"BackupId"_s, backupId}}) {
        if (!value.isEmpty() && !isWholeNumber(value))
            check.add(field, u"InvalidParameter"_s, tr("%1 must be a whole number; \"%2\" is not.").arg(field, value));
    }
    check.validTime(u"StartTime"_s, startTime, u"InvalidStartTime.Format"_s);
    check.validTime(u"EndTime"_s, endTime, u"InvalidEndTime.Format"_s);
    if (startTime.isValid() != endTime.isValid())
        check.add(startTime.isValid() ? u"EndTime"_s : u"StartTime"_s, u"MissingParameter"_s,
                  tr("StartTime and EndTime go together: give both or neither."));
    else if (startTime.isValid() && endTime <= startTime)
        check.add(u"EndTime"_s, u"InvalidParameterCombination"_s, tr("EndTime must be later than StartTime."));
    check.pageSizeOneOf(u"PageSize"_s, pageSize, {30, 50, 100});
    check.pageNumber(u"PageNumber"_s, pageNumber);
    return check.errors();
}

signing::QueryParameters DescribeCrossRegionBackupsParameters::toQuery(const QString &regionId) const
{
    signing::QueryParameters query{{u"DBInstanceId"_s, dbInstanceId.trimmed()}, {u"RegionId"_s, regionId}};
    const auto optional = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    optional(u"CrossBackupRegion"_s, crossBackupRegion);
    optional(u"CrossBackupId"_s, crossBackupId);
    optional(u"BackupId"_s, backupId);
    if (startTime.isValid())
        query.append({u"StartTime"_s, AlibabaTime::toSeconds(startTime)});
    if (endTime.isValid())
        query.append({u"EndTime"_s, AlibabaTime::toSeconds(endTime)});
    query.append({u"PageSize"_s, QString::number(pageSize)});
    query.append({u"PageNumber"_s, QString::number(pageNumber)});
    optional(u"ResourceGroupId"_s, resourceGroupId);
    return query;
}

} // namespace rdsbm::alibaba
