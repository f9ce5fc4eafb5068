#pragma once

#include "app/jobs/jobstatussource.h"
#include "app/operations/calldeadline.h"
#include "app/transport/apiresult.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace rdsbm::transport {
class ApiCall;
}

namespace rdsbm::operations {

// Told of every poll or reconciliation call that failed, with the job it was about. The
// tracker keeps such a job as it was and asks again later; whoever follows it (rdsbm jobs wait,
// a jobs view) decides whether to tell the user or give up, e.g. on refused credentials.
using PollFailureObserver =
    std::function<void(const CloudJob &job, const QString &action, const transport::ApiResult &result)>;

// What the status sources of every provider share: the failure observer, a limit on each
// request (rdsbm --timeout) and the clock that dates "how long ago was it submitted".
class ProviderStatusSource : public jobs::JobStatusSource
{
public:
    using Clock = std::function<QDateTime()>;

    void setPollFailureObserver(PollFailureObserver observer) { m_observer = std::move(observer); }
    void setReadTimeout(std::optional<std::chrono::milliseconds> timeout) { m_readTimeout = timeout; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

protected:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    // Tells the observer, and answers "try again later": a failed poll says nothing of the job.
    jobs::JobUpdate failedPoll(const CloudJob &job, const QString &action, const transport::ApiResult &result) const;
    void arm(transport::ApiCall *call, const CallDeadline &deadline) const;
    void arm(QObject *operation, std::function<void()> cancel, const CallDeadline &deadline) const;

private:
    PollFailureObserver m_observer;
    std::optional<std::chrono::milliseconds> m_readTimeout;
    Clock m_clock;
};

} // namespace rdsbm::operations
