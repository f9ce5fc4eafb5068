#pragma once

#include "app/jobs/jobjournal.h"
#include "app/jobs/jobstatussource.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

namespace rdsbm::jobs {

// Follows every long operation to its end: records it before it is submitted, polls the
// provider while it runs, and on start-up picks up what the journal says is unfinished.
class JobTracker : public QObject
{
    Q_OBJECT

public:
    explicit JobTracker(JobJournal &journal, QObject *parent = nullptr);

    void addStatusSource(std::shared_ptr<JobStatusSource> source);
    void setPollInterval(std::chrono::milliseconds interval);

    // Records `draft` as Submitting (with a new local id when it has none) before the caller
    // sends anything; returns the local id, or an empty string with `error` when the journal
    // cannot be written (then the caller must not submit).
    QString begin(CloudJob draft, QString &error);
    // The provider accepted it: Running from now on, polled until it ends.
    // `requestId` is the provider's id of the deciding reply, which its support asks for.
    void submitted(const QString &localId, const QString &providerJobId, const QString &requestId = {});
    // The provider refused it, or it failed locally: nothing runs.
    void submissionFailed(const QString &localId, const QString &errorCode, const QString &errorMessage,
                          const QString &requestId = {});
    // Polls Running jobs again and reconciles Submitting ones; call once at start-up.
    void resumeUnfinished();

    QList<CloudJob> jobs() const { return m_journal.jobs(); }
    std::optional<CloudJob> job(const QString &localId) const { return m_journal.job(localId); }

Q_SIGNALS:
    void jobChanged(const rdsbm::CloudJob &job);
    void jobFinished(const rdsbm::CloudJob &job);
    // The journal could not be written: the job goes on, but a restart would not find it.
    void journalError(const QString &message);

private:
    void pollDue();
    void apply(const QString &localId, const JobUpdate &update);
    void store(const CloudJob &job);
    JobStatusSource *sourceFor(const CloudJob &job) const;

    JobJournal &m_journal;
    std::vector<std::shared_ptr<JobStatusSource>> m_sources;
    QTimer m_pollTimer;
    QSet<QString> m_inFlight; // local ids with a poll under way
};

} // namespace rdsbm::jobs
