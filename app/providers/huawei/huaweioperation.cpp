#include "app/providers/huawei/huaweioperation.h"

namespace rdsbm::huawei {

HuaweiOperation::HuaweiOperation(QObject *parent)
    : QObject(parent)
{
}

void HuaweiOperation::track(transport::ApiCall *call)
{
    m_calls.removeAll(nullptr);
    if (call)
        m_calls.append(call);
}

void HuaweiOperation::onCancel(std::function<void()> hook)
{
    m_cancelHooks.append(std::move(hook));
}

void HuaweiOperation::cancel()
{
    if (m_canceled)
        return;
    m_canceled = true;
    const auto calls = m_calls;
    for (const QPointer<transport::ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    const auto hooks = std::exchange(m_cancelHooks, {});
    for (const auto &hook : hooks)
        hook();
}

} // namespace rdsbm::huawei
