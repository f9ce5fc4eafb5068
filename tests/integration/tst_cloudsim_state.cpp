#include "app/cloudsim/simclock.h"
#include "tests/support/simfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;
using namespace rdsbm::testsupport;

// --state FILE: what requests changed survives a restart of the simulator.
class TestCloudSimState : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SimFixture m_fixture;

    SimTestClient &client() { return m_fixture.client(); }

    SimulatorConfig configWithState(quint32 seed = 1)
    {
        SimulatorConfig config = SimFixture::fastConfig();
        config.seed = seed;
        config.stateFile = m_dir->filePath(u"sim-state.json"_s);
        return config;
    }

    QString mysql()
    {
        return m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                         {u"DBInstanceType"_s, u"Primary"_s}})[u"DBInstanceId"_s].toString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_fixture.stop();
        m_dir.reset();
    }

    void whatChangedSurvivesARestart()
    {
        QVERIFY(m_fixture.start(configWithState()));
        const QString instance = mysql();
        const auto created = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, instance}});
        const QString jobId = created.json.object()[u"BackupJobId"_s].toString();
        QTRY_VERIFY_WITH_TIMEOUT(!client().rds(u"DescribeBackupTasks"_s, {{u"DBInstanceId"_s, instance}, {u"BackupJobId"_s, jobId}})
                                      .json.object()[u"Items"_s][u"BackupJob"_s][0][u"BackupId"_s].toString().isEmpty(),
                                 10000);
        const QString backupId = client().rds(u"DescribeBackupTasks"_s, {{u"DBInstanceId"_s, instance}, {u"BackupJobId"_s, jobId}})
                                     .json.object()[u"Items"_s][u"BackupJob"_s][0][u"BackupId"_s].toString();

        const QJsonObject plan = client().dbs(u"DescribeBackupPlanList"_s).json.object()[u"Items"_s][u"BackupPlanDetail"_s][0].toObject();
        const QString backupSet = client().dbs(u"DescribeFullBackupList"_s, {{u"BackupPlanId"_s, plan[u"BackupPlanId"_s].toString()}})
                                      .json.object()[u"Items"_s][u"FullBackupFile"_s][0][u"BackupSetId"_s].toString();
        const QString database = QJsonDocument::fromJson(plan[u"BackupObjects"_s].toString().toUtf8()).array()
                                     .first()[u"DBName"_s].toString();
        const signing::QueryParameters restore{
            {u"BackupPlanId"_s, plan[u"BackupPlanId"_s].toString()}, {u"RestoreTaskName"_s, u"kept"_s},
            {u"DestinationEndpointInstanceType"_s, u"Other"_s}, {u"DestinationEndpointIP"_s, u"10.0.0.1"_s},
            {u"DestinationEndpointPort"_s, u"3306"_s}, {u"DestinationEndpointUserName"_s, u"u"_s},
            {u"DestinationEndpointPassword"_s, u"p"_s}, {u"BackupSetId"_s, backupSet},
            {u"RestoreObjects"_s, u"[{\"DBName\":\"%1\"}]"_s.arg(database)}, {u"ClientToken"_s, u"kept-token"_s}};
        const QString taskId = client().dbs(u"CreateRestoreTask"_s, restore).json.object()[u"RestoreTaskId"_s].toString();
        QVERIFY(!taskId.isEmpty());
        QVERIFY(client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, taskId}}).succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(client().dbs(u"DescribeRestoreTaskList"_s, {{u"RestoreTaskId"_s, taskId}})
                                      .json.object()[u"Items"_s][u"RestoreTaskDetail"_s][0][u"RestoreStatus"_s].toString(),
                                  u"finish"_s, 10000);

        m_fixture.stop();
        QFile file(configWithState().stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved[u"format"_s].toInt(), 1);
        QCOMPARE(saved[u"seed"_s].toInt(), 1);
        file.close();

        QVERIFY(m_fixture.start(configWithState()));
        // The backup set made before the restart is still listed, and its job still known.
        const auto listed = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, instance}, {u"BackupId"_s, backupId}});
        QCOMPARE(listed.json.object()[u"TotalRecordCount"_s].toString(), u"1"_s);
        QCOMPARE(client().rds(u"DescribeBackupTasks"_s, {{u"DBInstanceId"_s, instance}, {u"BackupJobId"_s, jobId}})
                     .json.object()[u"Items"_s][u"BackupJob"_s][0][u"BackupStatus"_s].toString(),
                 u"Finished"_s);
        // The restore task, its state and its ClientToken too.
        QCOMPARE(client().dbs(u"DescribeRestoreTaskList"_s, {{u"RestoreTaskId"_s, taskId}})
                     .json.object()[u"Items"_s][u"RestoreTaskDetail"_s][0][u"RestoreStatus"_s].toString(),
                 u"finish"_s);
        const auto replay = client().dbs(u"CreateRestoreTask"_s, restore);
        QCOMPARE(replay.json.object()[u"RestoreTaskId"_s].toString(), taskId);
        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"clientTokens"_s][u"kept-token"_s][u"received"_s].toInt(), 2);
        QCOMPARE(stats[u"clientTokens"_s][u"kept-token"_s][u"executed"_s].toInt(), 1);
        QCOMPARE(stats[u"executions"_s][instance][u"CreateBackup"_s].toInt(), 1);
        // New ids do not collide with the old ones.
        const QString nextJob = client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, instance}}).json.object()[u"BackupJobId"_s].toString();
        QVERIFY(!nextJob.isEmpty());
        QVERIFY(nextJob != jobId);
    }

    void aStateFileOfAnotherSeedIsNotUsed()
    {
        QVERIFY(m_fixture.start(configWithState(1)));
        const QString instance = mysql();
        QVERIFY(client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, instance}}).succeeded());
        m_fixture.stop();
        QVERIFY(m_fixture.start(configWithState(2)));
        QVERIFY(client().stats()[u"executions"_s].toObject().isEmpty());
    }

    void anUnreadableStateFileStopsTheStart()
    {
        QFile file(configWithState().stateFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(!m_fixture.start(configWithState()));
        QVERIFY(m_fixture.errorString().contains(u"sim-state.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCloudSimState)
#include "tst_cloudsim_state.moc"
