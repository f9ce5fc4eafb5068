#include "app/operations/providerstatussource.h"

#include "app/transport/apicall.h"

#include <QPointer>

namespace rdsbm::operations {

jobs::JobUpdate ProviderStatusSource::failedPoll(const CloudJob &job, const QString &action,
                                                 const transport::ApiResult &result) const
{
    if (m_observer)
        m_observer(job, action, result);
    jobs::JobUpdate update;
    update.state = job.state;
    update.transient = true;
    return update;
}

void ProviderStatusSource::arm(transport::ApiCall *call, const CallDeadline &deadline) const
{
    QPointer<transport::ApiCall> guarded(call);
    deadline.arm(call, m_readTimeout, [guarded] {
        if (guarded)
            guarded->cancel();
    });
}

void ProviderStatusSource::arm(QObject *operation, std::function<void()> cancel, const CallDeadline &deadline) const
{
    deadline.arm(operation, m_readTimeout, std::move(cancel));
}

} // namespace rdsbm::operations
