#include "app/providers/huawei/huaweirequestfactory.h"

#include "app/signing/huaweisigner.h"
#include "app/signing/percentencoding.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

HuaweiRequestFactory::HuaweiRequestFactory(HuaweiAccount account, Clock clock)
    : m_account(std::move(account))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

QUrl HuaweiRequestFactory::baseUrl(HuaweiService service) const
{
    return HuaweiEndpoints::baseUrl(service, m_account.regionId, m_account.endpoint);
}

QByteArray HuaweiRequestFactory::hostHeader(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

transport::ApiRequest HuaweiRequestFactory::build(HuaweiCall call) const
{
    transport::ApiRequest request;
    request.operation = call.operation;
    request.method = call.method.toUpper();
    request.retryPolicy = call.retryPolicy;
    request.prepare = [factory = *this, call = std::move(call)](int) {
        return factory.prepare(call, factory.m_clock());
    };
    return request;
}

transport::PreparedRequest HuaweiRequestFactory::prepare(const HuaweiCall &call, const QDateTime &nowUtc) const
{
    QUrl url = baseUrl(call.service);

    signing::HuaweiSigner::Request toSign;
    toSign.method = call.method.toUpper();
    toSign.path = call.path;
    toSign.query = call.query;
    toSign.body = call.body;
    if (!call.body.isEmpty())
        toSign.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    toSign.headers.append({QByteArrayLiteral("Host"), hostHeader(url)});
    if (!call.projectId.isEmpty())
        toSign.headers.append({QByteArrayLiteral("X-Project-Id"), call.projectId.toUtf8()});
    toSign.headers.append({QByteArrayLiteral("X-Sdk-Date"), signing::HuaweiSigner::formatSdkDate(nowUtc)});
    if (!m_account.credentials.securityToken.isEmpty())
        toSign.headers.append({QByteArrayLiteral("X-Security-Token"), m_account.credentials.securityToken.toUtf8()});
    const auto signature = signing::HuaweiSigner::sign(toSign, m_account.credentials);

    // The path is sent without the trailing '/' the signature adds.
    QByteArray encodedPath = signing::HuaweiSigner::canonicalUri(call.path);
    if (encodedPath.size() > 1 && !call.path.endsWith(u'/'))
        encodedPath.chop(1);
    url.setPath(QString::fromLatin1(encodedPath), QUrl::StrictMode);
    const QByteArray encodedQuery = signing::canonicalQueryString(call.query);
    if (!encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);

    transport::PreparedRequest prepared;
    prepared.url = url;
    for (const auto &header : std::as_const(toSign.headers)) {
        // Qt writes Host itself, from the URL, with the same value.
        if (header.first != "Host")
            prepared.headers.append(header);
    }
    prepared.headers.append({QByteArrayLiteral("Authorization"), signature.authorization});
    prepared.body = call.body;
    return prepared;
}

} // namespace rdsbm::huawei
