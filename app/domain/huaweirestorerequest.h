#pragma once

#include "app/domain/backupset.h"
#include "app/domain/dbinstance.h"
#include "app/domain/inputproblem.h"
#include "app/domain/restorewindow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rdsbm {

// source.type of seed 004: restore from a backup or to a point in time.
enum class HuaweiRestoreSource { Backup, Timestamp };

// A Huawei restore to the current or an existing instance (seed 004,
// POST /v3/{project_id}/instances/recovery), with the instances on both sides as they were last
// listed, so that the seed's constraints are checked before anything is sent.
struct HuaweiRestoreRequest
{
    DbInstance sourceInstance;
    DbInstance targetInstance;    // the same id as the source: restore to the current instance
    HuaweiRestoreSource sourceType = HuaweiRestoreSource::Backup;
    QString backupId;             // with Backup
    std::optional<BackupSet> backup; // the chosen backup when it is known: checked against the source
    QDateTime restoreTime;        // with Timestamp; sent as epoch milliseconds, UTC
    // The source's restorable time ranges (ListRestoreTimes). Required with Timestamp: the time
    // must lie inside one of them.
    std::optional<QList<RestoreWindow>> restoreWindows;

    bool restoresToCurrentInstance() const { return sourceInstance.id == targetInstance.id; }

    // Seed 004: type=backup needs backup_id, type=timestamp needs restore_time; to another
    // instance: same engine, same version, a data volume at least as large, no Microsoft SQL
    // Server. Reference (v3): no PostgreSQL. Every refusal is a sentence naming the rule.
    InputProblems validate() const;

    // What was asked, for the job journal and for display.
    QJsonObject journalParameters() const;
};

} // namespace rdsbm
