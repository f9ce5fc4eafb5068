#include "app/signing/percentencoding.h"

#include <QCryptographicHash>

#include <algorithm>

namespace rdsbm::signing {

QByteArray percentEncodeBytes(const QByteArray &utf8)
{
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set and emits uppercase hex.
    return utf8.toPercentEncoding();
}

QByteArray percentEncode(const QString &text)
{
    return percentEncodeBytes(text.toUtf8());
}

QByteArray canonicalQueryString(const QueryParameters &parameters)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const auto &[name, value] : parameters)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());

    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += name;
        out += '=';
        out += value;
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace rdsbm::signing
