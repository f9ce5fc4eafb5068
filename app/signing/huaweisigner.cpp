#include "app/signing/huaweisigner.h"

#include "app/signing/percentencoding.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::signing {

QByteArray HuaweiSigner::canonicalUri(const QString &path)
{
    const QStringList segments = path.split(u'/');
    QByteArray uri;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            uri += '/';
        uri += percentEncode(segments.at(i));
    }
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray HuaweiSigner::formatSdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

HuaweiSigner::Result HuaweiSigner::sign(const Request &request,
                                        const HuaweiCredentials &credentials)
{
    HeaderList lowered;
    QByteArray sdkDate;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        lowered.append({lower, value.trimmed()});
        if (lower == "x-sdk-date")
            sdkDate = value.trimmed();
    }
    std::sort(lowered.begin(), lowered.end());

    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto &[name, value] : std::as_const(lowered)) {
        canonicalHeaders += name + ':' + value + '\n';
        if (!signedHeaders.isEmpty())
            signedHeaders += ';';
        signedHeaders += name;
    }

    Result result;
    result.signedHeaders = signedHeaders;
    result.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQueryString(request.query) + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n'
        + sha256Hex(request.body);
    result.stringToSign = "SDK-HMAC-SHA256\n" + sdkDate + '\n' + sha256Hex(result.canonicalRequest);
    result.signature = QMessageAuthenticationCode::hash(result.stringToSign,
                                                        credentials.secretKey.toUtf8(),
                                                        QCryptographicHash::Sha256)
                           .toHex();
    result.authorization = "SDK-HMAC-SHA256 Access=" + credentials.accessKey.toUtf8()
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + result.signature;
    return result;
}

} // namespace rdsbm::signing
