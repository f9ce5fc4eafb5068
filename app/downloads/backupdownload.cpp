#include "app/downloads/backupdownload.h"

#include "app/domain/crc64.h"
#include "app/downloads/downloadlogging.h"
#include "app/downloads/presignedlink.h"
#include "app/transport/httptransport.h"
#include "app/transport/redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <filesystem>
#include <limits>
#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::downloads {

namespace {

constexpr qint64 chunkBytes = 256 * 1024;
// What Qt may hold for us between two readyRead()s: bounds memory whatever the link's speed.
constexpr qint64 replyBufferBytes = 4 * 1024 * 1024;

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1; // -1 for "*"
};

// "bytes 100-199/1000", "bytes 100-199/*" or, with 416, "bytes */1000".
std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype slash = spec.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    ContentRange range;
    const QByteArray span = spec.left(slash);
    const QByteArray total = spec.mid(slash + 1);
    bool ok = true;
    if (total != "*") {
        range.total = total.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (span != "*") {
        const qsizetype dash = span.indexOf('-');
        if (dash <= 0)
            return std::nullopt;
        bool firstOk = false;
        bool lastOk = false;
        range.first = span.left(dash).toLongLong(&firstOk);
        range.last = span.mid(dash + 1).toLongLong(&lastOk);
        if (!firstOk || !lastOk)
            return std::nullopt;
    }
    return range;
}

std::optional<std::uint64_t> headerChecksum(const QNetworkReply &reply)
{
    const QByteArray value = reply.rawHeader("x-oss-hash-crc64ecma").trimmed();
    bool ok = false;
    const std::uint64_t crc = value.toULongLong(&ok);
    return ok ? std::optional<std::uint64_t>(crc) : std::nullopt;
}

std::filesystem::path toFilesystemPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Renames in one step, replacing `to` if it exists (rename(2) on POSIX, MoveFileEx on Windows),
// so no reader ever sees a half-placed file.
QString renameReplacing(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(toFilesystemPath(from), toFilesystemPath(to), error);
    return error ? QString::fromLocal8Bit(error.message().c_str()) : QString();
}

QString checksumText(std::uint64_t crc)
{
    return QString::number(crc);
}

} // namespace

BackupDownload::BackupDownload(transport::HttpTransport &transport, DownloadRequest request, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_chunk(chunkBytes, Qt::Uninitialized)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BackupDownload::beginTransfer);
    connect(&m_partHasher, &PartialFileChecksum::finished, this, &BackupDownload::onPartHashed);
}

BackupDownload::~BackupDownload()
{
    discardReply();
}

std::optional<std::chrono::seconds> BackupDownload::timeLeft() const
{
    if (m_total < 0)
        return std::nullopt;
    return m_rate.timeLeft(m_total - m_offset);
}

void BackupDownload::start()
{
    if (m_state != State::Idle)
        return;
    m_monotonic.start();
    if (m_request.targetPath.isEmpty()) {
        finishWith(DownloadOutcome::DiskError, tr("No file name was given for the download."));
        return;
    }
    if (QFileInfo::exists(m_request.targetPath) && !m_request.overwriteExisting) {
        finishWith(DownloadOutcome::DiskError,
                   tr("%1 already exists. Choose another file name, or allow the file to be replaced.")
                       .arg(m_request.targetPath));
        return;
    }
    // A failure here shows up, with the system's reason, when the .part is opened.
    QDir().mkpath(QFileInfo(m_request.targetPath).absolutePath());
    openPartFile();
}

void BackupDownload::openPartFile()
{
    m_part.setFileName(partPath());
    // Unbuffered: a full disk or a revoked permission surfaces on the write that hits it.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        finishWith(DownloadOutcome::DiskError,
                   tr("Could not open %1 for writing: %2").arg(partPath(), m_part.errorString()));
        return;
    }
    const qint64 existing = m_part.size();
    if (existing > 0) {
        qCInfo(lcDownloads).noquote() << "resuming" << partPath() << "from byte" << existing;
        setState(State::Preparing);
        m_partHasher.start(partPath(), existing);
        return;
    }
    m_partHashed = true;
    m_crc = 0;
    m_offset = 0;
    beginTransfer();
}

void BackupDownload::onPartHashed()
{
    if (m_state != State::Preparing)
        return;
    if (!m_partHasher.succeeded()) {
        finishWith(DownloadOutcome::DiskError, m_partHasher.errorString());
        return;
    }
    m_crc = m_partHasher.checksum();
    m_offset = m_partHasher.bytesHashed();
    m_partHashed = true;
    if (!m_part.seek(m_offset)) {
        finishWith(DownloadOutcome::DiskError,
                   tr("Could not resume writing %1: %2").arg(partPath(), m_part.errorString()));
        return;
    }
    noteProgress();
    beginTransfer();
}

void BackupDownload::beginTransfer()
{
    if (m_state == State::Finished || m_state == State::Paused)
        return;
    if (m_request.expectedSize >= 0 && m_offset > m_request.expectedSize) {
        qCInfo(lcDownloads).noquote() << partPath() << "is longer than the backup; starting over";
        if (!restartFromZero())
            return;
    }
    // Everything is already here (a restart after the last byte): no need for the network.
    if (m_request.expectedChecksum && m_request.expectedSize >= 0 && m_offset == m_request.expectedSize) {
        m_total = m_offset;
        verifyAndPlace();
        return;
    }
    if (!m_request.url.isValid() || m_request.url.isEmpty()) {
        requestFreshLink(tr("No download link is known yet."));
        return;
    }
    if (PresignedLink::hasExpired(m_request.url, now())) {
        requestFreshLink(tr("The download link expired at %1.")
                             .arg(PresignedLink::expiry(m_request.url)->toString(Qt::ISODate)));
        return;
    }
    sendRequest();
}

void BackupDownload::requestFreshLink(const QString &why)
{
    if (!m_refresher) {
        finishWith(DownloadOutcome::LinkExpired,
                   tr("%1 No fresh link can be requested for this download.").arg(why));
        return;
    }
    if (m_refreshesWithoutProgress >= m_options.maxLinkRefreshes) {
        finishWith(DownloadOutcome::LinkExpired,
                   tr("%1 The link was renewed %n time(s) without any data arriving.", nullptr,
                      m_refreshesWithoutProgress)
                       .arg(why));
        return;
    }
    ++m_refreshesWithoutProgress;
    qCInfo(lcDownloads).noquote() << "asking for a fresh link for" << m_request.targetPath;
    setState(State::RefreshingLink);
    const quint64 generation = ++m_refreshGeneration;
    QPointer<BackupDownload> self(this);
    // Queued, so a refresher that answers at once does not re-enter this function.
    m_refresher([self, generation](const QUrl &url, const QString &failureReason) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, url, failureReason] {
                if (self && self->m_refreshGeneration == generation && self->m_state == State::RefreshingLink)
                    self->onFreshLink(url, failureReason);
            },
            Qt::QueuedConnection);
    });
}

void BackupDownload::onFreshLink(const QUrl &url, const QString &failureReason)
{
    if (!url.isValid() || url.isEmpty()) {
        finishWith(DownloadOutcome::LinkExpired,
                   failureReason.isEmpty()
                       ? tr("The download link expired and no fresh link could be obtained.")
                       : tr("The download link expired and no fresh link could be obtained: %1").arg(failureReason));
        return;
    }
    qCInfo(lcDownloads).noquote() << "fresh link" << transport::urlForLog(url);
    m_request.url = url;
    beginTransfer();
}

void BackupDownload::sendRequest()
{
    ++m_attempts;
    m_responseAccepted = false;
    m_writeBody = false;
    m_offsetAtAttemptStart = m_offset;

    // A presigned link carries its own authorization: no signing headers, no cookies.
    QNetworkRequest request(m_request.url);
    // Ranges count stored bytes, so transparent decompression must stay off.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    m_transport.applyTlsPolicy(request);

    QNetworkReply *reply = m_transport.networkAccessManager().get(request);
    m_reply = reply;
    reply->setReadBufferSize(replyBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &BackupDownload::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    qCDebug(lcDownloads).noquote() << "GET" << transport::urlForLog(m_request.url) << "from byte" << m_offset
                                   << "attempt" << m_attempts;
    setState(State::Downloading);
}

bool BackupDownload::acceptResponse()
{
    m_responseAccepted = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        if (m_offset > 0) {
            qCInfo(lcDownloads).noquote() << "the server ignored the Range header; starting over";
            if (!restartFromZero())
                return false;
        }
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_total = ok ? length : -1;
        m_headerChecksum = headerChecksum(*m_reply);
        m_writeBody = true;
        return true;
    }
    if (status == 206) {
        const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (!range || range->first != m_offset) {
            qCInfo(lcDownloads).noquote() << "the server sent another range than asked for; starting over";
            discardReply();
            if (restartFromZero())
                retrySoon();
            return false;
        }
        m_total = range->total >= 0 ? range->total : -1;
        m_headerChecksum = headerChecksum(*m_reply);
        m_writeBody = true;
        return true;
    }
    m_writeBody = false; // an error status: its body is read and dropped, the status decides
    return true;
}

void BackupDownload::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_responseAccepted && !acceptResponse())
        return;
    drainReply();
}

bool BackupDownload::drainReply()
{
    if (!m_reply)
        return false;
    if (!m_writeBody) {
        m_reply->skip(m_reply->bytesAvailable());
        return true;
    }
    bool wrote = false;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 got = m_reply->read(m_chunk.data(), m_chunk.size());
        if (got <= 0)
            break;
        if (m_part.write(m_chunk.constData(), got) != got) {
            const QString reason = m_part.errorString();
            discardReply();
            finishWith(DownloadOutcome::DiskError, tr("Could not write to %1: %2").arg(partPath(), reason));
            return false;
        }
        m_crc = Crc64::extend(m_crc, QByteArrayView(m_chunk.constData(), got));
        m_offset += got;
        wrote = true;
    }
    if (wrote)
        noteProgress();
    return true;
}

void BackupDownload::onReplyFinished(QNetworkReply *reply)
{
    if (reply != m_reply) {
        reply->deleteLater();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0 && !m_responseAccepted && !acceptResponse())
        return;
    if (!drainReply())
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    if (m_offset > m_offsetAtAttemptStart) {
        m_failuresWithoutProgress = 0;
        m_refreshesWithoutProgress = 0;
    }

    if (status == 0) {
        // A certificate that was not accepted is not accepted on a retry either.
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            finishWith(DownloadOutcome::NetworkError, describeNetworkFailure(*reply));
            return;
        }
        scheduleRetry(describeNetworkFailure(*reply));
        return;
    }
    if (status == 200 || status == 206) {
        if (reply->error() != QNetworkReply::NoError) {
            scheduleRetry(tr("The connection broke after %1 bytes: %2").arg(m_offset).arg(describeNetworkFailure(*reply)));
            return;
        }
        if (m_total >= 0 && m_offset < m_total) {
            scheduleRetry(tr("The server ended the transfer at %1 of %2 bytes.").arg(m_offset).arg(m_total));
            return;
        }
        if (m_total < 0)
            m_total = m_offset;
        verifyAndPlace();
        return;
    }
    if (status == 416) {
        handleRangeNotSatisfiable(*reply);
        return;
    }
    if (status == 403) {
        requestFreshLink(tr("The server refused the download link (HTTP 403); it has probably expired."));
        return;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 408 || status == 429 || status >= 500) {
        scheduleRetry(tr("The server answered HTTP %1 (%2).").arg(status).arg(reason));
        return;
    }
    finishWith(DownloadOutcome::HttpError,
               tr("The server answered HTTP %1 (%2) for %3.").arg(status).arg(reason, transport::urlForLog(m_request.url)),
               status);
}

void BackupDownload::handleRangeNotSatisfiable(QNetworkReply &reply)
{
    const auto range = parseContentRange(reply.rawHeader("Content-Range"));
    if (range && range->total >= 0 && range->total == m_offset) {
        // The .part already holds the whole object (the last run stopped right at the end).
        m_total = m_offset;
        m_headerChecksum = headerChecksum(reply);
        verifyAndPlace();
        return;
    }
    // The .part is longer than the object (it changed, or the file is foreign): start over.
    qCInfo(lcDownloads).noquote() << "range from" << m_offset << "not satisfiable; starting over";
    if (restartFromZero())
        retrySoon();
}

void BackupDownload::discardReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void BackupDownload::scheduleRetry(const QString &why)
{
    ++m_failuresWithoutProgress;
    if (m_failuresWithoutProgress > m_options.maxRetries) {
        finishWith(DownloadOutcome::NetworkError,
                   tr("The download failed after %n attempt(s): %1", nullptr, m_attempts).arg(why));
        return;
    }
    const double random = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const auto delay = m_options.backoff.delayBeforeRetry(m_failuresWithoutProgress, std::nullopt, random);
    qCInfo(lcDownloads).noquote() << "attempt" << m_attempts << "failed:" << transport::redactSecrets(why)
                                  << "- retrying in" << delay.count() << "ms";
    setState(State::WaitingToRetry);
    Q_EMIT retryScheduled(m_failuresWithoutProgress, delay);
    m_retryTimer.start(delay);
}

void BackupDownload::retrySoon()
{
    setState(State::WaitingToRetry);
    m_retryTimer.start(0);
}

bool BackupDownload::restartFromZero()
{
    m_crc = 0;
    m_offset = 0;
    m_offsetAtAttemptStart = 0;
    m_total = -1;
    m_rate.reset();
    if (!m_part.resize(0) || !m_part.seek(0)) {
        const QString reason = m_part.errorString();
        discardReply();
        finishWith(DownloadOutcome::DiskError, tr("Could not empty %1 to start over: %2").arg(partPath(), reason));
        return false;
    }
    noteProgress();
    return true;
}

void BackupDownload::verifyAndPlace()
{
    m_part.close();
    m_result.actualChecksum = m_crc;
    const auto &expected = m_request.expectedChecksum;
    const QString actualText = checksumText(m_crc);

    QString mismatch;
    if (expected && *expected != m_crc) {
        mismatch = tr("The downloaded file is damaged: its CRC-64 is %1 but the backup's Checksum is %2.")
                       .arg(actualText, checksumText(*expected));
    } else if (m_headerChecksum && *m_headerChecksum != m_crc) {
        mismatch = tr("The downloaded file is damaged: its CRC-64 is %1 but the server reported %2.")
                       .arg(actualText, checksumText(*m_headerChecksum));
    }
    if (!mismatch.isEmpty()) {
        const QString error = renameReplacing(partPath(), corruptPath());
        if (!error.isEmpty()) {
            finishWith(DownloadOutcome::DiskError,
                       tr("%1 Moving the bytes to %2 failed too: %3").arg(mismatch, corruptPath(), error));
            return;
        }
        finishWith(DownloadOutcome::ChecksumMismatch,
                   tr("%1 The bytes were kept as %2 and nothing was written to %3.")
                       .arg(mismatch, corruptPath(), m_request.targetPath));
        return;
    }

    const bool checked = expected.has_value() || m_headerChecksum.has_value();
    if (!checked && !m_request.allowUnverified) {
        finishWith(DownloadOutcome::ChecksumUnavailable,
                   tr("No checksum is known for this backup, so the download cannot be verified. "
                      "The bytes were kept in %1.")
                       .arg(partPath()));
        return;
    }
    if (QFileInfo::exists(m_request.targetPath) && !m_request.overwriteExisting) {
        finishWith(DownloadOutcome::DiskError,
                   tr("%1 appeared during the download and was not replaced; the downloaded file is %2.")
                       .arg(m_request.targetPath, partPath()));
        return;
    }
    const QString error = renameReplacing(partPath(), m_request.targetPath);
    if (!error.isEmpty()) {
        finishWith(DownloadOutcome::DiskError,
                   tr("Could not move the downloaded file to %1: %2").arg(m_request.targetPath, error));
        return;
    }
    if (checked) {
        finishWith(DownloadOutcome::Verified,
                   tr("Saved %1; its CRC-64 %2 matched.").arg(m_request.targetPath, actualText));
    } else {
        finishWith(DownloadOutcome::Unverified,
                   tr("Saved %1 without verification: no checksum is known for this backup.")
                       .arg(m_request.targetPath));
    }
}

void BackupDownload::pause()
{
    switch (m_state) {
    case State::Preparing:
        m_partHasher.cancel();
        m_partHashed = false;
        break;
    case State::RefreshingLink:
        ++m_refreshGeneration; // a late answer is ignored; resume() asks again if still needed
        break;
    case State::WaitingToRetry:
        m_retryTimer.stop();
        break;
    case State::Downloading:
        if (m_responseAccepted)
            drainReply();
        if (m_state == State::Finished)
            return;
        discardReply();
        break;
    case State::Idle:
    case State::Paused:
    case State::Finished:
        return;
    }
    setState(State::Paused);
}

void BackupDownload::resume()
{
    if (m_state != State::Paused)
        return;
    m_failuresWithoutProgress = 0;
    m_refreshesWithoutProgress = 0;
    if (!m_partHashed) {
        setState(State::Preparing);
        m_partHasher.start(partPath(), m_part.size());
        return;
    }
    setState(State::Downloading);
    beginTransfer();
}

void BackupDownload::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Downloading && m_responseAccepted)
        drainReply();
    if (m_state == State::Finished)
        return;
    finishWith(DownloadOutcome::Canceled,
               m_offset > 0 ? tr("The download was canceled; %1 keeps the %n byte(s) received so far.", nullptr,
                                 int(qMin<qint64>(m_offset, std::numeric_limits<int>::max())))
                                  .arg(partPath())
                            : tr("The download was canceled."));
}

void BackupDownload::finishWith(DownloadOutcome outcome, const QString &message, int httpStatus)
{
    if (m_state == State::Finished)
        return;
    m_retryTimer.stop();
    m_partHasher.cancel();
    ++m_refreshGeneration;
    discardReply();
    if (m_part.isOpen())
        m_part.close();

    m_result.outcome = outcome;
    m_result.message = message;
    m_result.httpStatus = httpStatus;
    m_result.bytes = m_offset;
    m_result.expectedChecksum = m_request.expectedChecksum;
    m_result.headerChecksum = m_headerChecksum;
    m_result.attempts = m_attempts;
    switch (outcome) {
    case DownloadOutcome::Verified:
    case DownloadOutcome::Unverified:
        m_result.finalPath = m_request.targetPath;
        break;
    case DownloadOutcome::ChecksumMismatch:
        m_result.finalPath = corruptPath();
        break;
    default:
        m_result.finalPath = QFileInfo::exists(partPath()) ? partPath() : QString();
        break;
    }
    qCInfo(lcDownloads).noquote() << downloadOutcomeName(outcome) << m_request.targetPath << m_offset << "bytes"
                                  << "after" << m_attempts << "attempt(s)";
    setState(State::Finished);
    Q_EMIT finished(QPrivateSignal());
}

void BackupDownload::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BackupDownload::noteProgress()
{
    m_rate.addSample(std::chrono::milliseconds(m_monotonic.isValid() ? m_monotonic.elapsed() : 0), m_offset);
    Q_EMIT progressChanged(m_offset, m_total);
}

QString BackupDownload::describeNetworkFailure(QNetworkReply &reply) const
{
    if (reply.error() == QNetworkReply::OperationCanceledError)
        return tr("No data arrived for %1 s.").arg(double(m_options.transferTimeout.count()) / 1000.0);
    // Qt's texts can quote the whole URL; its query is a credential.
    QString text = reply.errorString();
    for (const QUrl &url : {m_request.url, reply.url()}) {
        text.replace(url.toString(QUrl::FullyEncoded), transport::urlForLog(url));
        text.replace(url.toString(), transport::urlForLog(url));
    }
    return transport::redactSecrets(text);
}

QDateTime BackupDownload::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

} // namespace rdsbm::downloads
