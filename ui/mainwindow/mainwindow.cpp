#include "ui/mainwindow/mainwindow.h"

#include "app/catalog/backupcatalog.h"
#include "app/catalog/instancecatalog.h"
#include "app/i18n/languagemanager.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/backupfilterbar.h"
#include "ui/backups/backupspane.h"
#include "ui/browser/instancebrowser.h"
#include "ui/jobs/activitycontroller.h"
#include "ui/settings/accountscontroller.h"
#include "ui/restore/restoreactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

MainWindow::MainWindow(ApplicationContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_browser(new InstanceBrowser(context.instanceModel(), this))
    , m_backupsPane(new BackupsPane(context.backupModel(), this))
    , m_statusLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    
    auto *centre = new QStackedWidget(this); // the backups, or the welcome page while there is no account
    centre->setObjectName(u"centreStackedWidget"_s);
    centre->addWidget(m_backupsPane);
    setCentralWidget(centre);

    m_browserDock = new QDockWidget(this);
    m_browserDock->setObjectName(u"instanceBrowserDock"_s);
    m_browserDock->setWidget(m_browser);
    m_browserDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    resizeDocks({m_browserDock}, {480}, Qt::Horizontal);

    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_modeLabel->setObjectName(u"modeLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_modeLabel);

    createActions();
    createMenus();
    auto *activity = new ActivityController(m_context, *this, *m_backupsPane);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(activity->viewActions());
    auto *operations = new RestoreActions(m_context, *this);
    menuBar()->insertMenu(m_languageMenu->menuAction(), operations->menu());
    findChild<QToolBar *>(u"mainToolBar"_s)->addActions(operations->actions());
    auto *accounts = new AccountsController(m_context, *this, *centre);
    m_fileMenu->insertActions(m_quitAction, {accounts->addAccountAction(), accounts->importAccountsAction(),
                                             accounts->editAccountAction(), accounts->removeAccountAction()});
    accounts->setCurrentAccountSource([this] { return m_browser->currentProfileName(); });
    m_browser->addContextActions({accounts->editAccountAction(), accounts->removeAccountAction()});
    m_fileMenu->insertSeparator(m_quitAction);

    connect(m_browser, &InstanceBrowser::instanceActivated, this, &MainWindow::showInstance);
    connect(m_browser, &InstanceBrowser::regionRefreshRequested, &m_context.instances(),
            &catalog::InstanceCatalog::refreshRegion);
    connect(&m_context.instances(), &catalog::InstanceCatalog::loadingChanged, this, &MainWindow::updateStatus);
    auto &backups = m_context.backups();
    connect(&backups, &catalog::BackupCatalog::loadingChanged, this, &MainWindow::updateStatus);
    connect(&backups, &catalog::BackupCatalog::progressChanged, this, [this](int done, int total) {
        m_pagesDone = done;
        m_pagesTotal = total;
        updateStatus();
    });
    connect(&backups, &catalog::BackupCatalog::failed, this, [this](const transport::ApiResult &result) {
        m_backupProblem = result.summary();
        updateStatus();
    });

    QSettings settings;
    restoreGeometry(settings.value(u"ui/mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"ui/mainWindow/state"_s).toByteArray());
    if (!settings.contains(u"ui/mainWindow/geometry"_s))
        resize(1600, 900);
    retranslateUi();
    QTimer::singleShot(0, this, &MainWindow::showStartupProblems);
}

void MainWindow::showStartupProblems()
{
    const QStringList &problems = m_context.startupProblems();
    if (problems.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("RDS Backup Manager"),
                                tr("Some saved work could not be read at start-up (see the details). A damaged file "
                                   "is kept beside the new one, never overwritten."),
                                QMessageBox::Ok, this);
    box->setObjectName(u"startupProblemsMessageBox"_s);
    box->setDetailedText(problems.join(u'\n'));
    box->setInformativeText(problems.first());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_context.instances().refresh();
        if (m_context.backups().instance())
            m_context.backups().refresh();
    });

    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_backupsPane->filterBar(), &BackupFilterBar::focusSearch);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcuts({QKeySequence::Quit, QKeySequence(u"Ctrl+Q"_s)});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About RDS Backup Manager"),
                           tr("<h3>RDS Backup Manager %1</h3><p>Backups and restores for Alibaba Cloud RDS, "
                              "Database Backup (DBS) and Huawei Cloud RDS.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : i18n::LanguageManager::supportedLanguages()) {
        auto *action = new QAction(i18n::LanguageManager::nativeName(language), m_languageGroup);
        action->setObjectName(u"languageAction_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_context.languages().language());
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_refreshAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_browserDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::switchLanguage(const QString &language)
{
    if (m_context.languages().setLanguage(language))
        QSettings().setValue(u"ui/language"_s, language);
}

void MainWindow::showInstance()
{
    const auto instance = m_browser->currentInstance();
    if (!instance)
        return;
    m_backupProblem.clear();
    m_pagesDone = m_pagesTotal = 0;
    m_context.backups().load(*instance);
    updateStatus();
}

void MainWindow::updateStatus()
{
    QString text;
    if (m_context.instances().isLoading())
        text = tr("Loading instances…");
    if (m_context.backups().isLoading()) {
        const QString pages = m_pagesTotal > 0 ? tr("Loading backup sets: page %1 of %2…").arg(m_pagesDone).arg(m_pagesTotal)
                                               : tr("Loading backup sets…");
        text = text.isEmpty() ? pages : text + u"  "_s + pages;
    }
    if (text.isEmpty() && !m_backupProblem.isEmpty())
        text = tr("Could not load the backup sets: %1").arg(m_backupProblem);
    if (text.isEmpty()) {
        const auto &instance = m_context.backups().instance();
        text = instance ? tr("%1 in %2").arg(instance->id, instance->regionId) : tr("Ready");
    }
    m_statusLabel->setText(text);
    m_modeLabel->setText(m_context.isDemo() ? tr("Demo mode: simulated clouds on this computer") : QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"ui/mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"ui/mainWindow/state"_s, saveState());
    event->accept();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_context.isDemo() ? tr("RDS Backup Manager — Demo") : tr("RDS Backup Manager"));
    m_browserDock->setWindowTitle(tr("Instances"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Reload instances and backup sets (%1)").arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_findAction->setText(tr("&Find Backup Set…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About RDS Backup Manager"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_context.languages().language());
    updateStatus();
}

} // namespace rdsbm::ui
