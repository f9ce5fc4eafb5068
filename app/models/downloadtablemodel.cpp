#include "app/models/downloadtablemodel.h"

#include "app/models/displayformat.h"
#include "app/models/modelroles.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using rdsbm::downloads::BackupDownload;
using rdsbm::downloads::DownloadOutcome;
using rdsbm::downloads::QueuedDownload;

namespace rdsbm::models {

namespace {

// A waiting or paused entry has no running object: its .part tells how far it got.
qint64 partSize(const QString &targetPath)
{
    const QFileInfo part(targetPath + u".part"_s);
    return part.exists() ? part.size() : 0;
}

} // namespace

DownloadTableModel::DownloadTableModel(downloads::DownloadQueue &queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    m_sampler.setInterval(std::chrono::milliseconds(250));
    connect(&m_sampler, &QTimer::timeout, this, &DownloadTableModel::sample);
    connect(&m_queue, &downloads::DownloadQueue::entriesChanged, this, &DownloadTableModel::syncWithQueue);
    connect(&m_queue, &downloads::DownloadQueue::downloadStarted, this, &DownloadTableModel::onStarted);
    connect(&m_queue, &downloads::DownloadQueue::downloadFinished, this, &DownloadTableModel::onFinished);
    syncWithQueue();
    for (const QueuedDownload &entry : m_queue.entries())
        if (BackupDownload *download = m_queue.download(entry.id))
            onStarted(entry.id, download);
}

int DownloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DownloadTableModel::rowOfDownload(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int DownloadTableModel::rowOfBackup(const QString &backupId) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (m_rows.at(row).source.value(u"backupId"_s).toString() == backupId)
            return row;
    return -1;
}

QString DownloadTableModel::rowStateKey(RowState state)
{
    switch (state) {
    case RowState::Waiting: return u"waiting"_s;
    case RowState::Running: return u"running"_s;
    case RowState::Paused: return u"paused"_s;
    case RowState::Failed: return u"failed"_s;
    case RowState::Verified: return u"verified"_s;
    case RowState::Unverified: return u"unverified"_s;
    case RowState::Mismatch: return u"mismatch"_s;
    case RowState::Canceled: return u"canceled"_s;
    }
    return {};
}

QVariant DownloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case StatusRole:
        return rowStateKey(row.state);
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(row.targetPath);
        if (index.column() == StateColumn && !row.problem.isEmpty())
            return row.problem;
        if (index.column() == VerificationColumn && row.result && row.result->expectedChecksum
            && row.result->actualChecksum)
            return tr("Expected CRC-64 %1, received %2.")
                .arg(QString::number(*row.result->expectedChecksum), QString::number(*row.result->actualChecksum));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn || index.column() == SpeedColumn || index.column() == TimeLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString DownloadTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case FileColumn:
        return QFileInfo(row.targetPath).fileName();
    case ProgressColumn: {
        const int percent = rawValue(row, ProgressColumn).toInt();
        return percent < 0 ? QString() : tr("%1%").arg(percent);
    }
    case BytesColumn:
        if (row.bytesTotal < 0)
            return formatSize(row.bytesReceived);
        //: Bytes received of the file's size, e.g. "12.5 MB of 300 MB".
        return tr("%1 of %2").arg(formatSize(row.bytesReceived), formatSize(row.bytesTotal));
    case SpeedColumn:
        if (row.state != RowState::Running || row.bytesPerSecond <= 0)
            return {};
        //: Download speed, e.g. "2.5 MB/s".
        return tr("%1/s").arg(formatSize(qint64(row.bytesPerSecond)));
    case TimeLeftColumn: {
        if (row.state != RowState::Running || !row.timeLeft)
            return {};
        const qint64 seconds = row.timeLeft->count();
        if (seconds >= 3600)
            return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60);
        if (seconds >= 60)
            return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
        //: Seconds left, e.g. "42 s".
        return tr("%1 s").arg(seconds);
    }
    case StateColumn:
        return stateText(row);
    case VerificationColumn:
        return verificationText(row);
    default:
        return {};
    }
}

QString DownloadTableModel::stateText(const Row &row) const
{
    switch (row.state) {
    case RowState::Waiting: return tr("Queued");
    case RowState::Paused: return tr("Paused");
    case RowState::Failed: return tr("Failed");
    case RowState::Verified:
    case RowState::Unverified: return tr("Completed");
    case RowState::Mismatch: return tr("Failed verification");
    case RowState::Canceled: return tr("Canceled");
    case RowState::Running:
        break;
    }
    switch (row.phase) {
    case BackupDownload::State::Preparing: return tr("Checking the partial file");
    case BackupDownload::State::RefreshingLink: return tr("Getting a fresh link");
    case BackupDownload::State::WaitingToRetry: return tr("Waiting to retry");
    default: return tr("Downloading");
    }
}

QString DownloadTableModel::verificationText(const Row &row) const
{
    switch (row.state) {
    case RowState::Verified: return tr("Verified");
    //: The downloaded bytes did not match the checksum; they were kept as FILE.corrupt.
    case RowState::Mismatch: return tr("Mismatch: kept as .corrupt");
    case RowState::Unverified: return tr("Unverified: no checksum");
    case RowState::Running:
    case RowState::Waiting:
    case RowState::Paused:
        return row.expectedChecksum ? tr("Checked when complete") : tr("No checksum to check");
    case RowState::Failed:
    case RowState::Canceled:
        return {};
    }
    return {};
}

QVariant DownloadTableModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case ProgressColumn:
        if (row.state == RowState::Verified || row.state == RowState::Unverified)
            return 100;
        if (row.bytesTotal <= 0)
            return -1;
        return int(std::min<qint64>(100, row.bytesReceived * 100 / row.bytesTotal));
    case BytesColumn: return row.bytesReceived;
    case SpeedColumn: return row.bytesPerSecond;
    case TimeLeftColumn: return row.timeLeft ? qint64(row.timeLeft->count()) : qint64(-1);
    default: return displayText(row, column);
    }
}

QVariant DownloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case ProgressColumn: return tr("Progress");
    case BytesColumn: return tr("Received");
    case SpeedColumn: return tr("Speed");
    case TimeLeftColumn: return tr("Time left");
    case StateColumn: return tr("State");
    case VerificationColumn: return tr("Verification");
    default: return {};
    }
}

void DownloadTableModel::clearFinished()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!m_rows.at(row).isFinished())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void DownloadTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

DownloadTableModel::RowState DownloadTableModel::stateOf(QueuedDownload::Status status)
{
    switch (status) {
    case QueuedDownload::Status::Waiting: return RowState::Waiting;
    case QueuedDownload::Status::Running: return RowState::Running;
    case QueuedDownload::Status::Paused: return RowState::Paused;
    case QueuedDownload::Status::Failed: return RowState::Failed;
    }
    return RowState::Waiting;
}

DownloadTableModel::Row DownloadTableModel::rowFor(const QueuedDownload &entry)
{
    Row row;
    row.id = entry.id;
    row.targetPath = entry.targetPath;
    row.source = entry.source;
    row.expectedChecksum = entry.expectedChecksum;
    row.state = stateOf(entry.status);
    row.bytesTotal = entry.expectedSize;
    row.bytesReceived = partSize(entry.targetPath);
    row.problem = entry.lastError;
    return row;
}

// Entries in the queue are inserted or updated; rows whose entry left the queue stay when
// they ended (onFinished came first) and go when the entry was removed.
void DownloadTableModel::syncWithQueue()
{
    const QList<QueuedDownload> entries = m_queue.entries();
    QSet<QString> present;
    for (const QueuedDownload &entry : entries) {
        present.insert(entry.id);
        const int at = rowOfDownload(entry.id);
        if (at < 0) {
            const int last = int(m_rows.size());
            beginInsertRows({}, last, last);
            m_rows.append(rowFor(entry));
            endInsertRows();
            continue;
        }
        Row &row = m_rows[at];
        const RowState state = stateOf(entry.status);
        if (row.state == state && row.problem == entry.lastError)
            continue;
        // A retried failure starts a new run: the old result no longer describes it.
        if (state != RowState::Failed)
            row.result.reset();
        row.state = state;
        row.problem = entry.lastError;
        if (row.running)
            sampleRow(row);
        else
            row.bytesReceived = partSize(row.targetPath);
        if (state != RowState::Running) {
            row.bytesPerSecond = 0;
            row.timeLeft.reset();
        }
        emitRowChanged(at);
    }
    for (int at = int(m_rows.size()) - 1; at >= 0; --at) {
        const Row &row = m_rows.at(at);
        if (present.contains(row.id) || row.isFinished())
            continue;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }
    updateSampling();
}

void DownloadTableModel::onStarted(const QString &id, BackupDownload *download)
{
    int at = rowOfDownload(id);
    if (at < 0) {
        syncWithQueue();
        at = rowOfDownload(id);
        if (at < 0)
            return;
    }
    Row &row = m_rows[at];
    row.running = download;
    row.result.reset();
    connect(download, &BackupDownload::stateChanged, this, [this, id] {
        const int changed = rowOfDownload(id);
        if (changed >= 0 && sampleRow(m_rows[changed]))
            emitRowChanged(changed);
    });
    sampleRow(row);
    emitRowChanged(at);
    updateSampling();
}

void DownloadTableModel::onFinished(const QString &id, const downloads::DownloadResult &result)
{
    const int at = rowOfDownload(id);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    row.result = result;
    row.running.clear();
    row.bytesReceived = result.bytes;
    row.bytesPerSecond = 0;
    row.timeLeft.reset();
    switch (result.outcome) {
    case DownloadOutcome::Verified: row.state = RowState::Verified; break;
    case DownloadOutcome::Unverified: row.state = RowState::Unverified; break;
    case DownloadOutcome::ChecksumMismatch: row.state = RowState::Mismatch; break;
    case DownloadOutcome::Canceled: row.state = RowState::Canceled; break;
    default: row.state = RowState::Failed; break;
    }
    if (row.state == RowState::Verified || row.state == RowState::Unverified)
        row.bytesTotal = result.bytes;
    row.problem = result.succeeded() ? QString() : result.message;
    emitRowChanged(at);
    updateSampling();
}

void DownloadTableModel::sample()
{
    for (int at = 0; at < m_rows.size(); ++at)
        if (m_rows.at(at).running && sampleRow(m_rows[at]))
            emitRowChanged(at);
    updateSampling();
}

bool DownloadTableModel::sampleRow(Row &row)
{
    const BackupDownload *download = row.running.data();
    if (!download || download->isFinished())
        return false;
    const qint64 total = download->bytesTotal() >= 0 ? download->bytesTotal() : row.bytesTotal;
    const bool running = row.state == RowState::Running;
    const double speed = running ? download->bytesPerSecond() : 0;
    const auto timeLeft = running ? download->timeLeft() : std::nullopt;
    const bool changed = row.bytesReceived != download->bytesReceived() || row.bytesTotal != total
        || row.bytesPerSecond != speed || row.timeLeft != timeLeft || row.phase != download->state();
    row.bytesReceived = download->bytesReceived();
    row.bytesTotal = total;
    row.bytesPerSecond = speed;
    row.timeLeft = timeLeft;
    row.phase = download->state();
    return changed;
}

void DownloadTableModel::updateSampling()
{
    const bool anyRunning = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [](const Row &row) { return row.running && row.state == RowState::Running; });
    if (anyRunning && !m_sampler.isActive())
        m_sampler.start();
    else if (!anyRunning)
        m_sampler.stop();
}

void DownloadTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace rdsbm::models
