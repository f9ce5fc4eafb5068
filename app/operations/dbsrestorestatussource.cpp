#include "app/operations/dbsrestorestatussource.h"

#include "app/operations/dbsjobrequest.h"
#include "app/operations/dbsrestoreoperation.h"
#include "app/operations/failurekind.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using jobs::JobUpdate;
using transport::TypedReply;

namespace {

const QString initStatus = u"init"_s;

JobUpdate updateFrom(const CloudJob &job, const dbs::DbsRestoreTask &task)
{
    CloudJob after = job;
    task.applyTo(after);
    JobUpdate update;
    update.state = after.state == JobState::Unknown ? JobState::Running : after.state;
    update.transient = after.state == JobState::Unknown;
    update.progressPercent = after.progressPercent;
    update.providerStatus = after.providerStatus;
    update.providerJobId = after.providerJobId;
    update.errorCode = after.errorCode;
    update.errorMessage = after.errorMessage;
    return update;
}

JobUpdate rejectedInput(const InputProblems &problems)
{
    JobUpdate update;
    update.state = JobState::Unknown;
    update.errorCode = problems.first().code;
    update.errorMessage = problems.first().message;
    return update;
}

} // namespace

DbsRestoreStatusSource::DbsRestoreStatusSource(DbsClientLookup clients, PasswordSource passwords)
    : m_clients(std::move(clients))
    , m_passwords(std::move(passwords))
{
}

bool DbsRestoreStatusSource::handles(const CloudJob &job) const
{
    return job.kind == JobKind::DbsRestore && job.provider == Provider::Alibaba && m_clients(job).has_value();
}

void DbsRestoreStatusSource::poll(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    if (job.providerJobId.isEmpty())
        return reconcile(job, context, std::move(done));
    const auto client = m_clients(job);
    dbs::DbsRestoreTaskQuery query;
    query.restoreTaskIds = {job.providerJobId};
    CallDeadline deadline;
    const alibaba::StartedCall started = client->describeRestoreTaskList(
        query, context,
        [this, job, done, deadline, client = *client, context](TypedReply<dbs::DbsPage<dbs::DbsRestoreTask>> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeRestoreTaskList"_s, reply.result));
            for (const dbs::DbsRestoreTask &task : reply.value->items) {
                if (task.restoreTaskId != job.providerJobId)
                    continue;
                if (task.restoreStatus == initStatus) {
                    if (job.parameters.value(DbsRestoreOperation::startRequestedKey.toString()).toBool())
                        return start(client, job, task, context, done);
                    JobUpdate created = updateFrom(job, task);
                    created.state = JobState::Succeeded;
                    created.progressPercent = -1;
                    return done(created);
                }
                return done(updateFrom(job, task));
            }
            JobUpdate pending;
            pending.state = job.state;
            pending.transient = true;
            done(pending);
        });
    if (!started.wasSent())
        return done(rejectedInput(started.rejected));
    arm(started.call, deadline);
}

void DbsRestoreStatusSource::start(const dbs::DbsClient &client, const CloudJob &job, const dbs::DbsRestoreTask &task,
                                   QObject *context, std::function<void(JobUpdate)> done)
{
    const QString token = job.parameters.value(DbsRestoreOperation::startClientTokenKey.toString()).toString();
    CallDeadline deadline;
    const alibaba::StartedCall started = client.startRestoreTask(
        task.restoreTaskId, token, context, [this, job, task, done, deadline](TypedReply<QString> reply) {
            deadline.apply(reply.result);
            if (reply.ok())
                return done(updateFrom(job, task));
            if (FailureKind::isTransient(reply.result) || reply.result.outcome == transport::Outcome::Canceled)
                return done(failedPoll(job, u"StartRestoreTask"_s, reply.result));
            JobUpdate refused;
            refused.state = JobState::Failed;
            refused.providerStatus = task.restoreStatus;
            refused.errorCode = reply.result.errorCode.isEmpty() ? transport::outcomeName(reply.result.outcome)
                                                                 : reply.result.errorCode;
            refused.errorMessage = reply.result.errorMessage;
            done(refused);
        });
    if (!started.wasSent())
        return done(rejectedInput(started.rejected));
    arm(started.call, deadline);
}

void DbsRestoreStatusSource::reconcile(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    const auto client = m_clients(job);
    dbs::DbsRestoreTaskQuery query;
    query.backupPlanId = job.parameters.value(u"BackupPlanId"_s).toString();
    query.pageSize = dbs::DbsRestoreTaskQuery::maxPageSize;
    CallDeadline deadline;
    const alibaba::StartedCall started = client->describeRestoreTaskList(
        query, context,
        [this, job, done, deadline, client = *client, context](TypedReply<dbs::DbsPage<dbs::DbsRestoreTask>> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeRestoreTaskList"_s, reply.result));
            const QString name = job.parameters.value(u"RestoreTaskName"_s).toString();
            QList<dbs::DbsRestoreTask> matches;
            for (const dbs::DbsRestoreTask &task : reply.value->items)
                if (task.restoreTaskName == name
                    && (!task.restoreTaskCreateTime.isValid() || task.restoreTaskCreateTime >= job.createdAt.addSecs(-60)))
                    matches.append(task);
            if (matches.size() == 1) {
                JobUpdate adopted = updateFrom(job, matches.first());
                // Polled from now on by its id; an unstarted task is started there.
                adopted.state = JobState::Running;
                return done(adopted);
            }
            if (matches.isEmpty() && m_passwords) {
                // Only a request complete again (its password given anew) is sent again.
                const auto rebuilt = DbsJobRequest::fromJob(job, m_passwords(job));
                if (rebuilt && dbs::CreateRestoreTaskParameters{rebuilt->first, rebuilt->second}.validate().isEmpty())
                    return resend(client, job, dbs::CreateRestoreTaskParameters{rebuilt->first, rebuilt->second}, context,
                                  done);
            }
            JobUpdate unknown;
            unknown.state = JobState::Unknown;
            unknown.errorCode = u"RDSBM.SubmissionUnknown"_s;
            unknown.errorMessage = matches.isEmpty()
                ? tr("No restore task named %1 was found in the plan %2: the request may never have arrived. It can "
                     "only be sent again with the destination password (RDSBM_DEST_PASSWORD); running the same "
                     "command again with --client-token %3 is safe.")
                      .arg(name, job.parameters.value(u"BackupPlanId"_s).toString(), job.clientToken)
                : tr("Several restore tasks are named %1 in the plan %2: which one is this job's is unknown.")
                      .arg(name, job.parameters.value(u"BackupPlanId"_s).toString());
            done(unknown);
        });
    if (!started.wasSent())
        return done(rejectedInput(started.rejected));
    arm(started.call, deadline);
}

void DbsRestoreStatusSource::resend(const dbs::DbsClient &client, const CloudJob &job,
                                    const dbs::CreateRestoreTaskParameters &parameters, QObject *context,
                                    std::function<void(JobUpdate)> done)
{
    CallDeadline deadline;
    const alibaba::StartedCall started = client.createRestoreTask(
        parameters, context,
        [this, job, done, deadline](TypedReply<QString> reply) {
            deadline.apply(reply.result);
            if (reply.ok()) {
                JobUpdate update;
                update.state = JobState::Running;
                update.providerJobId = *reply.value;
                update.providerStatus = initStatus;
                return done(update);
            }
            if (FailureKind::isTransient(reply.result) || reply.result.outcome == transport::Outcome::Canceled)
                return done(failedPoll(job, u"CreateRestoreTask"_s, reply.result));
            JobUpdate refused;
            refused.state = JobState::Failed;
            refused.errorCode = reply.result.errorCode.isEmpty() ? transport::outcomeName(reply.result.outcome)
                                                                 : reply.result.errorCode;
            refused.errorMessage = reply.result.errorMessage;
            done(refused);
        });
    if (!started.wasSent())
        return done(rejectedInput(started.rejected));
    arm(started.call, deadline);
}

} // namespace rdsbm::operations
