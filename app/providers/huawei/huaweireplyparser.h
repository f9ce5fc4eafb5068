#pragma once

#include "app/domain/backupset.h"
#include "app/domain/dbinstance.h"
#include "app/domain/restorewindow.h"
#include "app/providers/huawei/huaweibackupfile.h"
#include "app/providers/huawei/huaweijobinfo.h"
#include "app/providers/huawei/huaweipage.h"
#include "app/providers/huawei/huaweiproject.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

#include <optional>

namespace rdsbm::huawei {

// Where listed instances came from: the reply does not say which profile or project asked.
struct HuaweiInstanceOrigin
{
    QString profileName;
    QString regionId;
    QString projectId;
};

// Reads the Huawei RDS and IAM replies into typed values. Each returns nothing and sets `error`
// (naming the field by its path) when a field the value needs is missing or mistyped.
class HuaweiReplyParser
{
public:
    // IAM GET /v3/projects: {"projects": [...]}.
    static std::optional<QList<HuaweiProject>> projects(const QJsonDocument &document, QString &error);
    // ListInstances: {"instances": [...], "total_count": n}.
    static std::optional<HuaweiPage<DbInstance>> instancePage(const QJsonDocument &document, QString &error,
                                                              const HuaweiInstanceOrigin &origin);
    // ListBackups: {"backups": [...], "total_count": n}; size KB -> bytes, times -> UTC.
    static std::optional<HuaweiPage<BackupSet>> backupPage(const QJsonDocument &document, QString &error);
    // ListRestoreTimes: {"restore_time": [{"start_time": ms, "end_time": ms}]}.
    static std::optional<QList<RestoreWindow>> restoreWindows(const QJsonDocument &document, QString &error);
    // The restore reply: {"job_id": "..."} ("jobId" in some versions).
    static std::optional<QString> jobId(const QJsonDocument &document, QString &error);
    // ListJobInfo: {"job": {...}}.
    static std::optional<HuaweiJobInfo> job(const QJsonDocument &document, QString &error);
    // ShowBackupDownloadLink: {"files": [...], "bucket": "..."}.
    static std::optional<HuaweiBackupFiles> backupFiles(const QJsonDocument &document, QString &error);

    // "60%" -> 60; "" -> -1; nothing for text that is no percentage.
    static std::optional<int> percentage(const QString &process);
};

} // namespace rdsbm::huawei
