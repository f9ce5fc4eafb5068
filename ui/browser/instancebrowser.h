#pragma once

#include "app/domain/dbinstance.h"

#include <QWidget>

class QAction;
class QTreeView;

namespace rdsbm::models {
class InstanceTreeModel;
}

namespace rdsbm::ui {

// The left side of the main window: accounts, their regions and instances.
class InstanceBrowser : public QWidget
{
    Q_OBJECT

public:
    InstanceBrowser(models::InstanceTreeModel &model, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_treeView; }
    std::optional<DbInstance> currentInstance() const;
    // The account of the current row, whichever level it is on; empty with no current row.
    QString currentProfileName() const;
    // Shown on a right click on any row (they act on currentProfileName()).
    void addContextActions(const QList<QAction *> &actions);
    void selectInstance(const QString &profileName, const QString &regionId, const QString &instanceId);

Q_SIGNALS:
    void instanceActivated(const rdsbm::DbInstance &instance);
    void regionRefreshRequested(int catalogRegionIndex);

private:
    models::InstanceTreeModel &m_model;
    QTreeView *m_treeView;
    QList<QAction *> m_contextActions;
    QString m_contextProfileName;
};

} // namespace rdsbm::ui
