#include "app/cloudsim/backupfilestore.h"

#include "app/cloudsim/generatedcontent.h"
#include "app/cloudsim/generatedfiledevice.h"
#include "app/domain/crc64.h"
#include "app/signing/percentencoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

const QString publicPrefix = u"/files/"_s;
const QString intranetPrefix = u"/intranet/files/"_s;

struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1; // inclusive
};

// What a Range header asks of a file of `size` bytes.
struct RangeRequest
{
    enum Kind { WholeFile, Partial, Unsatisfiable } kind = WholeFile;
    ByteRange range;
};

std::optional<qint64> parseDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// RFC 9110 §14: a syntactically invalid Range is ignored (whole file), one that selects nothing is 416.
RangeRequest parseRange(const QByteArray &header, qint64 size)
{
    const QByteArray spec = header.trimmed();
    if (!spec.startsWith("bytes="))
        return {};
    const QByteArray set = spec.mid(6).trimmed();
    if (set.contains(','))
        return {};
    const qsizetype dash = set.indexOf('-');
    if (dash < 0)
        return {};
    const QByteArray firstText = set.left(dash).trimmed();
    const QByteArray lastText = set.mid(dash + 1).trimmed();

    RangeRequest request;
    request.kind = RangeRequest::Partial;
    if (firstText.isEmpty()) {
        const auto suffix = parseDigits(lastText);
        if (!suffix)
            return {};
        if (*suffix == 0 || size == 0)
            return {RangeRequest::Unsatisfiable, {}};
        request.range = {std::max<qint64>(0, size - *suffix), size - 1};
        return request;
    }
    const auto first = parseDigits(firstText);
    const auto last = lastText.isEmpty() ? std::optional<qint64>(size - 1) : parseDigits(lastText);
    if (!first || !last)
        return {};
    if (!lastText.isEmpty() && *last < *first)
        return {};
    if (*first >= size)
        return {RangeRequest::Unsatisfiable, {}};
    request.range = {*first, std::min(*last, size - 1)};
    return request;
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toString(QUuid::Id128).toUpper().left(24).toLatin1();
}

QByteArray ossTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s).toLatin1();
}

SimResponse ossError(int status, const QByteArray &code, const QByteArray &message,
                     const QByteArray &extraElements = {})
{
    SimResponse response;
    response.status = status;
    const QByteArray requestId = newRequestId();
    response.headers = {{"Content-Type", "application/xml"}, {"x-oss-request-id", requestId}};
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>" + code
        + "</Code>\n  <Message>" + message + "</Message>\n  <RequestId>" + requestId
        + "</RequestId>\n  <HostId>rdsbm-cloudsim</HostId>\n" + extraElements + "</Error>\n";
    return response;
}

QString encodedKeyPath(const QString &fileKey)
{
    QByteArray path;
    const QStringList segments = fileKey.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            path += '/';
        path += signing::percentEncode(segments.at(i));
    }
    return QString::fromLatin1(path);
}

} // namespace

BackupFileStore::BackupFileStore(quint32 seed, int linkLifetimeSeconds)
    : m_seed(seed),
      m_linkLifetimeSeconds(linkLifetimeSeconds),
      m_block(GeneratedContent::blockFor(seed)),
      m_linkSecret(QCryptographicHash::hash("rdsbm-cloudsim download links " + QByteArray::number(seed),
                                            QCryptographicHash::Sha256))
{
    m_blockRunCrcs[0] = Crc64::of(m_block);
    for (std::size_t k = 1; k < m_blockRunCrcs.size(); ++k) {
        const std::uint64_t half = m_blockRunCrcs[k - 1];
        m_blockRunCrcs[k] = Crc64::combine(half, half, std::uint64_t(GeneratedContent::blockSize) << (k - 1));
    }
}

void BackupFileStore::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

std::uint64_t BackupFileStore::checksum(const QString &fileKey, qint64 size) const
{
    if (size <= 0)
        return 0;
    const QByteArray header = GeneratedContent::headerFor(m_seed, fileKey, size);
    if (size <= GeneratedContent::headerSize)
        return Crc64::of(QByteArrayView(header).first(size));

    const qint64 bodyLength = size - GeneratedContent::headerSize;
    const auto wholeBlocks = static_cast<std::uint64_t>(bodyLength / GeneratedContent::blockSize);
    const qint64 tail = bodyLength % GeneratedContent::blockSize;

    // The body is identical blocks then a prefix of one, so runs of 2^k blocks append in any order.
    std::uint64_t crc = Crc64::of(header);
    for (std::size_t k = 0; k < m_blockRunCrcs.size() && (wholeBlocks >> k) != 0; ++k) {
        if ((wholeBlocks >> k) & 1)
            crc = Crc64::combine(crc, m_blockRunCrcs[k], std::uint64_t(GeneratedContent::blockSize) << k);
    }
    return Crc64::extend(crc, QByteArrayView(m_block).first(tail));
}

QByteArray BackupFileStore::linkSignature(const QString &fileKey, qint64 size, qint64 expires) const
{
    const QByteArray message = fileKey.toUtf8() + '\n' + QByteArray::number(size) + '\n'
        + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_linkSecret, QCryptographicHash::Sha256).toHex();
}

QDateTime BackupFileStore::linkExpiry(const QDateTime &now) const
{
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + m_linkLifetimeSeconds,
                                         QTimeZone::utc());
}

QUrl BackupFileStore::downloadUrl(const QString &fileKey, qint64 size, bool intranet,
                                  const QDateTime &now) const
{
    const qint64 expires = linkExpiry(now).toSecsSinceEpoch();
    QUrl url = m_baseUrl;
    url.setPath((intranet ? intranetPrefix : publicPrefix) + encodedKeyPath(fileKey),
                QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(u"size"_s, QString::number(size));
    query.addQueryItem(u"Expires"_s, QString::number(expires));
    query.addQueryItem(u"Signature"_s, QString::fromLatin1(linkSignature(fileKey, size, expires)));
    url.setQuery(query);
    return url;
}

bool BackupFileStore::handles(const QString &path)
{
    return path.startsWith(publicPrefix) || path.startsWith(intranetPrefix);
}

SimResponse BackupFileStore::serve(const SimRequest &request, const QDateTime &now) const
{
    const bool headOnly = request.method == "HEAD";
    auto finish = [headOnly](SimResponse response) {
        if (headOnly)
            response.body.clear();
        return response;
    };
    if (request.method != "GET" && !headOnly) {
        SimResponse response = ossError(405, "MethodNotAllowed",
                                         "The specified method is not allowed against this resource.");
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD")});
        return response;
    }

    const QString fileKey = request.path.mid(request.path.startsWith(intranetPrefix)
                                                 ? intranetPrefix.size()
                                                 : publicPrefix.size());
    const QUrlQuery query = request.query();
    const auto size = parseDigits(query.queryItemValue(u"size"_s).toLatin1());
    const auto expires = parseDigits(query.queryItemValue(u"Expires"_s).toLatin1());
    const QByteArray signature = query.queryItemValue(u"Signature"_s).toLatin1();
    if (fileKey.isEmpty() || !size || !expires || signature.isEmpty())
        return finish(ossError(403, "AccessDenied",
                               "You have no right to access this object because of bucket acl."));

    if (now.toSecsSinceEpoch() > *expires) {
        const QDateTime expiredAt = QDateTime::fromSecsSinceEpoch(*expires, QTimeZone::utc());
        return finish(ossError(403, "AccessDenied", "Request has expired.",
                               "  <Expires>" + ossTime(expiredAt) + "</Expires>\n  <ServerTime>"
                                   + ossTime(now) + "</ServerTime>\n"));
    }
    const QByteArray expected = linkSignature(fileKey, *size, *expires);
    // Compare every byte, so that timing says nothing about how much of a guess was right.
    unsigned char difference = expected.size() == signature.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(expected.size(), signature.size()); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ signature.at(i));
    if (difference != 0)
        return finish(ossError(403, "SignatureDoesNotMatch",
                               "The request signature we calculated does not match the signature you "
                               "provided. Check your key and signing method."));

    const std::uint64_t crc = checksum(fileKey, *size);
    const QByteArray etag = '"' + QByteArray::number(quint64(crc), 16).toUpper().rightJustified(16, '0') + '"';

    RangeRequest range;
    const QByteArray rangeHeader = request.header("Range");
    const QByteArray ifRange = request.header("If-Range").trimmed();
    if (!rangeHeader.isEmpty() && (ifRange.isEmpty() || ifRange == etag))
        range = parseRange(rangeHeader, *size);

    if (range.kind == RangeRequest::Unsatisfiable) {
        SimResponse response = ossError(416, "InvalidRange", "The requested range cannot be satisfied.");
        response.headers.append({"Content-Range", "bytes */" + QByteArray::number(*size)});
        return finish(response);
    }

    ByteRange selected{0, *size - 1};
    SimResponse response;
    response.status = 200;
    if (range.kind == RangeRequest::Partial) {
        selected = range.range;
        response.status = 206;
    }
    const qint64 length = selected.last - selected.first + 1;
    response.headers = {{"Content-Type", "application/octet-stream"},
                        {"Content-Length", QByteArray::number(length)},
                        {"Accept-Ranges", "bytes"},
                        {"ETag", etag},
                        {"x-oss-hash-crc64ecma", QByteArray::number(quint64(crc))},
                        {"x-oss-request-id", newRequestId()}};
    if (response.status == 206)
        response.headers.append({"Content-Range", "bytes " + QByteArray::number(selected.first) + '-'
                                                      + QByteArray::number(selected.last) + '/'
                                                      + QByteArray::number(*size)});
    // HEAD gets the stream too: the writer takes the Content-Length from it and sends no body.
    GeneratedContent content(GeneratedContent::headerFor(m_seed, fileKey, *size), m_block, *size);
    const qint64 begin = selected.first;
    response.stream = [content, begin, length]() -> std::unique_ptr<QIODevice> {
        return std::make_unique<GeneratedFileDevice>(content, begin, length);
    };
    response.streamLength = length;
    return response;
}

} // namespace rdsbm::cloudsim
