#include "app/transport/httptransport.h"

#include "app/transport/apicall.h"

namespace rdsbm::transport {

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{
    // Certificate checks stay at Qt's defaults (verify peer); nothing here may relax them.
    m_network.setAutoDeleteReplies(false);
}

HttpTransport::~HttpTransport() = default;

ApiCall *HttpTransport::send(ApiRequest request)
{
    auto *call = new ApiCall(*this, std::move(request));
    QTimer::singleShot(0, call, &ApiCall::startAttempt);
    return call;
}

} // namespace rdsbm::transport
