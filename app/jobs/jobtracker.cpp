#include "app/jobs/jobtracker.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::jobs {

JobTracker::JobTracker(JobJournal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_pollTimer.setInterval(std::chrono::seconds(3));
    connect(&m_pollTimer, &QTimer::timeout, this, &JobTracker::pollDue);
}

void JobTracker::addStatusSource(std::shared_ptr<JobStatusSource> source)
{
    m_sources.push_back(std::move(source));
}

void JobTracker::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

QString JobTracker::begin(CloudJob draft, QString &error)
{
    if (draft.localId.isEmpty())
        draft.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.state = JobState::Submitting;
    if (!draft.createdAt.isValid())
        draft.createdAt = QDateTime::currentDateTimeUtc();
    if (!m_journal.record(draft, error))
        return {};
    Q_EMIT jobChanged(draft);
    return draft.localId;
}

void JobTracker::submitted(const QString &localId, const QString &providerJobId, const QString &requestId)
{
    auto job = m_journal.job(localId);
    if (!job)
        return;
    job->providerJobId = providerJobId;
    if (!requestId.isEmpty())
        job->requestId = requestId;
    job->state = JobState::Running;
    store(*job);
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

void JobTracker::submissionFailed(const QString &localId, const QString &errorCode,
                                  const QString &errorMessage, const QString &requestId)
{
    auto job = m_journal.job(localId);
    if (!job)
        return;
    if (!requestId.isEmpty())
        job->requestId = requestId;
    job->state = JobState::Failed;
    job->errorCode = errorCode;
    job->errorMessage = errorMessage;
    job->finishedAt = QDateTime::currentDateTimeUtc();
    store(*job);
    Q_EMIT jobFinished(*job);
}

void JobTracker::resumeUnfinished()
{
    for (const CloudJob &job : m_journal.unfinished()) {
        if (job.state != JobState::Submitting)
            continue;
        JobStatusSource *source = sourceFor(job);
        if (!source)
            continue;
        m_inFlight.insert(job.localId);
        const QString localId = job.localId;
        source->reconcile(job, this, [this, localId](JobUpdate update) {
            m_inFlight.remove(localId);
            apply(localId, update);
        });
    }
    m_pollTimer.start();
    pollDue();
}

void JobTracker::pollDue()
{
    bool anyRunning = false;
    for (const CloudJob &job : m_journal.unfinished()) {
        if (job.state != JobState::Running)
            continue;
        anyRunning = true;
        if (m_inFlight.contains(job.localId))
            continue;
        JobStatusSource *source = sourceFor(job);
        if (!source)
            continue;
        m_inFlight.insert(job.localId);
        const QString localId = job.localId;
        source->poll(job, this, [this, localId](JobUpdate update) {
            m_inFlight.remove(localId);
            apply(localId, update);
        });
    }
    if (!anyRunning && m_inFlight.isEmpty())
        m_pollTimer.stop();
}

void JobTracker::apply(const QString &localId, const JobUpdate &update)
{
    auto job = m_journal.job(localId);
    if (!job || job->isFinished())
        return;
    if (update.transient)
        return; // the poll failed, not the job: the next tick asks again
    const CloudJob before = *job;
    job->state = update.state;
    if (update.progressPercent >= 0)
        job->progressPercent = update.progressPercent;
    if (!update.providerStatus.isEmpty())
        job->providerStatus = update.providerStatus;
    if (!update.providerJobId.isEmpty())
        job->providerJobId = update.providerJobId;
    job->errorCode = update.errorCode;
    job->errorMessage = update.errorMessage;
    if (job->isFinished())
        job->finishedAt = QDateTime::currentDateTimeUtc();

    const bool changed = before.state != job->state || before.progressPercent != job->progressPercent
        || before.providerStatus != job->providerStatus || before.providerJobId != job->providerJobId
        || before.errorCode != job->errorCode;
    if (!changed)
        return;
    store(*job);
    if (job->isFinished())
        Q_EMIT jobFinished(*job);
    else if (job->state == JobState::Running && !m_pollTimer.isActive())
        m_pollTimer.start();
}

void JobTracker::store(const CloudJob &job)
{
    QString error;
    if (!m_journal.record(job, error))
        Q_EMIT journalError(error);
    Q_EMIT jobChanged(job);
}

JobStatusSource *JobTracker::sourceFor(const CloudJob &job) const
{
    for (const auto &source : m_sources)
        if (source->handles(job))
            return source.get();
    return nullptr;
}

} // namespace rdsbm::jobs
