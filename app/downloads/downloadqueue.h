#pragma once

#include "app/downloads/backupdownload.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace rdsbm::transport {
class HttpTransport;
}

namespace rdsbm::downloads {

// One entry of the queue, as persisted: what to fetch and where, never the link itself (a
// presigned link is a credential until it expires). `source` is the caller's own description
// of the backup (provider, profile, region, instance, backup id) used to ask for a fresh link.
struct QueuedDownload
{
    enum class Status { Waiting, Running, Paused, Failed };

    QString id;
    QString targetPath;
    std::optional<std::uint64_t> expectedChecksum;
    qint64 expectedSize = -1;
    bool overwriteExisting = false;
    bool allowUnverified = false;
    QJsonObject source;
    QDateTime addedAt;
    Status status = Status::Waiting;
    QString lastError; // why the last run failed, for the user
};

// Runs backup downloads a few at a time and keeps the unfinished ones in
// <stateDirectory>/downloads.json, so the next start finds them again and resumes each from its
// .part. Entries leave the list when they end Verified, Unverified, ChecksumMismatch or
// Canceled; other failures stay, marked Failed, until retried or removed.
class DownloadQueue : public QObject
{
    Q_OBJECT

public:
    // Asks the provider for a fresh link to entry.source's backup and answers through deliver.
    using LinkProvider = std::function<void(const QueuedDownload &entry, LinkDelivery deliver)>;

    DownloadQueue(transport::HttpTransport &transport, QString stateDirectory, LinkProvider linkProvider,
                  QObject *parent = nullptr);
    ~DownloadQueue() override;

    void setMaxConcurrent(int count);
    void setOptions(const DownloadOptions &options) { m_options = options; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Reads the persisted list (after a restart). Entries that were waiting or running wait
    // again; paused and failed ones keep their status. Empty on success, else why not.
    QString load();

    // Adds a download and starts it when a slot is free. `link` may be empty: the link
    // provider is then asked first. Returns the entry's id.
    QString enqueue(QueuedDownload entry, const QUrl &link = {});

    void pause(const QString &id);
    void resume(const QString &id); // also retries a Failed entry
    void cancel(const QString &id);
    void remove(const QString &id); // forgets the entry (its .part stays on disk)

    QList<QueuedDownload> entries() const;
    std::optional<QueuedDownload> entry(const QString &id) const;
    BackupDownload *download(const QString &id) const; // the running object, if any
    int runningCount() const;
    QString stateFilePath() const;

Q_SIGNALS:
    void entriesChanged();
    void downloadStarted(const QString &id, rdsbm::downloads::BackupDownload *download);
    void downloadFinished(const QString &id, const rdsbm::downloads::DownloadResult &result);

private:
    struct Slot
    {
        QueuedDownload entry;
        QUrl link;                               // in memory only
        std::unique_ptr<BackupDownload> running; // while Running or Paused
    };

    Slot *find(const QString &id);
    const Slot *find(const QString &id) const;
    void startWaiting();
    void startSlot(Slot &slot);
    void onFinished(const QString &id);
    void persist();

    transport::HttpTransport &m_transport;
    QString m_stateDirectory;
    LinkProvider m_linkProvider;
    DownloadOptions m_options;
    std::function<QDateTime()> m_clock;
    int m_maxConcurrent = 2;
    std::vector<std::unique_ptr<Slot>> m_slots; // in the order added
};

QString queuedDownloadStatusKey(QueuedDownload::Status status);

} // namespace rdsbm::downloads
