// The core against a simulator where 30 % of the requests fail as the clouds fail (throttling,
// 503, slow replies, dropped connections, downloads cut off mid-body), for a bounded time
// (RDSBM_SOAK_SECONDS, 60 by default). What must hold throughout:
//  - every list (Alibaba instances, backup sets of an instance, DBS plans, Huawei instances)
//    either ends with exactly the simulator's own data, or with an error it reports: never a
//    partial or duplicated list presented as complete;
//  - every backup and restore is executed by the service exactly once when the client says it
//    was submitted, and never when the client says it failed (the simulator counts executions
//    per instance and per ClientToken);
//  - every download ends verified (size and CRC-64 checked here once more) or with an error,
//    and then nothing is at its path.
// The counts are printed at the end.
#include "app/cloudsim/alibabaworld.h"
#include "app/cloudsim/backupcatalog.h"
#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/huaweiworld.h"
#include "app/cloudsim/simclock.h"
#include "app/cloudsim/simstats.h"
#include "app/domain/crc64.h"
#include "app/downloads/backupdownload.h"
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
#include "app/providers/alibaba/concurrentbackuplister.h"
#include "app/providers/dbs/dbsclient.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/httptransport.h"
#include "tests/support/simfixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::operations;
using rdsbm::testsupport::SimFixture;

namespace {

constexpr int listTries = 6;     // a list the transport gave up on is asked again, as a user would
constexpr int downloadTries = 6; // a download that failed is started again: it resumes its .part
constexpr int prepareTries = 6;  // a preparation whose reads failed is done again

struct Tally
{
    int completed = 0;
    int failedThenRetried = 0;
};

QString listLine(const QString &name, const Tally &tally)
{
    return u"%1: %2 complete and correct, %3 reported an error and were asked again"_s.arg(name)
        .arg(tally.completed)
        .arg(tally.failedThenRetried);
}

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QTemporaryDir m_directory;
    std::unique_ptr<transport::HttpTransport> m_transport;
    std::unique_ptr<jobs::JobJournal> m_journal;
    std::unique_ptr<jobs::JobTracker> m_tracker;
    std::unique_ptr<huawei::HuaweiRdsClient> m_huawei;

    QMap<QString, Tally> m_lists;
    QList<BackupSet> m_backups; // the read-only instance's, from the last list
    int m_downloadsVerified = 0;
    int m_downloadAttemptsFailed = 0;
    qint64 m_bytesVerified = 0;
    QMap<QString, int> m_submitted;       // by action: the client said submitted (and the job ran)
    QMap<QString, int> m_refused;         // by action: the client said it failed; nothing ran
    QMap<QString, int> m_preparesRetried; // by action
    int m_ambiguousReconciled = 0;
    QMap<QString, int> m_expectedCreateBackups; // instance -> CreateBackup executions the client caused
    QMap<QString, int> m_expectedHuaweiRestores; // target -> submissions
    QStringList m_tokens;                 // every ClientToken the operations used
    int m_restoreNumber = 0;

    cloudsim::CloudSimulator &sim() { return m_fixture.simulator(); }

    alibaba::RdsClient rds(const QString &region = u"cn-hangzhou"_s)
    {
        alibaba::AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = region;
        account.endpoint = sim().baseUrl();
        return alibaba::RdsClient(*m_transport, alibaba::AlibabaRequestFactory(account));
    }

    dbs::DbsClient dbsClient() { return dbs::DbsClient(*m_transport, rds().requestFactory()); }

    huawei::HuaweiRdsClient &huaweiClient()
    {
        if (!m_huawei) {
            huawei::HuaweiAccount account;
            account.credentials = {u"demo-ak"_s, u"demo-sk"_s, {}};
            account.regionId = u"cn-north-4"_s;
            account.endpoint = sim().baseUrl();
            m_huawei = std::make_unique<huawei::HuaweiRdsClient>(*m_transport, account);
        }
        return *m_huawei;
    }

    void startTracker()
    {
        m_journal = std::make_unique<jobs::JobJournal>(m_directory.filePath(u"jobs.json"_s));
        QString error;
        QVERIFY2(m_journal->load(error), qPrintable(error));
        m_tracker = std::make_unique<jobs::JobTracker>(*m_journal);
        m_tracker->setPollInterval(std::chrono::milliseconds(100));
        m_tracker->addStatusSource(std::make_shared<BackupJobStatusSource>(
            [this](const CloudJob &job) { return std::optional(rds(job.regionId)); }));
        m_tracker->addStatusSource(std::make_shared<DdrRestoreStatusSource>(
            [this](const CloudJob &job) { return std::optional(rds(job.regionId)); }));
        m_tracker->addStatusSource(std::make_shared<DbsRestoreStatusSource>(
            [this](const CloudJob &) { return std::optional(dbsClient()); },
            [](const CloudJob &) { return u"soak-password"_s; }));
        m_tracker->addStatusSource(std::make_shared<HuaweiJobStatusSource>(
            [this](const CloudJob &) { return &huaweiClient(); }));
    }

    template <typename Condition>
    static bool waitUntil(Condition condition, int timeoutMs = 120000)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }

    // ---- lists ----

    using IdsCallback = std::function<void(std::optional<QStringList>)>;
    using Lister = std::function<void(IdsCallback)>;

    struct PendingList
    {
        QString name;
        Lister list;
        std::function<QStringList()> expected;
        int attempts = 0;
        bool done = false;
        std::optional<QStringList> ids;
    };
    std::vector<std::shared_ptr<PendingList>> m_pendingLists;

    // Starts `list`, which calls back with the ids it got, or nothing on an error it reported;
    // it is asked again after an error, as a user would. finishLists() waits for every list
    // started and checks that each answer is exactly `expected`.
    void checkList(const QString &name, Lister list, std::function<QStringList()> expected)
    {
        auto pending = std::make_shared<PendingList>();
        pending->name = name;
        pending->list = std::move(list);
        pending->expected = std::move(expected);
        m_pendingLists.push_back(pending);
        launch(pending);
    }

    void launch(const std::shared_ptr<PendingList> &pending)
    {
        ++pending->attempts;
        pending->list([this, pending](std::optional<QStringList> ids) {
            if (!ids && pending->attempts < listTries) {
                ++m_lists[pending->name].failedThenRetried;
                return launch(pending);
            }
            pending->ids = std::move(ids);
            pending->done = true;
        });
    }

    void finishLists()
    {
        const auto lists = std::exchange(m_pendingLists, {});
        QVERIFY2(waitUntil([&lists] {
                     return std::all_of(lists.cbegin(), lists.cend(), [](const auto &pending) { return pending->done; });
                 }, 300000),
                 "a list never answered");
        for (const auto &pending : lists) {
            QVERIFY2(pending->ids, qPrintable(pending->name + u" failed %1 times in a row"_s.arg(listTries)));
            const QStringList &got = *pending->ids;
            const QStringList want = pending->expected();
            QVERIFY2(QSet<QString>(got.cbegin(), got.cend()).size() == got.size(),
                     qPrintable(pending->name + u": duplicates"_s));
            QVERIFY2(got == want, qPrintable(u"%1: got %2 items, the simulator holds %3"_s.arg(pending->name)
                                                 .arg(got.size()).arg(want.size())));
            ++m_lists[pending->name].completed;
        }
    }

    QStringList worldInstances(const QString &region)
    {
        QStringList ids;
        for (const cloudsim::RdsInstance &instance : m_fixture.simulator().alibaba().instances())
            if (instance.regionId == region)
                ids.append(instance.id);
        ids.sort();
        return ids;
    }

    void listAlibabaInstances(const QString &region)
    {
        checkList(u"Alibaba instances"_s,
                  [this, region](auto done) {
                      rds(region).describeAllDBInstances({}, this, [done](transport::TypedReply<alibaba::DbInstanceList> reply) {
                          if (!reply.ok())
                              return done(std::nullopt);
                          QStringList ids;
                          for (const DbInstance &instance : reply.value->instances)
                              ids.append(instance.id);
                          ids.sort();
                          done(ids);
                      });
                  },
                  [this, region] { return worldInstances(region); });
    }

    void listBackups(const QString &instanceId)
    {
        checkList(u"Alibaba backup sets"_s,
                  [this, instanceId](IdsCallback done) {
                      alibaba::DescribeBackupsParameters filter;
                      filter.dbInstanceId = instanceId;
                      auto *lister = new alibaba::ConcurrentBackupLister(rds(), filter, this);
                      auto batches = std::make_shared<QList<BackupSet>>();
                      connect(lister, &alibaba::ConcurrentBackupLister::batchReceived, this,
                              [batches](const QList<BackupSet> &batch) { batches->append(batch); });
                      connect(lister, &alibaba::ConcurrentBackupLister::finished, this, [this, lister, batches, done] {
                          lister->deleteLater();
                          if (!lister->result().succeeded())
                              return done(std::nullopt);
                          m_backups = *batches;
                          QStringList ids;
                          for (const BackupSet &backup : std::as_const(*batches))
                              ids.append(backup.id);
                          done(ids);
                      });
                      if (!lister->start().isEmpty())
                          done(std::nullopt);
                  },
                  [this, instanceId] {
                      const cloudsim::RdsInstance *instance = sim().alibaba().instance(instanceId);
                      QStringList ids;
                      for (const cloudsim::BackupRecord &record :
                           sim().alibaba().catalog().query(*instance, {}, 0, cloudsim::BackupCatalog::maxBackupsPerInstance).items)
                          ids.append(QString::number(record.backupId));
                      return ids;
                  });
    }

    void listDbsPlans()
    {
        checkList(u"DBS backup plans"_s,
                  [this](auto done) {
                      dbsClient().describeAllBackupPlans({}, this, [done](transport::TypedReply<QList<dbs::DbsBackupPlan>> reply) {
                          if (!reply.ok())
                              return done(std::nullopt);
                          QStringList ids;
                          for (const dbs::DbsBackupPlan &plan : *reply.value)
                              ids.append(plan.backupPlanId);
                          ids.sort();
                          done(ids);
                      });
                  },
                  [this] {
                      QStringList ids;
                      for (const cloudsim::DbsBackupPlan &plan : sim().alibaba().plans())
                          ids.append(plan.planId);
                      ids.sort();
                      return ids;
                  });
    }

    void listHuaweiInstances()
    {
        checkList(u"Huawei instances"_s,
                  [this](auto done) {
                      huaweiClient().listInstances({}, this, [done](transport::TypedReply<QList<DbInstance>> reply) {
                          if (!reply.ok())
                              return done(std::nullopt);
                          QStringList ids;
                          for (const DbInstance &instance : *reply.value)
                              ids.append(instance.id);
                          ids.sort();
                          done(ids);
                      });
                  },
                  [this] {
                      const cloudsim::HuaweiWorld &world = sim().huawei().world();
                      QStringList ids;
                      for (const cloudsim::HuaweiProject &project : world.projects())
                          if (project.region == u"cn-north-4"_s)
                              for (const cloudsim::HuaweiInstance *instance : world.instancesIn(project.id))
                                  ids.append(instance->id);
                      ids.sort();
                      return ids;
                  });
    }

    // ---- downloads ----

    std::unique_ptr<downloads::BackupDownload> startDownload(const BackupSet &backup)
    {
        downloads::DownloadRequest request;
        request.url = backup.downloadUrl;
        request.targetPath = m_directory.filePath(u"download-%1.xb"_s.arg(backup.id));
        request.expectedChecksum = backup.checksum;
        request.expectedSize = backup.sizeBytes;
        auto transfer = std::make_unique<downloads::BackupDownload>(*m_transport, request);
        downloads::DownloadOptions options;
        options.backoff = {std::chrono::milliseconds(100), std::chrono::milliseconds(1000)};
        transfer->setOptions(options);
        transfer->start();
        return transfer;
    }

    // Waits for `transfer`, starting it again (it resumes its .part) while it ends in an error.
    void finishDownload(std::unique_ptr<downloads::BackupDownload> transfer, const BackupSet &backup)
    {
        const QString target = transfer->request().targetPath;
        for (int attempt = 1; attempt <= downloadTries; ++attempt) {
            if (attempt > 1)
                transfer = startDownload(backup);
            QVERIFY2(waitUntil([&transfer] { return transfer->isFinished(); }, 300000), "a download never ended");
            const downloads::DownloadResult &result = transfer->result();
            if (result.outcome != downloads::DownloadOutcome::Verified) {
                // An error it says, and nothing wrong left where the file belongs.
                QVERIFY2(!result.succeeded() && !result.message.isEmpty(), qPrintable(result.message));
                QVERIFY2(result.outcome != downloads::DownloadOutcome::ChecksumMismatch, qPrintable(result.message));
                QVERIFY(!QFileInfo::exists(target));
                ++m_downloadAttemptsFailed;
                continue;
            }
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.size(), backup.sizeBytes);
            Crc64 crc;
            while (!file.atEnd())
                crc.update(file.read(1 << 20));
            QCOMPARE(crc.value(), *backup.checksum);
            QVERIFY(!QFileInfo::exists(transfer->partPath()));
            file.remove();
            ++m_downloadsVerified;
            m_bytesVerified += backup.sizeBytes;
            return;
        }
        QFAIL("a download failed every time");
    }

    // ---- writes ----

    // Prepares (again while its reads fail), submits, and follows the job to its end. Returns
    // whether the service ran it, as the client sees it; nothing when the input was refused.
    std::optional<bool> runOperation(const std::function<std::unique_ptr<LongOperation>()> &make)
    {
        std::unique_ptr<LongOperation> operation;
        for (int attempt = 1; attempt <= prepareTries; ++attempt) {
            operation = make();
            QSignalSpy prepared(operation.get(), &LongOperation::prepared);
            operation->prepare();
            if (!prepared.wait(120000))
                return std::nullopt;
            if (operation->result().outcome == OperationOutcome::Ready)
                break;
            if (operation->result().outcome != OperationOutcome::Failed)
                return std::nullopt; // Rejected: a rule of the seeds; nothing sent, nothing to count
            ++m_preparesRetried[operation->action()];
        }
        if (operation->result().outcome != OperationOutcome::Ready)
            return std::nullopt;
        const QString action = operation->action();
        QSignalSpy finished(operation.get(), &LongOperation::finished);
        operation->submit();
        if (!finished.wait(180000))
            return std::nullopt;
        const OperationResult result = operation->result();
        if (!result.clientToken.isEmpty())
            m_tokens.append(result.clientToken);
        if (result.outcome == OperationOutcome::Failed) {
            ++m_refused[action];
            return false;
        }
        const QString localId = result.localJobId;
        if (result.outcome == OperationOutcome::Ambiguous) {
            // What a restart does: reconcile the Submitting job (same ClientToken, or a look-up).
            ++m_ambiguousReconciled;
            m_tracker->resumeUnfinished();
        }
        if (!waitUntil([&] {
                const auto job = m_tracker->job(localId);
                return job && job->state != JobState::Submitting && job->state != JobState::Running;
            }, 180000))
            return std::nullopt;
        const CloudJob job = *m_tracker->job(localId);
        if (job.providerJobId.isEmpty()) {
            ++m_refused[action];
            return false;
        }
        ++m_submitted[action];
        return true;
    }

    qint64 executions(const QString &resource, const QString &action)
    {
        return sim().stats().value(u"executions"_s, resource, action);
    }

    QString runningMySql(const QString &region)
    {
        for (const cloudsim::RdsInstance &instance : sim().alibaba().instances())
            if (instance.regionId == region && instance.engine == u"MySQL"_s && instance.baseStatus == u"Running"_s
                && instance.type == u"Primary"_s)
                return instance.id;
        return {};
    }

    void createBackup(const QString &instanceId)
    {
        alibaba::CreateBackupParameters parameters;
        parameters.dbInstanceId = instanceId;
        parameters.backupMethod = u"Physical"_s;
        const qint64 before = executions(instanceId, u"CreateBackup"_s);
        const auto ran = runOperation([&] {
            return std::make_unique<CreateBackupOperation>(*m_tracker, rds(), parameters, u"soak"_s);
        });
        QVERIFY(ran.has_value());
        QCOMPARE(executions(instanceId, u"CreateBackup"_s) - before, *ran ? 1 : 0);
        m_expectedCreateBackups[instanceId] += *ran ? 1 : 0;
    }

    void restoreDdr(const QString &source, const QString &target)
    {
        const cloudsim::RdsInstance *sourceInstance = sim().alibaba().instance(source);
        alibaba::RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = target;
        parameters.restoreType = alibaba::RestoreDdrType::PointInTime;
        parameters.restoreTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        parameters.sourceRegion = sourceInstance->regionId;
        parameters.sourceDBInstanceName = source;
        parameters.tableMeta.addDatabase(sourceInstance->databases.first().name, u"soak_%1"_s.arg(++m_restoreNumber));
        QString token;
        const auto ran = runOperation([&] {
            auto operation = std::make_unique<RestoreDdrTableOperation>(*m_tracker, rds(u"cn-shanghai"_s), parameters, u"soak"_s);
            // Every write may wait 1 s in all: a slow reply (1.1 s) leaves it ambiguous, and the
            // same ClientToken is sent again.
            operation->setTimeouts({std::nullopt, std::chrono::milliseconds(1000)});
            token = operation->clientToken();
            return operation;
        });
        QVERIFY(ran.has_value());
        QCOMPARE(sim().stats().value(u"clientTokens"_s, token, u"executed"_s), *ran ? 1 : 0);
    }

    void restoreHuawei(const QString &instanceId)
    {
        const cloudsim::HuaweiWorld &world = sim().huawei().world();
        const cloudsim::HuaweiInstance *instance = world.instanceById(instanceId);
        const QList<cloudsim::HuaweiRestoreWindow> windows =
            world.restoreWindows(*instance, sim().clock().now().toMSecsSinceEpoch());
        QVERIFY(!windows.isEmpty());
        HuaweiRestoreChoice choice;
        choice.sourceInstanceId = instanceId;
        choice.targetInstanceId = instanceId;
        choice.sourceType = HuaweiRestoreSource::Timestamp;
        const qint64 middle = windows.last().startMs + (windows.last().endMs - windows.last().startMs) / 2;
        choice.restoreTime = QDateTime::fromMSecsSinceEpoch(middle, Qt::UTC);
        const auto submissions = [this, &instanceId] {
            return sim().huawei().statistics().value(u"restoreSubmissions"_s).toObject().value(instanceId).toInt();
        };
        const int before = submissions();
        const auto ran = runOperation([&] {
            return std::make_unique<HuaweiRestoreOperation>(*m_tracker, huaweiClient(), choice, u"soak"_s);
        });
        QVERIFY(ran.has_value());
        QCOMPARE(submissions() - before, *ran ? 1 : 0);
    }

    void restoreDbs(const cloudsim::DbsBackupPlan &plan)
    {
        DbsRestoreRequest request;
        request.backupPlanId = plan.planId;
        request.restoreTaskName = u"soak %1"_s.arg(++m_restoreNumber);
        request.destinationType = DbsDestinationType::Other;
        request.destinationIp = u"10.0.0.8"_s;
        request.destinationPort = 3306;
        request.destinationUserName = u"restorer"_s;
        request.destinationPassword = u"soak-password"_s;
        request.backupSetId = plan.fullBackups.first().backupSetId;
        request.restoreObjects.add({plan.databases.first(), u"soak_dbs_%1"_s.arg(m_restoreNumber), {}, {}});
        const qint64 before = executions(plan.planId, u"CreateRestoreTask"_s);
        const auto ran = runOperation([&] {
            auto operation = std::make_unique<DbsRestoreOperation>(*m_tracker, dbsClient(), request, QString(), true, u"soak"_s);
            operation->setTimeouts({std::nullopt, std::chrono::milliseconds(1000)});
            return operation;
        });
        QVERIFY(ran.has_value());
        QCOMPARE(executions(plan.planId, u"CreateRestoreTask"_s) - before, *ran ? 1 : 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.seed = 2026;
        config.faultRate = 0.3;
        config.slowReplyMs = 1100;
        config.jobSecondsPerStep = 0.1;
        config.instancesPerRegion = 6;
        config.backupsPerInstance = 230; // three pages of 100
        QVERIFY2(m_fixture.start(config), qPrintable(m_fixture.errorString()));
        m_transport = std::make_unique<transport::HttpTransport>();
        m_transport->setBackoffPolicy({std::chrono::milliseconds(100), std::chrono::milliseconds(2000)});
        startTracker();
    }

    void cleanupTestCase()
    {
        m_huawei.reset();
        m_tracker.reset();
        m_journal.reset();
        m_transport.reset();
        m_fixture.stop();
    }

    void soak()
    {
        const int seconds = qEnvironmentVariableIsSet("RDSBM_SOAK_SECONDS") ? qEnvironmentVariableIntValue("RDSBM_SOAK_SECONDS") : 60;
        const QStringList regions{u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s};
        const QString restoreTarget = runningMySql(u"cn-shanghai"_s);
        QString readOnlyInstance; // never written to: its backup list is stable
        QStringList backupInstances; // taken in turn: the service allows 20 backups a day each
        for (const cloudsim::RdsInstance &instance : sim().alibaba().instances()) {
            if (instance.regionId != u"cn-hangzhou"_s)
                continue;
            if (readOnlyInstance.isEmpty())
                readOnlyInstance = instance.id;
            else if (instance.engine == u"MySQL"_s && instance.baseStatus == u"Running"_s && instance.type == u"Primary"_s)
                backupInstances.append(instance.id);
        }
        QString ddrSource;
        for (const cloudsim::RdsInstance &instance : sim().alibaba().instances())
            if (ddrSource.isEmpty() && instance.regionId == u"cn-hangzhou"_s && instance.engine == u"MySQL"_s
                && instance.type == u"Primary"_s && !instance.databases.isEmpty())
                ddrSource = instance.id;
        QString huaweiMySql;
        for (const cloudsim::HuaweiProject &project : sim().huawei().world().projects())
            if (project.region == u"cn-north-4"_s)
                for (const cloudsim::HuaweiInstance *instance : sim().huawei().world().instancesIn(project.id))
                    if (huaweiMySql.isEmpty() && instance->engine == u"MySQL"_s && instance->generatedStatus == u"ACTIVE"_s)
                        huaweiMySql = instance->id;
        const cloudsim::DbsBackupPlan *dbsPlan = nullptr;
        for (const cloudsim::DbsBackupPlan &plan : sim().alibaba().plans())
            if (!dbsPlan && plan.databaseType == u"MySQL"_s && !plan.databases.isEmpty() && !plan.fullBackups.isEmpty())
                dbsPlan = &plan;
        QVERIFY(!backupInstances.isEmpty() && !restoreTarget.isEmpty() && !readOnlyInstance.isEmpty());
        QVERIFY(!ddrSource.isEmpty() && !huaweiMySql.isEmpty() && dbsPlan);

        listBackups(readOnlyInstance);
        finishLists();
        if (QTest::currentTestFailed())
            return;

        QDeadlineTimer deadline(std::chrono::seconds{seconds});
        int cycle = 0;
        while (!deadline.hasExpired() || cycle < 2) { // at least one write of each kind
            // A different small backup each cycle, downloaded while the lists run.
            QList<BackupSet> small;
            for (const BackupSet &backup : std::as_const(m_backups))
                if (backup.isDownloadable() && backup.checksum && backup.sizeBytes > 100'000 && backup.sizeBytes < 4'000'000)
                    small.append(backup);
            QVERIFY(!small.isEmpty());
            const BackupSet backup = small.at(cycle % small.size());
            auto transfer = startDownload(backup);

            listAlibabaInstances(regions.at(cycle % regions.size()));
            listBackups(readOnlyInstance);
            listDbsPlans();
            listHuaweiInstances();
            finishLists();
            if (QTest::currentTestFailed())
                return;
            finishDownload(std::move(transfer), backup);
            if (QTest::currentTestFailed())
                return;

            // Two writes a cycle: one without a ClientToken, one with.
            if (cycle % 2 == 0)
                createBackup(backupInstances.at(cycle / 2 % backupInstances.size()));
            else
                restoreHuawei(huaweiMySql);
            if (QTest::currentTestFailed())
                return;
            if (cycle % 2 == 0)
                restoreDdr(ddrSource, restoreTarget);
            else
                restoreDbs(*dbsPlan);
            if (QTest::currentTestFailed())
                return;
            ++cycle;
        }

        // Across the whole run: no ClientToken ran twice, and every instance saw exactly the
        // backups the client started.
        for (const QString &token : std::as_const(m_tokens))
            QVERIFY2(sim().stats().value(u"clientTokens"_s, token, u"executed"_s) <= 1, qPrintable(token));
        for (auto it = m_expectedCreateBackups.cbegin(); it != m_expectedCreateBackups.cend(); ++it)
            QCOMPARE(executions(it.key(), u"CreateBackup"_s), qint64(it.value()));

        const QJsonObject stats = sim().stats().toJson();
        qInfo().noquote() << u"soak: %1 cycles in %2 s at fault rate 0.3"_s.arg(cycle).arg(seconds);
        for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
            qInfo().noquote() << "  " << listLine(it.key(), it.value());
        qInfo().noquote() << u"  downloads: %1 verified (%2 bytes), %3 attempts ended in a reported error and resumed"_s
                                 .arg(m_downloadsVerified).arg(m_bytesVerified).arg(m_downloadAttemptsFailed);
        for (const QString &action : {u"CreateBackup"_s, u"RestoreDdrTable"_s, u"RestoreToExistingInstance"_s, u"CreateRestoreTask"_s})
            qInfo().noquote() << u"  %1: %2 submitted and executed once, %3 failed and executed never, %4 preparations retried"_s
                                     .arg(action).arg(m_submitted.value(action)).arg(m_refused.value(action))
                                     .arg(m_preparesRetried.value(action));
        qInfo().noquote() << u"  ambiguous submissions reconciled: %1"_s.arg(m_ambiguousReconciled);
        qInfo().noquote() << u"  server: %1 requests, faults %2"_s.arg(stats[u"requests"_s][u"total"_s].toInteger())
                                 .arg(QString::fromUtf8(QJsonDocument(stats[u"faults"_s].toObject()).toJson(QJsonDocument::Compact)));
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
