#pragma once

#include "app/domain/provider.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>

namespace rdsbm {

struct DatabaseDownloadLink
{
    QString database;
    QUrl downloadUrl;
    QUrl intranetDownloadUrl;
};

// One backup set (DescribeBackups of seed 003, or Huawei's ListBackups), every field typed.
// Provider vocabulary is kept: status "Success"/"Failed" on Alibaba, "COMPLETED"/"FAILED"/...
// on Huawei; `type` "FullBackup"/"IncrementalBackup" or "auto"/"manual"/"incremental"/...
struct BackupSet
{
    Provider provider = Provider::Alibaba;
    QString instanceId;
    QString id;
    QString name;              // Huawei
    QString status;
    QString method;            // Physical, Logical, Snapshot
    QString type;
    QString mode;              // Automated, Manual
    QString initiator;         // System, User
    QDateTime startTime;       // UTC
    QDateTime endTime;         // UTC
    qint64 sizeBytes = -1;     // -1: unknown
    std::optional<std::uint64_t> checksum; // CRC-64/XZ of the backup file
    QUrl downloadUrl;
    QUrl intranetDownloadUrl;
    QList<DatabaseDownloadLink> downloadLinksByDatabase;
    bool available = true;     // IsAvail
    QString metaStatus;        // OK, LARGE, EMPTY
    QString storeStatus;       // Enabled = deletable
    QString storageClass;      // "0" standard, "1" archive
    QString encryption;
    QString engine;
    QString engineVersion;
    QString hostInstanceId;
    qint64 consistentTime = 0; // Unix seconds
    QDateTime expectExpireTime;
    bool copyOnly = false;
    QStringList databases;     // Huawei: databases in the backup (SQL Server, PostgreSQL)

    bool isDownloadable() const { return downloadUrl.isValid() && !downloadUrl.isEmpty(); }
    // Huawei lists no link: a finished backup's file link is asked for (backup-files API) when
    // its download starts.
    bool hasLinkOnRequest() const { return provider == Provider::Huawei && status == QStringLiteral("COMPLETED"); }
};

} // namespace rdsbm
