#pragma once

#include "app/cloudsim/alibabamodel.h"

#include <QHash>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace rdsbm::cloudsim {

// Every RDS instance's data backup sets, newest first: the ones created through CreateBackup
// (kept), then `backupsPerInstance` generated ones that are never stored: the k-th is derived
// from (seed, instance, k) when asked for, so --backups-per-instance 10000 costs no memory.
// Generated ids are 300000000 + instance * 100000 + k, created ones 900000000 + n.
// Cross-region copies are derived the same way from the newest generated sets.
class BackupCatalog
{
public:
    static constexpr int maxBackupsPerInstance = 99999;
    static constexpr int crossCopyWindow = 12;

    struct Filter
    {
        std::optional<qint64> backupId;
        QString status;
        QString mode;
        QString type;
        qint64 fromSecs = std::numeric_limits<qint64>::min();
        qint64 toSecs = std::numeric_limits<qint64>::max();
    };

    struct Page
    {
        qint64 total = 0;
        QList<BackupRecord> items;
    };

    BackupCatalog(quint32 seed, int backupsPerInstance, const QDateTime &epoch);

    int generatedCount() const { return m_backupsPerInstance; }
    BackupRecord generated(const RdsInstance &instance, int k) const;

    void addCreated(const QString &instanceId, const BackupRecord &record);
    // Matching sets, newest first: how many there are and the slice [offset, offset + limit).
    Page query(const RdsInstance &instance, const Filter &filter, qint64 offset, int limit) const;
    std::optional<BackupRecord> find(const RdsInstance &instance, qint64 backupId) const;
    // Bytes of the successful snapshot backups (TotalEcsSnapshotSize).
    qint64 snapshotChainSize(const RdsInstance &instance) const;

    QList<CrossRegionBackup> crossRegionBackups(const RdsInstance &instance) const;
    std::optional<CrossRegionBackup> findCrossRegionBackup(const QList<RdsInstance> &instances,
                                                           qint64 crossBackupId) const;

    QJsonObject saveCreated() const;
    void restoreCreated(const QJsonObject &saved);

private:
    struct Traits;
    Traits traits(int instanceIndex, int engine, int k) const;
    bool matches(const BackupRecord &record, const Filter &filter) const;

    quint32 m_seed;
    int m_backupsPerInstance;
    qint64 m_epochSecs;
    QHash<QString, QList<BackupRecord>> m_created; // oldest first
    mutable QHash<QString, qint64> m_snapshotSizes;
};

} // namespace rdsbm::cloudsim
