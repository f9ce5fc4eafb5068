#include "app/cloudsim/alibabarpcauthenticator.h"

#include "app/signing/alibabarpcsigner.h"
#include "app/signing/percentencoding.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr qint64 timestampWindowMs = 15 * 60 * 1000;
// Nonces are remembered a little longer than a timestamp stays acceptable, so a replay
// inside the window is always caught.
constexpr qint64 nonceMemoryMs = 2 * timestampWindowMs + 60 * 1000;

const QString dbsVersion = u"2019-03-06"_s;

QString firstValue(const signing::QueryParameters &parameters, const QString &name)
{
    for (const auto &[key, value] : parameters)
        if (key == name)
            return value;
    return {};
}

AlibabaReplyContext contextFor(const QString &action, const QString &version, bool xml)
{
    AlibabaReplyContext context;
    context.requestId = AlibabaRpcAuthenticator::newRequestId();
    context.action = action;
    context.xml = xml;
    if (version == dbsVersion) {
        context.hostId = u"dbs-api.cn-hangzhou.aliyuncs.com"_s;
        context.product = u"Dbs"_s;
        context.dbsEnvelope = true;
    }
    return context;
}

bool isFormBody(const SimRequest &request)
{
    return request.method == "POST"
        && request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded");
}

struct Acs3Authorization
{
    QString accessKeyId;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

std::optional<Acs3Authorization> parseAcs3(const QByteArray &header)
{
    static const QByteArray scheme = QByteArrayLiteral("ACS3-HMAC-SHA256 ");
    if (!header.startsWith(scheme))
        return std::nullopt;
    Acs3Authorization result;
    bool sawCredential = false;
    bool sawHeaders = false;
    bool sawSignature = false;
    for (const QByteArray &part : header.mid(scheme.size()).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray name = item.left(equals);
        const QByteArray value = item.mid(equals + 1);
        if (name == "Credential") {
            result.accessKeyId = QString::fromUtf8(value);
            sawCredential = true;
        } else if (name == "SignedHeaders") {
            result.signedHeaders = value.split(';');
            sawHeaders = true;
        } else if (name == "Signature") {
            result.signature = value;
            sawSignature = true;
        }
    }
    if (!sawCredential || !sawHeaders || !sawSignature || result.accessKeyId.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace

AlibabaRpcAuthenticator::AlibabaRpcAuthenticator(QString accessKeyId, QString accessKeySecret,
                                                 WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : WallClock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_secrets.insert(accessKeyId, accessKeySecret);
}

QString AlibabaRpcAuthenticator::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

signing::QueryParameters AlibabaRpcAuthenticator::decodeForm(const QByteArray &encoded)
{
    signing::QueryParameters parameters;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        parameters.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                           QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return parameters;
}

std::variant<AlibabaRpcCall, SimResponse>
AlibabaRpcAuthenticator::authenticate(const SimRequest &request)
{
    const signing::QueryParameters queryParameters = decodeForm(request.rawQuery);
    signing::QueryParameters parameters = queryParameters;
    if (isFormBody(request))
        parameters.append(decodeForm(request.body));

    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty() && authorization.startsWith("ACS3-")) {
        const QString action = QString::fromUtf8(request.header("x-acs-action"));
        const QString version = QString::fromUtf8(request.header("x-acs-version"));
        const bool xml = firstValue(parameters, u"Format"_s).compare(u"XML"_s, Qt::CaseInsensitive) == 0;
        return verifyV3(request, queryParameters, std::move(parameters),
                        contextFor(action, version, xml));
    }
    const QString format = firstValue(parameters, u"Format"_s);
    // RDS answers XML unless Format=JSON is sent (reference 1.3): a client that forgets it
    // gets what the real service would give it.
    const bool xml = format.compare(u"JSON"_s, Qt::CaseInsensitive) != 0;
    AlibabaReplyContext context = contextFor(firstValue(parameters, u"Action"_s),
                                             firstValue(parameters, u"Version"_s), xml);
    return verifyV1(request, std::move(parameters), std::move(context));
}

std::variant<AlibabaRpcCall, SimResponse>
AlibabaRpcAuthenticator::verifyV1(const SimRequest &request, signing::QueryParameters parameters,
                                  AlibabaReplyContext context)
{
    for (const QString &required : {u"Signature"_s, u"AccessKeyId"_s, u"SignatureMethod"_s,
                                    u"SignatureVersion"_s, u"SignatureNonce"_s, u"Timestamp"_s}) {
        if (firstValue(parameters, required).isEmpty())
            return AlibabaReply::error(context, u"MissingParameter"_s, {required});
    }
    if (firstValue(parameters, u"SignatureMethod"_s) != u"HMAC-SHA1"_s)
        return AlibabaReply::error(context, u"InvalidParameter"_s, {u"SignatureMethod"_s});
    if (firstValue(parameters, u"SignatureVersion"_s) != u"1.0"_s)
        return AlibabaReply::error(context, u"InvalidParameter"_s, {u"SignatureVersion"_s});
    if (const QString problem = checkTimestamp(firstValue(parameters, u"Timestamp"_s)); !problem.isEmpty())
        return AlibabaReply::error(context, problem);

    const QString accessKeyId = firstValue(parameters, u"AccessKeyId"_s);
    const auto secret = m_secrets.constFind(accessKeyId);
    if (secret == m_secrets.constEnd())
        return AlibabaReply::error(context, u"InvalidAccessKeyId.NotFound"_s);

    const QString given = firstValue(parameters, u"Signature"_s);
    signing::QueryParameters signedPart;
    signedPart.reserve(parameters.size());
    for (const auto &pair : std::as_const(parameters))
        if (pair.first != u"Signature"_s)
            signedPart.append(pair);
    const QString expected = signing::AlibabaRpcSigner::signature(request.method, signedPart, *secret);
    if (given != expected) {
        const QByteArray stringToSign = signing::AlibabaRpcSigner::stringToSign(request.method, signedPart);
        return AlibabaReply::error(context, u"SignatureDoesNotMatch"_s, {QString::fromUtf8(stringToSign)});
    }
    if (!consumeNonce(accessKeyId, firstValue(parameters, u"SignatureNonce"_s)))
        return AlibabaReply::error(context, u"SignatureNonceUsed"_s);
    return AlibabaRpcCall(std::move(parameters), std::move(context), accessKeyId);
}

std::variant<AlibabaRpcCall, SimResponse>
AlibabaRpcAuthenticator::verifyV3(const SimRequest &request,
                                  signing::QueryParameters queryParameters,
                                  signing::QueryParameters parameters, AlibabaReplyContext context)
{
    const auto authorization = parseAcs3(request.header("Authorization"));
    if (!authorization)
        return AlibabaReply::error(context, u"IncompleteSignature"_s,
                                   {u"The Authorization header is not well formed."_s});
    for (const QByteArray &required : {QByteArrayLiteral("x-acs-action"), QByteArrayLiteral("x-acs-version"),
                                       QByteArrayLiteral("x-acs-date"), QByteArrayLiteral("x-acs-signature-nonce"),
                                       QByteArrayLiteral("x-acs-content-sha256")}) {
        if (request.header(required).isEmpty())
            return AlibabaReply::error(context, u"MissingParameter"_s, {QString::fromLatin1(required)});
    }
    if (const QString problem = checkTimestamp(QString::fromUtf8(request.header("x-acs-date"))); !problem.isEmpty())
        return AlibabaReply::error(context, problem);

    const auto secret = m_secrets.constFind(authorization->accessKeyId);
    if (secret == m_secrets.constEnd())
        return AlibabaReply::error(context, u"InvalidAccessKeyId.NotFound"_s);

    // Every header that takes part in the request's meaning must be covered by the signature.
    QList<QByteArray> signedHeaders;
    for (const QByteArray &name : authorization->signedHeaders)
        signedHeaders.append(name.trimmed().toLower());
    std::sort(signedHeaders.begin(), signedHeaders.end());
    bool coversEverything = signedHeaders.contains("host");
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-acs-") && !signedHeaders.contains(lower))
            coversEverything = false;
    }
    if (!coversEverything)
        return AlibabaReply::error(context, u"IncompleteSignature"_s,
                                   {u"SignedHeaders must include host and every x-acs-* header."_s});

    const QByteArray contentHash = request.header("x-acs-content-sha256");
    QByteArray canonicalHeaders;
    for (const QByteArray &name : std::as_const(signedHeaders))
        canonicalHeaders += name + ':' + request.header(name).trimmed() + '\n';
    const QByteArray canonicalRequest = request.method + '\n'
        + (request.path.isEmpty() ? QByteArrayLiteral("/") : request.path.toUtf8()) + '\n'
        + signing::canonicalQueryString(queryParameters) + '\n'
        + canonicalHeaders + '\n'
        + signedHeaders.join(';') + '\n'
        + contentHash;
    const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + signing::sha256Hex(canonicalRequest);
    const QByteArray expected = QMessageAuthenticationCode::hash(stringToSign, secret->toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                    .toHex();
    if (authorization->signature.toLower() != expected)
        return AlibabaReply::error(context, u"SignatureDoesNotMatch"_s, {QString::fromUtf8(stringToSign)});
    if (contentHash.toLower() != signing::sha256Hex(request.body))
        return AlibabaReply::error(context, u"SignatureDoesNotMatch"_s,
                                   {u"(x-acs-content-sha256 is not the SHA-256 of the body)"_s});
    if (!consumeNonce(authorization->accessKeyId, QString::fromUtf8(request.header("x-acs-signature-nonce"))))
        return AlibabaReply::error(context, u"SignatureNonceUsed"_s);

    // The handlers read Action and Version like any other parameter.
    parameters.append({u"Action"_s, context.action});
    parameters.append({u"Version"_s, QString::fromUtf8(request.header("x-acs-version"))});
    return AlibabaRpcCall(std::move(parameters), std::move(context), authorization->accessKeyId);
}

QString AlibabaRpcAuthenticator::checkTimestamp(const QString &timestamp) const
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    if (!shape.match(timestamp).hasMatch())
        return u"InvalidTimeStamp.Format"_s;
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!when.isValid())
        return u"InvalidTimeStamp.Format"_s;
    if (std::abs(when.msecsTo(m_wallClock())) > timestampWindowMs)
        return u"InvalidTimeStamp.Expired"_s;
    return {};
}

bool AlibabaRpcAuthenticator::consumeNonce(const QString &accessKeyId, const QString &nonce)
{
    const qint64 nowMs = m_wallClock().toMSecsSinceEpoch();
    if (nowMs - m_lastNoncePruneMs > 60 * 1000) {
        m_nonceSeenAtMs.removeIf([nowMs](const auto &entry) { return nowMs - entry.value() > nonceMemoryMs; });
        m_lastNoncePruneMs = nowMs;
    }
    const QString key = accessKeyId + u'\n' + nonce;
    if (m_nonceSeenAtMs.contains(key))
        return false;
    m_nonceSeenAtMs.insert(key, nowMs);
    return true;
}

} // namespace rdsbm::cloudsim
