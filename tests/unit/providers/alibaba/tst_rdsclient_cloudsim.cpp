#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/simclock.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "app/providers/alibaba/clienttoken.h"
#include "app/providers/alibaba/concurrentbackuplister.h"
#include "app/providers/alibaba/rdsclient.h"
#include "app/transport/httptransport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace rdsbm::alibaba;
using rdsbm::cloudsim::CloudSimulator;
using rdsbm::cloudsim::SimulatorConfig;
using rdsbm::transport::Outcome;
using rdsbm::transport::TypedReply;

// The RDS client against the simulator over real HTTP: the simulator is written from the seeds,
// not from this client, so a misreading on either side shows up here.
class TestRdsClientCloudSim : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    struct Finished
    {
        TypedReply<T> reply;
        bool done = false;
    };

    template <typename T, typename Start>
    TypedReply<T> run(Start start)
    {
        auto state = std::make_shared<Finished<T>>();
        const bool sent = start([state](TypedReply<T> reply) {
            state->reply = std::move(reply);
            state->done = true;
        });
        if (!sent) {
            QTest::qFail("the client refused the parameters", __FILE__, __LINE__);
            return {};
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(state->done, 30000); }();
        return state->reply;
    }

    void startSimulator(SimulatorConfig config = {})
    {
        m_simulator = std::make_unique<CloudSimulator>(config);
        QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
    }

    RdsClient client(const QString &region, SignatureVersion version = SignatureVersion::V1,
                     const QString &secret = u"demo-access-key-secret"_s)
    {
        AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, secret, {}};
        account.regionId = region;
        account.endpoint = m_simulator->baseUrl();
        account.signatureVersion = version;
        return RdsClient(*m_transport, AlibabaRequestFactory(account));
    }

    // A running MySQL primary, from the simulator's own data.
    const rdsbm::cloudsim::RdsInstance &mySqlPrimary()
    {
        for (const auto &instance : m_simulator->alibaba().instances())
            if (instance.engine == u"MySQL"_s && instance.type == u"Primary"_s
                && m_simulator->alibaba().status(instance) == u"Running"_s)
                return instance;
        qFatal("the simulator has no running MySQL primary");
    }

    // A MySQL instance whose backups are copied to another region, and a MySQL primary there that a
    // cross-region restore may write into (from the simulator's own data).
    struct CrossRegionPair
    {
        const rdsbm::cloudsim::RdsInstance *source = nullptr;
        const rdsbm::cloudsim::RdsInstance *target = nullptr;
    };

    CrossRegionPair crossRegionPair()
    {
        CrossRegionPair pair;
        auto &world = m_simulator->alibaba();
        for (const auto &source : world.instances()) {
            if (source.engine != u"MySQL"_s || source.crossBackupRegion.isEmpty() || !source.logBackupEnabled)
                continue;
            for (const auto &target : world.instances()) {
                if (target.regionId == source.crossBackupRegion && target.engine == u"MySQL"_s && !target.isReadOnly()
                    && world.status(target) == u"Running"_s) {
                    pair.source = &source;
                    pair.target = &target;
                    return pair;
                }
            }
        }
        return pair;
    }

    QStringList databasesIn(const QString &crossBackupId)
    {
        auto &world = m_simulator->alibaba();
        const auto copy = world.catalog().findCrossRegionBackup(world.instances(), crossBackupId.toLongLong());
        if (!copy)
            return {};
        QStringList names = copy->source.databases;
        if (names.isEmpty())
            for (const auto &database : world.instances().at(copy->sourceInstanceIndex).databases)
                names.append(database.name);
        return names;
    }

    std::unique_ptr<CloudSimulator> m_simulator;
    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;

private slots:
    void init()
    {
        m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
        m_transport->setBackoffPolicy({5ms, 50ms});
    }

    void cleanup()
    {
        m_transport.reset();
        m_simulator.reset();
    }

    void regionsAndInstances_data()
    {
        QTest::addColumn<SignatureVersion>("version");
        QTest::newRow("V1") << SignatureVersion::V1;
        QTest::newRow("V3") << SignatureVersion::V3;
    }

    void regionsAndInstances()
    {
        QFETCH(SignatureVersion, version);
        startSimulator();
        const RdsClient central = client(u"cn-hangzhou"_s, version);
        const auto regions = run<RegionList>([&](auto handler) {
            return central.describeRegions(this, handler).wasSent();
        });
        QVERIFY2(regions.ok(), qPrintable(regions.result.summary()));
        QCOMPARE(regions.value->regions.size(), m_simulator->alibaba().regions().size());
        QSet<QString> regionIds;
        for (const AlibabaRegion &region : regions.value->regions)
            regionIds.insert(region.regionId);
        QCOMPARE(regionIds.size(), regions.value->regions.size()); // one row per region

        for (const AlibabaRegion &region : regions.value->regions) {
            const RdsClient regional = central.inRegion(region.regionId);
            const auto instances = run<DbInstanceList>([&](auto handler) {
                DescribeDBInstancesParameters parameters;
                parameters.pageSize = 3; // several pages per region
                return regional.describeAllDBInstances(parameters, this, handler).wasSent();
            });
            QVERIFY2(instances.ok(), qPrintable(instances.result.summary()));
            qsizetype expected = 0;
            for (const auto &instance : m_simulator->alibaba().instances())
                expected += instance.regionId == region.regionId ? 1 : 0;
            QCOMPARE(instances.value->instances.size(), expected);
            QSet<QString> ids;
            for (const rdsbm::DbInstance &instance : std::as_const(instances.value->instances)) {
                QCOMPARE(instance.regionId, region.regionId);
                ids.insert(instance.id);
            }
            QCOMPARE(ids.size(), expected);
        }
    }

    void attributeAndDatabases()
    {
        startSimulator();
        const auto &instance = mySqlPrimary();
        const RdsClient rds = client(instance.regionId);
        const auto attribute = run<DbInstanceAttribute>([&](auto handler) {
            return rds.describeDBInstanceAttribute(instance.id, this, handler).wasSent();
        });
        QVERIFY2(attribute.ok(), qPrintable(attribute.result.summary()));
        QCOMPARE(attribute.value->instance.id, instance.id);
        QCOMPARE(attribute.value->instance.engine, instance.engine);
        QCOMPARE(attribute.value->instance.engineVersion, instance.engineVersion);
        QCOMPARE(attribute.value->instance.storageGb, instance.storageGb);
        QCOMPARE(attribute.value->connectionString, instance.connectionString);
        QCOMPARE(attribute.value->port, QString::number(instance.port));

        const auto databases = run<DatabaseList>([&](auto handler) {
            return rds.describeAllDatabases(instance.id, this, handler).wasSent();
        });
        QVERIFY2(databases.ok(), qPrintable(databases.result.summary()));
        QVERIFY(!databases.value->databases.isEmpty());
        for (const DatabaseInfo &database : std::as_const(databases.value->databases))
            QVERIFY2(instance.hasDatabase(database.name), qPrintable(database.name));

        const auto missing = run<DbInstanceAttribute>([&](auto handler) {
            return rds.describeDBInstanceAttribute(u"rm-doesnotexist"_s, this, handler).wasSent();
        });
        QCOMPARE(missing.result.outcome, Outcome::ServiceError);
        QVERIFY2(missing.result.errorCode == u"InvalidDBInstanceId.NotFound"_s
                     || missing.result.errorCode == u"InvalidDBInstance.NotFound"_s,
                 qPrintable(missing.result.errorCode));
        QVERIFY(!missing.result.requestId.isEmpty());
    }

    void tenThousandBackupsThroughTheConcurrentLister()
    {
        SimulatorConfig config;
        config.backupsPerInstance = 10000;
        config.instancesPerRegion = 1;
        startSimulator(config);
        const auto &instance = mySqlPrimary();
        DescribeBackupsParameters filter;
        filter.dbInstanceId = instance.id;
        ConcurrentBackupLister lister(client(instance.regionId), filter);
        QList<rdsbm::BackupSet> backups;
        connect(&lister, &ConcurrentBackupLister::batchReceived, this,
                [&backups](const QList<rdsbm::BackupSet> &batch) { backups += batch; });
        QSignalSpy finished(&lister, &ConcurrentBackupLister::finished);
        QVERIFY(lister.start().isEmpty());
        QVERIFY(finished.wait(120000));
        QVERIFY2(lister.result().succeeded(), qPrintable(lister.result().result.summary()));
        QCOMPARE(lister.result().totalRecordCount, 10000);
        QCOMPARE(backups.size(), 10000);
        QSet<QString> ids;
        for (const rdsbm::BackupSet &backup : std::as_const(backups)) {
            ids.insert(backup.id);
            QCOMPARE(backup.instanceId, instance.id);
            QVERIFY(backup.startTime.isValid());
            if (backup.status == u"Success"_s && backup.method != u"Snapshot"_s && backup.sizeBytes > 0) {
                QVERIFY2(backup.checksum.has_value(), qPrintable(backup.id));
                QVERIFY(backup.isDownloadable());
            }
        }
        QCOMPARE(ids.size(), 10000);
    }

    void backupFiltersAreApplied()
    {
        startSimulator();
        const auto &instance = mySqlPrimary();
        const RdsClient rds = client(instance.regionId);
        const auto reply = run<BackupPage>([&](auto handler) {
            DescribeBackupsParameters parameters;
            parameters.dbInstanceId = instance.id;
            parameters.backupStatus = u"Success"_s;
            parameters.backupMode = u"Automated"_s;
            parameters.pageSize = 100;
            return rds.describeBackups(parameters, this, handler).wasSent();
        });
        QVERIFY2(reply.ok(), qPrintable(reply.result.summary()));
        QVERIFY(!reply.value->backups.isEmpty());
        for (const rdsbm::BackupSet &backup : std::as_const(reply.value->backups)) {
            QCOMPARE(backup.status, u"Success"_s);
            QCOMPARE(backup.mode, u"Automated"_s);
        }
        const rdsbm::BackupSet &one = reply.value->backups.first();
        const auto byId = run<BackupPage>([&](auto handler) {
            DescribeBackupsParameters parameters;
            parameters.dbInstanceId = instance.id;
            parameters.backupId = one.id;
            return rds.describeBackups(parameters, this, handler).wasSent();
        });
        QVERIFY2(byId.ok(), qPrintable(byId.result.summary()));
        QCOMPARE(byId.value->backups.size(), 1);
        QCOMPARE(byId.value->backups.first().id, one.id);
        QCOMPARE(byId.value->backups.first().checksum, one.checksum);
    }

    void createBackupThenFollowTheJob()
    {
        SimulatorConfig config;
        config.jobSecondsPerStep = 1.0;
        startSimulator(config);
        const auto &instance = mySqlPrimary();
        const RdsClient rds = client(instance.regionId);
        CreateBackupParameters parameters;
        parameters.dbInstanceId = instance.id;
        parameters.backupMethod = u"Physical"_s;
        parameters.engine = instance.engine;
        const auto created = run<CreateBackupReply>([&](auto handler) {
            return rds.createBackup(parameters, this, handler).wasSent();
        });
        QVERIFY2(created.ok(), qPrintable(created.result.summary()));
        QVERIFY(!created.value->backupJobId.isEmpty());

        // One running job per instance: a second request is refused with the seed's code.
        const auto second = run<CreateBackupReply>([&](auto handler) {
            return rds.createBackup(parameters, this, handler).wasSent();
        });
        QCOMPARE(second.result.outcome, Outcome::ServiceError);
        QCOMPARE(second.result.errorCode, u"BackupJobExists"_s);
        QCOMPARE(second.result.httpStatus, 400);

        const auto running = run<BackupTaskList>([&](auto handler) {
            return rds.describeBackupTasks(instance.id, {}, this, handler).wasSent();
        });
        QVERIFY2(running.ok(), qPrintable(running.result.summary()));
        QCOMPARE(running.value->tasks.size(), 1);
        QCOMPARE(running.value->tasks.first().jobId, created.value->backupJobId);
        QCOMPARE(running.value->tasks.first().jobState(), rdsbm::JobState::Running);

        m_simulator->clock().advance(std::chrono::seconds(60));
        const auto done = run<BackupTaskList>([&](auto handler) {
            return rds.describeBackupTasks(instance.id, created.value->backupJobId, this, handler).wasSent();
        });
        QVERIFY2(done.ok(), qPrintable(done.result.summary()));
        QCOMPARE(done.value->tasks.size(), 1);
        const BackupTask &task = done.value->tasks.first();
        QCOMPARE(task.backupStatus, u"Finished"_s);
        QCOMPARE(task.jobState(), rdsbm::JobState::Succeeded);
        QVERIFY(!task.backupId.isEmpty());

        const auto backup = run<BackupPage>([&](auto handler) {
            DescribeBackupsParameters query;
            query.dbInstanceId = instance.id;
            query.backupId = task.backupId;
            return rds.describeBackups(query, this, handler).wasSent();
        });
        QVERIFY2(backup.ok(), qPrintable(backup.result.summary()));
        QCOMPARE(backup.value->backups.size(), 1);
        QCOMPARE(backup.value->backups.first().mode, u"Manual"_s);
    }

    void serviceErrorsComeBackVerbatim_data()
    {
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown instance") << u"rm-doesnotexist"_s << u"demo-access-key-secret"_s
                                          << u"InvalidDBInstanceId.NotFound"_s;
        QTest::newRow("wrong secret") << QString() << u"not-the-secret"_s << u"SignatureDoesNotMatch"_s;
    }

    void serviceErrorsComeBackVerbatim()
    {
        QFETCH(QString, instanceId);
        QFETCH(QString, secret);
        QFETCH(QString, code);
        startSimulator();
        const RdsClient rds = client(u"cn-hangzhou"_s, SignatureVersion::V1, secret);
        const auto reply = run<BackupPage>([&](auto handler) {
            DescribeBackupsParameters parameters;
            parameters.dbInstanceId = instanceId.isEmpty() ? mySqlPrimary().id : instanceId;
            return rds.describeBackups(parameters, this, handler).wasSent();
        });
        QCOMPARE(reply.result.outcome, Outcome::ServiceError);
        QCOMPARE(reply.result.errorCode, code);
        QVERIFY(!reply.result.errorMessage.isEmpty());
        QVERIFY(!reply.result.requestId.isEmpty());
    }
    void crossRegionBackupsAndTheirRecoveryWindow()
    {
        startSimulator();
        const CrossRegionPair pair = crossRegionPair();
        QVERIFY2(pair.source, "the simulator's default data has a cross-region MySQL pair");
        const RdsClient rds = client(pair.source->regionId);
        const auto page = run<CrossRegionBackupPage>([&](auto handler) {
            DescribeCrossRegionBackupsParameters parameters;
            parameters.dbInstanceId = pair.source->id;
            parameters.pageSize = 100;
            return rds.describeCrossRegionBackups(parameters, this, handler).wasSent();
        });
        QVERIFY2(page.ok(), qPrintable(page.result.summary()));
        const auto expected = m_simulator->alibaba().catalog().crossRegionBackups(*pair.source);
        QCOMPARE(page.value->totalRecordCount, expected.size());
        QVERIFY(!page.value->backups.isEmpty());
        for (const CrossRegionBackup &backup : std::as_const(page.value->backups)) {
            QCOMPARE(backup.crossBackupRegion, pair.source->crossBackupRegion);
            QVERIFY(backup.backupMethod == u"P"_s || backup.backupMethod == u"L"_s);
            QVERIFY(backup.backupStartTime.isValid());
        }

        const QString crossBackupId = page.value->backups.first().crossBackupId;
        const auto window = run<RecoveryWindow>([&](auto handler) {
            return rds.describeAvailableRecoveryTime(crossBackupId, pair.source->id, this, handler).wasSent();
        });
        QVERIFY2(window.ok(), qPrintable(window.result.summary()));
        QCOMPARE(window.value->crossBackupId, crossBackupId);
        QVERIFY(window.value->begin.isValid());
        QVERIFY(window.value->begin <= window.value->end);

        const auto unknown = run<RecoveryWindow>([&](auto handler) {
            return rds.describeAvailableRecoveryTime(u"1"_s, {}, this, handler).wasSent();
        });
        QCOMPARE(unknown.result.outcome, Outcome::ServiceError);
        QCOMPARE(unknown.result.errorCode, u"InvalidBackupSetID.NotFound"_s);
    }

    void restoreDdrTableFromABackupSetOnceForOneClientToken()
    {
        startSimulator();
        const CrossRegionPair pair = crossRegionPair();
        QVERIFY2(pair.source, "the simulator's default data has a cross-region MySQL pair");
        const RdsClient sourceRegion = client(pair.source->regionId);
        const auto page = run<CrossRegionBackupPage>([&](auto handler) {
            DescribeCrossRegionBackupsParameters parameters;
            parameters.dbInstanceId = pair.source->id;
            parameters.pageSize = 100;
            return sourceRegion.describeCrossRegionBackups(parameters, this, handler).wasSent();
        });
        QVERIFY2(page.ok(), qPrintable(page.result.summary()));
        QString backupId;
        for (const CrossRegionBackup &backup : std::as_const(page.value->backups))
            if (backup.backupSetStatus == 0 && backup.backupMethod == u"P"_s && backupId.isEmpty())
                backupId = backup.crossBackupId;
        QVERIFY(!backupId.isEmpty());
        const QStringList databases = databasesIn(backupId);
        QVERIFY(!databases.isEmpty());

        RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = pair.target->id;
        parameters.restoreType = RestoreDdrType::BackupSet;
        parameters.backupId = backupId;
        parameters.sourceRegion = pair.source->regionId;
        parameters.sourceDBInstanceName = pair.source->id;
        parameters.tableMeta.addDatabase(databases.first(), databases.first() + u"_restored"_s);
        parameters.backupDatabases = databases;
        parameters.clientToken = ClientToken::generate();
        const RdsClient targetRegion = client(pair.target->regionId);
        const auto restored = run<RestoreDdrTableReply>([&](auto handler) {
            return targetRegion.restoreDdrTable(parameters, this, handler).wasSent();
        });
        QVERIFY2(restored.ok(), qPrintable(restored.result.summary()));
        QCOMPARE(restored.value->dbInstanceId, pair.target->id);
        QCOMPARE(m_simulator->alibaba().status(*pair.target), u"Restoring"_s);

        // The same user action again (a resend): the same answer, no second restore.
        const auto again = run<RestoreDdrTableReply>([&](auto handler) {
            return targetRegion.restoreDdrTable(parameters, this, handler).wasSent();
        });
        QVERIFY2(again.ok(), qPrintable(again.result.summary()));
        QCOMPARE(again.value->dbInstanceId, pair.target->id);
        QCOMPARE(m_simulator->stats().value(u"executions"_s, pair.target->id, u"RestoreDdrTable"_s), 1);
    }

    void restoreDdrTableErrorsFromTheService()
    {
        startSimulator();
        const CrossRegionPair pair = crossRegionPair();
        QVERIFY2(pair.source, "the simulator's default data has a cross-region MySQL pair");
        const RdsClient targetRegion = client(pair.target->regionId);
        RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = pair.target->id;
        parameters.restoreType = RestoreDdrType::PointInTime;
        parameters.restoreTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        parameters.sourceRegion = pair.source->regionId;
        parameters.sourceDBInstanceName = pair.source->id;
        // Not checked here (backupDatabases unknown): the service must refuse it.
        parameters.tableMeta.addDatabase(u"nosuchdb"_s, u"nosuchdb_copy"_s);
        parameters.clientToken = ClientToken::generate();
        const auto reply = run<RestoreDdrTableReply>([&](auto handler) {
            return targetRegion.restoreDdrTable(parameters, this, handler).wasSent();
        });
        QCOMPARE(reply.result.outcome, Outcome::ServiceError);
        QCOMPARE(reply.result.errorCode, u"InvalidSourceRestoreDBName.NotFound"_s);
        QCOMPARE(reply.result.httpStatus, 400);
        QVERIFY(!reply.result.requestId.isEmpty());

        RestoreDdrTableParameters missingBackup = parameters;
        missingBackup.restoreType = RestoreDdrType::BackupSet;
        missingBackup.restoreTime = {};
        missingBackup.backupId = u"999999999"_s;
        missingBackup.clientToken = ClientToken::generate();
        const auto notFound = run<RestoreDdrTableReply>([&](auto handler) {
            return targetRegion.restoreDdrTable(missingBackup, this, handler).wasSent();
        });
        QCOMPARE(notFound.result.outcome, Outcome::ServiceError);
        QCOMPARE(notFound.result.errorCode, u"InvalidBackupSetID.NotFound"_s);
    }
};

QTEST_GUILESS_MAIN(TestRdsClientCloudSim)
#include "tst_rdsclient_cloudsim.moc"
