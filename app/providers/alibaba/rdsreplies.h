#pragma once

#include "app/domain/backupset.h"
#include "app/domain/cloudjob.h"
#include "app/domain/dbinstance.h"
#include "app/domain/restorewindow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The typed replies of the RDS operations (API 2014-08-15), one struct per operation. Plain values.
namespace rdsbm::alibaba {

// DescribeRegions: the API answers one row per zone; these are merged per region.
struct AlibabaRegion
{
    QString regionId;
    QString localName;
    QString endpoint;     // RegionEndpoint
    QStringList zoneIds;
    QStringList zoneNames;
};

struct RegionList
{
    QList<AlibabaRegion> regions;
    QString requestId;
};

struct DbInstancePage
{
    QList<DbInstance> instances;
    qint64 pageNumber = 0;
    qint64 pageRecordCount = 0;
    qint64 totalRecordCount = 0;
    QString nextToken;
    QString requestId;
};

struct DbInstanceList
{
    QList<DbInstance> instances;
    int pagesFetched = 0;
};

// DescribeDBInstanceAttribute: the instance plus what only this operation tells.
struct DbInstanceAttribute
{
    DbInstance instance;
    QString connectionString;
    QString port;
    QString payType;
    QString lockMode;
    QString lockReason;
    QString maintainTime;       // "00:00Z-02:00Z"
    QString instanceClassType;
    QString cpu;
    qint64 memoryMb = -1;
    qint64 diskUsedBytes = -1;
    QString timeZone;
    QString collation;
    QString resourceGroupId;
    QString masterInstanceId;
    QStringList readOnlyInstanceIds;
    QStringList slaveZoneIds;
    QDateTime expireTime;
    bool deletionProtection = false;
    QString requestId;
};

struct DatabaseInfo
{
    QString name;
    QString status;        // Creating, Running, Deleting, Cold
    QString description;
    QString instanceId;
    QString engine;
    QString characterSet;
};

struct DatabasePage
{
    QList<DatabaseInfo> databases;
    QString requestId;
};

struct DatabaseList
{
    QList<DatabaseInfo> databases;
    int pagesFetched = 0;
};

// DescribeBackups (seed 003): the totals are strings on the wire, numbers here.
struct BackupPage
{
    QList<BackupSet> backups;
    qint64 pageNumber = 0;
    qint64 pageRecordCount = 0;
    qint64 totalRecordCount = 0;
    qint64 totalEcsSnapshotSize = 0;
    QString requestId;
};

// CreateBackup (seed 001).
struct CreateBackupReply
{
    QString backupJobId;
    QString requestId;
};

// DescribeBackupTasks: one backup job.
struct BackupTask
{
    QString jobId;          // BackupJobId
    QString backupId;       // set once finished, when asked by BackupJobId
    QString backupStatus;   // NoStart, Checking, Preparing, Waiting, Uploading, Finished, Failed
    QString progressStatus; // BackupProgressStatus
    QString jobMode;        // Automated, Manual
    QString taskAction;     // TempBackupTask, NormalBackupTask
    int progressPercent = -1;

    JobState jobState() const;
};

struct BackupTaskList
{
    QList<BackupTask> tasks;
    QString requestId;
};

// DescribeCrossRegionBackups: a copy of a backup kept in another region. The API's one-letter
// codes are kept: method "L"/"P", type "F"/"I".
struct CrossRegionBackup
{
    QString crossBackupId;
    QString crossBackupRegion;
    QString setFile;
    QString setLocation;
    qint64 setSizeBytes = -1;
    QUrl downloadLink;
    QDateTime backupStartTime;
    QDateTime backupEndTime;
    QDateTime consistentTime;
    QString backupMethod;
    QString backupType;
    int backupSetScale = 0;  // 0 instance, 1 database
    int backupSetStatus = 0; // 0 success, 1 failed
    QString category;
    QString engine;
    QString engineVersion;
    QString storageType;
    QString instanceId;
    QStringList restoreRegions;
};

struct CrossRegionBackupPage
{
    QList<CrossRegionBackup> backups;
    QString regionId;
    qint64 pageNumber = 0;
    qint64 pageRecordCount = 0;
    qint64 totalRecordCount = 0;
    QString requestId;
};

// DescribeAvailableRecoveryTime: the window a cross-region point-in-time restore may choose from.
struct RecoveryWindow
{
    QString crossBackupId;
    QString regionId;
    QDateTime begin;
    QDateTime end;
    QString requestId;

    bool contains(const QDateTime &time) const { return time >= begin && time <= end; }
    RestoreWindow window() const { return {begin, end}; }
};

// RestoreDdrTable (seed 000).
struct RestoreDdrTableReply
{
    QString dbInstanceId;
    QString requestId;
};

} // namespace rdsbm::alibaba
