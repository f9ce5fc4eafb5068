#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace rdsbm::downloads {

// How a download ended. Exactly one per BackupDownload.
enum class DownloadOutcome {
    Pending,
    Verified,            // CRC-64 matched; the file is at its final path
    Unverified,          // no checksum was known and the caller allowed that; the file is at its final path
    ChecksumUnavailable, // no checksum was known and the caller required one; bytes kept in PATH.part
    ChecksumMismatch,    // bytes kept as PATH.corrupt, nothing left at PATH
    NetworkError,        // still failing after the allowed retries; PATH.part kept for a resume
    HttpError,           // a status the download cannot go on from (404, 401, ...)
    LinkExpired,         // the link expired and no fresh one could be had
    DiskError,           // the local file could not be opened, written or renamed; PATH.part kept
    Canceled,            // PATH.part kept for a later resume
};

struct DownloadResult
{
    DownloadOutcome outcome = DownloadOutcome::Pending;
    int httpStatus = 0;
    // For users: a whole sentence naming the path or the values concerned (never the link's query).
    QString message;
    QString finalPath;                        // where the bytes are now
    qint64 bytes = 0;                         // bytes on disk when the download ended
    std::optional<std::uint64_t> expectedChecksum; // what the backup's Checksum said
    std::optional<std::uint64_t> headerChecksum;   // x-oss-hash-crc64ecma, when the server sent one
    std::optional<std::uint64_t> actualChecksum;   // CRC-64 of the bytes received (when complete)
    int attempts = 0;

    bool succeeded() const
    {
        return outcome == DownloadOutcome::Verified || outcome == DownloadOutcome::Unverified;
    }
};

QString downloadOutcomeName(DownloadOutcome outcome);

} // namespace rdsbm::downloads

Q_DECLARE_METATYPE(rdsbm::downloads::DownloadOutcome)
