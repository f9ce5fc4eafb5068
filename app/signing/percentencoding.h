#pragma once

#include "app/signing/signingtypes.h"

#include <QByteArray>
#include <QString>

namespace rdsbm::signing {

// RFC 3986 encoding of the UTF-8 bytes, as both providers sign them: the unreserved set
// A-Z a-z 0-9 - _ . ~ stays, every other byte becomes %XY in uppercase (space is %20, never +).
QByteArray percentEncode(const QString &text);
QByteArray percentEncodeBytes(const QByteArray &utf8);

// name=value pairs, each side percent-encoded, sorted by encoded name then value (byte order),
// joined with '&'. Both Alibaba RPC and Huawei use this form; it is also what we send on the wire.
QByteArray canonicalQueryString(const QueryParameters &parameters);

QByteArray sha256Hex(const QByteArray &data);

} // namespace rdsbm::signing
