#pragma once

#include "app/domain/backupset.h"
#include "app/domain/dbinstance.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDialog;
class QMenu;

namespace rdsbm::ui {

class ApplicationContext;
class MainWindow;

// The operations menu: Create Backup and the three restores, enabled for what is selected
// (an Alibaba instance for CreateBackup, the cross-region restore and DBS; a Huawei instance for
// the Huawei restore), each opening its dialog or wizard with the selection filled in.
class RestoreActions : public QObject
{
    Q_OBJECT

public:
    RestoreActions(ApplicationContext &context, MainWindow &window);

    QAction *createBackupAction() const { return m_createBackupAction; }
    QAction *ddrRestoreAction() const { return m_ddrRestoreAction; }
    QAction *dbsRestoreAction() const { return m_dbsRestoreAction; }
    QAction *huaweiRestoreAction() const { return m_huaweiRestoreAction; }
    QList<QAction *> actions() const;
    QMenu *menu() const { return m_menu; }
    // The dialog or wizard opened last, while it is open.
    QDialog *openDialog() const { return m_openDialog; }

public Q_SLOTS:
    void setInstance(const std::optional<rdsbm::DbInstance> &instance);
    void setBackup(const std::optional<rdsbm::BackupSet> &backup);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);

private:
    void retranslateUi();
    void updateEnabled();
    void show(QDialog *dialog);
    void openCreateBackup();
    void openDdrRestore();
    void openDbsRestore();
    void openHuaweiRestore();

    ApplicationContext &m_context;
    MainWindow &m_window;
    std::optional<DbInstance> m_instance;
    std::optional<BackupSet> m_backup;
    QPointer<QDialog> m_openDialog;
    QMenu *m_menu;
    QAction *m_createBackupAction;
    QAction *m_ddrRestoreAction;
    QAction *m_dbsRestoreAction;
    QAction *m_huaweiRestoreAction;
};

} // namespace rdsbm::ui
