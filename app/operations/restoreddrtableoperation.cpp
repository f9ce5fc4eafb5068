#include "app/operations/restoreddrtableoperation.h"

#include "app/jobs/jobtracker.h"
#include "app/operations/failurekind.h"
#include "app/operations/jobparameters.h"
#include "app/providers/alibaba/alibabatime.h"
#include "app/providers/alibaba/clienttoken.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using transport::Outcome;
using transport::TypedReply;

RestoreDdrTableOperation::RestoreDdrTableOperation(jobs::JobTracker &tracker, alibaba::RdsClient client,
                                                   alibaba::RestoreDdrTableParameters parameters,
                                                   QString profileName, QObject *parent)
    : LongOperation(tracker, parent)
    , m_client(std::move(client))
    , m_parameters(std::move(parameters))
    , m_profileName(std::move(profileName))
{
    if (m_parameters.clientToken.isEmpty())
        m_parameters.clientToken = alibaba::ClientToken::generate();
    mutableResult().clientToken = m_parameters.clientToken;
}

void RestoreDdrTableOperation::doPrepare()
{
    const InputProblems problems = m_parameters.validate(m_client.now());
    if (!problems.isEmpty())
        return endPreparation(problems);
    const alibaba::RdsClient target = m_parameters.regionId.isEmpty() ? m_client : m_client.inRegion(m_parameters.regionId);
    CallDeadline deadline;
    const alibaba::StartedCall started = target.describeDBInstanceAttribute(
        m_parameters.dbInstanceId, this, [this, deadline](TypedReply<alibaba::DbInstanceAttribute> reply) {
            deadline.apply(reply.result);
            onTarget(std::move(reply));
        });
    if (!started.wasSent())
        return endPreparation(started.rejected);
    track(started.call, deadline, false);
}

void RestoreDdrTableOperation::onTarget(TypedReply<alibaba::DbInstanceAttribute> reply)
{
    if (!reply.ok())
        return failPreparation(u"DescribeDBInstanceAttribute"_s, reply.result);
    m_target = *reply.value;
    const alibaba::RdsClient target = m_parameters.regionId.isEmpty() ? m_client : m_client.inRegion(m_parameters.regionId);
    CallDeadline deadline;
    const alibaba::StartedListing listing = target.describeAllDatabases(
        m_parameters.dbInstanceId, this, [this, deadline](TypedReply<alibaba::DatabaseList> databases) {
            deadline.apply(databases.result);
            onTargetDatabases(std::move(databases));
        });
    if (!listing.wasSent())
        return endPreparation(listing.rejected);
    if (listing.listing) {
        QPointer<alibaba::PageSequence> sequence = listing.listing;
        track(listing.listing, [sequence] {
            if (sequence)
                sequence->cancel();
        }, deadline, false);
    }
}

void RestoreDdrTableOperation::onTargetDatabases(TypedReply<alibaba::DatabaseList> reply)
{
    if (!reply.ok())
        return failPreparation(u"DescribeDatabases"_s, reply.result);
    QStringList names;
    for (const alibaba::DatabaseInfo &database : reply.value->databases)
        names.append(database.name);
    m_parameters.targetDatabases = names;
    InputProblems problems = m_parameters.validate(m_client.now());
    if (m_target->instance.status != u"Running"_s) {
        problems.append({u"DBInstanceId"_s, u"IncorrectDBInstanceState"_s,
                         tr("The instance %1 is %2: RestoreDdrTable needs it Running.")
                             .arg(m_parameters.dbInstanceId, m_target->instance.status)});
    }
    setPreview(makePreview());
    endPreparation(problems);
}

OperationPreview RestoreDdrTableOperation::makePreview() const
{
    OperationPreview preview;
    const DbInstance &target = m_target->instance;
    if (m_parameters.restoreType == alibaba::RestoreDdrType::BackupSet) {
        preview.summary = tr("Databases and tables of the cross-region backup set %1 will be restored into the "
                             "instance %2 (%3).")
                              .arg(m_parameters.backupId, target.id, target.description);
    } else {
        preview.summary = tr("Databases and tables of the instance %1 (%2) as they were at %3 will be restored into "
                             "the instance %4 (%5).")
                              .arg(m_parameters.sourceDBInstanceName, m_parameters.sourceRegion,
                                   alibaba::AlibabaTime::toSeconds(m_parameters.restoreTime), target.id,
                                   target.description);
    }
    preview.details.append(tr("ClientToken: %1").arg(m_parameters.clientToken));
    const QStringList existing = m_parameters.targetDatabases.value_or(QStringList());
    for (const TableMeta::Database &database : m_parameters.tableMeta.databases()) {
        const QString newName = database.newName.isEmpty() ? database.name : database.newName;
        if (database.tables.isEmpty()) {
            preview.details.append(tr("Database %1, restored whole as %2").arg(database.name, newName));
            continue;
        }
        for (const TableMeta::Table &table : database.tables) {
            const QString newTable = table.newName.isEmpty() ? table.name : table.newName;
            preview.details.append(tr("Table %1.%2, restored as %3.%4").arg(database.name, table.name, newName, newTable));
            if (existing.contains(newName))
                preview.overwrites.append(tr("The table %1 is written into the existing database %2 of %3.")
                                              .arg(newTable, newName, target.id));
        }
    }
    return preview;
}

void RestoreDdrTableOperation::doSubmit()
{
    CloudJob draft;
    draft.kind = JobKind::RestoreDdrTable;
    draft.provider = Provider::Alibaba;
    draft.profileName = m_profileName;
    draft.regionId = m_parameters.regionId.isEmpty() ? m_client.regionId() : m_parameters.regionId;
    draft.instanceId = m_parameters.dbInstanceId;
    draft.clientToken = m_parameters.clientToken;
    // Everything needed to send the very same request again after a restart.
    draft.parameters = toJobParameters(m_parameters.toQuery(m_client.regionId()));
    if (!recordJob(draft))
        return;
    const QString localId = result().localJobId;

    CallDeadline deadline;
    const alibaba::StartedCall started = m_client.restoreDdrTable(
        m_parameters, this, [this, deadline](TypedReply<alibaba::RestoreDdrTableReply> reply) {
            deadline.apply(reply.result);
            onRestored(std::move(reply));
        });
    if (!started.wasSent()) {
        tracker().submissionFailed(localId, started.rejected.first().code, started.rejected.first().message);
        mutableResult().problems = started.rejected;
        return endSubmission(OperationOutcome::Rejected);
    }
    track(started.call, deadline, true);
}

void RestoreDdrTableOperation::onRestored(TypedReply<alibaba::RestoreDdrTableReply> reply)
{
    OperationResult &result = mutableResult();
    if (reply.ok()) {
        // The reply names no job: its RequestId is what the provider knows the restore by.
        result.providerJobId = reply.value->requestId;
        result.replies.insert(action(), reply.result.json.object());
        tracker().submitted(result.localJobId, result.providerJobId, reply.result.requestId);
        return endSubmission(OperationOutcome::Submitted);
    }
    result.failure = reply.result;
    result.failedAction = action();
    if (FailureKind::mayHaveTakenEffect(reply.result)) {
        result.message = tr("RestoreDdrTable got no usable reply; sending it again with the same ClientToken %1 is "
                            "safe: the service runs it at most once.")
                             .arg(m_parameters.clientToken);
        return endSubmission(reply.result.outcome == Outcome::Canceled ? OperationOutcome::Canceled
                                                                        : OperationOutcome::Ambiguous);
    }
    tracker().submissionFailed(result.localJobId, reply.result.errorCode.isEmpty()
                                                      ? transport::outcomeName(reply.result.outcome)
                                                      : reply.result.errorCode,
                               reply.result.errorMessage, reply.result.requestId);
    endSubmission(OperationOutcome::Failed);
}

} // namespace rdsbm::operations
