#pragma once

#include "app/cloudsim/alibabamodel.h"
#include "app/cloudsim/backupcatalog.h"
#include "app/cloudsim/clienttokenregistry.h"
#include "app/cloudsim/simclock.h"

#include <QJsonObject>

#include <functional>

namespace rdsbm::cloudsim {

// The simulated Alibaba Cloud account: the generated regions, instances, backup sets and DBS
// plans, and everything requests change (backup jobs, cross-region restores, DBS restore
// tasks, ClientTokens). Jobs move on by SimClock steps; advance() applies what has finished,
// and every handler calls it first, so state is always current when read.
//
// Backup jobs: step 0 NoStart, 1 Preparing, 2 Waiting, 3 Uploading, 4 Checking, 5 Finished
// (the backup set appears). RestoreDdrTable: the target is Restoring for 4 steps, then Running
// with the new databases. DBS restore tasks: init until started, then check_pass, running for
// 4 steps, then "finish" (our choice: the reference lists no finished value; "finish" is what
// DBS uses for a finished backup set) or "stop" when a name clash meets DuplicateConflict=failure.
class AlibabaWorld
{
public:
    static constexpr int backupJobSteps = 5;
    static constexpr int ddrRestoreSteps = 4;
    static constexpr int dbsRestoreSteps = 5;

    AlibabaWorld(quint32 seed, int instancesPerRegion, int backupsPerInstance,
                 const QDateTime &epoch, SimClock &clock);

    SimClock &clock() const { return m_clock; }
    QDateTime epoch() const { return m_epoch; }
    quint32 seed() const { return m_seed; }

    const QList<RdsRegion> &regions() const { return m_regions; }
    const RdsRegion *region(const QString &regionId) const;
    const QList<RdsInstance> &instances() const { return m_instances; }
    const RdsInstance *instance(const QString &instanceId) const;
    // The state DescribeDBInstances shows: Restoring while a restore runs on it.
    QString status(const RdsInstance &instance) const;

    BackupCatalog &catalog() { return m_catalog; }
    const BackupCatalog &catalog() const { return m_catalog; }
    ClientTokenRegistry &clientTokens() { return m_clientTokens; }

    void advance();

    const BackupJob &addBackupJob(BackupJob job);
    const BackupJob *backupJob(const QString &jobId) const;
    const BackupJob *runningBackupJob(const QString &instanceId) const;
    QList<BackupJob> backupJobs(const QString &instanceId) const;
    int backupJobsCreatedOn(const QString &instanceId, const QDate &day) const;
    int backupJobStep(const BackupJob &job) const;

    const DdrRestore &addDdrRestore(DdrRestore restore);

    const QList<DbsBackupPlan> &plans() const { return m_plans; }
    const DbsBackupPlan *plan(const QString &planId) const;
    qint64 restoreWindowEndMs(const DbsBackupPlan &plan) const;
    const DbsRestoreTask &addDbsTask(DbsRestoreTask task);
    DbsRestoreTask *dbsTask(const QString &taskId);
    const QList<DbsRestoreTask> &dbsTasks() const { return m_dbsTasks; }
    void startDbsTask(const QString &taskId);
    QString dbsTaskStatus(const DbsRestoreTask &task) const;
    int dbsTaskProgress(const DbsRestoreTask &task) const;

    // The mutable part, for the state file.
    QJsonObject save() const;
    void restore(const QJsonObject &saved);
    // Called after every change, so that the owner can schedule a save.
    void setChangedCallback(std::function<void()> callback) { m_changed = std::move(callback); }

private:
    RdsInstance *mutableInstance(const QString &instanceId);
    void addDatabase(const QString &instanceId, const RdsDatabase &database);
    void finishBackupJob(BackupJob &job);
    void applyDdrRestore(DdrRestore &restore);
    void applyDbsTask(DbsRestoreTask &task);
    void changed();

    quint32 m_seed;
    QDateTime m_epoch;
    SimClock &m_clock;
    QList<RdsRegion> m_regions;
    QList<RdsInstance> m_instances;
    QHash<QString, qsizetype> m_instanceIndex;
    QList<DbsBackupPlan> m_plans;
    BackupCatalog m_catalog;
    ClientTokenRegistry m_clientTokens;

    QList<BackupJob> m_backupJobs;
    QList<DdrRestore> m_ddrRestores;
    QList<DbsRestoreTask> m_dbsTasks;
    QHash<QString, QList<RdsDatabase>> m_addedDatabases;
    qint64 m_nextBackupJob = 1;
    qint64 m_nextBackupSet = 1;
    qint64 m_nextDdrRestore = 1;
    qint64 m_nextDbsTask = 1;
    std::function<void()> m_changed;
};

} // namespace rdsbm::cloudsim
