#include "app/providers/alibaba/describedbinstancesparameters.h"

#include "app/providers/alibaba/parametercheck.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

ParameterErrors DescribeDBInstancesParameters::validate() const
{
    ParameterCheck check;
    check.oneOf(u"Engine"_s, engine, {u"MySQL"_s, u"SQLServer"_s, u"PostgreSQL"_s, u"MariaDB"_s});
    check.oneOf(u"DBInstanceType"_s, dbInstanceType, {u"Primary"_s, u"Readonly"_s, u"Guard"_s, u"Temp"_s});
    check.pageSizeBetween(u"PageSize"_s, pageSize, 1, 100);
    check.pageNumber(u"PageNumber"_s, pageNumber);
    return check.errors();
}

signing::QueryParameters DescribeDBInstancesParameters::toQuery(const QString &regionId) const
{
    signing::QueryParameters query{{u"RegionId"_s, regionId}};
    const auto optional = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    optional(u"Engine"_s, engine);
    optional(u"DBInstanceId"_s, dbInstanceId.trimmed());
    optional(u"DBInstanceStatus"_s, dbInstanceStatus);
    optional(u"DBInstanceType"_s, dbInstanceType);
    optional(u"SearchKey"_s, searchKey);
    optional(u"ResourceGroupId"_s, resourceGroupId);
    query.append({u"PageSize"_s, QString::number(pageSize)});
    query.append({u"PageNumber"_s, QString::number(pageNumber)});
    return query;
}

} // namespace rdsbm::alibaba
