#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "app/domain/crc64.h"
#include "app/downloads/downloadqueue.h"
#include "app/jobs/jobstatussource.h"
#include "app/jobs/jobtracker.h"
#include "app/models/backuptablemodel.h"
#include "app/models/downloadtablemodel.h"
#include "app/models/jobtablemodel.h"
#include "app/models/modelroles.h"
#include "app/catalog/backupcatalog.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/backupdetailspanel.h"
#include "ui/backups/backupspane.h"
#include "ui/jobs/activitynotifier.h"
#include "ui/jobs/downloadsdock.h"
#include "ui/jobs/jobsdock.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace rdsbm;
using namespace rdsbm::ui;
using rdsbm::models::DownloadTableModel;
using rdsbm::models::JobTableModel;

namespace {

constexpr int loadTimeoutMs = 20000;
constexpr int downloadTimeoutMs = 120000;

// Answers each poll with the next scripted update, later, like a provider would.
class ScriptedJobSource : public jobs::JobStatusSource
{
public:
    QList<jobs::JobUpdate> answers;

    bool handles(const CloudJob &job) const override { return job.kind == JobKind::CreateBackup; }
    void poll(const CloudJob &, QObject *context, std::function<void(jobs::JobUpdate)> done) override
    {
        jobs::JobUpdate next;
        if (answers.isEmpty())
            next.transient = true;
        else
            next = answers.takeFirst();
        QMetaObject::invokeMethod(context, [done, next] { done(next); }, Qt::QueuedConnection);
    }
};

jobs::JobUpdate update(JobState state, int percent, const QString &status)
{
    jobs::JobUpdate u;
    u.state = state;
    u.progressPercent = percent;
    u.providerStatus = status;
    return u;
}

std::uint64_t fileCrc(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    std::uint64_t crc = 0;
    while (!file.atEnd())
        crc = Crc64::extend(crc, file.read(1 << 20));
    return crc;
}

} // namespace

class TestActivityPanels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_stateDir;
    QTemporaryDir m_downloadDir;
    std::unique_ptr<ApplicationContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<ScriptedJobSource> m_jobSource;

    void buildApplication()
    {
        ApplicationOptions options;
        options.demo = true;
        options.language = u"en"_s;
        options.stateDirectory = m_stateDir.path();
        m_context = std::make_unique<ApplicationContext>(options);
        m_jobSource = std::make_shared<ScriptedJobSource>();
        m_context->jobs().addStatusSource(m_jobSource);
        m_context->jobs().setPollInterval(20ms);
        QString error;
        QVERIFY2(m_context->start(error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void tearDownApplication()
    {
        m_window.reset();
        m_context.reset();
    }

    DownloadsDock *downloadsDock() const { return m_window->findChild<DownloadsDock *>(u"downloadsDock"_s); }
    JobsDock *jobsDock() const { return m_window->findChild<JobsDock *>(u"jobsDock"_s); }
    QTableView *backupTable() const { return m_window->findChild<QTableView *>(u"backupTableView"_s); }

    void openFirstAlibabaInstance()
    {
        QTreeView *view = m_window->findChild<QTreeView *>(u"instanceTreeView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, loadTimeoutMs);
        const QModelIndex account = view->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(account) > 0, loadTimeoutMs);
        const QModelIndex region = view->model()->index(0, 0, account);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(region) > 0, loadTimeoutMs);
        view->expand(account);
        view->expand(region);
        const QModelIndex instance = view->model()->index(0, 0, region);
        view->scrollTo(instance);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(instance).center());
        QTRY_COMPARE_WITH_TIMEOUT(backupTable()->model()->rowCount(), 36, loadTimeoutMs);
    }

    // The downloadable backup sets with a checksum, smallest first.
    QList<BackupSet> downloadableBySize() const
    {
        QList<BackupSet> sets;
        for (const BackupSet &backup : m_context->backupModel().backups())
            if (backup.isDownloadable() && backup.checksum && backup.sizeBytes > 0)
                sets.append(backup);
        std::sort(sets.begin(), sets.end(),
                  [](const BackupSet &a, const BackupSet &b) { return a.sizeBytes < b.sizeBytes; });
        return sets;
    }

    void selectBackup(const QString &id)
    {
        QTableView *table = backupTable();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, models::BackupTableModel::StatusColumn);
            if (table->model()->index(row, models::BackupTableModel::BackupIdColumn).data().toString() != id)
                continue;
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QTRY_COMPARE(m_window->backupsPane()->selectedBackup()->id, id);
            return;
        }
        QFAIL("backup set not in the table");
    }

    // Clicks the details panel's Download button and saves to `path` through the file dialog.
    void downloadSelectedTo(const QString &path)
    {
        auto *button = m_window->backupsPane()->detailsPanel()->findChild<QPushButton *>(u"downloadButton"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<QFileDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"saveBackupFileDialog"_s)) && dialog->isVisible());
        QVERIFY(dialog->isModal());
        auto *nameEdit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY2(nameEdit, "the widget-based file dialog is used on the offscreen platform");
        // The suggested name comes from the link.
        QVERIFY(!nameEdit->text().isEmpty());
        // Pasted rather than typed: the file name completer's popup would take the Return key.
        nameEdit->setText(path);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_VERIFY(dialog.isNull());
    }

    QString verificationLineOfPanel() const
    {
        const auto labels = m_window->backupsPane()->detailsPanel()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            for (const QString &prefix : {u"Verified:"_s, u"Mismatch:"_s, u"Downloading and verifying"_s,
                                          u"Not downloaded"_s, u"Unverified:"_s})
                if (label->text().startsWith(prefix))
                    return label->text();
        return {};
    }

    QPushButton *dockButton(const char *name) const
    {
        return downloadsDock()->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false);
        // The test types into Qt's own file dialog, whatever platform theme the machine sets.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        buildApplication();
    }

    void cleanupTestCase()
    {
        tearDownApplication();
    }

    void docksStartEmptyAndExplainThemselves()
    {
        QVERIFY(downloadsDock());
        QVERIFY(jobsDock());
        QCOMPARE(downloadsDock()->model().rowCount(), 0);
        QVERIFY(downloadsDock()->findChild<QLabel *>(u"downloadsEmptyLabel"_s)->isVisibleTo(downloadsDock()));
        QVERIFY(!dockButton("pauseDownloadButton")->isEnabled());
        QVERIFY(!dockButton("clearFinishedDownloadsButton")->isEnabled());
        QCOMPARE(downloadsDock()->windowTitle(), u"Downloads"_s);
        QCOMPARE(jobsDock()->windowTitle(), u"Jobs"_s);
    }

    void downloadFromTheDetailsPanelEndsVerified()
    {
        openFirstAlibabaInstance();
        const BackupSet backup = downloadableBySize().first();
        selectBackup(backup.id);
        QCOMPARE(verificationLineOfPanel(), u"Not downloaded"_s);
        const qint64 fileRequestsBefore = m_context->simulator()->stats().value(u"requests"_s, u"file"_s);

        const QString path = m_downloadDir.filePath(u"smallest.xb"_s);
        downloadSelectedTo(path);
        DownloadTableModel &model = downloadsDock()->model();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).targetPath, path);
        // The new row is selected in the dock, and the panel says a download is under way.
        QCOMPARE(downloadsDock()->tableView()->currentIndex().row(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, DownloadTableModel::VerificationColumn).data().toString(),
                                  u"Verified"_s, downloadTimeoutMs);
        QCOMPARE(model.index(0, DownloadTableModel::StateColumn).data().toString(), u"Completed"_s);
        QCOMPARE(model.index(0, DownloadTableModel::ProgressColumn).data(models::RawValueRole).toInt(), 100);
        QCOMPARE(model.index(0, DownloadTableModel::BytesColumn).data(models::RawValueRole).toLongLong(),
                 backup.sizeBytes);
        QTRY_COMPARE(verificationLineOfPanel(), u"Verified: the file matches the checksum"_s);

        // The file is really there, whole, with the checksum the provider listed.
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".part"_s));
        QCOMPARE(QFileInfo(path).size(), backup.sizeBytes);
        QCOMPARE(fileCrc(path), *backup.checksum);
        QVERIFY(m_context->simulator()->stats().value(u"requests"_s, u"file"_s) > fileRequestsBefore);
        QVERIFY(m_context->downloads().entries().isEmpty());

        // Another selection shows its own state; coming back shows the result again.
        selectBackup(downloadableBySize().at(1).id);
        QCOMPARE(verificationLineOfPanel(), u"Not downloaded"_s);
        selectBackup(backup.id);
        QCOMPARE(verificationLineOfPanel(), u"Verified: the file matches the checksum"_s);

        QVERIFY(dockButton("clearFinishedDownloadsButton")->isEnabled());
        QTest::mouseClick(dockButton("clearFinishedDownloadsButton"), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
    }

    void pauseAndResumeFromTheDock()
    {
        const QList<BackupSet> sets = downloadableBySize();
        // The biggest: it is still running when the test pauses it, a few chunks after it began.
        const BackupSet backup = sets.last();
        selectBackup(backup.id);
        const QString path = m_downloadDir.filePath(u"paused.xb"_s);
        downloadSelectedTo(path);
        DownloadTableModel &model = downloadsDock()->model();
        const int row = model.rowOfBackup(backup.id);
        QVERIFY(row >= 0);
        const QString id = model.rowAt(row).id;
        QCOMPARE(downloadsDock()->tableView()->currentIndex().row(), row);
        QTRY_COMPARE(verificationLineOfPanel(), u"Downloading and verifying…"_s);

        QPushButton *pause = dockButton("pauseDownloadButton");
        QPushButton *resume = dockButton("resumeDownloadButton");
        QVERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(m_context->downloads().entry(id)->status, downloads::QueuedDownload::Status::Paused);
        QCOMPARE(model.index(row, DownloadTableModel::StateColumn).data().toString(), u"Paused"_s);
        QVERIFY(!pause->isEnabled());
        QVERIFY(resume->isEnabled());
        QVERIFY(!QFile::exists(path));

        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(row).bytesReceived > 0, downloadTimeoutMs);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(model.index(row, DownloadTableModel::StateColumn).data().toString(), u"Paused"_s);
        const qint64 pausedAt = m_context->downloads().download(id)->bytesReceived();
        QVERIFY(pausedAt > 0);
        QVERIFY(pausedAt < backup.sizeBytes);
        QVERIFY(QFile::exists(path + u".part"_s));
        QCOMPARE(model.index(row, DownloadTableModel::BytesColumn).data(models::RawValueRole).toLongLong(), pausedAt);

        // Resumed, it goes on from the .part (a Range request) to a verified file.
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(row, DownloadTableModel::VerificationColumn).data().toString(),
                                  u"Verified"_s, downloadTimeoutMs);
        QCOMPARE(fileCrc(path), *backup.checksum);
        QTRY_COMPARE(verificationLineOfPanel(), u"Verified: the file matches the checksum"_s);
        QTest::mouseClick(dockButton("clearFinishedDownloadsButton"), Qt::LeftButton);
    }

    void cancelRemovesTheDownloadButKeepsItsPart()
    {
        const BackupSet backup = downloadableBySize().at(downloadableBySize().size() - 2);
        selectBackup(backup.id);
        const QString path = m_downloadDir.filePath(u"canceled.xb"_s);
        downloadSelectedTo(path);
        DownloadTableModel &model = downloadsDock()->model();
        const int row = model.rowOfBackup(backup.id);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(row).bytesReceived > 0, downloadTimeoutMs);
        QTest::mouseClick(dockButton("cancelDownloadButton"), Qt::LeftButton);
        QTRY_COMPARE(model.index(row, DownloadTableModel::StateColumn).data().toString(), u"Canceled"_s);
        QVERIFY(m_context->downloads().entries().isEmpty());
        QVERIFY(QFile::exists(path + u".part"_s));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(verificationLineOfPanel(), u"Not downloaded"_s);
        QTest::mouseClick(dockButton("clearFinishedDownloadsButton"), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
    }

    void jobMonitorFollowsAJobFromTheTracker()
    {
        QString error;
        CloudJob draft;
        draft.kind = JobKind::CreateBackup;
        draft.provider = Provider::Alibaba;
        draft.profileName = u"demo-alibaba"_s;
        draft.regionId = u"cn-hangzhou"_s;
        draft.instanceId = u"rm-monitored"_s;
        draft.parameters = QJsonObject{{u"BackupMethod"_s, u"Physical"_s}, {u"RequestId"_s, u"REQ-0001"_s}};
        const QString id = m_context->jobs().begin(draft, error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));

        JobsDock *dock = jobsDock();
        QTableView *view = dock->tableView();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        auto cell = [view](int column) { return view->model()->index(0, column).data().toString(); };
        QCOMPARE(cell(JobTableModel::KindColumn), u"Create backup"_s);
        QCOMPARE(cell(JobTableModel::StateColumn), u"Submitting"_s);
        QCOMPARE(cell(JobTableModel::InstanceColumn), u"rm-monitored (cn-hangzhou)"_s);

        m_jobSource->answers = {update(JobState::Running, 30, u"Preparing"_s),
                                update(JobState::Running, 70, u"Uploading"_s)};
        m_context->jobs().submitted(id, u"BJ-900"_s);
        QTRY_COMPARE(cell(JobTableModel::ProgressColumn), u"70%"_s);
        QCOMPARE(cell(JobTableModel::ProviderStatusColumn), u"Uploading"_s);
        QCOMPARE(cell(JobTableModel::ProviderJobIdColumn), u"BJ-900"_s);
        QCOMPARE(cell(JobTableModel::StateColumn), u"Running"_s);

        // Selecting the row shows every field, copyable.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, JobTableModel::KindColumn)).center());
        auto *details = dock->findChild<QPlainTextEdit *>(u"jobDetailsTextEdit"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"Provider job ID: BJ-900"_s));
        QVERIFY(details->toPlainText().contains(u"Request ID: REQ-0001"_s));
        QVERIFY(!dock->findChild<QPushButton *>(u"copyJobErrorButton"_s)->isEnabled());

        jobs::JobUpdate failed;
        failed.state = JobState::Failed;
        failed.errorCode = u"InternalError"_s;
        failed.errorMessage = u"The request processing has failed due to some unknown error."_s;
        m_jobSource->answers = {failed};
        QTRY_COMPARE(cell(JobTableModel::StateColumn), u"Failed"_s);
        QCOMPARE(cell(JobTableModel::ErrorCodeColumn), u"InternalError"_s);
        auto *copyError = dock->findChild<QPushButton *>(u"copyJobErrorButton"_s);
        QTRY_VERIFY(copyError->isEnabled());
        QTest::mouseClick(copyError, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Error code: InternalError"_s));
        QVERIFY(copied.contains(u"Request ID: REQ-0001"_s));
        QVERIFY(copied.contains(u"Provider job ID: BJ-900"_s));
    }

    void notifiesOnlyWhileTheWindowIsInTheBackground()
    {
        auto *notifier = m_window->findChild<ActivityNotifier *>();
        QVERIFY(notifier);
        QSignalSpy notified(notifier, &ActivityNotifier::notified);
        QVERIFY(notified.isValid());
        QString error;
        CloudJob draft;
        draft.kind = JobKind::CreateBackup;
        draft.instanceId = u"rm-notify"_s;

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QString seen = m_context->jobs().begin(draft, error);
        m_context->jobs().submissionFailed(seen, u"BackupJobExists"_s, u"A backup job is already running."_s);
        QCOMPARE(notified.count(), 0);

        QWidget other;
        other.resize(200, 100);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!m_window->isActiveWindow());
        const QString unseen = m_context->jobs().begin(draft, error);
        m_context->jobs().submissionFailed(unseen, u"BackupJobExists"_s, u"A backup job is already running."_s);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), u"Job failed"_s);
        QVERIFY(notified.at(0).at(1).toString().contains(u"rm-notify"_s));
        QVERIFY(notified.at(0).at(1).toString().contains(u"BackupJobExists"_s));
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            QVERIFY(m_window->statusBar()->currentMessage().contains(u"BackupJobExists"_s));
        other.close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void aRestartFindsTheUnfinishedDownloadAndTheJobs()
    {
        const BackupSet backup = downloadableBySize().at(downloadableBySize().size() - 3);
        selectBackup(backup.id);
        const QString path = m_downloadDir.filePath(u"restarted.xb"_s);
        downloadSelectedTo(path);
        DownloadTableModel &model = downloadsDock()->model();
        const int row = model.rowOfBackup(backup.id);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(row).bytesReceived > 0, downloadTimeoutMs);
        QTest::mouseClick(dockButton("pauseDownloadButton"), Qt::LeftButton);
        const QString id = model.rowAt(row).id;
        const int jobCount = int(m_context->jobs().jobs().size());
        QVERIFY(jobCount >= 3);

        tearDownApplication();
        const qint64 pausedAt = QFileInfo(path + u".part"_s).size();
        QVERIFY(pausedAt > 0);
        buildApplication();

        // The downloads dock shows the paused entry from the persisted list, with its bytes so far.
        DownloadTableModel &restored = downloadsDock()->model();
        QCOMPARE(restored.rowCount(), 1);
        QCOMPARE(restored.rowAt(0).id, id);
        QCOMPARE(restored.index(0, DownloadTableModel::StateColumn).data().toString(), u"Paused"_s);
        QCOMPARE(restored.index(0, DownloadTableModel::BytesColumn).data(models::RawValueRole).toLongLong(), pausedAt);
        QCOMPARE(restored.index(0, DownloadTableModel::FileColumn).data().toString(), u"restarted.xb"_s);
        // The job monitor lists the jobs of the last run.
        QCOMPARE(jobsDock()->tableView()->model()->rowCount(), jobCount);

        // Resumed, it asks the (new) simulator for a fresh link and ends verified.
        downloadsDock()->showDownload(id);
        QPushButton *resume = dockButton("resumeDownloadButton");
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(restored.index(0, DownloadTableModel::VerificationColumn).data().toString(),
                                  u"Verified"_s, downloadTimeoutMs);
        QCOMPARE(fileCrc(path), *backup.checksum);
        QVERIFY(m_context->simulator()->stats().value(u"actions"_s, u"2014-08-15/DescribeBackups"_s) > 0);
    }

    void huaweiBackupsDownloadWithALinkAskedForOnStart()
    {
        // Huawei's list has no links: the file's link comes from the backup-files API on start.
        QTreeView *view = m_window->findChild<QTreeView *>(u"instanceTreeView"_s);
        const QModelIndex account = view->model()->index(1, 0);
        QVERIFY(account.data().toString().contains(u"Huawei"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(account) > 0, loadTimeoutMs);
        const QModelIndex region = view->model()->index(0, 0, account);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(region) > 0, loadTimeoutMs);
        view->expand(account);
        view->expand(region);
        const QModelIndex instance = view->model()->index(0, 0, region);
        view->scrollTo(instance);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(instance).center());
        QTRY_VERIFY_WITH_TIMEOUT(backupTable()->model()->rowCount() > 0, loadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->backups().isLoading(), loadTimeoutMs);

        std::optional<BackupSet> completed; // the smallest finished one
        for (const BackupSet &backup : m_context->backupModel().backups())
            if (backup.provider == Provider::Huawei && backup.status == u"COMPLETED"_s && backup.sizeBytes > 0
                && (!completed || backup.sizeBytes < completed->sizeBytes))
                completed = backup;
        QVERIFY(completed);
        QVERIFY(!completed->isDownloadable());
        selectBackup(completed->id);
        const qint64 fileRequestsBefore = m_context->simulator()->stats().value(u"requests"_s, u"file"_s);

        const QString path = m_downloadDir.filePath(u"huawei.backup"_s);
        downloadSelectedTo(path);
        DownloadTableModel &model = downloadsDock()->model();
        const int row = model.rowOfBackup(completed->id);
        QVERIFY(row >= 0);
        // The link and the file's checksum come from the backup-files API: the file ends verified.
        QTRY_COMPARE_WITH_TIMEOUT(model.index(row, DownloadTableModel::StateColumn).data().toString(),
                                  u"Completed"_s, downloadTimeoutMs);
        QCOMPARE(model.index(row, DownloadTableModel::VerificationColumn).data().toString(), u"Verified"_s);
        QVERIFY(m_context->simulator()->stats().value(u"requests"_s, u"file"_s) > fileRequestsBefore);
        QVERIFY(QFileInfo(path).size() > 0); // Huawei lists sizes in whole KB: not the exact byte count
        QTRY_VERIFY(verificationLineOfPanel().startsWith(u"Verified:"_s));
        QTest::mouseClick(dockButton("clearFinishedDownloadsButton"), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestActivityPanels)
#include "tst_activitypanels.moc"
