#pragma once

#include "app/downloads/downloadresult.h"
#include "app/downloads/partialfilechecksum.h"
#include "app/downloads/transferratemeter.h"
#include "app/transport/backoffpolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

class QNetworkReply;

namespace rdsbm::transport {
class HttpTransport;
}

namespace rdsbm::downloads {

struct DownloadRequest
{
    QUrl url;                 // the presigned link; may be empty when a link refresher is set
    QString targetPath;       // the verified file ends up here; PATH.part holds it meanwhile
    std::optional<std::uint64_t> expectedChecksum; // the backup's Checksum (CRC-64/XZ)
    qint64 expectedSize = -1; // bytes, -1 when unknown
    bool overwriteExisting = false; // may a file already at targetPath be replaced?
    bool allowUnverified = false;   // with no checksum at all, keep the file (Unverified) or not
};

// Hands the download a fresh link: a valid URL, or an empty one with a reason for the user.
using LinkDelivery = std::function<void(const QUrl &freshUrl, const QString &failureReason)>;
// Called when the link has expired (403, or its Expires is past). The caller asks the provider
// for the backup again (DescribeBackups, the backup-files API) and calls `deliver` once, at any
// later time. A download canceled or paused in between ignores the late answer.
using LinkRefresher = std::function<void(LinkDelivery deliver)>;

struct DownloadOptions
{
    int maxRetries = 5;        // consecutive failed attempts that brought no new bytes
    int maxLinkRefreshes = 3;  // consecutive refreshes that brought no new bytes
    // Inactivity on the connection, not the whole transfer: a slow, live download survives.
    std::chrono::milliseconds transferTimeout{60000};
    transport::BackoffPolicy backoff{std::chrono::milliseconds(1000), std::chrono::milliseconds(30000)};
};

// One backup file from a presigned link to a verified local file, resumable across
// interruptions and restarts. The bytes stream to PATH.part (each chunk written as it arrives,
// never held in memory) while the CRC-64 is updated on the fly; a resume asks for
// `Range: bytes=<size of .part>-` after re-reading the .part's CRC in bounded slices.
// On a match PATH.part becomes PATH in one rename; on a mismatch the bytes become PATH.corrupt.
// finished() is emitted exactly once; read result() then. The object is not deleted for you.
class BackupDownload : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Preparing,      // re-reading an existing .part to resume its CRC
        RefreshingLink, // waiting for the caller's fresh link
        Downloading,
        WaitingToRetry,
        Paused,
        Finished,
    };
    Q_ENUM(State)

    BackupDownload(transport::HttpTransport &transport, DownloadRequest request, QObject *parent = nullptr);
    ~BackupDownload() override;

    void setLinkRefresher(LinkRefresher refresher) { m_refresher = std::move(refresher); }
    void setOptions(const DownloadOptions &options) { m_options = options; }
    // The wall clock that decides whether a link's Expires has passed.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // [0, 1) for the backoff jitter.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    const DownloadRequest &request() const { return m_request; }
    QString partPath() const { return m_request.targetPath + QStringLiteral(".part"); }
    QString corruptPath() const { return m_request.targetPath + QStringLiteral(".corrupt"); }

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    qint64 bytesReceived() const { return m_offset; } // bytes in PATH.part
    qint64 bytesTotal() const { return m_total; }     // -1 while unknown
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    std::optional<std::chrono::seconds> timeLeft() const;
    const DownloadResult &result() const { return m_result; }

public Q_SLOTS:
    void start();
    // Stops the transfer and keeps PATH.part open for resume(); safe in any state.
    void pause();
    void resume();
    // Ends the download as Canceled; PATH.part stays for a later resume. Safe in any state.
    void cancel();

Q_SIGNALS:
    void stateChanged(rdsbm::downloads::BackupDownload::State state);
    void progressChanged(qint64 bytesReceived, qint64 bytesTotal);
    void retryScheduled(int failedAttempts, std::chrono::milliseconds delay);
    void finished(QPrivateSignal);

private:
    void openPartFile();
    void onPartHashed();
    void beginTransfer();
    void requestFreshLink(const QString &why);
    void onFreshLink(const QUrl &url, const QString &failureReason);
    void sendRequest();
    bool acceptResponse();
    void onReadyRead();
    bool drainReply();
    void onReplyFinished(QNetworkReply *reply);
    void handleRangeNotSatisfiable(QNetworkReply &reply);
    void discardReply();
    void scheduleRetry(const QString &why);
    void retrySoon();
    bool restartFromZero();
    void verifyAndPlace();
    void finishWith(DownloadOutcome outcome, const QString &message, int httpStatus = 0);
    void setState(State state);
    void noteProgress();
    QString describeNetworkFailure(QNetworkReply &reply) const;
    QDateTime now() const;

    transport::HttpTransport &m_transport;
    DownloadRequest m_request;
    DownloadOptions m_options;
    LinkRefresher m_refresher;
    std::function<QDateTime()> m_clock;
    std::function<double()> m_random;

    State m_state = State::Idle;
    DownloadResult m_result;
    QFile m_part;
    PartialFileChecksum m_partHasher;
    bool m_partHashed = false;
    std::uint64_t m_crc = 0;
    qint64 m_offset = 0;
    qint64 m_total = -1;
    std::optional<std::uint64_t> m_headerChecksum;

    QPointer<QNetworkReply> m_reply;
    bool m_responseAccepted = false;
    bool m_writeBody = false;
    qint64 m_offsetAtAttemptStart = 0;
    QByteArray m_chunk;

    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_failuresWithoutProgress = 0;
    int m_refreshesWithoutProgress = 0;
    quint64 m_refreshGeneration = 0;

    QElapsedTimer m_monotonic;
    TransferRateMeter m_rate;
};

} // namespace rdsbm::downloads
