// The operations layer against the in-process simulator over real HTTP: every long action is
// recorded before it is sent, followed to its end, reconciled after a restart, and never sent
// twice when the service may have it already.
#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/simstats.h"
#include "app/jobs/jobjournal.h"
#include "app/jobs/jobtracker.h"
#include "app/operations/backupjobstatussource.h"
#include "app/operations/createbackupoperation.h"
#include "app/operations/dbsrestoreoperation.h"
#include "app/operations/dbsrestorestatussource.h"
#include "app/operations/ddrrestorestatussource.h"
#include "app/operations/huaweijobstatussource.h"
#include "app/operations/huaweirestoreoperation.h"
#include "app/operations/restoreddrtableoperation.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/httptransport.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::operations;
using rdsbm::testsupport::SimFixture;

class TestOperations : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QTemporaryDir m_directory;
    std::unique_ptr<transport::HttpTransport> m_transport;
    std::unique_ptr<jobs::JobJournal> m_journal;
    std::unique_ptr<jobs::JobTracker> m_tracker;
    std::unique_ptr<huawei::HuaweiRdsClient> m_huawei;
    QList<std::pair<QString, QString>> m_pollFailures;
    QString m_destinationPassword; // what a restarted process is given again (RDSBM_DEST_PASSWORD)

    QString journalPath() const { return m_directory.filePath(u"jobs.json"_s); }

    bool startSimulator(double secondsPerStep, int latencyMs = 0)
    {
        cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.jobSecondsPerStep = secondsPerStep;
        config.latencyMs = latencyMs;
        return m_fixture.start(config);
    }

    alibaba::RdsClient rds(const QString &region = u"cn-hangzhou"_s)
    {
        alibaba::AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = region;
        account.endpoint = m_fixture.simulator().baseUrl();
        return alibaba::RdsClient(*m_transport, alibaba::AlibabaRequestFactory(account));
    }

    dbs::DbsClient dbsClient()
    {
        return dbs::DbsClient(*m_transport, rds().requestFactory());
    }

    huawei::HuaweiRdsClient &huaweiClient()
    {
        if (!m_huawei) {
            huawei::HuaweiAccount account;
            account.credentials = {u"demo-ak"_s, u"demo-sk"_s, {}};
            account.regionId = u"cn-north-4"_s;
            account.endpoint = m_fixture.simulator().baseUrl();
            m_huawei = std::make_unique<huawei::HuaweiRdsClient>(*m_transport, account);
        }
        return *m_huawei;
    }

    // A fresh tracker over the journal file, as a restarted process makes it, with every status
    // source answering for every job.
    void restartTracker()
    {
        m_tracker.reset();
        m_journal = std::make_unique<jobs::JobJournal>(journalPath());
        QString error;
        QVERIFY2(m_journal->load(error), qPrintable(error));
        m_tracker = std::make_unique<jobs::JobTracker>(*m_journal);
        m_tracker->setPollInterval(std::chrono::milliseconds(50));
        const auto observer = [this](const CloudJob &job, const QString &action, const transport::ApiResult &result) {
            m_pollFailures.append({job.localId, action + u": "_s + result.summary()});
        };
        std::vector<std::shared_ptr<ProviderStatusSource>> sources{
            std::make_shared<BackupJobStatusSource>([this](const CloudJob &job) { return std::optional(rds(job.regionId)); }),
            std::make_shared<DdrRestoreStatusSource>([this](const CloudJob &job) { return std::optional(rds(job.regionId)); }),
            std::make_shared<DbsRestoreStatusSource>([this](const CloudJob &) { return std::optional(dbsClient()); },
                                                     [this](const CloudJob &) { return m_destinationPassword; }),
            std::make_shared<HuaweiJobStatusSource>([this](const CloudJob &) { return &huaweiClient(); }),
        };
        for (const auto &source : sources) {
            source->setPollFailureObserver(observer);
            m_tracker->addStatusSource(source);
        }
    }

    QString runningMySql(const QString &region = u"cn-hangzhou"_s)
    {
        return m_fixture
            .findInstance(region, {{u"Engine"_s, u"MySQL"_s}, {u"DBInstanceStatus"_s, u"Running"_s},
                                   {u"DBInstanceType"_s, u"Primary"_s}})
            .value(u"DBInstanceId"_s)
            .toString();
    }

    qint64 executions(const QString &resource, const QString &action)
    {
        return m_fixture.simulator().stats().value(u"executions"_s, resource, action);
    }

    std::optional<CloudJob> jobOnDisk(const QString &localId) const
    {
        jobs::JobJournal journal(journalPath());
        QString error;
        if (!journal.load(error))
            return std::nullopt;
        return journal.job(localId);
    }

    static void prepareAndWait(LongOperation &operation)
    {
        QSignalSpy prepared(&operation, &LongOperation::prepared);
        QVERIFY(prepared.isValid());
        operation.prepare();
        QVERIFY(prepared.wait(20000));
    }

    static void submitAndWait(LongOperation &operation)
    {
        QSignalSpy finished(&operation, &LongOperation::finished);
        QVERIFY(finished.isValid());
        operation.submit();
        QVERIFY(finished.wait(20000));
    }

    // One Huawei list, waited for.
    QList<DbInstance> huaweiInstances()
    {
        std::optional<QList<DbInstance>> instances;
        huaweiClient().listInstances(huawei::HuaweiInstanceFilter{}, this,
                                     [&instances](transport::TypedReply<QList<DbInstance>> reply) {
                                         instances = reply.value.value_or(QList<DbInstance>{});
                                     });
        if (!QTest::qWaitFor([&] { return instances.has_value(); }, 20000))
            return {};
        return *instances;
    }

private slots:
    void init()
    {
        QVERIFY(m_directory.isValid());
        QFile::remove(journalPath());
        QVERIFY2(startSimulator(0.05), qPrintable(m_fixture.errorString()));
        m_transport = std::make_unique<transport::HttpTransport>();
        m_pollFailures.clear();
        m_destinationPassword.clear();
        restartTracker();
    }

    void cleanup()
    {
        m_huawei.reset();
        m_tracker.reset();
        m_journal.reset();
        m_transport.reset();
        m_fixture.stop();
    }

    void createBackupIsRecordedBeforeItIsSent()
    {
        const QString instance = runningMySql();
        QVERIFY(!instance.isEmpty());
        alibaba::CreateBackupParameters parameters;
        parameters.dbInstanceId = instance;
        parameters.backupMethod = u"Physical"_s;
        CreateBackupOperation operation(*m_tracker, rds(), parameters, u"tests"_s);
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ready);
        QVERIFY(operation.preview().summary.contains(instance));

        std::optional<CloudJob> recordedOnDisk;
        qint64 executedWhenRecorded = -1;
        connect(&operation, &LongOperation::jobRecorded, this, [&](const QString &localId) {
            recordedOnDisk = jobOnDisk(localId);
            executedWhenRecorded = executions(instance, u"CreateBackup"_s);
        });
        submitAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Submitted);
        QVERIFY(recordedOnDisk);
        QCOMPARE(recordedOnDisk->state, JobState::Submitting);
        QCOMPARE(recordedOnDisk->kind, JobKind::CreateBackup);
        QCOMPARE(recordedOnDisk->parameters.value(u"DBInstanceId"_s).toString(), instance);
        QCOMPARE(executedWhenRecorded, 0);
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
        QVERIFY(!operation.result().providerJobId.isEmpty());
        QCOMPARE(operation.result().replies.value(u"CreateBackup"_s).toObject().value(u"BackupJobId"_s).toString(),
                 operation.result().providerJobId);

        // Followed to its end by DescribeBackupTasks.
        const QString localId = operation.result().localJobId;
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 20000);
        QCOMPARE(m_tracker->job(localId)->providerJobId, operation.result().providerJobId);
        QCOMPARE(jobOnDisk(localId)->state, JobState::Succeeded);
        QVERIFY(m_pollFailures.isEmpty());
    }

    void refusedInputIsNeitherRecordedNorSent()
    {
        const QString instance = runningMySql();
        alibaba::CreateBackupParameters parameters;
        parameters.dbInstanceId = instance;
        parameters.backupStrategy = u"db"_s; // DBName goes with the db strategy
        CreateBackupOperation operation(*m_tracker, rds(), parameters, u"tests"_s);
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Rejected);
        QVERIFY(!operation.result().problems.isEmpty());
        QVERIFY(m_tracker->jobs().isEmpty());
        QCOMPARE(m_fixture.simulator().stats().value(u"actions"_s, u"2014-08-15/DescribeDBInstanceAttribute"_s), 0);
        operation.submit(); // ignored: not ready
        QCOMPARE(executions(instance, u"CreateBackup"_s), 0);
    }

    void createBackupTimeoutLooksForTheJobBeforeAnyResend()
    {
        // Every reply comes 700 ms late; CreateBackup may wait 150 ms. It is executed at once, its
        // reply never seen.
        QVERIFY2(startSimulator(0.5, 700), qPrintable(m_fixture.errorString()));
        const QString instance = runningMySql();
        alibaba::CreateBackupParameters parameters;
        parameters.dbInstanceId = instance;
        CreateBackupOperation operation(*m_tracker, rds(), parameters, u"tests"_s);
        operation.setTimeouts({std::nullopt, std::chrono::milliseconds(150)});
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ready);
        QSignalSpy notes(&operation, &LongOperation::progressNoted);
        submitAndWait(operation);

        QCOMPARE(operation.result().outcome, OperationOutcome::Submitted);
        QVERIFY(operation.result().adopted);
        QCOMPARE(operation.sends(), 1);
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
        QVERIFY(operation.result().replies.contains(u"DescribeBackupTasks"_s));
        QVERIFY(!notes.isEmpty());
        const QString localId = operation.result().localJobId;
        QCOMPARE(m_tracker->job(localId)->providerJobId, operation.result().providerJobId);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 30000);
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
    }

    void submittingBackupFoundAfterARestartIsAdoptedNotResent()
    {
        QVERIFY2(startSimulator(0.5), qPrintable(m_fixture.errorString()));
        const QString instance = runningMySql();
        // The process recorded the job, sent it, and died before the reply.
        CloudJob draft;
        draft.kind = JobKind::CreateBackup;
        draft.regionId = u"cn-hangzhou"_s;
        draft.instanceId = instance;
        QString error;
        const QString localId = m_tracker->begin(draft, error);
        QVERIFY2(!localId.isEmpty(), qPrintable(error));
        const auto sent = m_fixture.client().rds(u"CreateBackup"_s, {{u"DBInstanceId"_s, instance}});
        QVERIFY2(sent.succeeded(), qPrintable(sent.summary()));
        const QString jobId = sent.json.object().value(u"BackupJobId"_s).toString();

        restartTracker();
        m_tracker->resumeUnfinished();
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->providerJobId, jobId, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 30000);
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
    }

    void submittingBackupWithNothingRunningIsUnknown()
    {
        const QString instance = runningMySql();
        CloudJob draft;
        draft.kind = JobKind::CreateBackup;
        draft.regionId = u"cn-hangzhou"_s;
        draft.instanceId = instance;
        QString error;
        const QString localId = m_tracker->begin(draft, error);
        restartTracker();
        m_tracker->resumeUnfinished();
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Unknown, 10000);
        QCOMPARE(m_tracker->job(localId)->errorCode, u"RDSBM.SubmissionUnknown"_s);
        QVERIFY(m_tracker->job(localId)->errorMessage.contains(instance));
        QCOMPARE(executions(instance, u"CreateBackup"_s), 0); // never resent
    }

    void restoreDdrReusesItsClientTokenOnEveryResend()
    {
        // The restore is executed, but its reply comes too late for the 150 ms the write may take.
        QVERIFY2(startSimulator(0.2, 500), qPrintable(m_fixture.errorString()));
        const QString source = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                                         {u"DBInstanceType"_s, u"Primary"_s}})
                                   .value(u"DBInstanceId"_s)
                                   .toString();
        const QString target = runningMySql(u"cn-shanghai"_s);
        QVERIFY(!source.isEmpty() && !target.isEmpty());
        const auto copies = m_fixture.client().rds(u"DescribeCrossRegionBackups"_s,
                                                   {{u"DBInstanceId"_s, source}, {u"RegionId"_s, u"cn-hangzhou"_s}});
        QString copyId;
        for (const QJsonValue &copy : copies.json.object()[u"Items"_s][u"Item"_s].toArray())
            if (copyId.isEmpty() && copy[u"BackupSetStatus"_s].toInt() == 0 && copy[u"BackupMethod"_s].toString() == u"P"_s)
                copyId = QString::number(copy[u"CrossBackupId"_s].toInteger());
        QVERIFY(!copyId.isEmpty());
        const auto databases = m_fixture.client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, source}});
        const QString database = databases.json.object()[u"Databases"_s][u"Database"_s][0][u"DBName"_s].toString();

        alibaba::RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = target;
        parameters.restoreType = alibaba::RestoreDdrType::BackupSet;
        parameters.backupId = copyId;
        parameters.tableMeta.addDatabase(database, u"ddr_restored"_s);
        RestoreDdrTableOperation operation(*m_tracker, rds(u"cn-shanghai"_s), parameters, u"tests"_s);
        const QString token = operation.clientToken();
        QVERIFY(!token.isEmpty());
        QCOMPARE(operation.result().clientToken, token);
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ready);
        operation.setTimeouts({std::nullopt, std::chrono::milliseconds(150)});
        submitAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ambiguous);
        QVERIFY(operation.result().message.contains(token));
        const QString localId = operation.result().localJobId;
        QCOMPARE(m_tracker->job(localId)->state, JobState::Submitting);
        QCOMPARE(m_tracker->job(localId)->clientToken, token);
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, token, u"executed"_s), 1);

        // After a restart, the reconciliation sends it again with the same token: replayed, not run again.
        restartTracker();
        m_tracker->resumeUnfinished();
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Running, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.simulator().stats().value(u"clientTokens"_s, token, u"received"_s), 2, 10000);
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, token, u"executed"_s), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 20000);
    }

    void restoreDdrIsFollowedThroughTheTargetStatus()
    {
        QVERIFY2(startSimulator(0.3), qPrintable(m_fixture.errorString()));
        const QString source = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                                         {u"DBInstanceType"_s, u"Primary"_s}})
                                   .value(u"DBInstanceId"_s)
                                   .toString();
        const QString target = runningMySql(u"cn-shanghai"_s);
        const auto databases = m_fixture.client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, source}});
        const QString database = databases.json.object()[u"Databases"_s][u"Database"_s][0][u"DBName"_s].toString();

        alibaba::RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = target;
        parameters.restoreType = alibaba::RestoreDdrType::PointInTime;
        parameters.restoreTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        parameters.sourceRegion = u"cn-hangzhou"_s;
        parameters.sourceDBInstanceName = source;
        parameters.tableMeta.addDatabase(database, u"pitr_restored"_s);
        RestoreDdrTableOperation operation(*m_tracker, rds(u"cn-shanghai"_s), parameters, u"tests"_s);
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ready);
        QVERIFY(!operation.preview().details.isEmpty());
        submitAndWait(operation);
        QVERIFY2(operation.result().succeeded(), qPrintable(operation.result().failure.summary()));
        QCOMPARE(operation.result().replies.value(u"RestoreDdrTable"_s).toObject().value(u"DBInstanceId"_s).toString(), target);
        const QString localId = operation.result().localJobId;
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->providerStatus, u"Restoring"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 20000);
        // The same name again now collides with the database the restore made.
        RestoreDdrTableOperation again(*m_tracker, rds(u"cn-shanghai"_s), parameters, u"tests"_s);
        prepareAndWait(again);
        QCOMPARE(again.result().outcome, OperationOutcome::Rejected);
        QCOMPARE(again.result().problems.first().code, u"InvalidDBName.Duplicate"_s);
    }

    void huaweiRestoreChecksSeed004BeforeSending()
    {
        const QList<DbInstance> instances = huaweiInstances();
        QVERIFY(!instances.isEmpty());
        const DbInstance *mysql = nullptr;
        const DbInstance *other = nullptr;
        for (const DbInstance &instance : instances) {
            if (!mysql && instance.engine.compare(u"MySQL"_s, Qt::CaseInsensitive) == 0 && instance.status == u"ACTIVE"_s)
                mysql = &instance;
        }
        QVERIFY(mysql);
        for (const DbInstance &instance : instances)
            if (!other && instance.engine.compare(mysql->engine, Qt::CaseInsensitive) != 0)
                other = &instance;
        QVERIFY(other);
        HuaweiRestoreChoice choice;
        choice.sourceInstanceId = mysql->id;
        choice.targetInstanceId = other->id;
        choice.sourceType = HuaweiRestoreSource::Timestamp;
        choice.restoreTime = QDateTime::currentDateTimeUtc().addSecs(-600);
        HuaweiRestoreOperation operation(*m_tracker, huaweiClient(), choice, u"tests"_s);
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Rejected);
        bool namedTarget = false;
        for (const InputProblem &problem : operation.result().problems)
            namedTarget = namedTarget || problem.field == u"target.instance_id"_s;
        QVERIFY(namedTarget);
        QVERIFY(m_tracker->jobs().isEmpty());

        choice.targetInstanceId = u"no-such-instance"_s;
        HuaweiRestoreOperation missing(*m_tracker, huaweiClient(), choice, u"tests"_s);
        prepareAndWait(missing);
        QCOMPARE(missing.result().outcome, OperationOutcome::Rejected);
        QVERIFY(missing.result().problems.first().message.contains(u"no-such-instance"_s));
    }

    void huaweiRestoreIsFollowedToItsEnd()
    {
        QVERIFY2(startSimulator(0.2), qPrintable(m_fixture.errorString()));
        m_huawei.reset();
        const QList<DbInstance> instances = huaweiInstances();
        const DbInstance *mysql = nullptr;
        for (const DbInstance &instance : instances)
            if (!mysql && instance.engine.compare(u"MySQL"_s, Qt::CaseInsensitive) == 0 && instance.status == u"ACTIVE"_s)
                mysql = &instance;
        QVERIFY(mysql);
        std::optional<QList<RestoreWindow>> windows;
        huaweiClient().listRestoreTimes(mysql->id, QDate(), this, [&windows](transport::TypedReply<QList<RestoreWindow>> reply) {
            windows = reply.value.value_or(QList<RestoreWindow>{});
        });
        QTRY_VERIFY_WITH_TIMEOUT(windows.has_value(), 20000);
        QVERIFY(!windows->isEmpty());
        const RestoreWindow window = windows->last();
        HuaweiRestoreChoice choice;
        choice.sourceInstanceId = mysql->id;
        choice.targetInstanceId = mysql->id; // the current instance
        choice.sourceType = HuaweiRestoreSource::Timestamp;
        choice.restoreTime = window.start.addMSecs(window.start.msecsTo(window.end) / 2);
        HuaweiRestoreOperation operation(*m_tracker, huaweiClient(), choice, u"tests"_s);
        prepareAndWait(operation);
        QVERIFY2(operation.result().outcome == OperationOutcome::Ready,
                 qPrintable(operation.result().problems.value(0).message + operation.result().failure.summary()));
        QVERIFY(!operation.preview().overwrites.isEmpty());
        submitAndWait(operation);
        QVERIFY2(operation.result().succeeded(), qPrintable(operation.result().failure.summary()));
        QVERIFY(!operation.result().providerJobId.isEmpty());
        QCOMPARE(operation.result().replies.value(u"RestoreToExistingInstance"_s).toObject().value(u"job_id"_s).toString(),
                 operation.result().providerJobId);
        const QString localId = operation.result().localJobId;
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 30000);
        QCOMPARE(m_tracker->job(localId)->providerStatus, u"Completed"_s);
        QVERIFY(m_pollFailures.isEmpty());
    }

    // Restore the MySQL plan of cn-hangzhou into its own RDS instance, as `newName`.
    std::optional<DbsRestoreRequest> dbsRequest(const QString &newName)
    {
        const auto plans = m_fixture.client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"100"_s}});
        QJsonObject plan;
        for (const QJsonValue &value : plans.json.object()[u"Items"_s][u"BackupPlanDetail"_s].toArray())
            if (plan.isEmpty() && value[u"DatabaseType"_s] == u"MySQL"_s && value[u"SourceEndpointInstanceType"_s] == u"RDS"_s
                && value[u"SourceEndpointRegion"_s] == u"cn-hangzhou"_s)
                plan = value.toObject();
        if (plan.isEmpty())
            return std::nullopt;
        const auto sets = m_fixture.client().dbs(u"DescribeFullBackupList"_s, {{u"BackupPlanId"_s, plan[u"BackupPlanId"_s].toString()}});
        const QString database = QJsonDocument::fromJson(plan[u"BackupObjects"_s].toString().toUtf8()).array().first()[u"DBName"_s].toString();

        DbsRestoreRequest request;
        request.backupPlanId = plan[u"BackupPlanId"_s].toString();
        request.restoreTaskName = u"operations test"_s;
        request.destinationType = DbsDestinationType::Rds;
        request.destinationRegion = u"cn-hangzhou"_s;
        request.destinationInstanceId = plan[u"SourceEndpointInstanceID"_s].toString();
        request.destinationUserName = u"restorer"_s;
        request.destinationPassword = u"secret"_s;
        request.backupSetId = sets.json.object()[u"Items"_s][u"FullBackupFile"_s][0][u"BackupSetId"_s].toString();
        request.restoreObjects.add({database, newName, {}, {}});
        return request;
    }

    void dbsRestoreCreatesStartsAndFollowsTheTask()
    {
        QVERIFY2(startSimulator(0.1), qPrintable(m_fixture.errorString()));
        const auto request = dbsRequest(u"dbs_restored"_s);
        QVERIFY(request);
        DbsRestoreOperation operation(*m_tracker, dbsClient(), *request, {}, true, u"tests"_s);
        prepareAndWait(operation);
        QVERIFY2(operation.result().outcome == OperationOutcome::Ready,
                 qPrintable(operation.result().problems.value(0).message + operation.result().failure.summary()));
        QCOMPARE(operation.request().sourceDatabaseType, u"MySQL"_s);
        submitAndWait(operation);
        QVERIFY2(operation.result().succeeded(), qPrintable(operation.result().failure.summary()));
        QVERIFY(operation.result().replies.contains(u"CreateRestoreTask"_s));
        QVERIFY(operation.result().replies.contains(u"StartRestoreTask"_s));
        const QString localId = operation.result().localJobId;
        const CloudJob recorded = *jobOnDisk(localId);
        QVERIFY(!QJsonDocument(recorded.parameters).toJson().contains("secret")); // never the password
        QCOMPARE(recorded.clientToken, operation.result().clientToken);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 30000);
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, operation.result().clientToken, u"executed"_s), 1);
    }

    void dbsRestoreThatNeverArrivedIsSentAgainWithTheSameToken()
    {
        QVERIFY2(startSimulator(0.1), qPrintable(m_fixture.errorString()));
        const auto request = dbsRequest(u"dbs_resent"_s);
        QVERIFY(request);
        DbsRestoreOperation operation(*m_tracker, dbsClient(), *request, {}, true, u"tests"_s);
        prepareAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ready);
        // The service goes away between the check and the submission: nothing arrives.
        m_fixture.stop();
        submitAndWait(operation);
        QCOMPARE(operation.result().outcome, OperationOutcome::Ambiguous);
        const QString localId = operation.result().localJobId;
        const QString token = operation.result().clientToken;
        QCOMPARE(jobOnDisk(localId)->state, JobState::Submitting);

        // Back (same seed, same plans). Without the password it cannot be sent again: Unknown.
        QVERIFY2(startSimulator(0.1), qPrintable(m_fixture.errorString()));
        restartTracker();
        m_tracker->resumeUnfinished();
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Unknown, 10000);
        QVERIFY2(m_tracker->job(localId)->errorMessage.contains(u"RDSBM_DEST_PASSWORD"_s), qPrintable(m_tracker->job(localId)->errorCode + m_tracker->job(localId)->errorMessage));
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, token, u"received"_s), 0);

        // With it, the very same request goes out once more under the same token, and runs to its end.
        CloudJob again = *m_tracker->job(localId);
        again.state = JobState::Submitting;
        again.errorCode.clear();
        again.errorMessage.clear();
        QString error;
        QVERIFY(m_journal->record(again, error));
        m_destinationPassword = u"secret"_s;
        restartTracker();
        m_tracker->resumeUnfinished();
        QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->job(localId)->providerJobId.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 30000);
        QCOMPARE(m_fixture.simulator().stats().value(u"clientTokens"_s, token, u"executed"_s), 1);
        // The journal still holds no password.
        QFile journal(journalPath());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(!journal.readAll().contains("secret"));
    }

    void runningJobIsFollowedAfterARestart()
    {
        QVERIFY2(startSimulator(0.3), qPrintable(m_fixture.errorString()));
        const QString instance = runningMySql();
        alibaba::CreateBackupParameters parameters;
        parameters.dbInstanceId = instance;
        QString localId;
        {
            CreateBackupOperation operation(*m_tracker, rds(), parameters, u"tests"_s);
            prepareAndWait(operation);
            submitAndWait(operation);
            QVERIFY(operation.result().succeeded());
            localId = operation.result().localJobId;
        }
        // The process ends while the job runs; the next one finds it in the journal.
        QCOMPARE(jobOnDisk(localId)->state, JobState::Running);
        restartTracker();
        QCOMPARE(m_tracker->job(localId)->state, JobState::Running);
        m_tracker->resumeUnfinished();
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->job(localId)->state, JobState::Succeeded, 30000);
        QCOMPARE(executions(instance, u"CreateBackup"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
