#pragma once

#include "app/operations/calldeadline.h"
#include "app/operations/operationpreview.h"
#include "app/operations/operationresult.h"
#include "app/domain/cloudjob.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace rdsbm::jobs {
class JobTracker;
}
namespace rdsbm::transport {
class ApiCall;
}

namespace rdsbm::operations {

// Limits on one request, across its attempts (rdsbm --timeout). Without one, the provider
// clients' own per-attempt timeouts and retries apply.
struct CallTimeouts
{
    std::optional<std::chrono::milliseconds> reads;
    std::optional<std::chrono::milliseconds> writes;
};

// A long action done once: prepare() fetches what the checks need and checks the input
// (nothing is written), then submit() records the job in the journal BEFORE sending, sends, and
// hands the accepted job to the JobTracker, which follows it to its end. A confirmation sits
// between the two (terminal prompt, wizard commit page). Free of any terminal or widget I/O.
//
// prepared() and finished() are each emitted once; read result() and preview() then.
class LongOperation : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Preparing, Prepared, Submitting, Finished };

    explicit LongOperation(jobs::JobTracker &tracker, QObject *parent = nullptr);

    void setTimeouts(const CallTimeouts &timeouts) { m_timeouts = timeouts; }
    const CallTimeouts &timeouts() const { return m_timeouts; }

    // The operation's name as the provider calls it ("CreateBackup", "RestoreDdrTable", ...).
    virtual QString action() const = 0;

    // Both start on the next event-loop turn, so callers can connect first.
    void prepare();
    // Only after prepared() with OperationOutcome::Ready.
    void submit();
    // Stops the calls in flight. A submission already sent stays recorded as Submitting, to be
    // reconciled: canceling never makes a sent request undone.
    void cancel();

    Stage stage() const { return m_stage; }
    const OperationResult &result() const { return m_result; }
    const OperationPreview &preview() const { return m_preview; }

Q_SIGNALS:
    void prepared();
    // The job is in the journal (Submitting) and its request is about to leave.
    void jobRecorded(const QString &localId);
    // Something worth telling while the operation runs ("the reply did not come; looking for the
    // job"), one sentence.
    void progressNoted(const QString &message);
    void finished();

protected:
    virtual void doPrepare() = 0;
    virtual void doSubmit() = 0;

    jobs::JobTracker &tracker() { return m_tracker; }
    OperationResult &mutableResult() { return m_result; }
    void setPreview(OperationPreview preview) { m_preview = std::move(preview); }

    // Ends prepare(): Ready when `problems` is empty, else Rejected.
    void endPreparation(const InputProblems &problems);
    // Ends prepare() with a failed read.
    void failPreparation(const QString &action, const transport::ApiResult &failure);
    // Records `draft` as Submitting before anything is sent. False (and submit() ended as
    // NotRecorded) when the journal cannot be written: then nothing may be sent.
    bool recordJob(const CloudJob &draft);
    // Ends submit() with the outcome already in result().
    void endSubmission(OperationOutcome outcome);

    // Keeps a call so cancel() reaches it, and arms its deadline.
    void track(QObject *call, std::function<void()> cancel, const CallDeadline &deadline, bool isWrite);
    void track(transport::ApiCall *call, const CallDeadline &deadline, bool isWrite);

private:
    jobs::JobTracker &m_tracker;
    CallTimeouts m_timeouts;
    Stage m_stage = Stage::Idle;
    OperationResult m_result;
    OperationPreview m_preview;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_calls;
};

} // namespace rdsbm::operations
