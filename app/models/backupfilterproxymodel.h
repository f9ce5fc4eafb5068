#pragma once

#include "app/models/backuptablemodel.h"

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

namespace rdsbm::models {

// Sorts and filters a BackupTableModel on typed values (never on display text), reading rows
// through backupAt() so that 100,000 rows sort and filter in tens of milliseconds.
class BackupFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BackupFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Backups that started inside [from, to]; an invalid bound is open.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // Empty sets accept everything.
    void setStatuses(const QSet<QString> &statuses);
    void setMethods(const QSet<QString> &methods);
    void setTypes(const QSet<QString> &types);
    // Case-insensitive substring of the id, status, method, type, mode, engine or checksum.
    void setSearchText(const QString &text);

    const BackupSet &backupAt(const QModelIndex &proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const BackupTableModel *m_backups = nullptr;
    QDateTime m_from;
    QDateTime m_to;
    QSet<QString> m_statuses;
    QSet<QString> m_methods;
    QSet<QString> m_types;
    QString m_search;
};

} // namespace rdsbm::models
