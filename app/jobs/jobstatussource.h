#pragma once

#include "app/domain/cloudjob.h"

#include <QObject>

#include <functional>

namespace rdsbm::jobs {

// One poll's answer about a job.
struct JobUpdate
{
    JobState state = JobState::Running;
    int progressPercent = -1;
    QString providerStatus;
    QString errorCode;
    QString errorMessage;
    QString providerJobId;   // set by reconcile() when it finds the submission
    bool transient = false;  // the poll itself failed (network, throttling): try again later
};

// Asks one provider how its jobs are doing (DescribeBackupTasks, DescribeRestoreTaskList,
// Huawei jobs, ...). Implemented next to each provider's client.
class JobStatusSource
{
public:
    virtual ~JobStatusSource() = default;
    virtual bool handles(const CloudJob &job) const = 0;
    virtual void poll(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done) = 0;
    // A job found in the Submitting state after a restart: did the provider get it? Answer
    // Running with the provider's id when it did, Failed when it certainly did not, and
    // Unknown when there is no way to tell (the user decides; nothing is resent blindly).
    virtual void reconcile(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
    {
        Q_UNUSED(job)
        Q_UNUSED(context)
        JobUpdate unknown;
        unknown.state = JobState::Unknown;
        done(unknown);
    }
};

} // namespace rdsbm::jobs
