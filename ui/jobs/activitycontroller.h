#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace rdsbm::ui {

class ActivityNotifier;
class ApplicationContext;
class BackupDownloadStarter;
class BackupsPane;
class DownloadsDock;
class JobsDock;

// Puts the Downloads and Jobs docks at the bottom of the main window, connects the details
// panel's Download buttons to the download queue, and notifies the user when something ends
// while the window is in the background. Construct it before the window restores its state.
class ActivityController : public QObject
{
    Q_OBJECT

public:
    ActivityController(ApplicationContext &context, QMainWindow &window, BackupsPane &pane);

    DownloadsDock *downloadsDock() const { return m_downloadsDock; }
    JobsDock *jobsDock() const { return m_jobsDock; }
    BackupDownloadStarter *downloadStarter() const { return m_starter; }
    ActivityNotifier *notifier() const { return m_notifier; }
    // Show/hide actions for the View menu, with their shortcuts.
    QList<QAction *> viewActions() const;

private:
    DownloadsDock *m_downloadsDock;
    JobsDock *m_jobsDock;
    BackupDownloadStarter *m_starter;
    ActivityNotifier *m_notifier;
};

} // namespace rdsbm::ui
