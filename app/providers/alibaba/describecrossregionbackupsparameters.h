#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rdsbm::alibaba {

// DescribeCrossRegionBackups: the copies of an instance's backups kept in other regions.
// RegionId is the instance's region (the client's).
struct DescribeCrossRegionBackupsParameters
{
    Q_DECLARE_TR_FUNCTIONS(DescribeCrossRegionBackupsParameters)

public:
    QString dbInstanceId;
    QString crossBackupRegion;
    QString crossBackupId;   // a whole number
    QString backupId;        // a whole number
    QDateTime startTime;     // sent to the second, UTC
    QDateTime endTime;
    int pageSize = 30;       // 30, 50 or 100
    int pageNumber = 1;
    QString resourceGroupId;

    ParameterErrors validate() const;
    signing::QueryParameters toQuery(const QString &regionId) const;
};

} // namespace rdsbm::alibaba
