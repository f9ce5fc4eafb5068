#include "tests/support/simtestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;

// rdsbm-cloudsim as a new user meets it: started with --port 0 it prints its listening line,
// answers a signed request, and stops with exit status 0 on SIGTERM.
class TestCloudSimExecutable : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(RDSBM_CLOUDSIM_EXECUTABLE); }

    // Starts the simulator and waits for its listening line; returns the base URL.
    static QUrl startAndWaitForListening(QProcess &process, const QStringList &arguments)
    {
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        process.start(program(), arguments);
        QByteArray line;
        while (!line.contains('\n') && (output.count() > 0 || output.wait(20000))) {
            output.clear();
            line += process.readAllStandardOutput();
        }
        const QRegularExpressionMatch match = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))\\n$"_s)
                                                  .match(QString::fromUtf8(line));
        if (!match.hasMatch()) {
            qWarning("unexpected first line: %s", line.constData());
            return {};
        }
        return QUrl(match.captured(1));
    }

    static int stop(QProcess &process)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        process.terminate(); // SIGTERM
        if (process.state() != QProcess::NotRunning && !finished.wait(20000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    static std::pair<int, QByteArray> runToEnd(const QStringList &arguments, QByteArray *standardOutput = nullptr)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program(), arguments);
        if (!finished.wait(20000))
            return {-1, {}};
        if (standardOutput)
            *standardOutput = process.readAllStandardOutput();
        return {process.exitCode(), process.readAllStandardError()};
    }

private slots:
    void listensAnswersAndStopsOnSigterm()
    {
        QProcess process;
        const QUrl url = startAndWaitForListening(process, {u"--port"_s, u"0"_s});
        QVERIFY(url.isValid());
        QVERIFY(url.port() > 0);

        SimTestClient client(url);
        const auto regions = client.rds(u"DescribeRegions"_s);
        QVERIFY2(regions.succeeded(), qPrintable(regions.summary()));
        const auto v3 = client.rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}}, SimTestClient::Signing::V3Post);
        QVERIFY2(v3.succeeded(), qPrintable(v3.summary()));
        client.credentials.accessKeySecret = u"wrong"_s;
        QCOMPARE(client.rds(u"DescribeRegions"_s).errorCode, u"SignatureDoesNotMatch"_s);

        QCOMPARE(stop(process), 0);
    }

    void takesItsKeysAndKeepsItsState()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"state.json"_s);
        QProcess process;
        const QUrl url = startAndWaitForListening(process, {u"--alibaba-key"_s, u"my-id:my-secret"_s, u"--state"_s, state,
                                                             u"--seed"_s, u"9"_s, u"--job-step-seconds"_s, u"0.01"_s});
        QVERIFY(url.isValid());
        SimTestClient client(url);
        client.credentials = {u"my-id"_s, u"my-secret"_s, {}};
        const auto instances = client.rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}});
        const QString instance = instances.json.object()[u"Items"_s][u"DBInstance"_s][0][u"DBInstanceId"_s].toString();
        const auto created = client.rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, instance}});
        QVERIFY2(created.succeeded(), qPrintable(created.summary()));
        QCOMPARE(stop(process), 0);

        QProcess again;
        const QUrl secondUrl = startAndWaitForListening(again, {u"--alibaba-key"_s, u"my-id:my-secret"_s, u"--state"_s, state,
                                                                 u"--seed"_s, u"9"_s});
        QVERIFY(secondUrl.isValid());
        SimTestClient secondClient(secondUrl);
        secondClient.credentials = {u"my-id"_s, u"my-secret"_s, {}};
        const auto stats = secondClient.stats();
        QCOMPARE(stats[u"executions"_s][instance][u"CreateBackup"_s].toInt(), 1);
        QCOMPARE(stop(again), 0);
    }

    void helpAndVersion()
    {
        QByteArray output;
        QCOMPARE(runToEnd({u"--help"_s}, &output).first, 0);
        QVERIFY(output.contains("--fault-rate"));
        QVERIFY(output.contains("--state"));
        QCOMPARE(runToEnd({u"--version"_s}, &output).first, 0);
        QVERIFY(output.startsWith("rdsbm-cloudsim "));
    }

    void invalidOptionsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("fault rate above one") << QStringList{u"--fault-rate"_s, u"1.5"_s};
        QTest::newRow("negative latency") << QStringList{u"--latency-ms"_s, u"-1"_s};
        QTest::newRow("key without secret") << QStringList{u"--alibaba-key"_s, u"only-id"_s};
        QTest::newRow("bad bind address") << QStringList{u"--bind"_s, u"localhostish"_s};
        QTest::newRow("stray argument") << QStringList{u"serve"_s};
        QTest::newRow("too many backups") << QStringList{u"--backups-per-instance"_s, u"100000"_s};
    }
    void invalidOptionsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const auto [code, standardError] = runToEnd(arguments);
        QCOMPARE(code, 2);
        QVERIFY(standardError.startsWith("rdsbm-cloudsim: "));
    }
};

QTEST_GUILESS_MAIN(TestCloudSimExecutable)
#include "tst_cloudsim_executable.moc"
