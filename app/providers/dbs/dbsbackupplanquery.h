#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QStringList>

namespace rdsbm::dbs {

// The parameters of DescribeBackupPlanList (reference 4.2). Note `Region`, not RegionId.
struct DbsBackupPlanQuery
{
    QStringList backupPlanIds;  // sent comma-separated
    QString backupPlanName;
    QString backupPlanStatus;   // wait, init, running, stop, pause, locked, check_pass
    QString region;
    QString resourceGroupId;
    int pageNum = 0;            // 0-based
    int pageSize = 30;          // 1..100

    static constexpr int maxPageSize = 100;

    alibaba::ParameterErrors validate() const;
    signing::QueryParameters toQuery() const;
};

} // namespace rdsbm::dbs
