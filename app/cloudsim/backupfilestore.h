#pragma once

#include "app/cloudsim/simhttp.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <array>
#include <cstdint>

namespace rdsbm::cloudsim {

// The simulator's object storage: backup files generated deterministically from (seed, key, size),
// streamed in chunks (never held whole), served with Range support at presigned links that expire.
// Both providers' list APIs take their download links and checksums from here.
class BackupFileStore
{
public:
    BackupFileStore(quint32 seed, int linkLifetimeSeconds);

    // Scheme, host and port the links point at; set once the server listens.
    void setBaseUrl(const QUrl &baseUrl);

    // CRC-64/XZ of exactly the bytes `serve` returns for this file, computed without generating them.
    std::uint64_t checksum(const QString &fileKey, qint64 size) const;

    // A presigned link valid for the configured lifetime from `now`; `intranet` gives the
    // intranet form (same bytes, another path), as RDS returns both.
    QUrl downloadUrl(const QString &fileKey, qint64 size, bool intranet, const QDateTime &now) const;

    // When a link made at `now` stops working.
    QDateTime linkExpiry(const QDateTime &now) const;

    static bool handles(const QString &path);

    // GET or HEAD of a link: 200 or 206 (Range), 416 for an unsatisfiable range,
    // 403 with an OSS-style error body for an expired or tampered link.
    // A multi-range request (bytes=0-1,5-9) gets the whole file with 200, which RFC 9110 allows.
    // The response carries its own Content-Length (a HEAD answer needs it too).
    SimResponse serve(const SimRequest &request, const QDateTime &now) const;

private:
    QByteArray linkSignature(const QString &fileKey, qint64 size, qint64 expires) const;

    quint32 m_seed;
    int m_linkLifetimeSeconds;
    QUrl m_baseUrl;
    QByteArray m_block;
    QByteArray m_linkSecret;
    // CRC of the block repeated 2^k times, so that any run length combines in O(log n).
    std::array<std::uint64_t, 50> m_blockRunCrcs{};
};

} // namespace rdsbm::cloudsim
