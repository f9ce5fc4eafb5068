#pragma once

#include "app/cloudsim/alibabarpccall.h"

namespace rdsbm::cloudsim {

class AlibabaWorld;

// RDS 2014-08-15 reads about the account's layout (reference 3.1-3.4): DescribeRegions (one row
// per zone), DescribeDBInstances (per region, PageNumber/PageSize 1-100 or NextToken/MaxResults,
// totals as numbers), DescribeDBInstanceAttribute, DescribeDatabases (PageSize 30/50/100, no total).
class RdsInstanceActions
{
public:
    explicit RdsInstanceActions(AlibabaWorld &world);

    void registerInto(RpcActionTable &table);

    SimResponse describeRegions(const AlibabaRpcCall &call) const;
    SimResponse describeDBInstances(const AlibabaRpcCall &call) const;
    SimResponse describeDBInstanceAttribute(const AlibabaRpcCall &call) const;
    SimResponse describeDatabases(const AlibabaRpcCall &call) const;

private:
    AlibabaWorld &m_world;
};

} // namespace rdsbm::cloudsim
