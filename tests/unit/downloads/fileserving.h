#pragma once

#include "../transport/scriptedhttpserver.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

// Scripted behaviours that serve one object the way object storage does: 200 for the whole,
// 206 + Content-Range for "Range: bytes=N-", 416 + "Content-Range: bytes */size" past the end,
// 403 with an OSS-style body for a refused link. Knobs break the transfer on purpose.
struct FileServing
{
    bool ignoreRange = false;                // answer 200 with everything, as some servers do
    qint64 cutAfterBodyBytes = -1;           // close the connection after this many body bytes
    qint64 stallAfterBodyBytes = -1;         // send this many body bytes, then keep silent
    std::optional<std::uint64_t> crcHeader;  // x-oss-hash-crc64ecma
    qint64 wrongRangeStart = -1;             // answer 206 starting here instead of where asked
};

ScriptedHttpServer::Behaviour serveFile(QByteArray content, FileServing options = {});
ScriptedHttpServer::Behaviour refuseLink();
// serveFile() for targets containing `token`, refuseLink() for the others.
ScriptedHttpServer::Behaviour serveFileOnlyWithToken(const QByteArray &token, QByteArray content);

// Deterministic, non-repeating-looking bytes of any length.
QByteArray generatedContent(qint64 size, quint32 seed = 7);
