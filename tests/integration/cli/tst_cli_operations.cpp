// rdsbm's writes against the simulator: confirmation on a terminal or --yes (exit 6 without),
// the job recorded and followed to its end, ClientTokens printed and reused, the API's response
// bodies on stdout, and a restore killed mid-way found again by jobs list and finished by jobs wait.
#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/simstats.h"
#include "tests/integration/cli/clirunner.h"
#include "tests/support/simfixture.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::testsupport;

class TestCliOperations : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CliRunner> m_cli;

    QString endpoint() { return m_fixture.simulator().baseUrl().toString(); }

    QStringList withEndpoint(QStringList arguments)
    {
        arguments << u"--endpoint"_s << endpoint();
        return arguments;
    }

    CliRun rdsbm(const QStringList &arguments) { return m_cli->run(withEndpoint(arguments)); }

    qint64 executions(const QString &resource, const QString &action)
    {
        return m_fixture.simulator().stats().value(u"executions"_s, resource, action);
    }

    bool restartSimulator(double secondsPerStep)
    {
        rdsbm::cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.jobSecondsPerStep = secondsPerStep;
        return m_fixture.start(config);
    }

    QString runningMySql(const QString &region = u"cn-hangzhou"_s)
    {
        return m_fixture
            .findInstance(region, {{u"Engine"_s, u"MySQL"_s}, {u"DBInstanceStatus"_s, u"Running"_s},
                                   {u"DBInstanceType"_s, u"Primary"_s}})
            .value(u"DBInstanceId"_s)
            .toString();
    }

    static QString localJobId(const CliRun &run)
    {
        const auto match = QRegularExpression(u"Job ([0-9a-f-]{36}) recorded"_s).match(run.errText());
        return match.hasMatch() ? match.captured(1) : QString();
    }

    QJsonObject journalJob(const QString &localId)
    {
        const CliRun list = m_cli->run({u"jobs"_s, u"list"_s, u"--output"_s, u"json"_s});
        for (const QJsonValue &job : list.json().array())
            if (job[u"localId"_s].toString() == localId)
                return job.toObject();
        return {};
    }

    // Two ACTIVE MySQL instances of the same version, the second at least as large.
    std::pair<QString, QString> huaweiPair()
    {
        const CliRun run = rdsbm({u"huawei"_s, u"instances"_s, u"list"_s, u"--output"_s, u"json"_s});
        const QJsonArray instances = run.json().array();
        for (const QJsonValue &a : instances)
            for (const QJsonValue &b : instances)
                if (a != b && a[u"datastore"_s][u"type"_s] == u"MySQL"_s && a[u"datastore"_s] == b[u"datastore"_s]
                    && a[u"status"_s] == u"ACTIVE"_s && b[u"status"_s] == u"ACTIVE"_s
                    && b[u"volume"_s][u"size"_s].toInt() >= a[u"volume"_s][u"size"_s].toInt())
                    return {a[u"id"_s].toString(), b[u"id"_s].toString()};
        return {};
    }

    QString fullBackupOf(const QString &huaweiInstance)
    {
        const CliRun run = rdsbm({u"huawei"_s, u"backups"_s, u"list"_s, u"--instance"_s, huaweiInstance, u"--output"_s, u"json"_s});
        for (const QJsonValue &backup : run.json().array())
            if (backup[u"status"_s] == u"COMPLETED"_s && backup[u"type"_s] != u"incremental"_s)
                return backup[u"id"_s].toString();
        return {};
    }

private slots:
    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
        QVERIFY2(restartSimulator(0.1), qPrintable(m_fixture.errorString()));
        m_cli = std::make_unique<CliRunner>(m_directory->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_fixture.stop();
        m_directory.reset();
    }

    void backupWithoutTerminalNeedsYes()
    {
        const QString instance = runningMySql();
        const CliRun refused = rdsbm({u"alibaba"_s, u"backups"_s, u"create"_s, u"--instance"_s, instance});
        QVERIFY2(refused.exitCode == 6, refused.describe());
        QVERIFY(refused.errText().contains(u"error: ConfirmationRequired: "_s));
        QVERIFY2(refused.errText().contains(instance), refused.describe()); // what it would have done
        QCOMPARE(executions(instance, u"CreateBackup"_s), 0);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(m_cli->run({u"jobs"_s, u"list"_s, u"--output"_s, u"json"_s}).json().array().size(), 0);
    }

    void backupIsCreatedAndFollowedToItsEnd()
    {
        const QString instance = runningMySql();
        const CliRun run = rdsbm({u"alibaba"_s, u"backups"_s, u"create"_s, u"--instance"_s, instance, u"--method"_s,
                                  u"Physical"_s, u"--yes"_s, u"--output"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QJsonObject reply = run.json().object();
        QVERIFY(!reply.value(u"BackupJobId"_s).toString().isEmpty());
        QVERIFY(!reply.value(u"RequestId"_s).toString().isEmpty());
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
        QVERIFY2(run.errText().contains(u": succeeded (Finished)"_s), run.describe());

        const QJsonObject job = journalJob(localJobId(run));
        QCOMPARE(job[u"state"_s].toString(), u"succeeded"_s);
        QCOMPARE(job[u"providerJobId"_s].toString(), reply.value(u"BackupJobId"_s).toString());
        QCOMPARE(job[u"kind"_s].toString(), u"create-backup"_s);

        const CliRun table = rdsbm({u"alibaba"_s, u"backups"_s, u"create"_s, u"--instance"_s, instance, u"--yes"_s});
        QVERIFY2(table.exitCode == 0, table.describe());
        QVERIFY(table.outText().contains(QRegularExpression(u"^BackupJobId: \\d+$"_s, QRegularExpression::MultilineOption)));
    }

    void serviceRefusalIsRecordedAsFailed()
    {
        // A stopped instance: the service refuses with IncorrectDBInstanceState; prepare() says so first.
        const QString stopped = m_fixture.findInstance(u"cn-shanghai"_s, {{u"DBInstanceStatus"_s, u"Stopped"_s}})
                                    .value(u"DBInstanceId"_s)
                                    .toString();
        QVERIFY(!stopped.isEmpty());
        const CliRun run = rdsbm({u"--region"_s, u"cn-shanghai"_s, u"alibaba"_s, u"backups"_s, u"create"_s,
                                  u"--instance"_s, stopped, u"--yes"_s});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY(run.errText().contains(u"error: IncorrectDBInstanceState: "_s));
        QCOMPARE(executions(stopped, u"CreateBackup"_s), 0);
    }

    void restoreDdrPrintsAndReusesItsClientToken()
    {
        QVERIFY2(restartSimulator(0.3), qPrintable(m_fixture.errorString()));
        const QString source = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                                         {u"DBInstanceType"_s, u"Primary"_s}})
                                   .value(u"DBInstanceId"_s)
                                   .toString();
        const QString target = runningMySql(u"cn-shanghai"_s);
        const auto databases = m_fixture.client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, source}});
        const QString database = databases.json.object()[u"Databases"_s][u"Database"_s][0][u"DBName"_s].toString();
        const QString time = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        QTemporaryDir files;
        QFile meta(files.filePath(u"meta.json"_s));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(u"[{\"type\":\"db\",\"name\":\"%1\",\"newname\":\"cli_copy\"}]"_s.arg(database).toUtf8());
        meta.close();
        const QStringList arguments{u"--region"_s, u"cn-shanghai"_s, u"alibaba"_s, u"restore-ddr"_s, u"--instance"_s, target,
                                    u"--source-instance"_s, source, u"--source-region"_s, u"cn-hangzhou"_s,
                                    u"--restore-time"_s, time, u"--table-meta"_s, u"@"_s + meta.fileName(), u"--yes"_s,
                                    u"--output"_s, u"json"_s};
        const CliRun run = rdsbm(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.json().object().value(u"DBInstanceId"_s).toString(), target);
        const auto token = QRegularExpression(u"^ClientToken: (\\S+)"_s, QRegularExpression::MultilineOption).match(run.errText());
        QVERIFY2(token.hasMatch(), run.describe());
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, token.captured(1), u"executed"_s), 1);
        QVERIFY2(run.errText().contains(u"(Restoring)"_s), run.describe());
        QCOMPARE(journalJob(localJobId(run))[u"clientToken"_s].toString(), token.captured(1));

        // Run again once the restore is done, the database it made is seen first: nothing is sent.
        const CliRun retry = rdsbm(QStringList(arguments) << u"--client-token"_s << token.captured(1));
        QVERIFY2(retry.exitCode == 2, retry.describe());
        QVERIFY(retry.errText().contains(u"InvalidDBName.Duplicate"_s));
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, token.captured(1), u"received"_s), 1);

        // Standard input as the TableMeta source.
        const CliRun fromStdin = m_cli->run(withEndpoint({u"--region"_s, u"cn-shanghai"_s, u"alibaba"_s, u"restore-ddr"_s,
                                                          u"--instance"_s, target, u"--source-instance"_s, source,
                                                          u"--source-region"_s, u"cn-hangzhou"_s, u"--restore-time"_s,
                                                          time, u"--table-meta"_s, u"-"_s, u"--yes"_s}),
                                            u"[{\"type\":\"db\",\"name\":\"%1\",\"newname\":\"stdin_copy\"}]"_s.arg(database).toUtf8());
        QVERIFY2(fromStdin.exitCode == 0, fromStdin.describe());
    }

    void dbsRestoreCreatesAndStartsWithThePasswordFromTheEnvironment()
    {
        const auto plans = m_fixture.client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"100"_s}});
        QJsonObject plan;
        for (const QJsonValue &value : plans.json.object()[u"Items"_s][u"BackupPlanDetail"_s].toArray())
            if (plan.isEmpty() && value[u"DatabaseType"_s] == u"MySQL"_s && value[u"SourceEndpointInstanceType"_s] == u"RDS"_s
                && value[u"SourceEndpointRegion"_s] == u"cn-hangzhou"_s)
                plan = value.toObject();
        QVERIFY(!plan.isEmpty());
        const QString database = QJsonDocument::fromJson(plan[u"BackupObjects"_s].toString().toUtf8()).array().first()[u"DBName"_s].toString();
        const QString time = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        const QStringList arguments{u"dbs"_s, u"restore"_s, u"--plan"_s, plan[u"BackupPlanId"_s].toString(), u"--name"_s,
                                    u"cli restore"_s, u"--dest-type"_s, u"RDS"_s, u"--dest-region"_s, u"cn-hangzhou"_s,
                                    u"--dest-instance"_s, plan[u"SourceEndpointInstanceID"_s].toString(), u"--dest-user"_s,
                                    u"restorer"_s, u"--restore-time"_s, time, u"--objects"_s,
                                    u"[{\"DBName\":\"%1\",\"NewDBName\":\"cli_dbs\"}]"_s.arg(database),
                                    u"--conflict"_s, u"renamenew"_s, u"--yes"_s, u"--output"_s, u"json"_s};
        // No password, no terminal: refused before anything is sent.
        const CliRun noPassword = rdsbm(arguments);
        QVERIFY2(noPassword.exitCode == 2, noPassword.describe());
        QVERIFY(noPassword.errText().contains(u"DestinationEndpointPassword"_s));
        QVERIFY(noPassword.errText().contains(u"RDSBM_DEST_PASSWORD"_s));

        m_cli->environment().insert(u"RDSBM_DEST_PASSWORD"_s, u"s3cret-pass"_s);
        const CliRun run = rdsbm(QStringList(arguments) << u"--start"_s);
        QVERIFY2(run.exitCode == 0, run.describe());
        const QJsonObject replies = run.json().object();
        const QString taskId = replies[u"CreateRestoreTask"_s][u"RestoreTaskId"_s].toString();
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(replies[u"StartRestoreTask"_s][u"RestoreTaskId"_s].toString(), taskId);
        QVERIFY2(run.errText().contains(u"succeeded (finish)"_s), run.describe());
        QVERIFY(!run.err.contains("s3cret-pass"));
        QFile journal(QDir(m_cli->stateDirectory()).filePath(u"jobs.json"_s));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(!journal.readAll().contains("s3cret-pass"));

        // Without --start: created, not started, and not followed.
        const CliRun created = rdsbm(arguments);
        QVERIFY2(created.exitCode == 0, created.describe());
        QVERIFY(created.json().object().contains(u"RestoreTaskId"_s));
        QVERIFY(!created.json().object().contains(u"StartRestoreTask"_s));
    }

    void huaweiRestoreChecksAndFollows()
    {
        const auto [source, target] = huaweiPair();
        QVERIFY(!source.isEmpty());
        const QString backup = fullBackupOf(source);
        QVERIFY(!backup.isEmpty());
        const CliRun run = rdsbm({u"huawei"_s, u"restore"_s, u"--source-instance"_s, source, u"--backup-id"_s, backup,
                                  u"--target-instance"_s, target, u"--yes"_s, u"--output"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY(!run.json().object().value(u"job_id"_s).toString().isEmpty());
        QVERIFY2(run.errText().contains(u"succeeded (Completed)"_s), run.describe());
        QVERIFY(run.errText().contains(u"is replaced"_s)); // the overwrite was shown

        // A PostgreSQL target for a MySQL source: refused with the seed's rule, nothing sent.
        const CliRun instances = rdsbm({u"huawei"_s, u"instances"_s, u"list"_s, u"--output"_s, u"json"_s});
        QString postgres;
        for (const QJsonValue &instance : instances.json().array())
            if (instance[u"datastore"_s][u"type"_s] == u"PostgreSQL"_s)
                postgres = instance[u"id"_s].toString();
        const CliRun mismatch = rdsbm({u"huawei"_s, u"restore"_s, u"--source-instance"_s, source, u"--backup-id"_s, backup,
                                       u"--target-instance"_s, postgres, u"--yes"_s});
        QVERIFY2(mismatch.exitCode == 2, mismatch.describe());
        QVERIFY(mismatch.errText().contains(u"same database type"_s));
    }

    void terminalConfirmation()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs a pseudo-terminal");
#else
        const QString instance = runningMySql();
        for (const QByteArray &answer : {QByteArrayLiteral("no\n"), QByteArrayLiteral("yes\n")}) {
            const int master = posix_openpt(O_RDWR | O_NOCTTY);
            QVERIFY(master >= 0);
            QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
            const QString terminal = QString::fromLocal8Bit(ptsname(master));
            QProcess process;
            process.setProcessEnvironment(m_cli->environment());
            process.setStandardInputFile(terminal);
            process.start(CliRunner::executable(), withEndpoint({u"alibaba"_s, u"backups"_s, u"create"_s, u"--instance"_s, instance}));
            QByteArray err;
            QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Type yes to go on"), 20000);
            QVERIFY(err.contains(instance.toUtf8())); // what it is about to do, before the question
            QCOMPARE(executions(instance, u"CreateBackup"_s), 0); // nothing sent before the answer
            QCOMPARE(::write(master, answer.constData(), size_t(answer.size())), ssize_t(answer.size()));
            const CliRun run = CliRunner::waitFor(process);
            ::close(master);
            if (answer == "no\n") {
                QVERIFY2(run.exitCode == 6, run.describe());
                QVERIFY(run.errText().contains(u"error: ConfirmationRefused: "_s));
                QCOMPARE(executions(instance, u"CreateBackup"_s), 0);
            } else {
                QVERIFY2(run.exitCode == 0, run.describe());
                QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
            }
        }
#endif
    }

    void backupKilledBeforeItsReplyIsAdoptedNotResent()
    {
        // Replies come 1.5 s late: the process dies after the service ran CreateBackup, before the reply.
        rdsbm::cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.jobSecondsPerStep = 1.5;
        config.latencyMs = 1500;
        QVERIFY2(m_fixture.start(config), qPrintable(m_fixture.errorString()));
        const QString instance = runningMySql();
        auto process = m_cli->start(withEndpoint({u"alibaba"_s, u"backups"_s, u"create"_s, u"--instance"_s, instance, u"--yes"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(executions(instance, u"CreateBackup"_s), 1, 20000);
        process->kill();
        QSignalSpy finished(process.get(), &QProcess::finished);
        QVERIFY(finished.wait(10000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        const QString localId = QRegularExpression(u"Job ([0-9a-f-]{36}) recorded"_s).match(err).captured(1);
        QVERIFY2(!localId.isEmpty(), qPrintable(err));
        QCOMPARE(journalJob(localId)[u"state"_s].toString(), u"submitting"_s);

        // The next run asks DescribeBackupTasks, adopts the running job and follows it; nothing is sent again.
        const CliRun waited = m_cli->run(withEndpoint({u"jobs"_s, u"wait"_s, localId, u"--output"_s, u"json"_s}));
        QVERIFY2(waited.exitCode == 0, waited.describe());
        const QJsonObject job = waited.json().object();
        QCOMPARE(job[u"state"_s].toString(), u"succeeded"_s);
        QVERIFY(!job[u"providerJobId"_s].toString().isEmpty());
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
    }

    void restoreKilledMidwayIsFoundAgainAndFinished()
    {
        QVERIFY2(restartSimulator(1.0), qPrintable(m_fixture.errorString())); // a restore takes about 5 s
        const auto [source, target] = huaweiPair();
        const QString backup = fullBackupOf(source);
        auto process = m_cli->start(withEndpoint({u"huawei"_s, u"restore"_s, u"--source-instance"_s, source,
                                                  u"--backup-id"_s, backup, u"--target-instance"_s, target, u"--yes"_s}));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process->readAllStandardError()).contains(": running"), 20000);
        process->kill(); // SIGKILL: no chance to write anything more
        QSignalSpy finished(process.get(), &QProcess::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        const QString localId = QRegularExpression(u"Job ([0-9a-f-]{36}) recorded"_s).match(QString::fromUtf8(err)).captured(1);
        QVERIFY(!localId.isEmpty());

        const QJsonObject found = journalJob(localId);
        QCOMPARE(found[u"state"_s].toString(), u"running"_s);
        QCOMPARE(found[u"kind"_s].toString(), u"huawei-restore"_s);
        QVERIFY(!found[u"providerJobId"_s].toString().isEmpty());

        const CliRun waited = m_cli->run(withEndpoint({u"jobs"_s, u"wait"_s, localId, u"--output"_s, u"json"_s}));
        QVERIFY2(waited.exitCode == 0, waited.describe());
        QCOMPARE(waited.json().object().value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(journalJob(localId)[u"state"_s].toString(), u"succeeded"_s);
        // The provider's id finds it too; a finished job answers at once.
        const CliRun again = m_cli->run(withEndpoint({u"jobs"_s, u"wait"_s, found[u"providerJobId"_s].toString()}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QCOMPARE(m_fixture.simulator().huawei().statistics().value(u"restoreSubmissions"_s).toObject().value(target).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOperations)
#include "tst_cli_operations.moc"
