#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rdsbm::cloudsim {

// Plain records of the simulated Alibaba Cloud account. Field meanings follow
// reference/alibaba-api.md; the generator fills them, AlibabaWorld keeps the mutable ones.

struct RdsRegion
{
    QString regionId;
    QString localNameEn;
    QString localNameZh;
    QString endpoint;
    QString idPrefix; // the two letters real instance ids carry for the region (bp, uf, ...)
    QStringList zones;
};

struct RdsDatabase
{
    QString name;
    QString characterSet;
    QString description;
    QStringList tables;
};

struct RdsInstance
{
    int index = 0; // position in the world; part of generated backup ids
    QString id;
    QString description;
    QString regionId;
    QString zoneId;
    QString engine;        // MySQL | PostgreSQL | SQLServer
    QString engineVersion; // 8.0, 5.7, 15.0, 2019_std_ha
    QString baseStatus;    // the state when no restore is running on it
    QString type;          // Primary | Readonly
    QString masterInstanceId;
    QStringList readOnlyIds;
    QString instanceClass;
    QString storageType;   // local_ssd | cloud_essd
    QString category;      // HighAvailability | Basic
    QString payType;       // Postpaid | Prepaid
    QString connectionString;
    QString hostInstanceId;
    int port = 0;
    int cpu = 0;
    int memoryMb = 0;
    int storageGb = 0;
    qint64 diskUsedBytes = 0;
    QDateTime createTime;
    QDateTime expireTime;  // Prepaid only
    QList<RdsDatabase> databases;
    QString crossBackupRegion; // where its cross-region backups go; empty when it has none
    bool logBackupEnabled = true;

    bool isCloudDisk() const { return storageType.startsWith(QStringLiteral("cloud_")); }
    bool isReadOnly() const { return type == QStringLiteral("Readonly"); }
    bool hasDatabase(const QString &name) const
    {
        for (const RdsDatabase &database : databases)
            if (database.name == name)
                return true;
        return false;
    }
};

// One data backup set as DescribeBackups shows it; times are Unix seconds (UTC).
struct BackupRecord
{
    qint64 backupId = 0;
    qint64 startSecs = 0;
    qint64 endSecs = 0;
    QString status; // Success | Failed
    QString type;   // FullBackup | IncrementalBackup
    QString mode;   // Automated | Manual
    QString method; // Physical | Logical | Snapshot
    qint64 size = 0;
    QString metaStatus;
    QString storeStatus;
    QString storageClass;
    QStringList databases; // single-database backups; empty for the whole instance
};

struct BackupJob
{
    QString jobId;
    QString instanceId;
    QDateTime created;
    QString method;
    QString type;
    QString strategy;
    QStringList databases;
    qint64 backupId = 0; // set once the job finished and its backup set exists
};

// A copy of a backup set kept in another region (DescribeCrossRegionBackups).
struct CrossRegionBackup
{
    qint64 crossBackupId = 0;
    int sourceInstanceIndex = 0;
    BackupRecord source;
    QString region;
    bool failed = false;
};

struct TableRename
{
    QString name;
    QString newName;
};

struct DatabaseRestore
{
    QString name;
    QString newName;
    QList<TableRename> tables; // empty: the whole database
};

struct DdrRestore
{
    QString restoreId;
    QString targetInstanceId;
    QDateTime created;
    QList<DatabaseRestore> databases;
    bool applied = false;
};

struct DbsFullBackup
{
    QString backupSetId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 size = 0;
};

struct DbsBackupPlan
{
    QString planId;
    QString name;
    QString status;
    QString region;
    QString databaseType; // MySQL | PostgreSQL | SQLServer | Oracle
    QString sourceType;   // RDS | ECS | Other | Agent
    QString sourceInstanceId;
    QString sourceIpPort;
    QString sourceUserName;
    QString sourceOracleSid;
    QString backupMethod;
    QStringList databases;
    qint64 createdMs = 0;
    qint64 gatewayId = 0;
    bool enableBackupLog = true;
    QList<DbsFullBackup> fullBackups; // newest first
};

struct DbsRestoreTask
{
    QString taskId;
    QString name;
    QString planId;
    QString backupSetId;
    qint64 restoreTimeMs = 0;
    QString destinationType;
    QString destinationRegion;
    QString destinationInstanceId;
    QString destinationIp;
    int destinationPort = 0;
    QString destinationDatabase;
    QString destinationUser;
    QString destinationOracleSid;
    qint64 gatewayId = 0;
    QString restoreObjects; // the JSON string as given
    QString restoreDir;
    QString duplicateConflict;
    QString crossAliyunId;
    QString crossRoleName;
    QDateTime created;
    QDateTime started; // invalid until StartRestoreTask
    bool applied = false;
    QString errorMessage;
};

} // namespace rdsbm::cloudsim
