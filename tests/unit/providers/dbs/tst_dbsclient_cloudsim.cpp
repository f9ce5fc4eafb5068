#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "app/providers/alibaba/clienttoken.h"
#include "app/providers/dbs/dbsclient.h"
#include "app/transport/httptransport.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::dbs;
using rdsbm::cloudsim::CloudSimulator;
using rdsbm::cloudsim::SimulatorConfig;
using rdsbm::transport::Outcome;
using rdsbm::transport::TypedReply;

// The DBS client against the simulator over real HTTP. The simulator is written from seed 002
// and the reference, not from this client, so a misreading on either side shows up here.
class TestDbsClientCloudSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CloudSimulator> m_simulator;
    std::unique_ptr<transport::HttpTransport> m_transport;

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
        const auto started = start([state](TypedReply<T> reply) {
            state->reply = std::move(reply);
            state->done = true;
        });
        if (!started.wasSent()) {
            QTest::qFail(qPrintable(u"the client refused the input: "_s + started.rejected.first().message),
                         __FILE__, __LINE__);
            return {};
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(state->done, 30000); }();
        return state->reply;
    }

    DbsClient client(alibaba::SignatureVersion version = alibaba::SignatureVersion::V1) const
    {
        alibaba::AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = u"cn-hangzhou"_s;
        account.endpoint = m_simulator->baseUrl();
        account.signatureVersion = version;
        return DbsClient(*m_transport, alibaba::AlibabaRequestFactory(account));
    }

    DbsBackupPlan mySqlPlan()
    {
        DbsBackupPlanQuery query;
        query.region = u"cn-hangzhou"_s;
        const auto plans = run<QList<DbsBackupPlan>>(
            [&](auto handler) { return client().describeAllBackupPlans(query, this, handler); });
        if (!plans.ok())
            qFatal("DescribeBackupPlanList failed: %s", qPrintable(plans.result.summary()));
        for (const DbsBackupPlan &plan : *plans.value) {
            if (plan.databaseType == u"MySQL" && plan.sourceEndpointInstanceType == u"RDS")
                return plan;
        }
        qFatal("the simulator has no MySQL plan in cn-hangzhou");
    }

    const cloudsim::RdsInstance &mySqlInstanceIn(const QString &region) const
    {
        for (const auto &instance : m_simulator->alibaba().instances()) {
            if (instance.regionId == region && instance.engine == u"MySQL" && instance.type == u"Primary")
                return instance;
        }
        qFatal("the simulator has no MySQL primary in %s", qPrintable(region));
    }

    CreateRestoreTaskParameters restoreToRds(const DbsBackupPlan &plan, const QString &backupSetId,
                                             const QString &newName)
    {
        CreateRestoreTaskParameters parameters;
        DbsRestoreRequest &r = parameters.request;
        r.backupPlanId = plan.backupPlanId;
        r.restoreTaskName = u"restore "_s + newName;
        r.destinationType = DbsDestinationType::Rds;
        r.sourceDatabaseType = plan.databaseType;
        r.destinationRegion = plan.sourceEndpointRegion;
        r.destinationInstanceId = mySqlInstanceIn(plan.sourceEndpointRegion).id;
        r.destinationUserName = u"restorer"_s;
        r.destinationPassword = u"Restore#2024"_s;
        const QJsonArray objects = QJsonDocument::fromJson(plan.backupObjects.toUtf8()).array();
        r.restoreObjects.add({objects.first().toObject().value(u"DBName"_s).toString(), newName, {}, {}});
        r.backupSetId = backupSetId;
        r.duplicateConflict = DbsDuplicateConflict::RenameNew;
        parameters.clientToken = alibaba::ClientToken::generate();
        return parameters;
    }

    QString firstBackupSet(const DbsBackupPlan &plan)
    {
        const auto ranges = run<QList<DbsRestoreRange>>([&](auto handler) {
            return client().describeRestoreRangeInfo(plan.backupPlanId, plan.beginTimestampForRestore,
                                                     plan.endTimestampForRestore, false, this, handler);
        });
        if (!ranges.ok())
            qFatal("DescribeRestoreRangeInfo failed: %s", qPrintable(ranges.result.summary()));
        for (const DbsRestoreRange &range : *ranges.value) {
            if (range.kind == DbsRestoreRange::Kind::Point && !range.fullBackups.isEmpty())
                return range.fullBackups.first().backupSetId;
        }
        qFatal("no full backup set to restore from");
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimulatorConfig config;
        config.jobSecondsPerStep = 0.02;
        m_simulator = std::make_unique<CloudSimulator>(config);
        QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
        m_transport = std::make_unique<transport::HttpTransport>();
    }

    void cleanupTestCase()
    {
        m_transport.reset();
        m_simulator.reset();
    }

    void plansMatchTheSimulatorsWorld()
    {
        const auto all = run<QList<DbsBackupPlan>>(
            [&](auto handler) { return client().describeAllBackupPlans({}, this, handler); });
        QVERIFY2(all.ok(), qPrintable(all.result.summary()));
        QCOMPARE(all.value->size(), m_simulator->alibaba().plans().size());
        for (qsizetype i = 0; i < all.value->size(); ++i) {
            const DbsBackupPlan &plan = all.value->at(i);
            const auto &world = m_simulator->alibaba().plans().at(i);
            QCOMPARE(plan.backupPlanId, world.planId);
            QCOMPARE(plan.databaseType, world.databaseType);
            QCOMPARE(plan.sourceEndpointRegion, world.region);
            QCOMPARE(plan.enableBackupLog, world.enableBackupLog);
            QVERIFY(plan.endTimestampForRestore >= plan.beginTimestampForRestore);
        }

        DbsBackupPlanQuery inRegion;
        inRegion.region = u"cn-hangzhou"_s;
        const auto regional = run<QList<DbsBackupPlan>>(
            [&](auto handler) { return client().describeAllBackupPlans(inRegion, this, handler); });
        QVERIFY(regional.ok());
        QVERIFY(!regional.value->isEmpty());
        QVERIFY(regional.value->size() < all.value->size());
        for (const DbsBackupPlan &plan : *regional.value)
            QCOMPARE(plan.sourceEndpointRegion, u"cn-hangzhou"_s);
    }

    void restoreRangesOfAPlan()
    {
        const DbsBackupPlan plan = mySqlPlan();
        const auto ranges = run<QList<DbsRestoreRange>>([&](auto handler) {
            return client().describeRestoreRangeInfo(plan.backupPlanId, plan.beginTimestampForRestore,
                                                     plan.endTimestampForRestore, false, this, handler);
        });
        QVERIFY2(ranges.ok(), qPrintable(ranges.result.summary()));
        QVERIFY(!ranges.value->isEmpty());
        for (const DbsRestoreRange &range : *ranges.value) {
            QVERIFY(range.kind != DbsRestoreRange::Kind::Unknown);
            QVERIFY(range.begin <= range.end);
            QCOMPARE(range.sourceEndpointInstanceId, plan.sourceEndpointInstanceId);
        }
    }

    void createStartAndFollowARestoreTask()
    {
        const DbsBackupPlan plan = mySqlPlan();
        const CreateRestoreTaskParameters parameters = restoreToRds(plan, firstBackupSet(plan), u"orders_restored"_s);

        const auto created = run<QString>(
            [&](auto handler) { return client().createRestoreTask(parameters, this, handler); });
        QVERIFY2(created.ok(), qPrintable(created.result.summary()));
        const QString taskId = *created.value;
        QVERIFY(!taskId.isEmpty());

        // Resent with the same ClientToken (as after a lost reply): the same task, not a second one.
        const auto again = run<QString>(
            [&](auto handler) { return client(alibaba::SignatureVersion::V3).createRestoreTask(parameters, this, handler); });
        QVERIFY2(again.ok(), qPrintable(again.result.summary()));
        QCOMPARE(*again.value, taskId);
        qsizetype tasksOfPlan = 0;
        for (const auto &task : m_simulator->alibaba().dbsTasks())
            tasksOfPlan += task.planId == plan.backupPlanId && task.name == parameters.request.restoreTaskName;
        QCOMPARE(tasksOfPlan, 1);

        DbsRestoreTaskQuery byTask;
        byTask.restoreTaskIds = {taskId};
        const auto before = run<DbsPage<DbsRestoreTask>>(
            [&](auto handler) { return client().describeRestoreTaskList(byTask, this, handler); });
        QVERIFY2(before.ok(), qPrintable(before.result.summary()));
        QCOMPARE(before.value->items.size(), 1);
        QCOMPARE(before.value->items.first().restoreStatus, u"init"_s); // created, not started
        QCOMPARE(before.value->items.first().destinationEndpointInstanceId, parameters.request.destinationInstanceId);

        const auto started = run<QString>(
            [&](auto handler) { return client().startRestoreTask(taskId, {}, this, handler); });
        QVERIFY2(started.ok(), qPrintable(started.result.summary()));
        QCOMPARE(*started.value, taskId);

        DbsRestoreTask last;
        const auto finished = [&] {
            const auto page = run<DbsPage<DbsRestoreTask>>(
                [&](auto handler) { return client().describeRestoreTaskList(byTask, this, handler); });
            if (!page.ok() || page.value->items.isEmpty())
                return false;
            last = page.value->items.first();
            return last.state() != JobState::Running;
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(), 30000);
        QCOMPARE(last.state(), JobState::Succeeded);
        QCOMPARE(last.progressPercent(), 100);
        CloudJob job;
        last.applyTo(job);
        QVERIFY(job.isFinished());
        QCOMPARE(job.providerJobId, taskId);

        DbsRestoreTaskQuery byPlan;
        byPlan.backupPlanId = plan.backupPlanId;
        const auto ofPlan = run<DbsPage<DbsRestoreTask>>(
            [&](auto handler) { return client().describeRestoreTaskList(byPlan, this, handler); });
        QVERIFY(ofPlan.ok());
        QVERIFY(std::any_of(ofPlan.value->items.cbegin(), ofPlan.value->items.cend(),
                            [&](const DbsRestoreTask &task) { return task.restoreTaskId == taskId; }));
    }

    void refusedLocallyNeverReachesTheService()
    {
        const DbsBackupPlan plan = mySqlPlan();
        CreateRestoreTaskParameters parameters = restoreToRds(plan, firstBackupSet(plan), u"x"_s);
        parameters.request.destinationType = DbsDestinationType::Ecs; // needs a port it does not have
        const qsizetype before = m_simulator->alibaba().dbsTasks().size();
        const auto started = client().createRestoreTask(parameters, this, [](TypedReply<QString>) {
            QFAIL("a refused request must not call its handler");
        });
        QVERIFY(!started.wasSent());
        QCOMPARE(started.rejected.first().field, u"DestinationEndpointPort"_s);
        QCOMPARE(m_simulator->alibaba().dbsTasks().size(), before);
    }

    void theServicesOwnRefusalsAreMapped()
    {
        const DbsBackupPlan plan = mySqlPlan();
        CreateRestoreTaskParameters parameters = restoreToRds(plan, {}, u"too_late"_s);
        parameters.request.restoreTime = plan.endTimestampForRestore.addDays(30); // outside the window
        const auto refused = run<QString>(
            [&](auto handler) { return client().createRestoreTask(parameters, this, handler); });
        QCOMPARE(refused.result.outcome, Outcome::ServiceError);
        QCOMPARE(refused.result.errorCode, u"Param.NotFound"_s);
        QVERIFY(!refused.result.requestId.isEmpty());

        const auto unknownTask = run<QString>(
            [&](auto handler) { return client().startRestoreTask(u"no-such-task"_s, {}, this, handler); });
        QCOMPARE(unknownTask.result.outcome, Outcome::ServiceError);
        QCOMPARE(unknownTask.result.errorCode, u"Param.NotFound"_s);
    }
};

QTEST_GUILESS_MAIN(TestDbsClientCloudSim)
#include "tst_dbsclient_cloudsim.moc"
