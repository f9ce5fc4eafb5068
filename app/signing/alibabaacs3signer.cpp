#include "app/signing/alibabaacs3signer.h"

#include "app/signing/alibabarpcsigner.h"
#include "app/signing/percentencoding.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace rdsbm::signing {

namespace {

bool isSignedHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

} // namespace

AlibabaAcs3Signer::Result AlibabaAcs3Signer::sign(const Request &request,
                                                  const AlibabaCredentials &credentials)
{
    HeaderList signedList;
    signedList.append({QByteArrayLiteral("host"), request.host.trimmed()});
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && isSignedHeader(lower))
            signedList.append({lower, value.trimmed()});
    }
    std::sort(signedList.begin(), signedList.end());

    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto &[name, value] : std::as_const(signedList)) {
        canonicalHeaders += name + ':' + value + '\n';
        if (!signedHeaders.isEmpty())
            signedHeaders += ';';
        signedHeaders += name;
    }

    Result result;
    result.signedHeaders = signedHeaders;
    result.canonicalRequest = request.method.toUpper() + '\n'
        + (request.canonicalUri.isEmpty() ? QByteArrayLiteral("/") : request.canonicalUri) + '\n'
        + canonicalQueryString(request.query) + '\n'
        + canonicalHeaders + '\n'
        + signedHeaders + '\n'
        + sha256Hex(request.body);
    result.hashedCanonicalRequest = sha256Hex(result.canonicalRequest);
    const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + result.hashedCanonicalRequest;
    result.signature = QMessageAuthenticationCode::hash(stringToSign,
                                                        credentials.accessKeySecret.toUtf8(),
                                                        QCryptographicHash::Sha256)
                           .toHex();
    result.authorization = "ACS3-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8()
        + ",SignedHeaders=" + signedHeaders + ",Signature=" + result.signature;
    return result;
}

HeaderList AlibabaAcs3Signer::standardHeaders(const QByteArray &action, const QByteArray &version,
                                              const QByteArray &body,
                                              const AlibabaCredentials &credentials,
                                              const QDateTime &nowUtc, const QString &nonce)
{
    HeaderList headers{
        {QByteArrayLiteral("x-acs-action"), action},
        {QByteArrayLiteral("x-acs-version"), version},
        {QByteArrayLiteral("x-acs-date"), AlibabaRpcSigner::formatTimestamp(nowUtc).toLatin1()},
        {QByteArrayLiteral("x-acs-signature-nonce"), nonce.toUtf8()},
        {QByteArrayLiteral("x-acs-content-sha256"), sha256Hex(body)},
    };
    if (!credentials.securityToken.isEmpty())
        headers.append({QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8()});
    return headers;
}

} // namespace rdsbm::signing
