#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rdsbm::dbs {

// One DBS backup plan (DescribeBackupPlanList, reference 4.2), every field typed. Times are UTC
// (the API sends epoch milliseconds); `raw` keeps the reply object with the API's own names.
struct DbsBackupPlan
{
    QString backupPlanId;
    QString backupPlanName;
    QString backupPlanStatus;        // wait, init, running, stop, pause, locked, check_pass
    QDateTime backupPlanCreateTime;
    QString backupMethod;            // logical, physical, ...
    QString backupObjects;           // a JSON string, as sent
    QString backupPeriod;
    QString backupStartTime;
    qint64 backupRetentionPeriod = 0; // days
    QString backupStorageType;
    QString backupGatewayId;         // a long; kept as text
    QDateTime beginTimestampForRestore;
    QDateTime endTimestampForRestore;
    QString databaseType;            // MySQL, SQLServer, Oracle, PostgreSQL, MongoDB, Redis, ...
    bool enableBackupLog = false;
    QString errMessage;
    QString instanceClass;
    QString ossBucketName;
    QString ossBucketRegion;
    QString sourceEndpointInstanceType;
    QString sourceEndpointInstanceId;
    QString sourceEndpointRegion;
    QString sourceEndpointIpPort;
    QString sourceEndpointDatabaseName;
    QString sourceEndpointUserName;
    QString sourceEndpointOracleSid;
    QString crossAliyunId;
    QString crossRoleName;
    qint64 duplicationArchivePeriod = 0;
    qint64 duplicationInfrequentAccessPeriod = 0;
    QString resourceGroupId;
    bool openBackupSetAutoDownload = false;
    QString backupSetDownloadDir;
    QString backupSetDownloadTargetType;
    QString backupSetDownloadGatewayId;
    QString backupSetDownloadFullDataFormat;
    QString backupSetDownloadIncrementDataFormat;
    QJsonObject raw;
};

} // namespace rdsbm::dbs
