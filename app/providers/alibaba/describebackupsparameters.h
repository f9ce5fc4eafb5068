#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rdsbm::alibaba {

// DescribeBackups (seed 003): one page of an instance's backup sets, with its filters.
struct DescribeBackupsParameters
{
    Q_DECLARE_TR_FUNCTIONS(DescribeBackupsParameters)

public:
    QString dbInstanceId;
    QString backupId;
    QString backupStatus;   // Success | Failed
    QString backupMode;     // Automated | Manual
    QString backupType;     // FullBackup | IncrementalBackup
    QDateTime startTime;    // sent in minutes, UTC
    QDateTime endTime;
    int pageSize = 30;      // 30, 50 or 100 only
    int pageNumber = 1;
    QString resourceGroupId;

    ParameterErrors validate() const;
    signing::QueryParameters toQuery() const;
};

} // namespace rdsbm::alibaba
