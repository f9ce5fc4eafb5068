#include "app/models/backuptablemodel.h"
#include "ui/app/applicationcontext.h"
#include "ui/mainwindow/mainwindow.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <ctime>

namespace {

// Milliseconds of CPU time this thread has used.
double threadCpuMs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
#else
    return double(QDateTime::currentMSecsSinceEpoch());
#endif
}

} // namespace

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::ui;

// The window stays responsive while 10,000 backup sets of one instance load: a timer that
// should fire every millisecond measures the longest gap in the event loop. The gap is counted
// in the GUI thread's own CPU time, so that another process taking the core (a busy machine,
// a parallel test) is not blamed on the window; the wall-clock gap is printed beside it. The
// simulator runs as its own process, as a cloud would.
class TestResponsiveness : public QObject
{
    Q_OBJECT

private:
    QProcess m_simulator;
    QUrl m_url;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_simulator.setProgram(QStringLiteral(RDSBM_CLOUDSIM_PATH));
        m_simulator.setArguments({u"--port"_s, u"0"_s, u"--instances"_s, u"1"_s,
                                  u"--backups-per-instance"_s, u"10000"_s});
        m_simulator.start();
        QVERIFY(m_simulator.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator.canReadLine(), 20000);
        const QString line = QString::fromUtf8(m_simulator.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        m_url = QUrl(line.mid(13));
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "demo-access-key-id");
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "demo-access-key-secret");
        qunsetenv("HUAWEICLOUD_SDK_AK");
    }

    void cleanupTestCase()
    {
        m_simulator.terminate();
        m_simulator.waitForFinished(5000);
    }

    void loading10000BackupSetsNeverStallsTheWindow()
    {
        ApplicationOptions options;
        options.language = u"en"_s;
        options.alibabaEndpoint = m_url;
        ApplicationContext context(options);
        QString error;
        QVERIFY2(context.start(error), qPrintable(error));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *tree = window.findChild<QTreeView *>(u"instanceTreeView"_s);
        const QModelIndex account = tree->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(account) > 0, 20000);
        const QModelIndex region = tree->model()->index(0, 0, account);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(region) > 0, 20000);
        tree->expand(account);
        tree->expand(region);

        qint64 longestWallStall = 0;
        double longestStall = 0;
        double lastTickCpu = 0;
        QElapsedTimer sinceLastTick;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        connect(&probe, &QTimer::timeout, this, [&] {
            longestWallStall = std::max(longestWallStall, sinceLastTick.restart());
            const double cpu = threadCpuMs();
            longestStall = std::max(longestStall, cpu - lastTickCpu);
            lastTickCpu = cpu;
        });

        const QModelIndex instance = tree->model()->index(0, 0, region);
        sinceLastTick.start();
        lastTickCpu = threadCpuMs();
        probe.start();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(instance).center());
        auto *table = window.findChild<QTableView *>(u"backupTableView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 10000, 60000);
        probe.stop();

        qInfo("longest event-loop stall while 10,000 backup sets loaded: %.1f ms of GUI-thread CPU "
              "(%lld ms wall clock)", longestStall, longestWallStall);
        // The 50 ms target is a speed target: the bench target measures it on an optimised build.
        // This test runs in the Debug suite, several times slower, and guards against the window
        // freezing outright (before page batches were spread out and times parsed without the
        // time-zone lookups, a load froze it for 300 to 500 ms).
        QVERIFY2(longestStall < 200, qPrintable(u"the window was busy for %1 ms at once"_s.arg(longestStall)));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
