#pragma once

#include "app/domain/inputproblem.h"
#include "app/signing/signingtypes.h"

#include <QString>

namespace rdsbm::huawei {

// The filters of ListInstances (reference 1.4.1). Paging is the client's business.
struct HuaweiInstanceFilter
{
    QString id;             // exact, or fuzzy with a leading '*'
    QString name;           // likewise
    QString type;           // Single, Ha, Replica
    QString datastoreType;  // MySQL, PostgreSQL, SQLServer, MariaDB (case-sensitive)
    QString enterpriseProjectId;
    QString vpcId;
    QString subnetId;
    QList<std::pair<QString, QString>> tags; // at most 10
    qint64 maxItems = -1;   // stop after this many instances; -1: all of them

    InputProblems validate() const;
    // The filter parameters, without offset and limit.
    signing::QueryParameters queryParameters() const;
};

} // namespace rdsbm::huawei
