#include "app/models/backupfilterproxymodel.h"

namespace rdsbm::models {

namespace {

template <typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

// Numeric ids ("321020562") sort as numbers, other ids as text.
int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size()) {
        bool aNumeric = false;
        bool bNumeric = false;
        const qulonglong av = a.toULongLong(&aNumeric);
        const qulonglong bv = b.toULongLong(&bNumeric);
        if (aNumeric && bNumeric)
            return compare(av, bv);
    }
    return a.compare(b);
}

} // namespace

BackupFilterProxyModel::BackupFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void BackupFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_backups = qobject_cast<const BackupTableModel *>(sourceModel);
    Q_ASSERT_X(m_backups || !sourceModel, "BackupFilterProxyModel", "needs a BackupTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void BackupFilterProxyModel::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    refilter();
}

void BackupFilterProxyModel::setStatuses(const QSet<QString> &statuses)
{
    m_statuses = statuses;
    refilter();
}

void BackupFilterProxyModel::setMethods(const QSet<QString> &methods)
{
    m_methods = methods;
    refilter();
}

void BackupFilterProxyModel::setTypes(const QSet<QString> &types)
{
    m_types = types;
    refilter();
}

void BackupFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    refilter();
}

const BackupSet &BackupFilterProxyModel::backupAt(const QModelIndex &proxyIndex) const
{
    return m_backups->backupAt(mapToSource(proxyIndex).row());
}

void BackupFilterProxyModel::refilter()
{
    invalidateRowsFilter();
}

bool BackupFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_backups)
        return true;
    const BackupSet &backup = m_backups->backupAt(sourceRow);
    if (m_from.isValid() && backup.startTime < m_from)
        return false;
    if (m_to.isValid() && backup.startTime > m_to)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(backup.status))
        return false;
    if (!m_methods.isEmpty() && !m_methods.contains(backup.method))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(backup.type))
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *field : {&backup.id, &backup.status, &backup.method, &backup.type, &backup.mode,
                                 &backup.engine, &backup.name}) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return backup.checksum
        && QString::number(*backup.checksum, 16).contains(m_search, Qt::CaseInsensitive);
}

bool BackupFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const BackupSet &a = m_backups->backupAt(left.row());
    const BackupSet &b = m_backups->backupAt(right.row());
    int order = 0;
    switch (left.column()) {
    case BackupTableModel::BackupIdColumn: order = compareIds(a.id, b.id); break;
    case BackupTableModel::StatusColumn: order = compareText(a.status, b.status); break;
    case BackupTableModel::MethodColumn: order = compareText(a.method, b.method); break;
    case BackupTableModel::TypeColumn: order = compareText(a.type, b.type); break;
    case BackupTableModel::ModeColumn: order = compareText(a.mode, b.mode); break;
    case BackupTableModel::InitiatorColumn: order = compareText(a.initiator, b.initiator); break;
    case BackupTableModel::StartTimeColumn: order = compare(a.startTime, b.startTime); break;
    case BackupTableModel::EndTimeColumn: order = compare(a.endTime, b.endTime); break;
    case BackupTableModel::SizeColumn: order = compare(a.sizeBytes, b.sizeBytes); break;
    case BackupTableModel::EngineColumn:
        order = compareText(a.engine, b.engine);
        if (order == 0)
            order = compareText(a.engineVersion, b.engineVersion);
        break;
    case BackupTableModel::ChecksumColumn: order = compare(a.checksum.value_or(0), b.checksum.value_or(0)); break;
    case BackupTableModel::DownloadColumn: order = compare(a.isDownloadable(), b.isDownloadable()); break;
    default: break;
    }
    // Ties fall back to the start time, then the id, so the order is total and stable.
    if (order == 0)
        order = compare(a.startTime, b.startTime);
    if (order == 0)
        order = compareIds(a.id, b.id);
    return order < 0;
}

} // namespace rdsbm::models
