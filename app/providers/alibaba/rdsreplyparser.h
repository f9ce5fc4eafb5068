#pragma once

#include "app/providers/alibaba/rdsreplies.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace rdsbm::alibaba {

// Reads the RDS replies into typed values. Each function has the transport's ReplyParser shape:
// nothing plus `error` (naming the field by its path) when a field is missing or mistyped.
class RdsReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(RdsReplyParser)

public:
    static std::optional<RegionList> regions(const QJsonDocument &document, QString &error);
    static std::optional<DbInstancePage> dbInstances(const QJsonDocument &document, QString &error);
    static std::optional<DbInstanceAttribute> dbInstanceAttribute(const QJsonDocument &document, QString &error);
    static std::optional<DatabasePage> databases(const QJsonDocument &document, QString &error);
    static std::optional<BackupPage> backups(const QJsonDocument &document, QString &error);
    static std::optional<CreateBackupReply> createBackup(const QJsonDocument &document, QString &error);
    static std::optional<BackupTaskList> backupTasks(const QJsonDocument &document, QString &error);
    static std::optional<CrossRegionBackupPage> crossRegionBackups(const QJsonDocument &document, QString &error);
    static std::optional<RecoveryWindow> availableRecoveryTime(const QJsonDocument &document, QString &error);
    static std::optional<RestoreDdrTableReply> restoreDdrTable(const QJsonDocument &document, QString &error);
};

} // namespace rdsbm::alibaba
