#pragma once

#include "app/cloudsim/simhttp.h"
#include "app/signing/huaweisigner.h"
#include "app/signing/percentencoding.h"

#include <QDateTime>

namespace rdsbm::testsupport {

// Builds SimRequests signed like the official SDKs sign them (content-type, host, x-project-id,
// x-sdk-date), for tests that call the simulator's Huawei handlers directly.
class HuaweiSimSigner
{
public:
    signing::HuaweiCredentials credentials{QStringLiteral("demo-ak"), QStringLiteral("demo-sk"), {}};
    QByteArray host = "127.0.0.1:8080";
    QDateTime signedAt = QDateTime::currentDateTimeUtc();
    // Sent and signed as X-Project-Id when not empty (IAM calls go without it).
    QString projectHeader;
    QByteArray language; // X-Language, unsigned

    cloudsim::SimRequest request(const QByteArray &method, const QString &path,
                                 const signing::QueryParameters &query = {},
                                 const QByteArray &body = {}) const
    {
        signing::HuaweiSigner::Request signable;
        signable.method = method;
        signable.path = path;
        signable.query = query;
        signable.body = body;
        signable.headers = {{"Content-Type", "application/json"},
                            {"Host", host},
                            {"X-Sdk-Date", signing::HuaweiSigner::formatSdkDate(signedAt)}};
        if (!projectHeader.isEmpty())
            signable.headers.append({"X-Project-Id", projectHeader.toUtf8()});
        const auto signature = signing::HuaweiSigner::sign(signable, credentials);

        cloudsim::SimRequest request;
        request.method = method;
        request.path = path;
        request.rawQuery = signing::canonicalQueryString(query);
        request.body = body;
        request.headers = signable.headers;
        request.headers.append({"Authorization", signature.authorization});
        if (!language.isEmpty())
            request.headers.append({"X-Language", language});
        request.peerAddress = QStringLiteral("127.0.0.1");
        return request;
    }
};

} // namespace rdsbm::testsupport
