#include "app/transport/redaction.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::transport {

namespace {

// Parameter and header names whose values are secret, matched case-insensitively.
const QString secretNames = u"(?:AccessKeySecret|access_key_secret|Signature|SecurityToken|"
                            "security_token|x-acs-security-token|X-Security-Token|X-Auth-Token|"
                            "X-Subject-Token|Authorization|SK|secret_key|SecretKey|secret|password|"
                            "DestinationEndpointPassword|RDSBM_DEST_PASSWORD|ALIBABA_CLOUD_ACCESS_KEY_SECRET|"
                            "ALIBABA_CLOUD_SECURITY_TOKEN|HUAWEICLOUD_SDK_SK|OSSAccessKeyId|Expires)"_s;

const QRegularExpression &headerLine()
{
    // "Authorization: ACS3-HMAC-SHA256 Credential=..." up to the end of the line.
    static const QRegularExpression re(u"(?im)^(\\s*"_s + secretNames + u"\\s*:\\s*)[^\\r\\n]+"_s);
    return re;
}

const QRegularExpression &jsonMember()
{
    static const QRegularExpression re(u"(?i)(\""_s + secretNames + u"\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")"_s);
    return re;
}

const QRegularExpression &keyValue()
{
    // name=value in queries, form bodies and echoed canonical requests; value ends at & , space | or quote.
    static const QRegularExpression re(u"(?i)(\\b"_s + secretNames + u"=)[^&,\\s|\"']+"_s);
    return re;
}

const QRegularExpression &encodedKeyValue()
{
    // name%3Dvalue: a query percent-encoded once more, as in the string-to-sign a gateway echoes
    // in SignatureDoesNotMatch ("...%26SecurityToken%3DCAIS...%26Timestamp%3D..."); the value
    // ends at the encoded '&' (%26). The name follows "%26", so no \b: no letter before it.
    static const QRegularExpression re(u"(?i)((?<![A-Za-z_])"_s + secretNames + u"%3D)(?:(?!%26)[^&,\\s|\"'])+"_s);
    return re;
}

const QRegularExpression &echoedHeader()
{
    // Gateways echo canonical requests with '|' for newlines: "|x-security-token:abc|".
    static const QRegularExpression re(u"(?i)(\\|"_s + secretNames + u":)[^|\\r\\n]+"_s);
    return re;
}

} // namespace

QString redactSecrets(const QString &text)
{
    QString out = text;
    out.replace(headerLine(), u"\\1[redacted]"_s);
    out.replace(jsonMember(), u"\\1[redacted]\\2"_s);
    out.replace(keyValue(), u"\\1[redacted]"_s);
    out.replace(encodedKeyValue(), u"\\1[redacted]"_s);
    out.replace(echoedHeader(), u"\\1[redacted]"_s);
    return out;
}

QString urlForLog(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

} // namespace rdsbm::transport
