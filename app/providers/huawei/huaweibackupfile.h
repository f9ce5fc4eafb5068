#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace rdsbm::huawei {

// One file of a backup (ShowBackupDownloadLink). The link is a pre-signed OBS address, fetched
// without our signature, and asked for again once linkExpiredTime has passed.
struct HuaweiBackupFile
{
    QString name;
    qint64 sizeBytes = -1;   // the reply says KB
    QUrl downloadLink;
    QDateTime linkExpiredTime; // UTC
    QString databaseName;    // per-database files (SQL Server, PostgreSQL); empty otherwise
};

struct HuaweiBackupFiles
{
    QList<HuaweiBackupFile> files;
    QString bucket;
};

} // namespace rdsbm::huawei
