#pragma once

#include "app/signing/signingtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rdsbm::signing {

// Alibaba Cloud RPC signature "V1" (SignatureMethod HMAC-SHA1, SignatureVersion 1.0).
// Pure functions: the caller supplies the clock and the nonce, so tests can pin both.
class AlibabaRpcSigner
{
public:
    // HTTPMethod & %2F & percentEncode(canonical query); the query is thus encoded twice.
    static QByteArray stringToSign(const QByteArray &httpMethod, const QueryParameters &parameters);

    // Base64(HMAC-SHA1(secret + "&", stringToSign)). `parameters` must not contain Signature.
    static QString signature(const QByteArray &httpMethod, const QueryParameters &parameters,
                             const QString &accessKeySecret);

    // The operation's parameters plus every common one (Format=JSON, AccessKeyId, SignatureMethod,
    // SignatureVersion, SignatureNonce, Timestamp, SecurityToken when present) and finally Signature.
    // Send them as the GET query or the POST form body, with the same method that was signed.
    static QueryParameters signedParameters(const QByteArray &httpMethod, QueryParameters parameters,
                                            const AlibabaCredentials &credentials,
                                            const QDateTime &nowUtc, const QString &nonce);

    // yyyy-MM-ddTHH:mm:ssZ, the only form Timestamp accepts.
    static QString formatTimestamp(const QDateTime &utc);
};

} // namespace rdsbm::signing
