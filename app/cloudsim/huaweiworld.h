#pragma once

#include "app/cloudsim/huaweimodel.h"
#include "app/cloudsim/simulatorconfig.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace rdsbm::cloudsim {

// The generated part of the simulated Huawei Cloud account: projects, instances, their backups,
// files and restorable time ranges. A pure function of the configuration (seed, sizes) and of
// the anchor time the data is laid out before, so it is never stored, only regenerated.
// Backups are generated per instance on first use and kept compact.
class HuaweiWorld
{
public:
    static const QString defaultRegion; // cn-north-4: its project id is the configured one

    HuaweiWorld(const SimulatorConfig &config, const QDateTime &anchor);

    quint32 seed() const { return m_seed; }
    qint64 anchorMs() const { return m_anchorMs; }
    QString domainId() const { return m_domainId; }

    const QList<HuaweiProject> &projects() const { return m_projects; }
    const HuaweiProject *projectById(const QString &projectId) const;
    QList<const HuaweiInstance *> instancesIn(const QString &projectId) const;
    const HuaweiInstance *instance(const QString &projectId, const QString &instanceId) const;
    const HuaweiInstance *instanceById(const QString &instanceId) const;

    // Newest first, as the generated statuses were; see backupAt for the status at a time.
    const QList<HuaweiBackup> &backupsOf(const HuaweiInstance &instance) const;
    // The backup as it is at nowMs: a BUILDING one may have completed since.
    static HuaweiBackup backupAt(const HuaweiBackup &backup, qint64 nowMs);
    // The instance's own status at nowMs, before any job the API started on it.
    static QString statusAt(const HuaweiInstance &instance, qint64 nowMs);

    QString backupId(const HuaweiInstance &instance, const HuaweiBackup &backup) const;
    QString backupName(const HuaweiInstance &instance, const HuaweiBackup &backup) const;

    struct BackupLocation
    {
        const HuaweiInstance *instance = nullptr;
        const HuaweiBackup *backup = nullptr;
    };
    // Only backups of instances in `projectId`.
    std::optional<BackupLocation> findBackup(const QString &projectId, const QString &backupId) const;

    // Empty unless the backup (as of nowMs) is COMPLETED.
    QList<HuaweiBackupFile> filesOf(const HuaweiInstance &instance, const HuaweiBackup &backup,
                                    qint64 nowMs) const;
    // What the API reports as size: the files' sizes in KB, each rounded up.
    qint64 sizeKb(const HuaweiInstance &instance, const HuaweiBackup &backup, qint64 nowMs) const;

    // Disjoint, oldest first: from the end of the oldest full backup kept, up to the newest log
    // (which keeps arriving, five minutes behind, while the instance runs), minus the spans of
    // failed log backups.
    QList<HuaweiRestoreWindow> restoreWindows(const HuaweiInstance &instance, qint64 nowMs) const;

    static bool isFullBackup(HuaweiBackupType type) { return type != HuaweiBackupType::Incremental; }

private:
    void generateProjects(const SimulatorConfig &config);
    void generateInstances(int instancesPerRegion);
    QList<HuaweiBackup> generateBackups(const HuaweiInstance &instance) const;
    std::uint64_t backupFingerprint(int instanceIndex, int sequence) const;

    quint32 m_seed;
    int m_backupsPerInstance;
    double m_secondsPerStep;
    qint64 m_anchorMs;
    QString m_domainId;
    QList<HuaweiProject> m_projects;
    QList<HuaweiInstance> m_instances;
    mutable QHash<int, QList<HuaweiBackup>> m_backups;
};

} // namespace rdsbm::cloudsim
