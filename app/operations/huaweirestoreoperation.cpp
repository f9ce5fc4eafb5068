#include "app/operations/huaweirestoreoperation.h"

#include "app/jobs/jobtracker.h"
#include "app/operations/failurekind.h"
#include "app/providers/huawei/huaweirdsclient.h"


using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using transport::Outcome;
using transport::TypedReply;

namespace {

const QString activeStatus = u"ACTIVE"_s;
const QString restoringStatus = u"RESTORING"_s;

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

HuaweiRestoreOperation::HuaweiRestoreOperation(jobs::JobTracker &tracker, huawei::HuaweiRdsClient &client,
                                               HuaweiRestoreChoice choice, QString profileName, QObject *parent)
    : LongOperation(tracker, parent)
    , m_client(client)
    , m_choice(std::move(choice))
    , m_profileName(std::move(profileName))
{
    m_request.sourceType = m_choice.sourceType;
    m_request.backupId = m_choice.backupId;
    m_request.restoreTime = m_choice.restoreTime;
    m_request.sourceInstance.id = m_choice.sourceInstanceId;
    m_request.targetInstance.id = m_choice.targetInstanceId;
}

void HuaweiRestoreOperation::trackOperation(huawei::HuaweiOperation *operation, const CallDeadline &deadline,
                                            bool isWrite)
{
    QPointer<huawei::HuaweiOperation> guarded(operation);
    track(operation, [guarded] {
        if (guarded)
            guarded->cancel();
    }, deadline, isWrite);
}

void HuaweiRestoreOperation::doPrepare()
{
    // What needs no cloud first: the ids and the backup/time choice.
    // (The instances' own rules are skipped by checking as if restoring to the current instance.)
    HuaweiRestoreRequest bare = m_request;
    bare.restoreWindows = QList<RestoreWindow>{RestoreWindow{bare.restoreTime, bare.restoreTime}};
    if (!bare.sourceInstance.id.trimmed().isEmpty() && !bare.targetInstance.id.trimmed().isEmpty())
        bare.targetInstance.id = bare.sourceInstance.id;
    const InputProblems problems = bare.validate();
    if (!problems.isEmpty())
        return endPreparation(problems);

    CallDeadline deadline;
    const huawei::HuaweiStarted started = m_client.listInstances(
        huawei::HuaweiInstanceFilter{}, this, [this, deadline](TypedReply<QList<DbInstance>> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return failPreparation(u"ListInstances"_s, reply.result);
            onInstances(*reply.value);
        });
    if (!started.wasSent())
        return endPreparation(started.rejected);
    trackOperation(started.operation, deadline, false);
}

void HuaweiRestoreOperation::onInstances(const QList<DbInstance> &instances)
{
    auto find = [&instances](const QString &id) -> std::optional<DbInstance> {
        for (const DbInstance &instance : instances)
            if (instance.id == id)
                return instance;
        return std::nullopt;
    };
    const auto source = find(m_choice.sourceInstanceId);
    const auto target = find(m_choice.targetInstanceId);
    const QString region = m_client.account().regionId;
    if (!source)
        m_lookupProblems.append({u"source.instance_id"_s, u"DBS.200013"_s,
                                 tr("There is no instance %1 in the region %2 (source.instance_id).")
                                     .arg(m_choice.sourceInstanceId, region)});
    if (!target)
        m_lookupProblems.append({u"target.instance_id"_s, u"DBS.200002"_s,
                                 tr("There is no instance %1 in the region %2 (target.instance_id).")
                                     .arg(m_choice.targetInstanceId, region)});
    if (!source || !target)
        return endPreparation(m_lookupProblems);
    m_request.sourceInstance = *source;
    m_request.targetInstance = *target;
    if (target->status != activeStatus)
        m_lookupProblems.append({u"target.instance_id"_s, u"DBS.200086"_s,
                                 tr("The instance %1 is %2: it can only be restored into while it is ACTIVE.")
                                     .arg(target->id, target->status)});

    CallDeadline deadline;
    huawei::HuaweiStarted started;
    if (m_choice.sourceType == HuaweiRestoreSource::Backup) {
        huawei::HuaweiBackupFilter filter;
        filter.instanceId = source->id;
        filter.backupId = m_choice.backupId;
        started = m_client.listBackups(filter, this, [this, deadline](TypedReply<QList<BackupSet>> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return failPreparation(u"ListBackups"_s, reply.result);
            onBackups(*reply.value);
        });
    } else {
        started = m_client.listRestoreTimes(source->id, m_choice.restoreTime.toUTC().date(), this,
                                            [this, deadline](TypedReply<QList<RestoreWindow>> reply) {
                                                deadline.apply(reply.result);
                                                if (!reply.ok())
                                                    return failPreparation(u"ListRestoreTimes"_s, reply.result);
                                                onWindows(*reply.value);
                                            });
    }
    if (!started.wasSent())
        return endPreparation(m_lookupProblems + started.rejected);
    trackOperation(started.operation, deadline, false);
}

void HuaweiRestoreOperation::onBackups(const QList<BackupSet> &backups)
{
    for (const BackupSet &backup : backups) {
        if (backup.id == m_choice.backupId) {
            m_request.backup = backup;
            return check();
        }
    }
    m_lookupProblems.append({u"source.backup_id"_s, u"DBS.200001"_s,
                             tr("The instance %1 has no backup %2 (source.backup_id).")
                                 .arg(m_choice.sourceInstanceId, m_choice.backupId)});
    check();
}

void HuaweiRestoreOperation::onWindows(const QList<RestoreWindow> &windows)
{
    m_request.restoreWindows = windows;
    check();
}

void HuaweiRestoreOperation::check()
{
    InputProblems problems = m_lookupProblems;
    for (const InputProblem &problem : m_request.validate())
        if (!(m_request.sourceType == HuaweiRestoreSource::Backup && !m_request.backup
              && problem.field == u"source.backup_id"_s))
            problems.append(problem);
    setPreview(makePreview());
    endPreparation(problems);
}

OperationPreview HuaweiRestoreOperation::makePreview() const
{
    OperationPreview preview;
    const DbInstance &source = m_request.sourceInstance;
    const DbInstance &target = m_request.targetInstance;
    const QString what = m_request.sourceType == HuaweiRestoreSource::Backup
        ? tr("the backup %1 of %2").arg(m_request.backupId, source.id)
        : tr("the data of %1 as it was at %2").arg(source.id, utcText(m_request.restoreTime));
    preview.summary = m_request.restoresToCurrentInstance()
        ? tr("The instance %1 (%2) will be restored to %3.").arg(target.id, target.description, what)
        : tr("The instance %1 (%2) will be overwritten with %3.").arg(target.id, target.description, what);
    preview.details.append(tr("Source: %1 (%2, %3 %4)").arg(source.id, source.description, source.engine, source.engineVersion));
    preview.details.append(tr("Target: %1 (%2, %3 %4, %5 GB)")
                               .arg(target.id, target.description, target.engine, target.engineVersion)
                               .arg(target.storageGb));
    preview.overwrites.append(tr("Every database on the instance %1 is replaced; what it holds now is lost.").arg(target.id));
    return preview;
}

void HuaweiRestoreOperation::doSubmit()
{
    CloudJob draft;
    draft.kind = JobKind::HuaweiRestore;
    draft.provider = Provider::Huawei;
    draft.profileName = m_profileName;
    draft.regionId = m_client.account().regionId;
    draft.instanceId = m_request.targetInstance.id;
    draft.parameters = m_request.journalParameters();
    if (!recordJob(draft))
        return;
    const QString localId = result().localJobId;

    CallDeadline deadline;
    const huawei::HuaweiStarted started = m_client.restoreToExistingInstance(
        m_request, this, [this, deadline](TypedReply<QString> reply) {
            deadline.apply(reply.result);
            onRestored(std::move(reply));
        });
    if (!started.wasSent()) {
        tracker().submissionFailed(localId, started.rejected.first().code, started.rejected.first().message);
        mutableResult().problems = started.rejected;
        return endSubmission(OperationOutcome::Rejected);
    }
    trackOperation(started.operation, deadline, true);
}

void HuaweiRestoreOperation::onRestored(TypedReply<QString> reply)
{
    OperationResult &result = mutableResult();
    if (reply.ok()) {
        result.providerJobId = *reply.value;
        result.replies.insert(action(), reply.result.json.object());
        tracker().submitted(result.localJobId, result.providerJobId, reply.result.requestId);
        return endSubmission(OperationOutcome::Submitted);
    }
    if (FailureKind::mayHaveTakenEffect(reply.result) && reply.result.outcome != Outcome::Canceled)
        return lookAtTarget(reply.result);
    result.failure = reply.result;
    result.failedAction = action();
    if (reply.result.outcome == Outcome::Canceled) {
        result.message = tr("The restore request was canceled after it was sent; it may still have started.");
        return endSubmission(OperationOutcome::Canceled);
    }
    tracker().submissionFailed(result.localJobId, reply.result.errorCode.isEmpty()
                                                      ? transport::outcomeName(reply.result.outcome)
                                                      : reply.result.errorCode,
                               reply.result.errorMessage, reply.result.requestId);
    endSubmission(OperationOutcome::Failed);
}

void HuaweiRestoreOperation::lookAtTarget(const transport::ApiResult &why)
{
    Q_EMIT progressNoted(tr("No usable reply to the restore request (%1): looking at the status of %2.")
                             .arg(why.summary(), m_request.targetInstance.id));
    huawei::HuaweiInstanceFilter filter;
    filter.id = m_request.targetInstance.id;
    CallDeadline deadline;
    const huawei::HuaweiStarted started = m_client.listInstances(
        filter, this, [this, deadline, why](TypedReply<QList<DbInstance>> reply) {
            deadline.apply(reply.result);
            OperationResult &result = mutableResult();
            result.failure = why;
            result.failedAction = action();
            if (reply.ok()) {
                for (const DbInstance &instance : *reply.value) {
                    if (instance.id == m_request.targetInstance.id && instance.status == restoringStatus) {
                        // It started; the job id is unknown, so the tracker follows the instance.
                        result.adopted = true;
                        Q_EMIT progressNoted(tr("The instance %1 is RESTORING: the request arrived.")
                                                 .arg(m_request.targetInstance.id));
                        tracker().submitted(result.localJobId, QString());
                        return endSubmission(OperationOutcome::Submitted);
                    }
                }
            }
            result.message = tr("The restore request got no usable reply and the instance %1 is not RESTORING: it "
                                "may not have arrived, or may start later. It is not sent again; check the instance "
                                "before restoring again.")
                                 .arg(m_request.targetInstance.id);
            endSubmission(OperationOutcome::Ambiguous);
        });
    if (!started.wasSent()) {
        OperationResult &result = mutableResult();
        result.failure = why;
        result.failedAction = action();
        return endSubmission(OperationOutcome::Ambiguous);
    }
    trackOperation(started.operation, deadline, false);
}

} // namespace rdsbm::operations
