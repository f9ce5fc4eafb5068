#include "app/operations/dbsrestoreoperation.h"

#include "app/jobs/jobtracker.h"
#include "app/operations/dbsjobrequest.h"
#include "app/operations/failurekind.h"
#include "app/providers/alibaba/clienttoken.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using transport::Outcome;
using transport::TypedReply;

DbsRestoreOperation::DbsRestoreOperation(jobs::JobTracker &tracker, dbs::DbsClient client, DbsRestoreRequest request,
                                         QString clientToken, bool start, QString profileName, QObject *parent)
    : LongOperation(tracker, parent)
    , m_client(std::move(client))
    , m_request(std::move(request))
    , m_clientToken(std::move(clientToken))
    , m_startClientToken(alibaba::ClientToken::generate())
    , m_start(start)
    , m_profileName(std::move(profileName))
{
    if (m_clientToken.isEmpty())
        m_clientToken = alibaba::ClientToken::generate();
    mutableResult().clientToken = m_clientToken;
}

InputProblems DbsRestoreOperation::validate() const
{
    dbs::CreateRestoreTaskParameters parameters{m_request, m_clientToken};
    return parameters.validate();
}

void DbsRestoreOperation::doPrepare()
{
    if (const InputProblems problems = validate(); !problems.isEmpty())
        return endPreparation(problems);
    dbs::DbsBackupPlanQuery query;
    query.backupPlanIds = {m_request.backupPlanId};
    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.describeBackupPlanList(
        query, this, [this, deadline](TypedReply<dbs::DbsPage<dbs::DbsBackupPlan>> reply) {
            deadline.apply(reply.result);
            onPlans(std::move(reply));
        });
    if (!started.wasSent())
        return endPreparation(started.rejected);
    track(started.call, deadline, false);
}

void DbsRestoreOperation::onPlans(TypedReply<dbs::DbsPage<dbs::DbsBackupPlan>> reply)
{
    if (!reply.ok())
        return failPreparation(u"DescribeBackupPlanList"_s, reply.result);
    for (const dbs::DbsBackupPlan &plan : reply.value->items)
        if (plan.backupPlanId == m_request.backupPlanId)
            m_plan = plan;
    if (!m_plan) {
        return endPreparation({{u"BackupPlanId"_s, u"Param.NotFound"_s,
                                tr("There is no backup plan %1 in the region %2 (BackupPlanId).")
                                    .arg(m_request.backupPlanId, m_client.regionId())}});
    }
    // The plan's engine decides which destination fields are required.
    m_request.sourceDatabaseType = m_plan->databaseType;
    setPreview(makePreview());
    endPreparation(validate());
}

OperationPreview DbsRestoreOperation::makePreview() const
{
    OperationPreview preview;
    const QString type = m_request.destinationType ? DbsDestinationTypes::apiValue(*m_request.destinationType) : QString();
    QString destination = m_request.destinationInstanceId;
    if (!m_request.destinationIp.isEmpty())
        destination = m_request.destinationIp + (m_request.destinationPort ? u":%1"_s.arg(*m_request.destinationPort) : QString());
    preview.summary = tr("The restore task %1 will restore the backup plan %2 (%3) to the %4 destination %5 in %6.")
                          .arg(m_request.restoreTaskName, m_request.backupPlanId, m_plan->databaseType, type,
                               destination, m_request.destinationRegion);
    if (!m_request.backupSetId.isEmpty())
        preview.details.append(tr("BackupSetId: %1").arg(m_request.backupSetId));
    else
        preview.details.append(tr("RestoreTime: %1").arg(m_request.restoreTime.toUTC().toString(Qt::ISODate)));
    preview.details.append(tr("ClientToken: %1").arg(m_clientToken));
    preview.details.append(m_start ? tr("The task starts once created (StartRestoreTask).")
                                   : tr("The task is created but not started."));
    const bool rename = m_request.duplicateConflict == DbsDuplicateConflict::RenameNew;
    for (const RestoreObject &object : m_request.restoreObjects.objects()) {
        preview.details.append(tr("Database %1, restored as %2").arg(object.dbName, object.effectiveNewDbName()));
        preview.overwrites.append(rename ? tr("The database %1 at the destination; objects that exist already are "
                                              "restored under new names (renamenew).")
                                               .arg(object.effectiveNewDbName())
                                         : tr("The database %1 at the destination; the task fails if objects of the "
                                              "same name exist (failure).")
                                               .arg(object.effectiveNewDbName()));
    }
    return preview;
}

void DbsRestoreOperation::doSubmit()
{
    CloudJob draft;
    draft.kind = JobKind::DbsRestore;
    draft.provider = Provider::Alibaba;
    draft.profileName = m_profileName;
    draft.regionId = m_client.regionId();
    draft.instanceId = m_request.destinationInstanceId;
    draft.clientToken = m_clientToken;
    // Never the password: journalParameters() leaves it out.
    draft.parameters = m_request.journalParameters();
    draft.parameters.insert(u"ClientToken"_s, m_clientToken);
    draft.parameters.insert(startRequestedKey.toString(), m_start);
    draft.parameters.insert(startClientTokenKey.toString(), m_startClientToken);
    draft.parameters.insert(DbsJobRequest::fingerprintKey.toString(),
                            DbsJobRequest::fingerprint(dbs::CreateRestoreTaskParameters{m_request, m_clientToken}.toQuery()));
    if (!recordJob(draft))
        return;

    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.createRestoreTask(
        dbs::CreateRestoreTaskParameters{m_request, m_clientToken}, this, [this, deadline](TypedReply<QString> reply) {
            deadline.apply(reply.result);
            onCreated(std::move(reply));
        });
    if (!started.wasSent()) {
        tracker().submissionFailed(result().localJobId, started.rejected.first().code, started.rejected.first().message);
        mutableResult().problems = started.rejected;
        return endSubmission(OperationOutcome::Rejected);
    }
    track(started.call, deadline, true);
}

void DbsRestoreOperation::onCreated(TypedReply<QString> reply)
{
    OperationResult &result = mutableResult();
    if (!reply.ok()) {
        result.failure = reply.result;
        result.failedAction = action();
        if (FailureKind::mayHaveTakenEffect(reply.result)) {
            result.message = tr("CreateRestoreTask got no usable reply; running the same command again with "
                                "--client-token %1 is safe: the service creates the task at most once.")
                                 .arg(m_clientToken);
            return endSubmission(reply.result.outcome == Outcome::Canceled ? OperationOutcome::Canceled
                                                                            : OperationOutcome::Ambiguous);
        }
        tracker().submissionFailed(result.localJobId, reply.result.errorCode.isEmpty()
                                                          ? transport::outcomeName(reply.result.outcome)
                                                          : reply.result.errorCode,
                                   reply.result.errorMessage, reply.result.requestId);
        return endSubmission(OperationOutcome::Failed);
    }
    result.providerJobId = *reply.value;
    result.replies.insert(action(), reply.result.json.object());
    if (!m_start) {
        tracker().submitted(result.localJobId, result.providerJobId, reply.result.requestId);
        return endSubmission(OperationOutcome::Submitted);
    }
    startTask(*reply.value);
}

void DbsRestoreOperation::startTask(const QString &restoreTaskId)
{
    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.startRestoreTask(
        restoreTaskId, m_startClientToken, this, [this, restoreTaskId, deadline](TypedReply<QString> reply) {
            deadline.apply(reply.result);
            onStarted(restoreTaskId, std::move(reply));
        });
    if (!started.wasSent()) {
        mutableResult().problems = started.rejected;
        tracker().submitted(result().localJobId, restoreTaskId);
        return endSubmission(OperationOutcome::Rejected);
    }
    track(started.call, deadline, true);
}

void DbsRestoreOperation::onStarted(const QString &restoreTaskId, TypedReply<QString> reply)
{
    OperationResult &result = mutableResult();
    // The task exists either way: the tracker follows it (and its status source sends the start
    // again, with the same token, while the task waits in init).
    tracker().submitted(result.localJobId, restoreTaskId, reply.result.requestId);
    if (reply.ok()) {
        result.replies.insert(u"StartRestoreTask"_s, reply.result.json.object());
        return endSubmission(OperationOutcome::Submitted);
    }
    result.failure = reply.result;
    result.failedAction = u"StartRestoreTask"_s;
    result.message = tr("The restore task %1 was created but StartRestoreTask failed.").arg(restoreTaskId);
    endSubmission(FailureKind::mayHaveTakenEffect(reply.result) ? OperationOutcome::Ambiguous : OperationOutcome::Failed);
}

} // namespace rdsbm::operations
