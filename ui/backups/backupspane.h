#pragma once

#include "app/domain/backupset.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace rdsbm::models {
class BackupTableModel;
class BackupFilterProxyModel;
}

namespace rdsbm::ui {

class BackupDetailsPanel;
class BackupFilterBar;

// The centre of the main window: filters above the backup table, the selected set's details
// beside it. The table shows whatever the model holds; the pane never loads anything itself.
class BackupsPane : public QWidget
{
    Q_OBJECT

public:
    BackupsPane(models::BackupTableModel &model, QWidget *parent = nullptr);

    BackupFilterBar *filterBar() const { return m_filterBar; }
    BackupDetailsPanel *detailsPanel() const { return m_detailsPanel; }
    QTableView *tableView() const { return m_tableView; }
    std::optional<BackupSet> selectedBackup() const;
    void setSummary(const QString &text);

Q_SIGNALS:
    void selectedBackupChanged();

private:
    void applyFilters();
    void updateDetails();
    void updateCount();
    void collectChoices(int firstRow, int lastRow);
    void resetChoices();

    models::BackupTableModel &m_model;
    models::BackupFilterProxyModel *m_proxy;
    BackupFilterBar *m_filterBar;
    QTableView *m_tableView;
    BackupDetailsPanel *m_detailsPanel;
    QLabel *m_countLabel;
    QString m_summary;
    QSet<QString> m_statuses;
    QSet<QString> m_methods;
    QSet<QString> m_types;
};

} // namespace rdsbm::ui
