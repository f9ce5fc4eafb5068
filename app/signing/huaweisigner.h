#pragma once

#include "app/signing/signingtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rdsbm::signing {

// Huawei Cloud AK/SK signature SDK-HMAC-SHA256 (key = raw SK, no key derivation).
class HuaweiSigner
{
public:
    struct Request
    {
        QByteArray method;     // "GET", "POST", "DELETE"
        QString path;          // decoded absolute path, e.g. /v3/{project_id}/backups
        QueryParameters query;
        HeaderList headers;    // every header listed here is signed: send exactly these values
        QByteArray body;       // exact bytes sent
    };

    struct Result
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature;     // lowercase hex
        QByteArray signedHeaders; // "content-type;host;x-project-id;x-sdk-date"
        QByteArray authorization; // the Authorization header value
    };

    // `request.headers` must include X-Sdk-Date; its value is the date in the string to sign.
    static Result sign(const Request &request, const HuaweiCredentials &credentials);

    // Segments percent-encoded, with the trailing '/' the gateway signs (but we do not send).
    static QByteArray canonicalUri(const QString &path);

    // yyyyMMddTHHmmssZ
    static QByteArray formatSdkDate(const QDateTime &utc);
};

} // namespace rdsbm::signing
