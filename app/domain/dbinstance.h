#pragma once

#include "app/domain/provider.h"

#include <QDateTime>
#include <QString>

namespace rdsbm {

// A database instance as both providers describe it, in their own words (status values are
// the provider's: "Running" on Alibaba, "ACTIVE" on Huawei).
struct DbInstance
{
    Provider provider = Provider::Alibaba;
    QString profileName;
    QString regionId;
    QString projectId;       // Huawei only
    QString id;
    QString description;     // Alibaba DBInstanceDescription, Huawei name
    QString engine;          // MySQL, PostgreSQL, SQLServer, MariaDB
    QString engineVersion;
    QString status;
    QString instanceType;    // Alibaba Primary/Readonly/Guard/Temp; Huawei Single/Ha/Replica
    QString category;
    QString instanceClass;
    QString storageType;
    int storageGb = 0;
    QString zoneId;
    QDateTime createTime;

    bool isAlibabaRunning() const { return status == QStringLiteral("Running"); }
    bool isHuaweiActive() const { return status == QStringLiteral("ACTIVE"); }
};

} // namespace rdsbm
