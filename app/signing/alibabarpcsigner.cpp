#include "app/signing/alibabarpcsigner.h"

#include "app/signing/percentencoding.h"

#include <QMessageAuthenticationCode>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::signing {

QByteArray AlibabaRpcSigner::stringToSign(const QByteArray &httpMethod,
                                          const QueryParameters &parameters)
{
    return httpMethod.toUpper() + "&%2F&" + percentEncodeBytes(canonicalQueryString(parameters));
}

QString AlibabaRpcSigner::signature(const QByteArray &httpMethod, const QueryParameters &parameters,
                                    const QString &accessKeySecret)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    const QByteArray mac = QMessageAuthenticationCode::hash(stringToSign(httpMethod, parameters), key,
                                                            QCryptographicHash::Sha1);
    return QString::fromLatin1(mac.toBase64());
}

QueryParameters AlibabaRpcSigner::signedParameters(const QByteArray &httpMethod,
                                                   QueryParameters parameters,
                                                   const AlibabaCredentials &credentials,
                                                   const QDateTime &nowUtc, const QString &nonce)
{
    parameters.append({u"Format"_s, u"JSON"_s});
    parameters.append({u"AccessKeyId"_s, credentials.accessKeyId});
    parameters.append({u"SignatureMethod"_s, u"HMAC-SHA1"_s});
    parameters.append({u"SignatureVersion"_s, u"1.0"_s});
    parameters.append({u"SignatureNonce"_s, nonce});
    parameters.append({u"Timestamp"_s, formatTimestamp(nowUtc)});
    if (!credentials.securityToken.isEmpty())
        parameters.append({u"SecurityToken"_s, credentials.securityToken});
    const QString sig = signature(httpMethod, parameters, credentials.accessKeySecret);
    parameters.append({u"Signature"_s, sig});
    return parameters;
}

QString AlibabaRpcSigner::formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace rdsbm::signing
