#pragma once

#include "app/domain/inputproblem.h"
#include "app/signing/signingtypes.h"

#include <QDateTime>
#include <QString>

namespace rdsbm::huawei {

// The filters of ListBackups (reference 1.4.2). Paging is the client's business.
struct HuaweiBackupFilter
{
    QString instanceId;   // required, even with a backup id
    QString backupId;
    QString backupType;   // auto, manual, fragment, incremental
    QString status;       // BUILDING, COMPLETED, FAILED (filters SQL Server full backups only)
    QDateTime beginTime;  // both or neither; sent as yyyy-MM-ddTHH:mm:ss+0000
    QDateTime endTime;
    qint64 maxItems = -1; // stop after this many backups; -1: all of them

    InputProblems validate() const;
    // The filter parameters, without offset and limit.
    signing::QueryParameters queryParameters() const;
};

} // namespace rdsbm::huawei
