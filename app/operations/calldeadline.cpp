#include "app/operations/calldeadline.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace rdsbm::operations {

void CallDeadline::arm(QObject *call, std::optional<std::chrono::milliseconds> limit,
                       std::function<void()> cancel) const
{
    if (!call || !limit)
        return;
    *m_limit = *limit;
    QTimer::singleShot(*limit, call, [expired = m_expired, cancel = std::move(cancel)] {
        *expired = true;
        cancel();
    });
}

void CallDeadline::apply(transport::ApiResult &result) const
{
    if (!*m_expired || result.outcome != transport::Outcome::Canceled)
        return;
    result.outcome = transport::Outcome::TimedOut;
    // A named local: lupdate 6.4 loops forever on a division inside translate()'s arguments.
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(*m_limit).count());
    result.errorMessage = QCoreApplication::translate("rdsbm::operations::CallDeadline",
                                                      "No reply within the time limit of %n second(s).",
                                                      nullptr, seconds);
}

} // namespace rdsbm::operations
