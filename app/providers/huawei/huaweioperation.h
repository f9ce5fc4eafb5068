#pragma once

#include "app/domain/inputproblem.h"
#include "app/transport/apicall.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rdsbm::huawei {

// One logical Huawei operation: a project lookup, one request, or every page of a list, with
// the calls it has in flight. cancel() is safe in any state; the operation's handler then runs
// with Outcome::Canceled (unless its context object is gone). It deletes itself after that.
class HuaweiOperation : public QObject
{
    Q_OBJECT

public:
    explicit HuaweiOperation(QObject *parent = nullptr);

    void cancel();
    bool isCanceled() const { return m_canceled; }

    // Internal to the client: calls to cancel with the operation, and steps waiting on something
    // shared (the project lookup) that must hear of a cancel at once.
    void track(transport::ApiCall *call);
    void onCancel(std::function<void()> hook);

private:
    QList<QPointer<transport::ApiCall>> m_calls;
    QList<std::function<void()>> m_cancelHooks;
    bool m_canceled = false;
};

// What asking the client for an operation gave: either an operation on its way (keep it to
// cancel; the handler will run), or the input that was refused, in which case nothing was sent
// and the handler is never called.
struct HuaweiStarted
{
    QPointer<HuaweiOperation> operation;
    InputProblems rejected;

    bool wasSent() const { return rejected.isEmpty(); }
};

} // namespace rdsbm::huawei
