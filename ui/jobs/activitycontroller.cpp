#include "ui/jobs/activitycontroller.h"

#include "ui/app/applicationcontext.h"
#include "ui/jobs/activitynotifier.h"
#include "ui/jobs/backupdownloadstarter.h"
#include "ui/jobs/downloadsdock.h"
#include "ui/jobs/jobsdock.h"

#include <QAction>
#include <QMainWindow>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

ActivityController::ActivityController(ApplicationContext &context, QMainWindow &window, BackupsPane &pane)
    : QObject(&window)
    , m_downloadsDock(new DownloadsDock(context.downloads(), &window))
    , m_jobsDock(new JobsDock(context.jobs(), &window))
    , m_starter(new BackupDownloadStarter(context, pane, *m_downloadsDock, this))
    , m_notifier(new ActivityNotifier(window, context.jobs(), context.downloads(), this))
{
    window.addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    window.tabifyDockWidget(m_downloadsDock, m_jobsDock);
    m_downloadsDock->raise();
    window.resizeDocks({m_downloadsDock}, {window.fontMetrics().height() * 14}, Qt::Vertical);

    m_downloadsDock->toggleViewAction()->setObjectName(u"showDownloadsAction"_s);
    m_downloadsDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    m_jobsDock->toggleViewAction()->setObjectName(u"showJobsAction"_s);
    m_jobsDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+J"_s));
}

QList<QAction *> ActivityController::viewActions() const
{
    return {m_downloadsDock->toggleViewAction(), m_jobsDock->toggleViewAction()};
}

} // namespace rdsbm::ui
