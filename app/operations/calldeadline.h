#pragma once

#include "app/transport/apiresult.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace rdsbm::operations {

// The user's limit on one request (rdsbm --timeout), across all of its attempts. The provider
// clients choose their own per-attempt timeouts; this cancels the whole call when the limit
// passes and remembers that the cancel was the deadline's, so the caller reports a timeout
// rather than a cancel.
class CallDeadline
{
public:
    CallDeadline() : m_expired(std::make_shared<bool>(false)) {}

    // Starts counting for `call` (an ApiCall or a provider operation); `cancel` stops it. Nothing
    // happens without a limit, or when the call is gone before the limit passes.
    void arm(QObject *call, std::optional<std::chrono::milliseconds> limit, std::function<void()> cancel) const;

    bool expired() const { return *m_expired; }
    // Turns the Canceled outcome the deadline caused into TimedOut.
    void apply(transport::ApiResult &result) const;

private:
    std::shared_ptr<bool> m_expired;
    std::shared_ptr<std::chrono::milliseconds> m_limit = std::make_shared<std::chrono::milliseconds>(0);
};

} // namespace rdsbm::operations
