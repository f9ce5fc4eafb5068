#include "app/models/backuptablemodel.h"

#include "app/models/displayformat.h"
#include "app/models/modelroles.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::models {

namespace {

bool sameRow(const BackupSet &a, const BackupSet &b)
{
    return a.status == b.status && a.sizeBytes == b.sizeBytes && a.endTime == b.endTime
        && a.checksum == b.checksum && a.downloadUrl == b.downloadUrl && a.available == b.available
        && a.method == b.method && a.type == b.type && a.storeStatus == b.storeStatus;
}

} // namespace

BackupTableModel::BackupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupSet &backup = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(backup, index.column());
    case RawValueRole:
        return rawValue(backup, index.column());
    case StatusRole:
        return backup.status;
    case BackupIdRole:
        return backup.id;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChecksumColumn && backup.checksum)
            return tr("CRC-64 of the backup file: %1").arg(QString::number(*backup.checksum));
        return {};
    default:
        return {};
    }
}

QString BackupTableModel::displayText(const BackupSet &backup, int column) const
{
    switch (column) {
    case BackupIdColumn: return backup.id;
    case StatusColumn: return backup.status;
    case MethodColumn: return backup.method;
    case TypeColumn: return backup.type;
    case ModeColumn: return backup.mode;
    case InitiatorColumn: return backup.initiator;
    case StartTimeColumn: return formatTime(backup.startTime);
    case EndTimeColumn: return formatTime(backup.endTime);
    case SizeColumn: return formatSize(backup.sizeBytes);
    case EngineColumn:
        return backup.engineVersion.isEmpty() ? backup.engine : backup.engine + u' ' + backup.engineVersion;
    case ChecksumColumn:
        return backup.checksum ? u"%1"_s.arg(*backup.checksum, 16, 16, QChar(u'0')).toUpper() : QString();
    case DownloadColumn:
        return backup.isDownloadable() ? tr("Available") : tr("None");
    default:
        return {};
    }
}

QVariant BackupTableModel::rawValue(const BackupSet &backup, int column) const
{
    switch (column) {
    case StartTimeColumn: return backup.startTime;
    case EndTimeColumn: return backup.endTime;
    case SizeColumn: return backup.sizeBytes;
    case ChecksumColumn: return backup.checksum ? QVariant::fromValue<quint64>(*backup.checksum) : QVariant();
    case DownloadColumn: return backup.isDownloadable();
    default: return displayText(backup, column);
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BackupIdColumn: return tr("Backup set ID");
    case StatusColumn: return tr("Status");
    case MethodColumn: return tr("Method");
    case TypeColumn: return tr("Type");
    case ModeColumn: return tr("Mode");
    case InitiatorColumn: return tr("Initiator");
    case StartTimeColumn: return tr("Start time");
    case EndTimeColumn: return tr("End time");
    case SizeColumn: return tr("Size");
    case EngineColumn: return tr("Engine");
    case ChecksumColumn: return tr("Checksum");
    case DownloadColumn: return tr("Download");
    default: return {};
    }
}

void BackupTableModel::setBackups(QList<BackupSet> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    m_rowById.clear();
    reindexFrom(0);
    endResetModel();
}

void BackupTableModel::appendBackups(const QList<BackupSet> &backups)
{
    QList<BackupSet> fresh;
    fresh.reserve(backups.size());
    QSet<QString> seen;
    for (const BackupSet &backup : backups)
        if (!m_rowById.contains(backup.id) && !seen.contains(backup.id)) {
            seen.insert(backup.id);
            fresh.append(backup);
        }
    if (fresh.isEmpty())
        return;
    const int first = int(m_backups.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_backups.append(fresh);
    reindexFrom(first);
    endInsertRows();
}

void BackupTableModel::mergeBackups(const QList<BackupSet> &backups)
{
    QHash<QString, const BackupSet *> incoming;
    incoming.reserve(backups.size());
    for (const BackupSet &backup : backups)
        incoming.insert(backup.id, &backup);

    // Remove vanished rows in contiguous runs, from the bottom so indexes stay valid.
    for (int row = int(m_backups.size()) - 1; row >= 0;) {
        if (incoming.contains(m_backups.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_backups.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_backups.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_rowById.clear();
    reindexFrom(0);

    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupSet &current = *incoming.value(m_backups.at(row).id);
        if (!sameRow(m_backups.at(row), current)) {
            m_backups[row] = current;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    appendBackups(backups);
}

void BackupTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_backups.isEmpty())
        Q_EMIT dataChanged(index(0, DownloadColumn), index(rowCount() - 1, DownloadColumn));
}

void BackupTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_backups.size(); ++i)
        m_rowById.insert(m_backups.at(i).id, i);
}

} // namespace rdsbm::models
