#include "app/cloudsim/alibabarpcservice.h"

#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/simstats.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

const QString AlibabaRpcService::rdsVersion = u"2014-08-15"_s;
const QString AlibabaRpcService::dbsVersion = u"2019-03-06"_s;

namespace {

// How long a throttled client is told to wait, in milliseconds (the SDKs read the header as ms).
constexpr int retryAfterMs = 500;

} // namespace

AlibabaRpcService::AlibabaRpcService(AlibabaRpcAuthenticator &authenticator, AlibabaWorld &world,
                                     SimStats &stats)
    : m_authenticator(authenticator)
    , m_world(world)
    , m_stats(stats)
{
}

SimResponse AlibabaRpcService::handle(const SimRequest &request)
{
    if (request.method != "GET" && request.method != "POST") {
        AlibabaReplyContext context;
        context.requestId = AlibabaRpcAuthenticator::newRequestId();
        return AlibabaReply::error(context, u"UnsupportedHTTPMethod"_s);
    }
    auto authenticated = m_authenticator.authenticate(request);
    if (auto *rejection = std::get_if<SimResponse>(&authenticated))
        return std::move(*rejection);
    const AlibabaRpcCall &call = std::get<AlibabaRpcCall>(authenticated);

    if (!call.has(u"Version"_s))
        return call.missing(u"Version"_s);
    if (!call.has(u"Action"_s))
        return call.missing(u"Action"_s);
    const RpcActionTable *table = nullptr;
    if (call.version() == rdsVersion)
        table = &m_rdsActions;
    else if (call.version() == dbsVersion)
        table = &m_dbsActions;
    else
        return call.fail(u"InvalidApi.NotFound"_s);
    const auto handler = table->constFind(call.action());
    if (handler == table->constEnd())
        return call.fail(u"InvalidAction.NotFound"_s);

    m_stats.increment(u"actions"_s, call.version() + u'/' + call.action());
    m_world.advance();
    return (*handler)(call);
}

SimResponse AlibabaRpcService::faultResponse(bool throttling)
{
    AlibabaReplyContext context;
    context.requestId = AlibabaRpcAuthenticator::newRequestId();
    SimResponse response = AlibabaReply::error(context, throttling ? u"Throttling.User"_s
                                                                   : u"ServiceUnavailable"_s);
    if (throttling)
        response.headers.append({QByteArrayLiteral("x-acs-retry-after"), QByteArray::number(retryAfterMs)});
    return response;
}

} // namespace rdsbm::cloudsim
