#pragma once

#include "app/domain/backupset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rdsbm::models {

// The backup sets of one instance, one row each. A thin adapter over a list of BackupSet:
// replace on an instance switch, append as pages arrive, merge on a refresh (rows diffed by id
// so that selection survives).
class BackupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        BackupIdColumn,
        StatusColumn,
        MethodColumn,
        TypeColumn,
        ModeColumn,
        InitiatorColumn,
        StartTimeColumn,
        EndTimeColumn,
        SizeColumn,
        EngineColumn,
        ChecksumColumn,
        DownloadColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit BackupTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BackupSet &backupAt(int row) const { return m_backups.at(row); }
    int rowOfBackup(const QString &backupId) const { return m_rowById.value(backupId, -1); }
    const QList<BackupSet> &backups() const { return m_backups; }

    void setBackups(QList<BackupSet> backups);
    void appendBackups(const QList<BackupSet> &backups);
    // Updates changed rows, inserts new ones and removes vanished ones; no reset.
    void mergeBackups(const QList<BackupSet> &backups);

    // Header and cell texts follow the language; call after a language switch.
    void retranslate();

private:
    QString displayText(const BackupSet &backup, int column) const;
    QVariant rawValue(const BackupSet &backup, int column) const;
    void reindexFrom(int row);

    QList<BackupSet> m_backups;
    QHash<QString, int> m_rowById;
};

} // namespace rdsbm::models
