#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QDateTime>
#include <QStringList>

namespace rdsbm::dbs {

// The parameters of DescribeRestoreTaskList (reference 4.7): either a backup plan or restore
// task ids, never both.
struct DbsRestoreTaskQuery
{
    QString backupPlanId;
    QStringList restoreTaskIds; // sent comma-separated
    QDateTime startTime;        // sent as epoch milliseconds
    QDateTime endTime;
    int pageNum = 0;            // 0-based
    int pageSize = 30;          // 1..100

    static constexpr int maxPageSize = 100;

    alibaba::ParameterErrors validate() const;
    signing::QueryParameters toQuery() const;
};

} // namespace rdsbm::dbs
