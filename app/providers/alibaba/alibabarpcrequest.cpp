#include "app/providers/alibaba/alibabarpcrequest.h"

#include "app/signing/alibabaacs3signer.h"
#include "app/signing/alibabarpcsigner.h"
#include "app/signing/percentencoding.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

constexpr QByteArrayView formContentType = "application/x-www-form-urlencoded";

// The Host header Qt sends: the port is named only when it is not the scheme's default, and the
// V3 signature covers exactly that value.
QByteArray hostHeader(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QUrl withQuery(QUrl url, const QByteArray &encodedQuery)
{
    if (!encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

} // namespace

AlibabaRequestFactory::AlibabaRequestFactory(AlibabaAccount account, Clock clock, NonceSource nonce)
    : m_account(std::move(account))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_nonce(nonce ? std::move(nonce) : NonceSource(&AlibabaRequestFactory::randomNonce))
{
}

AlibabaRequestFactory AlibabaRequestFactory::withRegion(const QString &regionId) const
{
    AlibabaRequestFactory copy = *this;
    copy.m_account.regionId = regionId;
    return copy;
}

QUrl AlibabaRequestFactory::baseUrl(AlibabaProduct product) const
{
    return AlibabaEndpoints::baseUrl(product, m_account.regionId, m_account.endpoint);
}

QString AlibabaRequestFactory::randomNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

transport::ApiRequest AlibabaRequestFactory::build(AlibabaRpcCall call) const
{
    transport::ApiRequest request;
    request.operation = call.action;
    request.method = call.method.toUpper();
    request.retryPolicy = call.retryPolicy;
    request.prepare = [factory = *this, call = std::move(call)](int) {
        return factory.prepare(call, factory.m_clock(), factory.m_nonce());
    };
    return request;
}

transport::PreparedRequest AlibabaRequestFactory::prepare(const AlibabaRpcCall &call,
                                                          const QDateTime &nowUtc,
                                                          const QString &nonce) const
{
    return m_account.signatureVersion == SignatureVersion::V3 ? prepareV3(call, nowUtc, nonce)
                                                              : prepareV1(call, nowUtc, nonce);
}

transport::PreparedRequest AlibabaRequestFactory::prepareV1(const AlibabaRpcCall &call,
                                                            const QDateTime &nowUtc,
                                                            const QString &nonce) const
{
    const QByteArray method = call.method.toUpper();
    signing::QueryParameters parameters = call.parameters;
    parameters.append({u"Action"_s, call.action});
    parameters.append({u"Version"_s, call.version});
    const QByteArray encoded = signing::canonicalQueryString(
        signing::AlibabaRpcSigner::signedParameters(method, parameters, m_account.credentials, nowUtc, nonce));

    transport::PreparedRequest prepared;
    if (method == "GET") {
        prepared.url = withQuery(baseUrl(call.product), encoded);
    } else {
        prepared.url = baseUrl(call.product);
        prepared.headers.append({QByteArrayLiteral("Content-Type"), formContentType.toByteArray()});
        prepared.body = encoded;
    }
    return prepared;
}

transport::PreparedRequest AlibabaRequestFactory::prepareV3(const AlibabaRpcCall &call,
                                                            const QDateTime &nowUtc,
                                                            const QString &nonce) const
{
    const QByteArray method = call.method.toUpper();
    const bool inQuery = method == "GET";
    const QByteArray encoded = signing::canonicalQueryString(call.parameters);
    const QByteArray body = inQuery ? QByteArray() : encoded;
    const QUrl base = baseUrl(call.product);

    signing::AlibabaAcs3Signer::Request toSign;
    toSign.method = method;
    toSign.host = hostHeader(base);
    toSign.canonicalUri = QByteArrayLiteral("/");
    if (inQuery)
        toSign.query = call.parameters;
    toSign.headers = signing::AlibabaAcs3Signer::standardHeaders(
        call.action.toUtf8(), call.version.toUtf8(), body, m_account.credentials, nowUtc, nonce);
    if (!inQuery)
        toSign.headers.append({QByteArrayLiteral("content-type"), formContentType.toByteArray()});
    toSign.body = body;
    const auto signature = signing::AlibabaAcs3Signer::sign(toSign, m_account.credentials);

    transport::PreparedRequest prepared;
    prepared.url = inQuery ? withQuery(base, encoded) : base;
    prepared.headers = toSign.headers;
    prepared.headers.append({QByteArrayLiteral("Authorization"), signature.authorization});
    prepared.body = body;
    return prepared;
}

} // namespace rdsbm::alibaba
