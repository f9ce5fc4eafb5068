#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/huaweiworld.h"
#include "app/cloudsim/simulator.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/httptransport.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::huawei;
using rdsbm::cloudsim::CloudSimulator;
using rdsbm::cloudsim::SimulatorConfig;
using rdsbm::transport::Outcome;
using rdsbm::transport::TypedReply;

// The Huawei client against the simulator over real HTTP. The simulator is written from the
// seeds and the reference, not from this client, so a misreading on either side shows up here.
class TestHuaweiClientCloudSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CloudSimulator> m_simulator;
    std::unique_ptr<transport::HttpTransport> m_transport;
    std::unique_ptr<HuaweiRdsClient> m_client;

    template <typename T>
    struct Finished
    {
        TypedReply<T> reply;
        bool done = false;
    };

    // Runs one operation to its end; fails the test when the input is refused.
    template <typename T, typename Start>
    TypedReply<T> run(Start start)
    {
        auto state = std::make_shared<Finished<T>>();
        const HuaweiStarted started = start([state](TypedReply<T> reply) {
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

    std::unique_ptr<HuaweiRdsClient> makeClient(const QString &secret = u"demo-sk"_s, bool withProject = false)
    {
        HuaweiAccount account;
        account.profileName = u"sim"_s;
        account.credentials = {u"demo-ak"_s, secret, {}};
        account.regionId = u"cn-north-4"_s;
        account.endpoint = m_simulator->baseUrl();
        if (withProject)
            account.projectId = m_simulator->config().huaweiProjectId;
        return std::make_unique<HuaweiRdsClient>(*m_transport, account);
    }

    QList<DbInstance> instances()
    {
        const auto reply = run<QList<DbInstance>>(
            [this](auto handler) { return m_client->listInstances({}, this, handler); });
        if (!reply.ok())
            qFatal("ListInstances failed: %s", qPrintable(reply.result.summary()));
        return *reply.value;
    }

    int restoreSubmissions() const
    {
        int total = 0;
        const QJsonObject submissions =
            m_simulator->huawei().statistics().value(u"restoreSubmissions"_s).toObject();
        for (auto it = submissions.begin(); it != submissions.end(); ++it)
            total += it.value().toInt();
        return total;
    }

    // Follows a job to its end; the job id is not visible for the first moments (DBS.200044).
    HuaweiJobInfo followJob(const QString &jobId)
    {
        HuaweiJobInfo last;
        bool finished = false;
        QSet<int> progress;
        const auto poll = [&] {
            const auto reply = run<HuaweiJobInfo>(
                [&](auto handler) { return m_client->getJob(jobId, this, handler); });
            if (reply.ok()) {
                last = *reply.value;
                progress.insert(last.progressPercent);
                finished = last.state() != JobState::Running;
            } else if (reply.result.errorCode != u"DBS.200044") {
                qFatal("ListJobInfo failed: %s", qPrintable(reply.result.summary()));
            }
            return finished;
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(poll(), 30000); }();
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimulatorConfig config;
        config.instancesPerRegion = 16;
        config.backupsPerInstance = 260;
        config.jobSecondsPerStep = 0.02;
        m_simulator = std::make_unique<CloudSimulator>(config);
        QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
        m_transport = std::make_unique<transport::HttpTransport>();
        m_client = makeClient();
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_transport.reset();
        m_simulator.reset();
    }

    void projectIsDiscoveredThroughIam()
    {
        const auto reply = run<QString>([this](auto handler) { return m_client->lookUpProjectId(this, handler); });
        QVERIFY2(reply.ok(), qPrintable(reply.result.summary()));
        QCOMPARE(*reply.value, m_simulator->config().huaweiProjectId);
        QCOMPARE(m_client->knownProjectId(), m_simulator->config().huaweiProjectId);
    }

    void instancesMatchTheSimulatorsWorld()
    {
        const QList<DbInstance> listed = instances();
        const auto expected = m_simulator->huawei().world().instancesIn(m_simulator->config().huaweiProjectId);
        QCOMPARE(listed.size(), expected.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const DbInstance &instance = listed.at(i);
            QCOMPARE(instance.provider, Provider::Huawei);
            QCOMPARE(instance.projectId, m_simulator->config().huaweiProjectId);
            QCOMPARE(instance.profileName, u"sim"_s);
            const auto *world = m_simulator->huawei().world().instanceById(instance.id);
            QVERIFY2(world, qPrintable(instance.id));
            QCOMPARE(instance.engine, world->engine);
            QCOMPARE(instance.engineVersion, world->version);
            QCOMPARE(instance.storageGb, world->volumeGb);
            QCOMPARE(instance.description, world->name);
            QCOMPARE(instance.createTime.toMSecsSinceEpoch() / 1000, world->createdMs / 1000);
        }
    }

    void instanceFiltersReachTheService()
    {
        HuaweiInstanceFilter filter;
        filter.datastoreType = u"MySQL"_s;
        const auto reply = run<QList<DbInstance>>(
            [&](auto handler) { return m_client->listInstances(filter, this, handler); });
        QVERIFY2(reply.ok(), qPrintable(reply.result.summary()));
        QVERIFY(!reply.value->isEmpty());
        for (const DbInstance &instance : *reply.value)
            QCOMPARE(instance.engine, u"MySQL"_s);
    }

    void everyBackupPageInOrderWithoutDuplicates()
    {
        const DbInstance instance = instances().first();
        HuaweiBackupFilter filter;
        filter.instanceId = instance.id;
        const auto reply = run<QList<BackupSet>>(
            [&](auto handler) { return m_client->listBackups(filter, this, handler); });
        QVERIFY2(reply.ok(), qPrintable(reply.result.summary()));
        const auto *world = m_simulator->huawei().world().instanceById(instance.id);
        const auto &expected = m_simulator->huawei().world().backupsOf(*world);
        QCOMPARE(reply.value->size(), expected.size());
        QVERIFY(reply.value->size() > 2 * HuaweiRdsClient::pageLimit);
        QSet<QString> ids;
        for (qsizetype i = 0; i < reply.value->size(); ++i) {
            const BackupSet &backup = reply.value->at(i);
            QCOMPARE(backup.id, m_simulator->huawei().world().backupId(*world, expected.at(i)));
            QCOMPARE(backup.instanceId, instance.id);
            ids.insert(backup.id);
            if (backup.status == u"COMPLETED") {
                QVERIFY(backup.sizeBytes > 0);
                QCOMPARE(backup.sizeBytes % 1024, 0); // KB on the wire
                QVERIFY(backup.startTime.isValid());
                QCOMPARE(backup.startTime.timeSpec(), Qt::UTC);
            }
        }
        QCOMPARE(ids.size(), reply.value->size());
    }

    void backupFiltersByTimeAndType()
    {
        const DbInstance instance = instances().first();
        HuaweiBackupFilter all;
        all.instanceId = instance.id;
        const auto everything = run<QList<BackupSet>>(
            [&](auto handler) { return m_client->listBackups(all, this, handler); });
        QVERIFY(everything.ok());

        HuaweiBackupFilter filter = all;
        filter.backupType = u"incremental"_s;
        const QDateTime end = everything.value->first().startTime;
        filter.beginTime = end.addDays(-2);
        filter.endTime = end;
        const auto filtered = run<QList<BackupSet>>(
            [&](auto handler) { return m_client->listBackups(filter, this, handler); });
        QVERIFY2(filtered.ok(), qPrintable(filtered.result.summary()));
        QVERIFY(filtered.value->size() < everything.value->size());
        for (const BackupSet &backup : *filtered.value)
            QCOMPARE(backup.type, u"incremental"_s);
    }

    void backupFilesCarryAWorkingLink()
    {
        const DbInstance instance = instances().first();
        HuaweiBackupFilter filter;
        filter.instanceId = instance.id;
        filter.backupType = u"auto"_s;
        filter.maxItems = 20;
        const auto backups = run<QList<BackupSet>>(
            [&](auto handler) { return m_client->listBackups(filter, this, handler); });
        QVERIFY(backups.ok());
        const auto completed = std::find_if(backups.value->cbegin(), backups.value->cend(),
                                            [](const BackupSet &backup) { return backup.status == u"COMPLETED"; });
        QVERIFY(completed != backups.value->cend());
        const auto files = run<HuaweiBackupFiles>(
            [&](auto handler) { return m_client->getBackupFiles(completed->id, this, handler); });
        QVERIFY2(files.ok(), qPrintable(files.result.summary()));
        QVERIFY(!files.value->files.isEmpty());
        qint64 total = 0;
        for (const HuaweiBackupFile &file : files.value->files) {
            QCOMPARE(file.downloadLink.host(), m_simulator->baseUrl().host());
            QVERIFY(file.linkExpiredTime > QDateTime::currentDateTimeUtc());
            total += file.sizeBytes;
        }
        QCOMPARE(total, completed->sizeBytes);
    }

    void restoreToTheCurrentInstanceAtATimeAndFollowTheJob()
    {
        const QList<DbInstance> all = instances();
        const auto mysql = std::find_if(all.cbegin(), all.cend(), [](const DbInstance &instance) {
            return instance.engine == u"MySQL" && instance.isHuaweiActive();
        });
        QVERIFY(mysql != all.cend());
        const auto windows = run<QList<RestoreWindow>>(
            [&](auto handler) { return m_client->listRestoreTimes(mysql->id, {}, this, handler); });
        QVERIFY2(windows.ok(), qPrintable(windows.result.summary()));
        QVERIFY(!windows.value->isEmpty());

        HuaweiRestoreRequest request;
        request.sourceInstance = *mysql;
        request.targetInstance = *mysql;
        request.sourceType = HuaweiRestoreSource::Timestamp;
        const RestoreWindow &last = windows.value->last();
        request.restoreTime = last.start.addMSecs(last.start.msecsTo(last.end) / 2);
        request.restoreWindows = *windows.value;

        const int before = restoreSubmissions();
        const auto restored = run<QString>(
            [&](auto handler) { return m_client->restoreToExistingInstance(request, this, handler); });
        QVERIFY2(restored.ok(), qPrintable(restored.result.summary()));
        QVERIFY(!restored.value->isEmpty());
        QCOMPARE(restoreSubmissions(), before + 1);

        const HuaweiJobInfo job = followJob(*restored.value);
        QCOMPARE(job.status, u"Completed"_s);
        QCOMPARE(job.instanceId, mysql->id);
        QVERIFY(job.ended.isValid());
    }

    void restoreToAnotherInstanceFromABackup()
    {
        const QList<DbInstance> all = instances();
        const DbInstance *source = nullptr;
        const DbInstance *target = nullptr;
        for (const DbInstance &a : all) {
            for (const DbInstance &b : all) {
                if (a.id != b.id && a.engine == u"MySQL" && b.engine == a.engine && b.engineVersion == a.engineVersion
                    && b.storageGb >= a.storageGb && b.isHuaweiActive() && !source) {
                    source = &a;
                    target = &b;
                }
            }
        }
        if (!source)
            QSKIP("the generated data has no two compatible MySQL instances");
        HuaweiBackupFilter filter;
        filter.instanceId = source->id;
        filter.backupType = u"manual"_s;
        const auto backups = run<QList<BackupSet>>(
            [&](auto handler) { return m_client->listBackups(filter, this, handler); });
        QVERIFY(backups.ok());
        HuaweiBackupFilter autoFilter = filter;
        autoFilter.backupType = u"auto"_s;
        const auto autoBackups = run<QList<BackupSet>>(
            [&](auto handler) { return m_client->listBackups(autoFilter, this, handler); });
        QList<BackupSet> candidates = *backups.value + *autoBackups.value;
        const auto completed = std::find_if(candidates.cbegin(), candidates.cend(),
                                            [](const BackupSet &backup) { return backup.status == u"COMPLETED"; });
        QVERIFY(completed != candidates.cend());

        HuaweiRestoreRequest request;
        request.sourceInstance = *source;
        request.targetInstance = *target;
        request.backupId = completed->id;
        request.backup = *completed;
        const auto restored = run<QString>(
            [&](auto handler) { return m_client->restoreToExistingInstance(request, this, handler); });
        QVERIFY2(restored.ok(), qPrintable(restored.result.summary()));
        QCOMPARE(followJob(*restored.value).status, u"Completed"_s);
    }

    void brokenRulesAreRefusedBeforeSending()
    {
        const QList<DbInstance> all = instances();
        const auto mysql = std::find_if(all.cbegin(), all.cend(),
                                        [](const DbInstance &instance) { return instance.engine == u"MySQL"; });
        const auto other = std::find_if(all.cbegin(), all.cend(),
                                        [](const DbInstance &instance) { return instance.engine != u"MySQL"; });
        QVERIFY(mysql != all.cend() && other != all.cend());
        HuaweiRestoreRequest request;
        request.sourceInstance = *mysql;
        request.targetInstance = *other;
        request.backupId = u"any"_s;
        const int before = restoreSubmissions();
        const HuaweiStarted started = m_client->restoreToExistingInstance(request, this, [](TypedReply<QString>) {
            QFAIL("a refused restore must not call its handler");
        });
        QVERIFY(!started.wasSent());
        QCOMPARE(started.rejected.first().code, u"DBS.200037"_s);
        QCOMPARE(restoreSubmissions(), before);
    }

    void serviceErrorsAreMapped()
    {
        const auto missingJob = run<HuaweiJobInfo>(
            [&](auto handler) { return m_client->getJob(u"no-such-job"_s, this, handler); });
        QCOMPARE(missingJob.result.outcome, Outcome::ServiceError);
        QCOMPARE(missingJob.result.errorCode, u"DBS.200044"_s);
        QCOMPARE(missingJob.result.httpStatus, 403);

        const auto missingBackup = run<HuaweiBackupFiles>(
            [&](auto handler) { return m_client->getBackupFiles(u"nosuchbackupbr01"_s, this, handler); });
        QCOMPARE(missingBackup.result.outcome, Outcome::ServiceError);
        QVERIFY(missingBackup.result.errorCode.startsWith(u"DBS."_s));

        auto wrongSecret = makeClient(u"not-the-secret"_s, true);
        const auto refused = run<QList<DbInstance>>(
            [&](auto handler) { return wrongSecret->listInstances({}, this, handler); });
        QCOMPARE(refused.result.outcome, Outcome::ServiceError);
        QCOMPARE(refused.result.errorCode, u"APIGW.0301"_s);
        QCOMPARE(refused.result.httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TestHuaweiClientCloudSim)
#include "tst_huaweiclient_cloudsim.moc"
