#include "app/cloudsim/simrouter.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

SimResponse notFound(const SimRequest &request)
{
    return SimResponse::json(404, QJsonDocument(QJsonObject{
                                      {u"Code"_s, u"NotFound"_s},
                                      {u"Message"_s, u"Nothing is served at %1."_s.arg(request.path)},
                                  }));
}

// Huawei's gateway answers before RDS sees the request (reference: huawei-api.md, gateway errors).
// The 503 code is our choice; the reference documents none for the gateway.
SimResponse huaweiFault(FaultKind kind)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::Id128);
    if (kind == FaultKind::Throttling) {
        return SimResponse::json(
            429, QJsonDocument(QJsonObject{
                     {u"error_code"_s, u"APIGW.0308"_s},
                     {u"error_msg"_s, u"The throttling threshold has been reached: policy user over "
                                      u"ratelimit,limit:20,time:1 second"_s},
                     {u"request_id"_s, requestId},
                 }));
    }
    return SimResponse::json(503, QJsonDocument(QJsonObject{
                                      {u"error_code"_s, u"APIGW.0202"_s},
                                      {u"error_msg"_s, u"Service temporarily unavailable."_s},
                                      {u"request_id"_s, requestId},
                                  }));
}

// Object storage's own XML error, as OSS returns it in front of a download link.
SimResponse fileFault(FaultKind)
{
    SimResponse response;
    response.status = 503;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    response.body = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n"
                                      "  <Code>ServiceUnavailable</Code>\n"
                                      "  <Message>Please reduce your request rate.</Message>\n"
                                      "  <RequestId>")
        + QUuid::createUuid().toString(QUuid::Id128).toUpper().toLatin1()
        + QByteArrayLiteral("</RequestId>\n</Error>\n");
    return response;
}

} // namespace

SimRouter::SimRouter()
{
    m_faultResponders.insert(int(RequestFamily::HuaweiApi), huaweiFault);
    m_faultResponders.insert(int(RequestFamily::BackupFile), fileFault);
}

void SimRouter::setFileMatcher(std::function<bool(const QString &)> matcher)
{
    m_fileMatcher = std::move(matcher);
}

void SimRouter::setHandler(RequestFamily family, SimHandler handler)
{
    m_handlers.insert(int(family), std::move(handler));
}

void SimRouter::setFaultResponder(RequestFamily family, FaultResponder responder)
{
    m_faultResponders.insert(int(family), std::move(responder));
}

RequestFamily SimRouter::familyOf(const SimRequest &request) const
{
    const QString &path = request.path;
    if (path.startsWith(u"/_sim/"_s))
        return RequestFamily::Diagnostic;
    if (m_fileMatcher && m_fileMatcher(path))
        return RequestFamily::BackupFile;
    if (path.startsWith(u"/v3/"_s) || path.startsWith(u"/v3.0/"_s))
        return RequestFamily::HuaweiApi;
    if (path.isEmpty() || path == u"/"_s)
        return RequestFamily::AlibabaApi;
    return RequestFamily::Unknown;
}

SimResponse SimRouter::route(const SimRequest &request) const
{
    const auto handler = m_handlers.constFind(int(familyOf(request)));
    if (handler == m_handlers.constEnd() || !*handler)
        return notFound(request);
    return (*handler)(request);
}

SimResponse SimRouter::faultResponse(FaultKind kind, RequestFamily family) const
{
    const auto responder = m_faultResponders.constFind(int(family));
    if (responder != m_faultResponders.constEnd() && *responder)
        return (*responder)(kind);
    SimResponse response;
    response.status = kind == FaultKind::Throttling ? 429 : 503;
    return response;
}

} // namespace rdsbm::cloudsim
