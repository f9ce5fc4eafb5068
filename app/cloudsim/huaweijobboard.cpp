#include "app/cloudsim/huaweijobboard.h"

#include "app/cloudsim/stablerandom.h"
#include "app/cloudsim/huaweiworld.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

const QString restoreAction = u"RestoreToExistingInstance"_s;

QJsonObject toJson(const HuaweiJob &job)
{
    return {{u"id"_s, job.id},
            {u"name"_s, job.name},
            {u"projectId"_s, job.projectId},
            {u"instanceId"_s, job.instanceId},
            {u"instanceName"_s, job.instanceName},
            {u"sourceInstanceId"_s, job.sourceInstanceId},
            {u"restoreType"_s, job.restoreType},
            {u"backupId"_s, job.backupId},
            {u"restoreTimeMs"_s, QString::number(job.restoreTimeMs)},
            {u"createdMs"_s, QString::number(job.createdMs)},
            {u"durationMs"_s, QString::number(job.durationMs)}};
}

QJsonObject countsToJson(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool countsFromJson(const QJsonValue &value, QMap<QString, int> &counts)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble())
            return false;
        counts.insert(it.key(), it.value().toInt());
    }
    return true;
}

} // namespace

HuaweiJobBoard::HuaweiJobBoard(quint32 seed, double secondsPerStep)
    : m_seed(seed), m_stepMs(std::max<qint64>(1, qint64(secondsPerStep * 1000.0)))
{
}

const HuaweiJob &HuaweiJobBoard::addRestore(HuaweiJob job, qint64 nowMs)
{
    const QString tag = u"job/"_s + QString::number(m_nextSequence++);
    job.id = StableRandom::hex64(StableRandom::hash(tag, m_seed))
        + StableRandom::hex64(StableRandom::hash(tag + u'#', m_seed));
    job.name = restoreAction;
    job.createdMs = nowMs;
    job.durationMs = restoreSteps * m_stepMs;
    m_jobs.append(job);
    ++m_accepted[job.instanceId];
    return m_jobs.constLast();
}

const HuaweiJob *HuaweiJobBoard::find(const QString &projectId, const QString &jobId) const
{
    for (const HuaweiJob &job : m_jobs)
        if (job.id == jobId && job.projectId == projectId)
            return &job;
    return nullptr;
}

HuaweiJobBoard::Phase HuaweiJobBoard::phaseAt(const HuaweiJob &job, qint64 nowMs) const
{
    const qint64 elapsed = nowMs - job.createdMs;
    if (elapsed < m_stepMs / 2)
        return Phase::NotYetVisible;
    return elapsed < job.durationMs ? Phase::Running : Phase::Completed;
}

int HuaweiJobBoard::percentAt(const HuaweiJob &job, qint64 nowMs) const
{
    const qint64 elapsed = std::clamp<qint64>(nowMs - job.createdMs, 0, job.durationMs);
    return int(std::min<qint64>(99, elapsed * 100 / std::max<qint64>(1, job.durationMs)));
}

bool HuaweiJobBoard::isRestoring(const QString &instanceId, qint64 nowMs) const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const HuaweiJob &job) {
        return job.instanceId == instanceId && nowMs >= job.createdMs
            && nowMs < job.createdMs + job.durationMs;
    });
}

QString HuaweiJobBoard::statusOf(const HuaweiInstance &instance, qint64 nowMs) const
{
    return isRestoring(instance.id, nowMs) ? u"RESTORING"_s : HuaweiWorld::statusAt(instance, nowMs);
}

void HuaweiJobBoard::countSubmission(const QString &targetInstanceId)
{
    ++m_submissions[targetInstanceId];
}

int HuaweiJobBoard::submissions(const QString &targetInstanceId) const
{
    return m_submissions.value(targetInstanceId);
}

int HuaweiJobBoard::acceptedRestores(const QString &targetInstanceId) const
{
    return m_accepted.value(targetInstanceId);
}

QJsonObject HuaweiJobBoard::statistics() const
{
    QJsonObject executions;
    for (auto it = m_accepted.cbegin(); it != m_accepted.cend(); ++it)
        executions.insert(it.key(), QJsonObject{{restoreAction, it.value()}});
    return {{u"restoreSubmissions"_s, countsToJson(m_submissions)},
            {u"executions"_s, executions},
            {u"jobs"_s, m_jobs.size()}};
}

QJsonObject HuaweiJobBoard::saveState() const
{
    QJsonArray jobs;
    for (const HuaweiJob &job : m_jobs)
        jobs.append(toJson(job));
    return {{u"nextSequence"_s, QString::number(m_nextSequence)},
            {u"jobs"_s, jobs},
            {u"restoreSubmissions"_s, countsToJson(m_submissions)},
            {u"acceptedRestores"_s, countsToJson(m_accepted)}};
}

bool HuaweiJobBoard::restoreState(const QJsonObject &state)
{
    bool sequenceOk = false;
    const qint64 nextSequence = state.value(u"nextSequence"_s).toString().toLongLong(&sequenceOk);
    const QJsonValue jobsValue = state.value(u"jobs"_s);
    QMap<QString, int> submissions;
    QMap<QString, int> accepted;
    if (!sequenceOk || nextSequence < 1 || !jobsValue.isArray()
        || !countsFromJson(state.value(u"restoreSubmissions"_s), submissions)
        || !countsFromJson(state.value(u"acceptedRestores"_s), accepted))
        return false;

    QList<HuaweiJob> jobs;
    for (const QJsonValue &value : jobsValue.toArray()) {
        const QJsonObject object = value.toObject();
        HuaweiJob job;
        job.id = object.value(u"id"_s).toString();
        job.name = object.value(u"name"_s).toString();
        job.projectId = object.value(u"projectId"_s).toString();
        job.instanceId = object.value(u"instanceId"_s).toString();
        job.instanceName = object.value(u"instanceName"_s).toString();
        job.sourceInstanceId = object.value(u"sourceInstanceId"_s).toString();
        job.restoreType = object.value(u"restoreType"_s).toString();
        job.backupId = object.value(u"backupId"_s).toString();
        bool timesOk[3] = {};
        job.restoreTimeMs = object.value(u"restoreTimeMs"_s).toString().toLongLong(&timesOk[0]);
        job.createdMs = object.value(u"createdMs"_s).toString().toLongLong(&timesOk[1]);
        job.durationMs = object.value(u"durationMs"_s).toString().toLongLong(&timesOk[2]);
        if (job.id.isEmpty() || job.instanceId.isEmpty() || !timesOk[0] || !timesOk[1] || !timesOk[2])
            return false;
        jobs.append(job);
    }
    m_nextSequence = nextSequence;
    m_jobs = jobs;
    m_submissions = submissions;
    m_accepted = accepted;
    return true;
}

} // namespace rdsbm::cloudsim
