#include "ui/settings/connectiontester.h"

#include "app/providers/alibaba/rdsclient.h"
#include "app/providers/huawei/huaweirdsclient.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

ConnectionTester::ConnectionTester(transport::HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const catalog::CloudAccount &account)
{
    cancel();
    auto *context = new QObject(this);
    m_requestContext = context;
    auto refuse = [this, context](const QString &why) {
        ConnectionTestResult result;
        result.refusal = why;
        QTimer::singleShot(0, context, [this, result] { finish(result); });
    };

    if (account.provider == Provider::Alibaba) {
        const alibaba::RdsClient client(m_transport, alibaba::AlibabaRequestFactory(account.alibaba));
        const auto started = client.describeRegions(context, [this](transport::TypedReply<alibaba::RegionList> reply) {
            ConnectionTestResult result;
            result.result = reply.result;
            result.succeeded = reply.ok();
            if (reply.ok())
                for (const alibaba::AlibabaRegion &region : reply.value->regions)
                    result.regionIds.append(region.regionId);
            finish(result);
        });
        if (!started.wasSent())
            refuse(started.rejected.first().message);
        return;
    }

    huawei::HuaweiAccount huaweiAccount = account.huawei;
    huaweiAccount.projectId.clear(); // the lookup is the test: IAM checks the signature
    m_huaweiClient = std::make_unique<huawei::HuaweiRdsClient>(m_transport, huaweiAccount);
    const auto started = m_huaweiClient->lookUpProjectId(context, [this](transport::TypedReply<QString> reply) {
        ConnectionTestResult result;
        result.result = reply.result;
        result.succeeded = reply.ok();
        if (reply.ok())
            result.projectId = *reply.value;
        finish(result);
    });
    if (!started.wasSent())
        refuse(started.rejected.first().message);
}

void ConnectionTester::cancel()
{
    delete m_requestContext.data();
    // The client goes later: a canceled call may still be unwinding inside it.
    if (m_huaweiClient)
        m_huaweiClient.release()->deleteLater();
}

void ConnectionTester::finish(const ConnectionTestResult &result)
{
    if (m_requestContext)
        m_requestContext->deleteLater();
    m_requestContext.clear();
    Q_EMIT finished(result);
}

} // namespace rdsbm::ui
