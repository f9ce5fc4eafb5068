#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace rdsbm::ui {

class ApplicationContext;
class BackupsPane;
class InstanceBrowser;

// Instances on the left, the selected instance's backup sets in the centre with their details
// beside them, what is loading in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApplicationContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    BackupsPane *backupsPane() const { return m_backupsPane; }
    InstanceBrowser *instanceBrowser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateStatus();
    // What start-up could not read (job journal, downloads list): said once, not silently dropped.
    void showStartupProblems();
    void showInstance();
    void switchLanguage(const QString &language);

    ApplicationContext &m_context;
    InstanceBrowser *m_browser;
    BackupsPane *m_backupsPane;
    QLabel *m_statusLabel;
    QLabel *m_modeLabel;
    QString m_backupProblem;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QDockWidget *m_browserDock = nullptr;
};

} // namespace rdsbm::ui
