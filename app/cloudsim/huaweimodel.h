#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rdsbm::cloudsim {

// Plain data of the simulated Huawei Cloud account. Times are epoch milliseconds (UTC).

struct HuaweiProject
{
    QString region; // the system project is named like its region
    QString id;     // 32 hex digits
};

struct HuaweiInstance
{
    int index = 0; // position in the world, encoded in backup ids
    QString id;
    QString name;
    QString region;
    QString projectId;
    QString engine; // datastore type as the API spells it: MySQL, PostgreSQL, SQLServer
    QString version;
    QString completeVersion;
    QString type; // Single, Ha
    // The status the instance was generated in; a transitional one (BACKING UP, RESTORING)
    // becomes ACTIVE at settlesAtMs, as if its operation finished.
    QString generatedStatus;
    qint64 settlesAtMs = 0;
    int volumeGb = 0;
    QString volumeType;
    QString flavorRef;
    int cpu = 0;
    int memoryGb = 0;
    int port = 0;
    QString privateIp;
    QString availabilityZone;
    qint64 createdMs = 0;
    int backupHourUtc = 0;
    int keepDays = 7;
    QStringList databases; // SQL Server only: its backups hold one file per database
};

enum class HuaweiBackupType : quint8 { Auto, Manual, Fragment, Incremental };
enum class HuaweiBackupStatus : quint8 { Completed, Failed, Building };

// Compact on purpose: an instance may have tens of thousands of them.
struct HuaweiBackup
{
    qint64 beginMs = 0;
    qint64 endMs = 0;     // 0 while building
    qint64 settlesAtMs = 0; // a BUILDING backup completes then
    int sequence = 0;     // 0 is the newest
    HuaweiBackupType type = HuaweiBackupType::Auto;
    HuaweiBackupStatus status = HuaweiBackupStatus::Completed;
};

struct HuaweiBackupFile
{
    QString name;
    QString key; // in the BackupFileStore
    qint64 bytes = 0;
    QString databaseName;
};

struct HuaweiRestoreWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

} // namespace rdsbm::cloudsim
