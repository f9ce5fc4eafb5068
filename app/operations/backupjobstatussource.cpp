#include "app/operations/backupjobstatussource.h"

#include "app/operations/runningbackupjob.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using jobs::JobUpdate;
using transport::TypedReply;

BackupJobStatusSource::BackupJobStatusSource(RdsClientLookup clients)
    : m_clients(std::move(clients))
{
}

bool BackupJobStatusSource::handles(const CloudJob &job) const
{
    return job.kind == JobKind::CreateBackup && job.provider == Provider::Alibaba && m_clients(job).has_value();
}

void BackupJobStatusSource::poll(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    if (job.providerJobId.isEmpty())
        return reconcile(job, context, std::move(done));
    const auto client = m_clients(job);
    CallDeadline deadline;
    const alibaba::StartedCall started = client->describeBackupTasks(
        job.instanceId, job.providerJobId, context, [this, job, done, deadline](TypedReply<alibaba::BackupTaskList> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeBackupTasks"_s, reply.result));
            for (const alibaba::BackupTask &task : reply.value->tasks) {
                if (task.jobId != job.providerJobId)
                    continue;
                JobUpdate update;
                update.state = task.jobState();
                update.providerStatus = task.backupStatus;
                update.progressPercent = update.state == JobState::Succeeded ? 100 : task.progressPercent;
                if (update.state == JobState::Unknown) {
                    update.state = JobState::Running;
                    update.transient = true;
                } else if (update.state == JobState::Failed) {
                    update.errorCode = u"Failed"_s;
                    update.errorMessage = tr("The backup job %1 ended in the state Failed.").arg(task.jobId);
                }
                return done(update);
            }
            // Not listed yet: the service shows a new job after a moment.
            JobUpdate update;
            update.state = job.state;
            update.transient = true;
            done(update);
        });
    if (!started.wasSent()) {
        JobUpdate update;
        update.state = JobState::Unknown;
        update.errorCode = started.rejected.first().code;
        update.errorMessage = started.rejected.first().message;
        return done(update);
    }
    arm(started.call, deadline);
}

void BackupJobStatusSource::reconcile(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    const auto client = m_clients(job);
    CallDeadline deadline;
    const alibaba::StartedCall started = client->describeBackupTasks(
        job.instanceId, {}, context,
        [this, job, done, deadline, client = *client, context](TypedReply<alibaba::BackupTaskList> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeBackupTasks"_s, reply.result));
            if (const auto task = runningManualBackupJob(*reply.value)) {
                JobUpdate update;
                update.state = JobState::Running;
                update.providerJobId = task->jobId;
                update.providerStatus = task->backupStatus;
                update.progressPercent = task->progressPercent;
                return done(update);
            }
            lookForBackupSet(client, job, context, done);
        });
    if (!started.wasSent()) {
        JobUpdate update;
        update.state = JobState::Unknown;
        update.errorCode = started.rejected.first().code;
        update.errorMessage = started.rejected.first().message;
        return done(update);
    }
    arm(started.call, deadline);
}

void BackupJobStatusSource::lookForBackupSet(const alibaba::RdsClient &client, const CloudJob &job, QObject *context,
                                             std::function<void(JobUpdate)> done)
{
    alibaba::DescribeBackupsParameters filter;
    filter.dbInstanceId = job.instanceId;
    filter.backupMode = u"Manual"_s;
    // Minutes only on the wire: start a minute early so a backup of the same minute is seen.
    filter.startTime = job.createdAt.addSecs(-60);
    filter.endTime = now().addSecs(60);
    filter.pageSize = 30;
    CallDeadline deadline;
    const alibaba::StartedCall started = client.describeBackups(
        filter, context, [this, job, done, deadline](TypedReply<alibaba::BackupPage> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeBackups"_s, reply.result));
            JobUpdate update;
            update.state = JobState::Unknown;
            update.errorCode = u"RDSBM.SubmissionUnknown"_s;
            QStringList candidates;
            for (const BackupSet &backup : reply.value->backups)
                if (backup.startTime.isValid() && backup.startTime >= job.createdAt.addSecs(-60))
                    candidates.append(backup.id);
            update.errorMessage = candidates.isEmpty()
                ? tr("No backup job runs on %1 and no manual backup set started after the request: it may never "
                     "have arrived. Create the backup again if it is still needed.")
                      .arg(job.instanceId)
                : tr("No backup job runs on %1 any more; the manual backup set %2, started after the request, may "
                     "be its result. Check it before creating another backup.")
                      .arg(job.instanceId, candidates.join(u", "_s));
            done(update);
        });
    if (!started.wasSent()) {
        JobUpdate update;
        update.state = JobState::Unknown;
        update.errorCode = started.rejected.first().code;
        update.errorMessage = started.rejected.first().message;
        return done(update);
    }
    arm(started.call, deadline);
}

} // namespace rdsbm::operations
