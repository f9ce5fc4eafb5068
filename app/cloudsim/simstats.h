#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace rdsbm::cloudsim {

// Counters the simulator exposes at GET /_sim/stats so that tests can check what the server
// really did (how many requests, which faults, how often a ClientToken was executed):
//   { "requests":   { "total": n, "alibaba": n, "huawei": n, "file": n },
//     "faults":     { "Throttling": n, "ServiceUnavailable": n, "SlowReply": n,
//                     "DroppedConnection": n, "CutOffDownload": n },
//     "actions":    { "2014-08-15/DescribeBackups": n, ... },
//     "clientTokens": { "<token>": { "received": n, "executed": n } },
//     "executions": { "<instance or plan id>": { "CreateBackup": n, ... } } }
// "executed" counts the times a write really took effect; replays of a known token do not.
// "executions" keys: the instance for CreateBackup and RestoreDdrTable (the target), the backup
// plan and, for an RDS destination, the destination instance for CreateRestoreTask, the task
// for StartRestoreTask (its first start only).
// Huawei handlers (part B) use the same groups with their own action names.
class SimStats
{
public:
    void increment(const QString &group, const QString &key, qint64 by = 1);
    void increment(const QString &group, const QString &key, const QString &subKey, qint64 by = 1);

    qint64 value(const QString &group, const QString &key) const;
    qint64 value(const QString &group, const QString &key, const QString &subKey) const;

    // A write took effect on `resourceId` (instance, backup plan, restore task).
    void recordExecution(const QString &resourceId, const QString &action);

    QJsonObject toJson() const;
    // Restores what toJson() produced (the state file keeps the submission counters).
    void restore(const QJsonObject &saved);

private:
    QMap<QString, QMap<QString, qint64>> m_flat;
    QMap<QString, QMap<QString, QMap<QString, qint64>>> m_nested;
};

} // namespace rdsbm::cloudsim
