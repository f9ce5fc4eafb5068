#pragma once

#include "app/domain/cloudjob.h"
#include "app/downloads/downloadresult.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QSystemTrayIcon;

namespace rdsbm::jobs {
class JobTracker;
}
namespace rdsbm::downloads {
class DownloadQueue;
}

namespace rdsbm::ui {

// Tells the user that a job or a download ended while they were in another window: a desktop
// notification through the system tray when there is one, else a status-bar message and a
// flash of the taskbar entry (QApplication::alert). Silent while the window is active, since
// the docks already show it, and for downloads the user canceled.
class ActivityNotifier : public QObject
{
    Q_OBJECT

public:
    ActivityNotifier(QMainWindow &window, jobs::JobTracker &jobs, downloads::DownloadQueue &downloads,
                     QObject *parent = nullptr);
    ~ActivityNotifier() override;

    static QString jobMessage(const CloudJob &job);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    void onJobFinished(const CloudJob &job);
    void onDownloadFinished(const QString &id, const downloads::DownloadResult &result);
    void notify(const QString &title, const QString &message, bool failed);

    QMainWindow &m_window;
    QPointer<QSystemTrayIcon> m_trayIcon;
};

} // namespace rdsbm::ui
