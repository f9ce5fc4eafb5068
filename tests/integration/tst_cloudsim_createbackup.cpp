#include "app/cloudsim/simclock.h"
#include "tests/support/simfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;
using namespace rdsbm::testsupport;
using transport::Outcome;

// CreateBackup (seed 001) and DescribeBackupTasks against the simulator over HTTP.
class TestCloudSimCreateBackup : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;

    SimTestClient &client() { return m_fixture.client(); }

    QString instance(const QString &region, const QList<std::pair<QString, QString>> &fields)
    {
        return m_fixture.findInstance(region, fields).value(u"DBInstanceId"_s).toString();
    }
    QString mysqlLocal() { return instance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s}, {u"DBInstanceType"_s, u"Primary"_s}}); }
    QString mysqlCloud() { return instance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"5.7"_s}}); }
    QString postgres() { return instance(u"cn-hangzhou"_s, {{u"Engine"_s, u"PostgreSQL"_s}}); }
    QString sqlServer() { return instance(u"cn-hangzhou"_s, {{u"Engine"_s, u"SQLServer"_s}}); }

    static void expectError(const transport::ApiResult &result, int status, const QString &code)
    {
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.httpStatus, status);
    }

    QJsonArray tasks(const QString &instanceId, const signing::QueryParameters &more = {})
    {
        signing::QueryParameters parameters{{u"DBInstanceId"_s, instanceId}};
        parameters.append(more);
        return client().rds(u"DescribeBackupTasks"_s, parameters).json.object()[u"Items"_s][u"BackupJob"_s].toArray();
    }

    QString jobStatus(const QString &instanceId, const QString &jobId)
    {
        const QJsonArray rows = tasks(instanceId, {{u"BackupJobId"_s, jobId}});
        return rows.isEmpty() ? QString() : rows.first()[u"BackupStatus"_s].toString();
    }

private slots:
    void init() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }
    void cleanup() { m_fixture.stop(); }

    void aJobGoesThroughItsStatesAndLeavesABackupSet()
    {
        const QString id = mysqlLocal();
        const auto created = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}});
        QVERIFY2(created.succeeded(), qPrintable(created.summary()));
        const QString jobId = created.json.object()[u"BackupJobId"_s].toString();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(created.json.object()[u"BackupJobId"_s].isString());

        QStringList seen;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const QString status = jobStatus(id, jobId);
            if (seen.isEmpty() || seen.last() != status)
                seen.append(status);
            return status == u"Finished"_s;
        }()), 10000);
        const QStringList order{u"NoStart"_s, u"Preparing"_s, u"Waiting"_s, u"Uploading"_s, u"Checking"_s, u"Finished"_s};
        for (const QString &status : std::as_const(seen))
            QVERIFY2(order.contains(status), qPrintable(status));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(order.indexOf(seen.at(i)) > order.indexOf(seen.at(i - 1)));

        const QJsonObject finished = tasks(id, {{u"BackupJobId"_s, jobId}}).first().toObject();
        QCOMPARE(finished[u"Process"_s].toString(), u"100"_s);
        const QString backupId = finished[u"BackupId"_s].toString();
        QVERIFY(!backupId.isEmpty());
        // Without a job id only unfinished jobs are listed.
        QVERIFY(tasks(id).isEmpty());

        const auto listed = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, id}, {u"BackupId"_s, backupId}});
        const QJsonArray backups = listed.json.object()[u"Items"_s][u"Backup"_s].toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first()[u"BackupMode"_s].toString(), u"Manual"_s);
        QCOMPARE(backups.first()[u"BackupInitiator"_s].toString(), u"User"_s);
        QCOMPARE(backups.first()[u"BackupMethod"_s].toString(), u"Physical"_s);
        // The newest set is listed first.
        const auto first = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, id}});
        QCOMPARE(first.json.object()[u"Items"_s][u"Backup"_s].toArray().first()[u"BackupId"_s].toString(), backupId);
        QCOMPARE(first.json.object()[u"TotalRecordCount"_s].toString(),
                 QString::number(SimFixture::fastConfig().backupsPerInstance + 1));
    }

    void oneRunningJobPerInstance()
    {
        const QString id = mysqlLocal();
        QVERIFY(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}}).succeeded());
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}}), 400, u"BackupJobExists"_s);
        // Another instance is not affected.
        QVERIFY(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, postgres()}}).succeeded());
        const QJsonArray running = tasks(id);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first()[u"JobMode"_s].toString(), u"Manual"_s);
        QCOMPARE(running.first()[u"TaskAction"_s].toString(), u"NormalBackupTask"_s);
        QCOMPARE(tasks(id, {{u"BackupJobStatus"_s, u"NoStart"_s}}).size() + tasks(id, {{u"BackupJobStatus"_s, u"Progressing"_s}}).size(), 1);
        QVERIFY(tasks(id, {{u"BackupMode"_s, u"Automated"_s}}).isEmpty());
        const auto stats = client().stats();
        QCOMPARE(stats[u"executions"_s][id][u"CreateBackup"_s].toInt(), 1);
    }

    void atMostTwentyADay()
    {
        const QString id = postgres();
        for (int i = 0; i < 20; ++i) {
            const auto created = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}});
            QVERIFY2(created.succeeded(), qPrintable(created.summary()));
            const QString jobId = created.json.object()[u"BackupJobId"_s].toString();
            // Move the job clock on instead of waiting; the day must not change under us.
            const QDateTime before = m_fixture.simulator().clock().now();
            m_fixture.simulator().clock().advance(std::chrono::milliseconds(200));
            if (m_fixture.simulator().clock().now().date() != before.date())
                QSKIP("the UTC day changed during the test");
            QTRY_COMPARE_WITH_TIMEOUT(jobStatus(id, jobId), u"Finished"_s, 5000);
        }
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}}), 403, u"Exceeded.BackupTimes"_s);
    }

    void refusesInstancesThatCannotBackUp()
    {
        expectError(client().rds(u"CreateBackup"_s), 400, u"MissingParameter"_s);
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, u"rm-nothere"_s}}), 400,
                    u"InvalidDBInstanceId.NotFound"_s);
        const QString readOnly = instance(u"cn-hangzhou"_s, {{u"DBInstanceType"_s, u"Readonly"_s}});
        QVERIFY(!readOnly.isEmpty());
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, readOnly}}), 400, u"ReadDBInstanceNotSupport"_s);
        QString stopped;
        for (const QString &region : {u"cn-shanghai"_s, u"cn-beijing"_s, u"cn-hangzhou"_s}) {
            for (const QJsonValue &row : m_fixture.instances(region))
                if (row[u"DBInstanceStatus"_s].toString() != u"Running"_s && row[u"DBInstanceType"_s].toString() == u"Primary"_s)
                    stopped = row[u"DBInstanceId"_s].toString();
        }
        QVERIFY(!stopped.isEmpty());
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, stopped}}), 403, u"IncorrectDBInstanceState"_s);
    }

    void methodRules_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("MySQL local Logical") << u"mysql-local"_s << u"Logical"_s << QString();
        QTest::newRow("MySQL local Snapshot") << u"mysql-local"_s << u"Snapshot"_s << u"InvalidBackupMethod.ValueNotSupport"_s;
        QTest::newRow("MySQL cloud Snapshot") << u"mysql-cloud"_s << u"Snapshot"_s << QString();
        QTest::newRow("SQL Server Logical") << u"sqlserver"_s << u"Logical"_s << u"InvalidBackupMethod.ValueNotSupport"_s;
        QTest::newRow("SQL Server Snapshot") << u"sqlserver"_s << u"Snapshot"_s << QString();
        QTest::newRow("PostgreSQL Logical") << u"postgres"_s << u"Logical"_s << u"InvalidBackupMethod.ValueNotSupport"_s;
        QTest::newRow("unknown method") << u"mysql-local"_s << u"Copy"_s << u"InvalidBackupMethod.ValueNotSupport"_s;
    }
    void methodRules()
    {
        QFETCH(QString, engine);
        QFETCH(QString, method);
        QFETCH(QString, expectedCode);
        const QString id = engine == u"mysql-local"_s ? mysqlLocal()
            : engine == u"mysql-cloud"_s             ? mysqlCloud()
            : engine == u"sqlserver"_s               ? sqlServer()
                                                     : postgres();
        const auto result = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}, {u"BackupMethod"_s, method}});
        if (expectedCode.isEmpty())
            QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        else
            expectError(result, 400, expectedCode);
    }

    void typeAndStrategyRules()
    {
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, sqlServer()}, {u"BackupType"_s, u"Incremental"_s}}),
                    400, u"BackupType.NotSupport"_s);
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupStrategy"_s, u"table"_s}}),
                    400, u"InvalidParameter"_s);
        // A single-database backup is for MySQL logical or SQL Server full physical backups.
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupStrategy"_s, u"db"_s},
                                                   {u"DBName"_s, u"orders"_s}}),
                    400, u"InvalidParameter"_s);
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupStrategy"_s, u"db"_s},
                                                   {u"BackupMethod"_s, u"Logical"_s}}),
                    400, u"MissingParameter"_s);
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupStrategy"_s, u"db"_s},
                                                   {u"BackupMethod"_s, u"Logical"_s}, {u"DBName"_s, u"1bad name"_s}}),
                    400, u"InvalidDBName.Format"_s);
        expectError(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupStrategy"_s, u"db"_s},
                                                   {u"BackupMethod"_s, u"Logical"_s}, {u"DBName"_s, u"no_such_db"_s}}),
                    404, u"InvalidDB.NotFound"_s);
        const auto single = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupStrategy"_s, u"db"_s},
                                                            {u"BackupMethod"_s, u"Logical"_s}, {u"DBName"_s, u"orders"_s}});
        QVERIFY2(single.succeeded(), qPrintable(single.summary()));
        const auto sqlServerSingle = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, sqlServer()}, {u"BackupStrategy"_s, u"db"_s},
                                                                     {u"BackupType"_s, u"FullBackup"_s}, {u"DBName"_s, u"SalesDB"_s}});
        QVERIFY2(sqlServerSingle.succeeded(), qPrintable(sqlServerSingle.summary()));
    }

    // POST /_sim/clock?advance=SECONDS moves jobs on without waiting (for demos and slow steps).
    void theDiagnosticClockMovesJobsOn()
    {
        SimulatorConfig slow;
        slow.jobSecondsPerStep = 600;
        QVERIFY(m_fixture.start(slow));
        const QString id = mysqlLocal();
        const QString jobId = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, id}}).json.object()[u"BackupJobId"_s].toString();
        QCOMPARE(jobStatus(id, jobId), u"NoStart"_s);
        transport::PreparedRequest advance;
        advance.url = client().baseUrl();
        advance.url.setPath(u"/_sim/clock"_s);
        advance.url.setQuery(u"advance=3600"_s);
        const auto moved = client().send("POST", advance);
        QVERIFY2(moved.succeeded(), qPrintable(moved.summary()));
        QVERIFY(moved.json.object().contains(u"now"_s));
        QCOMPARE(jobStatus(id, jobId), u"Finished"_s);
        advance.url.setQuery(u"advance=soon"_s);
        QCOMPARE(client().send("POST", advance).httpStatus, 400);
    }

    void describeBackupTasksChecksItsParameters()
    {
        expectError(client().rds(u"DescribeBackupTasks"_s), 400, u"MissingParameter"_s);
        expectError(client().rds(u"DescribeBackupTasks"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupJobStatus"_s, u"Done"_s}}),
                    400, u"InvalidParameter"_s);
        expectError(client().rds(u"DescribeBackupTasks"_s, {{u"DBInstanceId"_s, mysqlLocal()}, {u"BackupJobId"_s, u"abc"_s}}),
                    400, u"InvalidParameter"_s);
        QVERIFY(tasks(mysqlLocal(), {{u"BackupJobId"_s, u"123"_s}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudSimCreateBackup)
#include "tst_cloudsim_createbackup.moc"
