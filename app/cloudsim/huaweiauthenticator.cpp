#include "app/cloudsim/huaweiauthenticator.h"

#include "app/signing/huaweisigner.h"

#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

struct AuthorizationHeader
{
    QByteArray access;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

std::optional<AuthorizationHeader> parseAuthorization(const QByteArray &value)
{
    static const QByteArray algorithm = "SDK-HMAC-SHA256 ";
    if (!value.startsWith(algorithm))
        return std::nullopt;
    AuthorizationHeader parsed;
    for (const QByteArray &part : value.mid(algorithm.size()).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray name = item.left(equals);
        const QByteArray content = item.mid(equals + 1);
        if (name == "Access")
            parsed.access = content;
        else if (name == "SignedHeaders")
            parsed.signedHeaders = content.split(';');
        else if (name == "Signature")
            parsed.signature = content;
    }
    if (parsed.access.isEmpty() || parsed.signature.isEmpty() || parsed.signedHeaders.isEmpty())
        return std::nullopt;
    return parsed;
}

std::optional<QByteArray> headerValue(const SimRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    // Every byte is compared, so the time taken says nothing about a near miss.
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

HuaweiAuthenticator::HuaweiAuthenticator(QString accessKey, QString secretKey)
    : m_accessKey(std::move(accessKey)), m_secretKey(std::move(secretKey))
{
}

signing::QueryParameters HuaweiAuthenticator::decodeQuery(const QByteArray &rawQuery)
{
    signing::QueryParameters parameters;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        auto decode = [](QByteArray text) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(text.replace('+', ' ')));
        };
        if (equals < 0)
            parameters.append({decode(pair), QString()});
        else
            parameters.append({decode(pair.left(equals)), decode(pair.mid(equals + 1))});
    }
    return parameters;
}

std::optional<QString> HuaweiAuthenticator::failure(const SimRequest &request,
                                                    const QDateTime &wallClockNow,
                                                    const QString &pathProjectId) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.isEmpty())
        return u"the request carries no Authorization header"_s;
    const auto parsed = parseAuthorization(authorization);
    if (!parsed)
        return u"the Authorization header is not of the form "
               "\"SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...\""_s;
    if (QString::fromUtf8(parsed->access) != m_accessKey)
        return u"verify aksk signature fail, the access key does not exist"_s;

    if (!parsed->signedHeaders.contains("x-sdk-date"))
        return u"verify aksk signature fail, x-sdk-date must be signed"_s;
    const QByteArray sdkDate = request.header("X-Sdk-Date").trimmed();
    QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(sdkDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    if (!signedAt.isValid())
        return u"verify aksk signature fail, X-Sdk-Date is missing or not in the form yyyyMMddTHHmmssZ"_s;
    signedAt.setTimeZone(QTimeZone::utc());
    if (std::abs(signedAt.secsTo(wallClockNow)) > allowedSkewSeconds)
        return u"calc ak sk signature fail: signature expired"_s;

    signing::HuaweiSigner::Request signable;
    signable.method = request.method;
    signable.path = request.path;
    signable.query = decodeQuery(request.rawQuery);
    signable.body = request.body;
    for (const QByteArray &name : parsed->signedHeaders) {
        const auto value = headerValue(request, name);
        if (!value)
            return u"verify aksk signature fail, the signed header %1 is missing"_s.arg(
                QString::fromLatin1(name));
        signable.headers.append({name, *value});
    }
    const auto expected = signing::HuaweiSigner::sign(signable, {m_accessKey, m_secretKey, {}});
    if (!sameBytes(expected.signature, parsed->signature)) {
        QByteArray echoed = expected.canonicalRequest;
        echoed.replace('\n', '|');
        return u"verify aksk signature fail, canonicalRequest:"_s + QString::fromUtf8(echoed);
    }

    const auto projectHeader = headerValue(request, "X-Project-Id");
    if (projectHeader && !pathProjectId.isEmpty()
        && QString::fromUtf8(projectHeader->trimmed()) != pathProjectId)
        return u"the X-Project-Id header does not match the project in the request URI"_s;
    return std::nullopt;
}

} // namespace rdsbm::cloudsim
