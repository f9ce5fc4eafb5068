#pragma once

#include "app/transport/apiresult.h"

#include <chrono>
#include <optional>

namespace rdsbm::transport {

// Capped exponential backoff with "equal jitter": half the step is fixed, half random, so
// clients that failed together do not retry together, yet never retry immediately.
struct BackoffPolicy
{
    std::chrono::milliseconds initialDelay{300};
    std::chrono::milliseconds maxDelay{20000};

    // The wait before the next attempt after `failedAttempts` (1, 2, ...) failures. A server hint
    // (retry-after) wins over the computed step when longer, still capped at maxDelay.
    // `randomUnit` in [0, 1) makes the jitter testable.
    std::chrono::milliseconds delayBeforeRetry(int failedAttempts,
                                               std::optional<std::chrono::milliseconds> serverHint,
                                               double randomUnit) const;
};

// Alibaba sends x-acs-retry-after in milliseconds (as its SDKs read it); standard HTTP sends
// Retry-After in seconds.
std::optional<std::chrono::milliseconds> retryAfterHint(const ApiResult &result);

} // namespace rdsbm::transport
