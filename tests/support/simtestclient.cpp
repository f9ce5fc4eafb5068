#include "tests/support/simtestclient.h"

#include "app/signing/alibabaacs3signer.h"
#include "app/signing/alibabarpcsigner.h"
#include "app/signing/percentencoding.h"
#include "app/transport/apicall.h"
#include "app/transport/httptransport.h"

#include <QSignalSpy>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::testsupport {

const QString SimTestClient::rdsVersion = u"2014-08-15"_s;
const QString SimTestClient::dbsVersion = u"2019-03-06"_s;

namespace {

constexpr int callTimeoutMs = 60000;

QUrl withQuery(QUrl url, const QByteArray &encodedQuery)
{
    url.setPath(u"/"_s);
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

} // namespace

SimTestClient::SimTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_transport(std::make_unique<transport::HttpTransport>())
{
    m_transport->setBackoffPolicy({std::chrono::milliseconds(5), std::chrono::milliseconds(50)});
}

SimTestClient::~SimTestClient() = default;

QString SimTestClient::newNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

transport::PreparedRequest SimTestClient::v1Request(const QByteArray &method,
                                                    signing::QueryParameters parameters,
                                                    const QString &nonce, const QDateTime &now) const
{
    const signing::QueryParameters signedParameters = signing::AlibabaRpcSigner::signedParameters(
        method, std::move(parameters), credentials, now.isValid() ? now : QDateTime::currentDateTimeUtc(),
        nonce.isEmpty() ? newNonce() : nonce);
    const QByteArray encoded = signing::canonicalQueryString(signedParameters);
    transport::PreparedRequest request;
    if (method == "GET") {
        request.url = withQuery(m_baseUrl, encoded);
    } else {
        request.url = m_baseUrl;
        request.url.setPath(u"/"_s);
        request.body = encoded;
        request.headers.append({QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("application/x-www-form-urlencoded")});
    }
    return request;
}

transport::PreparedRequest SimTestClient::v3Request(const QString &version, const QString &action,
                                                    const signing::QueryParameters &parameters,
                                                    const QString &nonce, const QDateTime &now) const
{
    signing::AlibabaAcs3Signer::Request signable;
    signable.method = "POST";
    signable.host = (m_baseUrl.host() + u':' + QString::number(m_baseUrl.port())).toUtf8();
    signable.canonicalUri = "/";
    signable.query = parameters;
    signable.headers = signing::AlibabaAcs3Signer::standardHeaders(
        action.toUtf8(), version.toUtf8(), {}, credentials,
        now.isValid() ? now : QDateTime::currentDateTimeUtc(), nonce.isEmpty() ? newNonce() : nonce);
    const auto result = signing::AlibabaAcs3Signer::sign(signable, credentials);
    transport::PreparedRequest request;
    request.url = withQuery(m_baseUrl, signing::canonicalQueryString(parameters));
    request.headers = signable.headers;
    request.headers.append({QByteArrayLiteral("Authorization"), result.authorization});
    return request;
}

transport::ApiResult SimTestClient::send(const QByteArray &method,
                                         const transport::PreparedRequest &request, bool expectJson,
                                         int maxAttempts)
{
    transport::ApiRequest apiRequest;
    apiRequest.operation = u"test"_s;
    apiRequest.method = method;
    apiRequest.prepare = [request](int) { return request; };
    apiRequest.maxAttempts = maxAttempts;
    apiRequest.expectJson = expectJson;
    apiRequest.transferTimeout = std::chrono::milliseconds(callTimeoutMs);
    apiRequest.totalTimeout = std::chrono::milliseconds(callTimeoutMs);
    apiRequest.maxResponseBytes = 512LL * 1024 * 1024;

    transport::ApiCall *call = m_transport->send(apiRequest);
    transport::ApiResult result;
    QObject context;
    QObject::connect(call, &transport::ApiCall::finished, &context, [&result, call] { result = call->result(); });
    QSignalSpy finished(call, &transport::ApiCall::finished);
    if (!finished.wait(callTimeoutMs + 5000)) {
        call->cancel();
        result.errorMessage = u"the test client gave up waiting"_s;
    }
    return result;
}

transport::ApiResult SimTestClient::alibaba(const QString &version, const QString &action,
                                            const signing::QueryParameters &parameters, Signing signing)
{
    if (signing == Signing::V3Post)
        return send("POST", v3Request(version, action, parameters));
    signing::QueryParameters all = parameters;
    all.append({u"Action"_s, action});
    all.append({u"Version"_s, version});
    const QByteArray method = signing == Signing::V1Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    return send(method, v1Request(method, all));
}

transport::ApiResult SimTestClient::rds(const QString &action, const signing::QueryParameters &parameters,
                                        Signing signing)
{
    return alibaba(rdsVersion, action, parameters, signing);
}

transport::ApiResult SimTestClient::dbs(const QString &action, const signing::QueryParameters &parameters,
                                        Signing signing)
{
    return alibaba(dbsVersion, action, parameters, signing);
}

transport::ApiResult SimTestClient::get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    transport::PreparedRequest request;
    request.url = url;
    request.headers = headers;
    return send("GET", request, false);
}

QJsonObject SimTestClient::stats()
{
    QUrl url = m_baseUrl;
    url.setPath(u"/_sim/stats"_s);
    transport::PreparedRequest request;
    request.url = url;
    return send("GET", request, true).json.object();
}

} // namespace rdsbm::testsupport
