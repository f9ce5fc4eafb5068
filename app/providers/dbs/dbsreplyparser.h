#pragma once

#include "app/providers/dbs/dbsbackupplan.h"
#include "app/providers/dbs/dbspage.h"
#include "app/providers/dbs/dbsrestorerange.h"
#include "app/providers/dbs/dbsrestoretask.h"

#include <QJsonDocument>
#include <QString>

#include <optional>

namespace rdsbm::dbs {

// Reads the DBS 2019-03-06 replies into typed values. Each returns nothing and sets `error`
// (naming the field by its path) when a field the value needs is missing or mistyped. A reply
// with Success=false never gets here: the transport reports it as a ServiceError.
class DbsReplyParser
{
public:
    // {"Items": {"BackupPlanDetail": [...]}, "PageNum", "PageSize", "TotalElements", "TotalPages"}
    static std::optional<DbsPage<DbsBackupPlan>> backupPlans(const QJsonDocument &document, QString &error);
    // {"Items": {"DBSRecoverRange": [...]}}
    static std::optional<QList<DbsRestoreRange>> restoreRanges(const QJsonDocument &document, QString &error);
    // {"RestoreTaskId": "..."}: CreateRestoreTask and StartRestoreTask.
    static std::optional<QString> restoreTaskId(const QJsonDocument &document, QString &error);
    // {"Items": {"RestoreTaskDetail": [...]}, paging fields}
    static std::optional<DbsPage<DbsRestoreTask>> restoreTasks(const QJsonDocument &document, QString &error);
};

} // namespace rdsbm::dbs
