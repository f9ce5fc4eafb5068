#include "app/operations/longoperation.h"

#include "app/jobs/jobtracker.h"
#include "app/transport/apicall.h"

namespace rdsbm::operations {

LongOperation::LongOperation(jobs::JobTracker &tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
{
}

void LongOperation::prepare()
{
    if (m_stage != Stage::Idle)
        return;
    m_stage = Stage::Preparing;
    m_result.outcome = OperationOutcome::Pending;
    // On the next event-loop turn: prepared() never comes before the caller has connected.
    QMetaObject::invokeMethod(this, &LongOperation::doPrepare, Qt::QueuedConnection);
}

void LongOperation::submit()
{
    if (m_stage != Stage::Prepared || m_result.outcome != OperationOutcome::Ready)
        return;
    m_stage = Stage::Submitting;
    m_result.outcome = OperationOutcome::Pending;
    QMetaObject::invokeMethod(this, &LongOperation::doSubmit, Qt::QueuedConnection);
}

void LongOperation::cancel()
{
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto &[call, cancelCall] : calls)
        if (call)
            cancelCall();
}

void LongOperation::endPreparation(const InputProblems &problems)
{
    if (m_stage != Stage::Preparing)
        return;
    m_result.problems = problems;
    m_result.outcome = problems.isEmpty() ? OperationOutcome::Ready : OperationOutcome::Rejected;
    m_stage = problems.isEmpty() ? Stage::Prepared : Stage::Finished;
    Q_EMIT prepared();
}

void LongOperation::failPreparation(const QString &action, const transport::ApiResult &failure)
{
    if (m_stage != Stage::Preparing)
        return;
    m_result.failure = failure;
    m_result.failedAction = action;
    m_result.outcome = failure.outcome == transport::Outcome::Canceled ? OperationOutcome::Canceled
                                                                       : OperationOutcome::Failed;
    m_stage = Stage::Finished;
    Q_EMIT prepared();
}

bool LongOperation::recordJob(const CloudJob &draft)
{
    QString error;
    const QString localId = m_tracker.begin(draft, error);
    if (localId.isEmpty()) {
        m_result.message = error;
        endSubmission(OperationOutcome::NotRecorded);
        return false;
    }
    m_result.localJobId = localId;
    Q_EMIT jobRecorded(localId);
    return true;
}

void LongOperation::endSubmission(OperationOutcome outcome)
{
    if (m_stage != Stage::Submitting)
        return;
    m_result.outcome = outcome;
    m_stage = Stage::Finished;
    m_calls.clear();
    Q_EMIT finished();
}

void LongOperation::track(QObject *call, std::function<void()> cancel, const CallDeadline &deadline, bool isWrite)
{
    if (!call)
        return;
    m_calls.removeIf([](const auto &entry) { return entry.first.isNull(); });
    m_calls.append({QPointer<QObject>(call), cancel});
    deadline.arm(call, isWrite ? m_timeouts.writes : m_timeouts.reads, cancel);
}

} // namespace rdsbm::operations

namespace rdsbm::operations {

void LongOperation::track(transport::ApiCall *call, const CallDeadline &deadline, bool isWrite)
{
    QPointer<transport::ApiCall> guarded(call);
    track(call, [guarded] {
        if (guarded)
            guarded->cancel();
    }, deadline, isWrite);
}

} // namespace rdsbm::operations
