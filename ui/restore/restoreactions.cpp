#include "ui/restore/restoreactions.h"

#include "app/i18n/languagemanager.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/backupspane.h"
#include "ui/backups/createbackupdialog.h"
#include "ui/browser/instancebrowser.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/ddrrestorewizard.h"
#include "ui/restore/huaweirestorewizard.h"

#include <QAction>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

RestoreActions::RestoreActions(ApplicationContext &context, MainWindow &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
    , m_menu(new QMenu(&window))
    , m_createBackupAction(new QAction(this))
    , m_ddrRestoreAction(new QAction(this))
    , m_dbsRestoreAction(new QAction(this))
    , m_huaweiRestoreAction(new QAction(this))
{
    m_menu->setObjectName(u"operationsMenu"_s);
    m_createBackupAction->setObjectName(u"createBackupAction"_s);
    m_ddrRestoreAction->setObjectName(u"ddrRestoreAction"_s);
    m_dbsRestoreAction->setObjectName(u"dbsRestoreAction"_s);
    m_huaweiRestoreAction->setObjectName(u"huaweiRestoreAction"_s);
    m_createBackupAction->setShortcut(QKeySequence(u"Ctrl+B"_s));
    m_menu->addAction(m_createBackupAction);
    m_menu->addSeparator();
    m_menu->addAction(m_ddrRestoreAction);
    m_menu->addAction(m_dbsRestoreAction);
    m_menu->addAction(m_huaweiRestoreAction);
    // Shortcuts work while the window has focus, whether or not the menu or toolbar shows them.
    window.addActions(actions());

    connect(m_createBackupAction, &QAction::triggered, this, &RestoreActions::openCreateBackup);
    connect(m_ddrRestoreAction, &QAction::triggered, this, &RestoreActions::openDdrRestore);
    connect(m_dbsRestoreAction, &QAction::triggered, this, &RestoreActions::openDbsRestore);
    connect(m_huaweiRestoreAction, &QAction::triggered, this, &RestoreActions::openHuaweiRestore);
    connect(window.instanceBrowser(), &InstanceBrowser::instanceActivated, this,
            [this](const DbInstance &instance) { setInstance(instance); });
    connect(window.backupsPane(), &BackupsPane::selectedBackupChanged, this,
            [this] { setBackup(m_window.backupsPane()->selectedBackup()); });
    connect(&m_context.languages(), &i18n::LanguageManager::languageChanged, this, &RestoreActions::retranslateUi);
    retranslateUi();
    updateEnabled();
}

QList<QAction *> RestoreActions::actions() const
{
    return {m_createBackupAction, m_ddrRestoreAction, m_dbsRestoreAction, m_huaweiRestoreAction};
}

void RestoreActions::setInstance(const std::optional<DbInstance> &instance)
{
    m_instance = instance;
    m_backup.reset();
    updateEnabled();
}

void RestoreActions::setBackup(const std::optional<BackupSet> &backup)
{
    m_backup = backup;
    updateEnabled();
}

void RestoreActions::updateEnabled()
{
    const bool alibaba = m_instance && m_instance->provider == Provider::Alibaba;
    const bool huawei = m_instance && m_instance->provider == Provider::Huawei;
    m_createBackupAction->setEnabled(alibaba);
    m_ddrRestoreAction->setEnabled(alibaba);
    m_dbsRestoreAction->setEnabled(alibaba);
    m_huaweiRestoreAction->setEnabled(huawei);
}

void RestoreActions::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void RestoreActions::openCreateBackup()
{
    if (m_instance && m_instance->provider == Provider::Alibaba)
        show(new CreateBackupDialog(m_context, *m_instance, &m_window));
}

void RestoreActions::openDdrRestore()
{
    if (m_instance && m_instance->provider == Provider::Alibaba)
        show(new DdrRestoreWizard(m_context, *m_instance, &m_window));
}

void RestoreActions::openDbsRestore()
{
    if (m_instance && m_instance->provider == Provider::Alibaba)
        show(new DbsRestoreWizard(m_context, *m_instance, &m_window));
}

void RestoreActions::openHuaweiRestore()
{
    if (!m_instance || m_instance->provider != Provider::Huawei)
        return;
    auto *wizard = new HuaweiRestoreWizard(m_context, *m_instance, &m_window);
    if (m_backup && m_backup->provider == Provider::Huawei && m_backup->instanceId == m_instance->id)
        wizard->setPreferredBackup(*m_backup);
    show(wizard);
}

void RestoreActions::retranslateUi()
{
    m_menu->setTitle(tr("&Operations"));
    m_createBackupAction->setText(tr("Create &Backup…"));
    m_createBackupAction->setToolTip(tr("Create a backup set of the selected Alibaba Cloud instance (%1)")
                                         .arg(m_createBackupAction->shortcut().toString(QKeySequence::NativeText)));
    m_ddrRestoreAction->setText(tr("&Cross-region Restore (RDS)…"));
    m_ddrRestoreAction->setToolTip(tr("Restore databases and tables of a cross-region backup into an existing "
                                      "instance"));
    m_dbsRestoreAction->setText(tr("&DBS Restore Task…"));
    m_dbsRestoreAction->setToolTip(tr("Create and start a Database Backup (DBS) restore task"));
    m_huaweiRestoreAction->setText(tr("&Huawei Restore…"));
    m_huaweiRestoreAction->setToolTip(tr("Restore a Huawei Cloud instance from a backup or to a point in time"));
}

} // namespace rdsbm::ui
