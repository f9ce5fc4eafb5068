#pragma once

#include "app/downloads/backupdownload.h"
#include "app/downloads/downloadqueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace rdsbm::models {

// The DownloadQueue's entries, one row per file, plus the downloads that ended in this session
// (the queue forgets those; the user still wants to see "Verified"). Rows follow the queue's
// signals by id; speed and time left are sampled a few times a second while anything runs,
// so a burst of chunks never floods the view.
class DownloadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        ProgressColumn,
        BytesColumn,
        SpeedColumn,
        TimeLeftColumn,
        StateColumn,
        VerificationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Where a row is, as one word: "waiting", "running", "paused", "failed", "verified",
    // "unverified", "mismatch", "canceled". StatusRole returns it.
    enum class RowState { Waiting, Running, Paused, Failed, Verified, Unverified, Mismatch, Canceled };
    Q_ENUM(RowState)

    struct Row
    {
        QString id;
        QString targetPath;
        QJsonObject source;                   // the queue's description of the backup
        std::optional<std::uint64_t> expectedChecksum;
        RowState state = RowState::Waiting;
        downloads::BackupDownload::State phase = downloads::BackupDownload::State::Idle;
        qint64 bytesReceived = 0;
        qint64 bytesTotal = -1;
        double bytesPerSecond = 0;
        std::optional<std::chrono::seconds> timeLeft;
        QString problem;                      // why it failed, for the user
        std::optional<downloads::DownloadResult> result; // once it ended
        QPointer<downloads::BackupDownload> running;

        bool isFinished() const { return result.has_value() && state != RowState::Failed; }
    };

    explicit DownloadTableModel(downloads::DownloadQueue &queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfDownload(const QString &id) const;
    // The newest row downloading this backup set (source "backupId"), or -1.
    int rowOfBackup(const QString &backupId) const;

    // Forgets the rows of downloads that ended (they are no longer in the queue).
    void clearFinished();
    void setSampleInterval(std::chrono::milliseconds interval) { m_sampler.setInterval(interval); }
    void retranslate();

    static QString rowStateKey(RowState state);

private:
    void syncWithQueue();
    void onStarted(const QString &id, downloads::BackupDownload *download);
    void onFinished(const QString &id, const downloads::DownloadResult &result);
    void sample();
    bool sampleRow(Row &row);
    void updateSampling();
    void emitRowChanged(int row);
    static Row rowFor(const downloads::QueuedDownload &entry);
    static RowState stateOf(downloads::QueuedDownload::Status status);
    QString displayText(const Row &row, int column) const;
    QString stateText(const Row &row) const;
    QString verificationText(const Row &row) const;
    QVariant rawValue(const Row &row, int column) const;

    downloads::DownloadQueue &m_queue;
    QList<Row> m_rows;
    QTimer m_sampler;
};

} // namespace rdsbm::models
