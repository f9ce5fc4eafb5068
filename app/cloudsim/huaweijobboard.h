#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace rdsbm::cloudsim {

struct HuaweiInstance;

// A restore the simulated Huawei account accepted, as GET /v3/{project_id}/jobs reports it.
struct HuaweiJob
{
    QString id;
    QString name;
    QString projectId;
    QString instanceId; // the target, RESTORING while the job runs
    QString instanceName;
    QString sourceInstanceId;
    QString restoreType; // backup | timestamp
    QString backupId;
    qint64 restoreTimeMs = 0;
    qint64 createdMs = 0;
    qint64 durationMs = 0;
};

// The jobs the API started and the counters tests read: the mutable half of the Huawei
// simulation, which the state file keeps. Jobs advance with time alone: a job is Running for
// restoreSteps steps from its creation, then Completed; like the real service, it cannot be
// queried during its first half step.
class HuaweiJobBoard
{
public:
    static constexpr int restoreSteps = 5;

    enum class Phase { NotYetVisible, Running, Completed };

    HuaweiJobBoard(quint32 seed, double secondsPerStep);

    const HuaweiJob &addRestore(HuaweiJob job, qint64 nowMs);
    const HuaweiJob *find(const QString &projectId, const QString &jobId) const;

    Phase phaseAt(const HuaweiJob &job, qint64 nowMs) const;
    // 0..99 while running.
    int percentAt(const HuaweiJob &job, qint64 nowMs) const;
    bool isRestoring(const QString &instanceId, qint64 nowMs) const;
    // What the API reports: RESTORING while one of our jobs runs on it, else its own status.
    QString statusOf(const HuaweiInstance &instance, qint64 nowMs) const;

    // Every restore request that got past authentication, accepted or not, per target instance:
    // lets a test prove that a client did not send a restore twice.
    void countSubmission(const QString &targetInstanceId);
    int submissions(const QString &targetInstanceId) const;
    int acceptedRestores(const QString &targetInstanceId) const;
    // {"restoreSubmissions": {id: n}, "executions": {id: {"RestoreToExistingInstance": n}}, "jobs": n}
    QJsonObject statistics() const;

    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

private:
    quint32 m_seed;
    qint64 m_stepMs;
    qint64 m_nextSequence = 1;
    QList<HuaweiJob> m_jobs;
    QMap<QString, int> m_submissions;
    QMap<QString, int> m_accepted;
};

} // namespace rdsbm::cloudsim
