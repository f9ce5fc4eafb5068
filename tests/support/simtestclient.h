#pragma once

#include "app/signing/signingtypes.h"
#include "app/transport/apirequest.h"
#include "app/transport/apiresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace rdsbm::transport {
class HttpTransport;
}

namespace rdsbm::testsupport {

// Talks to a running simulator over real HTTP through the project's own transport, for tests.
// Calls wait for their result (QSignalSpy, no sleeps) and make one attempt unless told otherwise,
// so a test sees exactly what the server answered.
class SimTestClient
{
public:
    enum class Signing { V1Get, V1PostForm, V3Post };

    static const QString rdsVersion;
    static const QString dbsVersion;

    explicit SimTestClient(const QUrl &baseUrl);
    ~SimTestClient();

    signing::AlibabaCredentials credentials{QStringLiteral("demo-access-key-id"),
                                            QStringLiteral("demo-access-key-secret"), {}};

    transport::ApiResult rds(const QString &action, const signing::QueryParameters &parameters = {},
                             Signing signing = Signing::V1Get);
    transport::ApiResult dbs(const QString &action, const signing::QueryParameters &parameters = {},
                             Signing signing = Signing::V1Get);
    transport::ApiResult alibaba(const QString &version, const QString &action,
                                 const signing::QueryParameters &parameters, Signing signing);

    // A request built by hand (tampered signatures and the like), sent once as it is.
    transport::ApiResult send(const QByteArray &method, const transport::PreparedRequest &request,
                              bool expectJson = true, int maxAttempts = 1);
    transport::ApiResult get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // A V1 request: every common parameter, signed for `method`; GET puts them in the query,
    // POST in a form body. `nonce` and `now` default to fresh ones.
    transport::PreparedRequest v1Request(const QByteArray &method, signing::QueryParameters parameters,
                                         const QString &nonce = {}, const QDateTime &now = {}) const;
    // A V3 (ACS3-HMAC-SHA256) POST with the parameters in the query, as the new SDKs send it.
    transport::PreparedRequest v3Request(const QString &version, const QString &action,
                                         const signing::QueryParameters &parameters,
                                         const QString &nonce = {}, const QDateTime &now = {}) const;

    QJsonObject stats();
    QUrl baseUrl() const { return m_baseUrl; }
    transport::HttpTransport &transport() { return *m_transport; }

    static QString newNonce();

private:
    QUrl m_baseUrl;
    std::unique_ptr<transport::HttpTransport> m_transport;
};

} // namespace rdsbm::testsupport
