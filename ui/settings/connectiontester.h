#pragma once

#include "app/catalog/cloudaccount.h"
#include "app/transport/apiresult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace rdsbm::transport {
class HttpTransport;
}
namespace rdsbm::huawei {
class HuaweiRdsClient;
}

namespace rdsbm::ui {

struct ConnectionTestResult
{
    bool succeeded = false;
    transport::ApiResult result; // the provider's code, message and request id, verbatim
    QString refusal;             // set when the input was refused before anything was sent
    QStringList regionIds;       // Alibaba: the regions the account can use
    QString projectId;           // Huawei: the IAM project of the region
};

// "Test connection" of the profile dialog: one real, signed call with the typed credentials,
// DescribeRegions on Alibaba (its central endpoint) and the IAM project lookup on Huawei. Both
// fail with the provider's own code when the key or the secret is wrong.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(transport::HttpTransport &transport, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Cancels a test under way first; finished() follows on a later event-loop turn.
    void start(const catalog::CloudAccount &account);
    // No finished() follows.
    void cancel();
    bool isRunning() const { return !m_requestContext.isNull(); }

Q_SIGNALS:
    void finished(const rdsbm::ui::ConnectionTestResult &result);

private:
    void finish(const ConnectionTestResult &result);

    transport::HttpTransport &m_transport;
    QPointer<QObject> m_requestContext; // deleting it drops the pending answer
    std::unique_ptr<huawei::HuaweiRdsClient> m_huaweiClient;
};

} // namespace rdsbm::ui
