// rdsbm killed with SIGKILL at the worst moments, against a separately running rdsbm-cloudsim
// (its own process, as in production the cloud is), with the job journal in RDSBM_STATE_DIR:
//  - a download killed twice part-way resumes each time from exactly what its .part holds
//    (the Range it asks for) and ends verified, its bytes checked here once more;
//  - a restore-ddr killed while its request is in flight (sent, reply not yet back) is found
//    Submitting in the journal; `jobs wait` sends it again with the same ClientToken, the
//    service replays it instead of running it twice, and follows it to its end;
//  - a DBS restore killed while it runs is found Running by `jobs list` and finished by
//    `jobs wait`; /_sim/stats shows one CreateRestoreTask and one StartRestoreTask.
#include "app/domain/crc64.h"
#include "tests/integration/cli/clirunner.h"
#include "tests/support/simtestclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::testsupport;

// rdsbm-cloudsim as its own process: started with a command line, ready once it printed its
// "listening on" line, stopped with SIGTERM.
class CloudSimProcess
{
public:
    ~CloudSimProcess() { stop(); }

    bool start(const QStringList &arguments)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(RDSBM_CLOUDSIM_EXECUTABLE), QStringList{u"--port"_s, u"0"_s} + arguments);
        QByteArray out;
        const QRegularExpression ready(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
        QRegularExpressionMatch match;
        const bool ended = QTest::qWaitFor([&] {
            out += m_process->readAllStandardOutput();
            match = ready.match(QString::fromUtf8(out));
            return match.hasMatch() || m_process->state() == QProcess::NotRunning;
        }, 60000);
        if (!ended || !match.hasMatch())
            return false;
        m_url = QUrl(match.captured(1));
        m_client = std::make_unique<SimTestClient>(m_url);
        return true;
    }

    void stop()
    {
        m_client.reset();
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        QSignalSpy finished(m_process.get(), &QProcess::finished);
        if (!finished.wait(20000))
            m_process->kill();
    }

    QUrl url() const { return m_url; }
    SimTestClient &client() { return *m_client; }
    QJsonObject stats() { return m_client->stats(); }

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<SimTestClient> m_client;
    QUrl m_url;
};

class TestCrashRestart : public QObject
{
    Q_OBJECT

private:
    CloudSimProcess m_sim;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CliRunner> m_cli;

    QStringList withEndpoint(QStringList arguments) const
    {
        arguments << u"--endpoint"_s << m_sim.url().toString();
        return arguments;
    }

    static void killHard(QProcess &process)
    {
        process.kill(); // SIGKILL: no handler runs, nothing more is written
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            QVERIFY(finished.wait(20000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    static QString localJobId(const QByteArray &err)
    {
        return QRegularExpression(u"Job ([0-9a-f-]{36}) recorded"_s).match(QString::fromUtf8(err)).captured(1);
    }

    QJsonObject journalJob(const QString &localId)
    {
        const CliRun list = m_cli->run({u"jobs"_s, u"list"_s, u"--output"_s, u"json"_s});
        for (const QJsonValue &job : list.json().array())
            if (job[u"localId"_s].toString() == localId)
                return job.toObject();
        return {};
    }

    QJsonArray instances(const QString &region)
    {
        const auto reply = m_sim.client().rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, region}, {u"PageSize"_s, u"100"_s}});
        return reply.json.object()[u"Items"_s][u"DBInstance"_s].toArray();
    }

    QString firstInstance(const QString &region, const QString &engineVersion = {})
    {
        for (const QJsonValue &instance : instances(region))
            if (instance[u"Engine"_s] == u"MySQL"_s && instance[u"DBInstanceStatus"_s] == u"Running"_s
                && instance[u"DBInstanceType"_s] == u"Primary"_s
                && (engineVersion.isEmpty() || instance[u"EngineVersion"_s] == engineVersion))
                return instance[u"DBInstanceId"_s].toString();
        return {};
    }

private slots:
    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
        m_cli = std::make_unique<CliRunner>(m_directory->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_sim.stop();
        m_directory.reset();
    }

    void downloadKilledTwiceResumesFromItsPartEachTime()
    {
        QVERIFY(m_sim.start({u"--seed"_s, u"31"_s}));
        // A downloadable backup in cn-hangzhou long enough to be interrupted twice, the largest
        // under 400 MB, which keeps the sanitizer build's run short.
        QString instanceId;
        QJsonObject backup;
        for (const QJsonValue &instance : instances(u"cn-hangzhou"_s)) {
            const QString id = instance[u"DBInstanceId"_s].toString();
            const auto page = m_sim.client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, id}, {u"PageSize"_s, u"100"_s}});
            for (const QJsonValue &value : page.json.object()[u"Items"_s][u"Backup"_s].toArray())
                if (!value[u"BackupDownloadURL"_s].toString().isEmpty() && !value[u"Checksum"_s].toString().isEmpty()
                    && value[u"BackupSize"_s].toInteger() > backup[u"BackupSize"_s].toInteger()
                    && value[u"BackupSize"_s].toInteger() < 400'000'000) {
                    backup = value.toObject();
                    instanceId = id;
                }
        }
        const qint64 size = backup[u"BackupSize"_s].toInteger();
        QVERIFY2(size > 50'000'000, "no backup large enough to interrupt");
        const QString target = m_directory->filePath(u"killed.xb"_s);
        const QString partPath = target + u".part"_s;
        const QStringList arguments = withEndpoint({u"alibaba"_s, u"backups"_s, u"download"_s, u"--instance"_s,
                                                    instanceId, u"--backup-id"_s, backup[u"BackupId"_s].toString(),
                                                    u"--out"_s, target});

        qint64 kept = 0;
        for (int kill = 1; kill <= 2; ++kill) {
            auto process = m_cli->start(arguments);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partPath).size() > kept + 3'000'000, 120000);
            killHard(*process);
            const QByteArray err = process->readAllStandardError();
            if (kill == 2) // the second run resumed from exactly what the first left
                QVERIFY2(err.contains("Resuming from " + QByteArray::number(kept) + " bytes"), err.constData());
            kept = QFileInfo(partPath).size();
            QVERIFY2(kept < size, "the download finished before it could be interrupted");
            QVERIFY(!QFileInfo::exists(target));
        }

        const CliRun resumed = m_cli->run(QStringList(arguments) << u"--output"_s << u"json"_s, {}, 600000);
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        // The Range it asked for is what the .part held.
        QVERIFY2(resumed.err.contains("Resuming from " + QByteArray::number(kept) + " bytes"), resumed.describe());
        QVERIFY(!QFileInfo::exists(partPath));
        QCOMPARE(resumed.json().object()[u"ChecksumVerified"_s].toBool(), true);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), size);
        rdsbm::Crc64 crc;
        while (!file.atEnd())
            crc.update(file.read(4 << 20));
        QCOMPARE(QString::number(crc.value()), backup[u"Checksum"_s].toString());
        // Three runs, three requests for the file: nothing was fetched twice from the start.
        QCOMPARE(m_sim.stats()[u"requests"_s][u"file"_s].toInt(), 3);
    }

    void restoreKilledInFlightIsSentAgainWithItsTokenNotRunTwice()
    {
        // Every reply comes 2 s late, so the process can die after the service ran the restore
        // and before its reply arrived.
        QVERIFY(m_sim.start({u"--seed"_s, u"32"_s, u"--latency-ms"_s, u"2000"_s, u"--job-step-seconds"_s, u"0.5"_s}));
        const QString source = firstInstance(u"cn-hangzhou"_s, u"8.0"_s);
        const QString target = firstInstance(u"cn-shanghai"_s);
        QVERIFY(!source.isEmpty() && !target.isEmpty());
        const auto databases = m_sim.client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, source}});
        const QString database = databases.json.object()[u"Databases"_s][u"Database"_s][0][u"DBName"_s].toString();
        const QString time = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        auto process = m_cli->start(withEndpoint(
            {u"--region"_s, u"cn-shanghai"_s, u"alibaba"_s, u"restore-ddr"_s, u"--instance"_s, target,
             u"--source-instance"_s, source, u"--source-region"_s, u"cn-hangzhou"_s, u"--restore-time"_s, time,
             u"--table-meta"_s, u"[{\"type\":\"db\",\"name\":\"%1\",\"newname\":\"crash_copy\"}]"_s.arg(database),
             u"--yes"_s}));
        QByteArray err;
        const QRegularExpression tokenLine(u"^ClientToken: (\\S+)"_s, QRegularExpression::MultilineOption);
        QTRY_VERIFY_WITH_TIMEOUT(tokenLine.match(QString::fromUtf8(err += process->readAllStandardError())).hasMatch(), 120000);
        const QString token = tokenLine.match(QString::fromUtf8(err)).captured(1);
        // The service has it (and ran it); its reply is still 2 s away.
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.stats()[u"clientTokens"_s][token][u"executed"_s].toInt(), 1, 60000);
        killHard(*process);
        err += process->readAllStandardError();
        const QString localId = localJobId(err);
        QVERIFY2(!localId.isEmpty(), err.constData());
        const QJsonObject found = journalJob(localId);
        QCOMPARE(found[u"state"_s].toString(), u"submitting"_s);
        QCOMPARE(found[u"clientToken"_s].toString(), token);

        const CliRun waited = m_cli->run(withEndpoint({u"jobs"_s, u"wait"_s, localId, u"--output"_s, u"json"_s}), {}, 120000);
        QVERIFY2(waited.exitCode == 0, waited.describe());
        QCOMPARE(waited.json().object()[u"state"_s].toString(), u"succeeded"_s);
        const QJsonObject stats = m_sim.stats();
        QCOMPARE(stats[u"clientTokens"_s][token][u"executed"_s].toInt(), 1);
        QCOMPARE(stats[u"clientTokens"_s][token][u"received"_s].toInt(), 2); // sent again, replayed
        QCOMPARE(stats[u"executions"_s][target][u"RestoreDdrTable"_s].toInt(), 1);
    }

    void dbsRestoreKilledWhileRunningIsFinishedByJobsWait()
    {
        QVERIFY(m_sim.start({u"--seed"_s, u"33"_s, u"--job-step-seconds"_s, u"1"_s}));
        const auto plans = m_sim.client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"100"_s}});
        QJsonObject plan;
        for (const QJsonValue &value : plans.json.object()[u"Items"_s][u"BackupPlanDetail"_s].toArray())
            if (plan.isEmpty() && value[u"DatabaseType"_s] == u"MySQL"_s && value[u"SourceEndpointInstanceType"_s] == u"RDS"_s)
                plan = value.toObject();
        QVERIFY(!plan.isEmpty());
        const QString planId = plan[u"BackupPlanId"_s].toString();
        const QString database = QJsonDocument::fromJson(plan[u"BackupObjects"_s].toString().toUtf8())
                                     .array().first()[u"DBName"_s].toString();
        const auto sets = m_sim.client().dbs(u"DescribeFullBackupList"_s, {{u"BackupPlanId"_s, planId}});
        const QString backupSet = sets.json.object()[u"Items"_s][u"FullBackupFile"_s][0][u"BackupSetId"_s].toString();
        QVERIFY(!backupSet.isEmpty());
        m_cli->environment().insert(u"RDSBM_DEST_PASSWORD"_s, u"crash-test-password"_s);
        auto process = m_cli->start(withEndpoint(
            {u"dbs"_s, u"restore"_s, u"--plan"_s, planId, u"--name"_s, u"crash restore"_s, u"--dest-type"_s, u"Other"_s,
             u"--dest-ip"_s, u"10.1.2.3"_s, u"--dest-port"_s, u"3306"_s, u"--dest-user"_s, u"restorer"_s,
             u"--backup-set-id"_s, backupSet, u"--objects"_s,
             u"[{\"DBName\":\"%1\",\"NewDBName\":\"crash_dbs\"}]"_s.arg(database), u"--start"_s, u"--yes"_s}));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process->readAllStandardError()).contains(": running"), 120000);
        killHard(*process);
        err += process->readAllStandardError();
        const QString localId = localJobId(err);
        QVERIFY2(!localId.isEmpty(), err.constData());
        const QJsonObject found = journalJob(localId);
        QCOMPARE(found[u"state"_s].toString(), u"running"_s);
        QVERIFY(!found[u"providerJobId"_s].toString().isEmpty());

        const CliRun waited = m_cli->run(withEndpoint({u"jobs"_s, u"wait"_s, localId, u"--output"_s, u"json"_s}), {}, 120000);
        QVERIFY2(waited.exitCode == 0, waited.describe());
        QCOMPARE(waited.json().object()[u"state"_s].toString(), u"succeeded"_s);
        const QJsonObject stats = m_sim.stats();
        QCOMPARE(stats[u"executions"_s][planId][u"CreateRestoreTask"_s].toInt(), 1);
        QCOMPARE(stats[u"executions"_s][found[u"providerJobId"_s].toString()][u"StartRestoreTask"_s].toInt(), 1);
        // The password went to the service, never into the journal.
        QFile journal(QDir(m_cli->stateDirectory()).filePath(u"jobs.json"_s));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(!journal.readAll().contains("crash-test-password"));
    }
};

QTEST_GUILESS_MAIN(TestCrashRestart)
#include "tst_crashrestart.moc"
