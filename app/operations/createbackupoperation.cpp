#include "app/operations/createbackupoperation.h"

#include "app/jobs/jobtracker.h"
#include "app/operations/failurekind.h"
#include "app/operations/jobparameters.h"
#include "app/operations/runningbackupjob.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using transport::Outcome;
using transport::TypedReply;

CreateBackupOperation::CreateBackupOperation(jobs::JobTracker &tracker, alibaba::RdsClient client,
                                             alibaba::CreateBackupParameters parameters, QString profileName,
                                             QObject *parent)
    : LongOperation(tracker, parent)
    , m_client(std::move(client))
    , m_parameters(std::move(parameters))
    , m_profileName(std::move(profileName))
{
}

void CreateBackupOperation::doPrepare()
{
    // The rules that need nothing but the input come first: nothing is asked of the service
    // for a request that cannot be sent anyway.
    const InputProblems problems = m_parameters.validate();
    if (!problems.isEmpty())
        return endPreparation(problems);
    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.describeDBInstanceAttribute(
        m_parameters.dbInstanceId, this, [this, deadline](TypedReply<alibaba::DbInstanceAttribute> reply) {
            deadline.apply(reply.result);
            onInstance(std::move(reply));
        });
    if (!started.wasSent())
        return endPreparation(started.rejected);
    track(started.call, deadline, false);
}

void CreateBackupOperation::onInstance(TypedReply<alibaba::DbInstanceAttribute> reply)
{
    if (!reply.ok())
        return failPreparation(u"DescribeDBInstanceAttribute"_s, reply.result);
    m_instance = *reply.value;
    // The seed's engine rules (Snapshot, BackupType, db strategy) need the engine.
    m_parameters.engine = m_instance->instance.engine;
    InputProblems problems = m_parameters.validate();
    if (m_instance->instance.status != u"Running"_s) {
        problems.append({u"DBInstanceId"_s, u"IncorrectDBInstanceState"_s,
                         tr("The instance %1 is %2: CreateBackup needs it Running.")
                             .arg(m_parameters.dbInstanceId, m_instance->instance.status)});
    }
    setPreview(makePreview());
    endPreparation(problems);
}

OperationPreview CreateBackupOperation::makePreview() const
{
    OperationPreview preview;
    const DbInstance &instance = m_instance->instance;
    preview.summary = tr("A new backup set of the instance %1 (%2 %3, %4) will be created.")
                          .arg(instance.id, instance.engine, instance.engineVersion, instance.description);
    auto orDefault = [](const QString &value, const QString &fallback) {
        return value.isEmpty() ? fallback : value;
    };
    preview.details.append(tr("BackupMethod: %1").arg(orDefault(m_parameters.backupMethod, tr("Physical (the default)"))));
    if (!m_parameters.backupStrategy.isEmpty())
        preview.details.append(tr("BackupStrategy: %1").arg(m_parameters.backupStrategy));
    if (!m_parameters.dbNames.isEmpty())
        preview.details.append(tr("DBName: %1").arg(m_parameters.dbNames.join(u',')));
    preview.details.append(tr("BackupType: %1").arg(orDefault(m_parameters.backupType, tr("Auto (the default)"))));
    // A backup writes nothing over existing data; the set counts against the 20 per day.
    return preview;
}

void CreateBackupOperation::doSubmit()
{
    CloudJob draft;
    draft.kind = JobKind::CreateBackup;
    draft.provider = Provider::Alibaba;
    draft.profileName = m_profileName;
    draft.regionId = m_client.regionId();
    draft.instanceId = m_parameters.dbInstanceId;
    draft.parameters = toJobParameters(m_parameters.toQuery());
    if (recordJob(draft))
        send();
}

void CreateBackupOperation::send()
{
    ++m_sends;
    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.createBackup(
        m_parameters, this, [this, deadline](TypedReply<alibaba::CreateBackupReply> reply) {
            deadline.apply(reply.result);
            onCreated(std::move(reply));
        });
    if (!started.wasSent()) {
        tracker().submissionFailed(result().localJobId, started.rejected.first().code,
                                   started.rejected.first().message);
        mutableResult().problems = started.rejected;
        return endSubmission(OperationOutcome::Rejected);
    }
    track(started.call, deadline, true);
}

void CreateBackupOperation::onCreated(TypedReply<alibaba::CreateBackupReply> reply)
{
    if (reply.ok()) {
        OperationResult &result = mutableResult();
        result.providerJobId = reply.value->backupJobId;
        result.replies.insert(u"CreateBackup"_s, reply.result.json.object());
        tracker().submitted(result.localJobId, result.providerJobId, reply.result.requestId);
        return endSubmission(OperationOutcome::Submitted);
    }
    const transport::ApiResult &failure = reply.result;
    // After a resend, BackupJobExists says the first request arrived after all.
    const bool firstArrived = m_sends > 1 && failure.outcome == Outcome::ServiceError
        && failure.errorCode == u"BackupJobExists"_s;
    if (firstArrived || FailureKind::mayHaveTakenEffect(failure)) {
        if (failure.outcome == Outcome::Canceled && !firstArrived)
            return leaveForReconciliation(failure, tr("The backup request was canceled after it was sent; it may "
                                                      "still have started a backup job."));
        return lookForRunningJob(failure);
    }
    fail(failure);
}

void CreateBackupOperation::lookForRunningJob(const transport::ApiResult &why)
{
    Q_EMIT progressNoted(tr("No usable reply to CreateBackup (%1): looking for a running backup job of %2 "
                            "before sending anything again.")
                             .arg(why.summary(), m_parameters.dbInstanceId));
    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.describeBackupTasks(
        m_parameters.dbInstanceId, {}, this,
        [this, deadline, why](TypedReply<alibaba::BackupTaskList> reply) {
            deadline.apply(reply.result);
            onRunningJobs(std::move(reply), why);
        });
    if (!started.wasSent())
        return leaveForReconciliation(why, started.rejected.first().message);
    track(started.call, deadline, false);
}

void CreateBackupOperation::onRunningJobs(TypedReply<alibaba::BackupTaskList> reply, const transport::ApiResult &why)
{
    if (!reply.ok()) {
        return leaveForReconciliation(
            why, tr("CreateBackup got no usable reply, and the running backup jobs could not be listed (%1): "
                    "the backup may or may not have started.")
                     .arg(reply.result.summary()));
    }
    if (const auto task = runningManualBackupJob(*reply.value)) {
        OperationResult &result = mutableResult();
        result.providerJobId = task->jobId;
        result.adopted = true;
        result.replies.insert(u"DescribeBackupTasks"_s, reply.result.json.object());
        Q_EMIT progressNoted(tr("Found the running backup job %1 of %2: following it instead of sending again.")
                                 .arg(task->jobId, m_parameters.dbInstanceId));
        tracker().submitted(result.localJobId, result.providerJobId, reply.result.requestId);
        return endSubmission(OperationOutcome::Submitted);
    }
    if (m_sends < maxSends && why.outcome != Outcome::ServiceError) {
        Q_EMIT progressNoted(tr("No backup job runs on %1: the request did not take effect; sending it again.")
                                 .arg(m_parameters.dbInstanceId));
        return send();
    }
    if (why.outcome == Outcome::ServiceError && why.errorCode == u"BackupJobExists"_s) {
        return leaveForReconciliation(why, tr("The service says a backup job exists on %1, but none is listed "
                                              "as running: the backup may have finished already.")
                                               .arg(m_parameters.dbInstanceId));
    }
    leaveForReconciliation(why, tr("CreateBackup got no usable reply %n time(s) and no backup job is running on "
                                   "%1: the backup may have finished or failed already.",
                                   nullptr, m_sends)
                                    .arg(m_parameters.dbInstanceId));
}

void CreateBackupOperation::fail(const transport::ApiResult &failure)
{
    OperationResult &result = mutableResult();
    result.failure = failure;
    result.failedAction = action();
    tracker().submissionFailed(result.localJobId, failure.errorCode.isEmpty() ? transport::outcomeName(failure.outcome)
                                                                              : failure.errorCode,
                               failure.errorMessage, failure.requestId);
    endSubmission(OperationOutcome::Failed);
}

void CreateBackupOperation::leaveForReconciliation(const transport::ApiResult &failure, const QString &message)
{
    OperationResult &result = mutableResult();
    result.failure = failure;
    result.failedAction = action();
    result.message = message;
    endSubmission(failure.outcome == Outcome::Canceled ? OperationOutcome::Canceled : OperationOutcome::Ambiguous);
}

} // namespace rdsbm::operations
