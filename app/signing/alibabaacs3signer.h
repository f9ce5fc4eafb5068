#pragma once

#include "app/signing/signingtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rdsbm::signing {

// Alibaba Cloud signature V3 (ACS3-HMAC-SHA256).
class AlibabaAcs3Signer
{
public:
    struct Request
    {
        QByteArray method;        // "GET", "POST"
        QByteArray host;          // signed as the host header
        QByteArray canonicalUri;  // "/" for RPC APIs
        QueryParameters query;    // operation parameters sent in the query string
        HeaderList headers;       // x-acs-* and content-type; names in any case
        QByteArray body;          // exact bytes sent
    };

    struct Result
    {
        QByteArray canonicalRequest;
        QByteArray hashedCanonicalRequest; // lowercase hex
        QByteArray signature;              // lowercase hex
        QByteArray signedHeaders;          // "host;x-acs-action;..."
        QByteArray authorization;          // the Authorization header value
    };

    // Signs host, content-type (when present) and every x-acs-* header of `request`.
    static Result sign(const Request &request, const AlibabaCredentials &credentials);

    // The x-acs-* headers a request needs before signing: action, version, date, nonce,
    // content hash, and the STS token when there is one.
    static HeaderList standardHeaders(const QByteArray &action, const QByteArray &version,
                                      const QByteArray &body, const AlibabaCredentials &credentials,
                                      const QDateTime &nowUtc, const QString &nonce);
};

} // namespace rdsbm::signing
