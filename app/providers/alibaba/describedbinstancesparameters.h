#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QString>

namespace rdsbm::alibaba {

// DescribeDBInstances: one page of a region's instances. RegionId is the client's region.
struct DescribeDBInstancesParameters
{
    QString engine;           // MySQL | SQLServer | PostgreSQL | MariaDB
    QString dbInstanceId;
    QString dbInstanceStatus;
    QString dbInstanceType;   // Primary | Readonly | Guard | Temp
    QString searchKey;
    QString resourceGroupId;
    int pageSize = 100;       // 1 to 100
    int pageNumber = 1;

    ParameterErrors validate() const;
    signing::QueryParameters toQuery(const QString &regionId) const;
};

} // namespace rdsbm::alibaba
