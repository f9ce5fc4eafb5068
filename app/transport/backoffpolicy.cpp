#include "app/transport/backoffpolicy.h"

#include <algorithm>

namespace rdsbm::transport {

std::chrono::milliseconds BackoffPolicy::delayBeforeRetry(
    int failedAttempts, std::optional<std::chrono::milliseconds> serverHint, double randomUnit) const
{
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 step = std::min<qint64>(maxDelay.count(), initialDelay.count() << doublings);
    const double unit = std::clamp(randomUnit, 0.0, 1.0);
    qint64 delay = step / 2 + qint64(double(step - step / 2) * unit);
    if (serverHint)
        delay = std::max<qint64>(delay, serverHint->count());
    return std::chrono::milliseconds(std::min<qint64>(delay, maxDelay.count()));
}

std::optional<std::chrono::milliseconds> retryAfterHint(const ApiResult &result)
{
    bool ok = false;
    const qint64 acsMs = result.responseHeader("x-acs-retry-after").trimmed().toLongLong(&ok);
    if (ok && acsMs >= 0)
        return std::chrono::milliseconds(acsMs);
    const qint64 seconds = result.responseHeader("Retry-After").trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::milliseconds(seconds * 1000);
    return std::nullopt;
}

} // namespace rdsbm::transport
