#include "app/operations/huaweijobstatussource.h"

#include "app/providers/huawei/huaweirdsclient.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using jobs::JobUpdate;
using transport::TypedReply;

namespace {

const QString restoringStatus = u"RESTORING"_s;
const QString activeStatus = u"ACTIVE"_s;

JobUpdate rejectedInput(const InputProblems &problems)
{
    JobUpdate update;
    update.state = JobState::Unknown;
    update.errorCode = problems.first().code;
    update.errorMessage = problems.first().message;
    return update;
}

} // namespace

HuaweiJobStatusSource::HuaweiJobStatusSource(HuaweiClientLookup clients)
    : m_clients(std::move(clients))
{
}

bool HuaweiJobStatusSource::handles(const CloudJob &job) const
{
    return job.kind == JobKind::HuaweiRestore && job.provider == Provider::Huawei && m_clients(job) != nullptr;
}

bool HuaweiJobStatusSource::isJobNotFound(const transport::ApiResult &result)
{
    return (result.outcome == transport::Outcome::ServiceError && result.errorCode == u"DBS.200044"_s)
        || result.httpStatus == 404;
}

void HuaweiJobStatusSource::poll(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    if (job.providerJobId.isEmpty())
        return pollTarget(job, context, false, std::move(done));
    huawei::HuaweiRdsClient *client = m_clients(job);
    CallDeadline deadline;
    const huawei::HuaweiStarted started = client->getJob(
        job.providerJobId, context, [this, job, done, deadline, context](TypedReply<huawei::HuaweiJobInfo> reply) {
            deadline.apply(reply.result);
            if (reply.ok()) {
                CloudJob after = job;
                reply.value->applyTo(after);
                JobUpdate update;
                update.state = after.state == JobState::Unknown ? JobState::Running : after.state;
                update.transient = after.state == JobState::Unknown;
                update.progressPercent = after.progressPercent;
                update.providerStatus = after.providerStatus;
                update.errorCode = after.errorCode;
                update.errorMessage = after.errorMessage;
                return done(update);
            }
            if (isJobNotFound(reply.result)) {
                const bool young = !job.createdAt.isValid()
                    || job.createdAt.addSecs(jobNotFoundGrace.count()) > now();
                if (young) {
                    JobUpdate pending;
                    pending.state = JobState::Running;
                    pending.transient = true;
                    return done(pending);
                }
                // Not every job type is queryable: the instance tells instead.
                return pollTarget(job, context, false, done);
            }
            done(failedPoll(job, u"ShowJob"_s, reply.result));
        });
    if (!started.wasSent())
        return done(rejectedInput(started.rejected));
    QPointer<huawei::HuaweiOperation> operation = started.operation;
    arm(started.operation, [operation] {
        if (operation)
            operation->cancel();
    }, deadline);
}

void HuaweiJobStatusSource::reconcile(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    pollTarget(job, context, true, std::move(done));
}

void HuaweiJobStatusSource::pollTarget(const CloudJob &job, QObject *context, bool reconciling,
                                       std::function<void(JobUpdate)> done)
{
    huawei::HuaweiRdsClient *client = m_clients(job);
    huawei::HuaweiInstanceFilter filter;
    filter.id = job.instanceId;
    CallDeadline deadline;
    const huawei::HuaweiStarted started = client->listInstances(
        filter, context, [this, job, done, deadline, reconciling](TypedReply<QList<DbInstance>> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"ListInstances"_s, reply.result));
            std::optional<DbInstance> target;
            for (const DbInstance &instance : *reply.value)
                if (instance.id == job.instanceId)
                    target = instance;
            JobUpdate update;
            if (!target) {
                update.state = JobState::Failed;
                update.errorCode = u"DBS.200002"_s;
                update.errorMessage = tr("The instance %1 no longer exists.").arg(job.instanceId);
                return done(update);
            }
            update.providerStatus = target->status;
            if (target->status == restoringStatus) {
                update.state = JobState::Running;
            } else if (reconciling) {
                update.state = JobState::Unknown;
                update.errorCode = u"RDSBM.SubmissionUnknown"_s;
                update.errorMessage = tr("The instance %1 is %2, not RESTORING: the restore request may never have "
                                         "arrived, or has finished already. It is not sent again; check the "
                                         "instance's data before restoring again.")
                                          .arg(job.instanceId, target->status);
            } else if (target->status == activeStatus && job.providerStatus == restoringStatus) {
                update.state = JobState::Succeeded;
                update.progressPercent = 100;
            } else if (target->status == activeStatus) {
                update.state = JobState::Unknown;
                update.errorCode = u"RDSBM.RestoreNotSeen"_s;
                update.errorMessage = tr("The job cannot be queried and the instance %1 is ACTIVE without having "
                                         "been seen RESTORING: whether the restore ran is unknown.")
                                          .arg(job.instanceId);
            } else {
                update.state = JobState::Running;
            }
            done(update);
        });
    if (!started.wasSent())
        return done(rejectedInput(started.rejected));
    QPointer<huawei::HuaweiOperation> operation = started.operation;
    arm(started.operation, [operation] {
        if (operation)
            operation->cancel();
    }, deadline);
}

} // namespace rdsbm::operations
