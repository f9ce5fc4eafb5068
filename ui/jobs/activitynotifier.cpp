#include "ui/jobs/activitynotifier.h"

#include "app/downloads/downloadqueue.h"
#include "app/jobs/jobtracker.h"
#include "app/models/jobtablemodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;
using rdsbm::downloads::DownloadOutcome;

namespace rdsbm::ui {

namespace {

constexpr int statusMessageMs = 10000;

} // namespace

ActivityNotifier::ActivityNotifier(QMainWindow &window, jobs::JobTracker &jobs, downloads::DownloadQueue &downloads,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(&jobs, &jobs::JobTracker::jobFinished, this, &ActivityNotifier::onJobFinished);
    connect(&downloads, &downloads::DownloadQueue::downloadFinished, this, &ActivityNotifier::onDownloadFinished);
}

ActivityNotifier::~ActivityNotifier()
{
    delete m_trayIcon.data();
}

QString ActivityNotifier::jobMessage(const CloudJob &job)
{
    const QString kind = models::JobTableModel::kindText(job.kind);
    switch (job.state) {
    case JobState::Succeeded:
        return tr("%1 on %2 succeeded.").arg(kind, job.instanceId);
    case JobState::Canceled:
        return tr("%1 on %2 was canceled.").arg(kind, job.instanceId);
    default:
        if (!job.errorCode.isEmpty())
            return tr("%1 on %2 failed: %3 %4").arg(kind, job.instanceId, job.errorCode, job.errorMessage).trimmed();
        return tr("%1 on %2 failed.").arg(kind, job.instanceId);
    }
}

void ActivityNotifier::onJobFinished(const CloudJob &job)
{
    notify(job.state == JobState::Succeeded ? tr("Job finished") : tr("Job failed"), jobMessage(job),
           job.state == JobState::Failed);
}

void ActivityNotifier::onDownloadFinished(const QString &, const downloads::DownloadResult &result)
{
    if (result.outcome == DownloadOutcome::Canceled)
        return;
    const QString name = QFileInfo(result.finalPath).fileName();
    switch (result.outcome) {
    case DownloadOutcome::Verified:
        notify(tr("Download finished"), tr("%1 was downloaded and matches its checksum.").arg(name), false);
        break;
    case DownloadOutcome::Unverified:
        notify(tr("Download finished"), tr("%1 was downloaded; the provider gave no checksum to verify it.").arg(name),
               false);
        break;
    case DownloadOutcome::ChecksumMismatch:
        notify(tr("Download failed verification"),
               tr("%1 does not match its checksum; the bytes were kept as a .corrupt file.").arg(name), true);
        break;
    default:
        notify(tr("Download failed"), result.message, true);
        break;
    }
}

void ActivityNotifier::notify(const QString &title, const QString &message, bool failed)
{
    if (m_window.isActiveWindow())
        return;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_trayIcon) {
            m_trayIcon = new QSystemTrayIcon(QApplication::windowIcon());
            m_trayIcon->setToolTip(QApplication::applicationDisplayName());
            connect(m_trayIcon, &QSystemTrayIcon::messageClicked, &m_window, [this] {
                m_window.show();
                m_window.raise();
                m_window.activateWindow();
            });
        }
        m_trayIcon->show();
        m_trayIcon->showMessage(title, message,
                                failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        m_window.statusBar()->showMessage(tr("%1: %2").arg(title, message), statusMessageMs);
        QApplication::alert(&m_window);
    }
    Q_EMIT notified(title, message);
}

} // namespace rdsbm::ui
