#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/huaweiworld.h"
#include "tests/support/huaweisimsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;

namespace {

const QDateTime startTime = QDateTime(QDate(2026, 11, 20), QTime(8, 30), QTimeZone::utc());
const QString project = u"0123456789abcdef0123456789abcdef"_s;
const QString recoveryPath = u"/v3/"_s + project + u"/instances/recovery"_s;
constexpr double secondsPerStep = 2.0;

QJsonObject jsonOf(const SimResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject backupSource(const QString &instanceId, const QString &backupId)
{
    return {{u"instance_id"_s, instanceId}, {u"type"_s, u"backup"_s}, {u"backup_id"_s, backupId}};
}

QJsonObject timeSource(const QString &instanceId, qint64 restoreTimeMs)
{
    return {{u"instance_id"_s, instanceId}, {u"type"_s, u"timestamp"_s}, {u"restore_time"_s, double(restoreTimeMs)}};
}

QByteArray body(const QJsonObject &source, const QString &targetId)
{
    return compact({{u"source"_s, source}, {u"target"_s, QJsonObject{{u"instance_id"_s, targetId}}}});
}

} // namespace

// POST /v3/{project_id}/instances/recovery (seed 004): every rule and error code, then the
// job it starts, followed to the end, and the state that survives a restart.
class TestCloudsimHuaweiRecovery : public QObject
{
    Q_OBJECT

private:
    SimulatorConfig m_config;
    std::unique_ptr<BackupFileStore> m_files;
    std::unique_ptr<HuaweiApi> m_api;
    QDateTime m_now = startTime;
    testsupport::HuaweiSimSigner m_signer;

    void rebuild()
    {
        m_files = std::make_unique<BackupFileStore>(m_config.seed, m_config.downloadLinkLifetimeSeconds);
        m_api = std::make_unique<HuaweiApi>(m_config, *m_files, [this] { return m_now; },
                                            [] { return startTime; });
    }

    SimResponse post(const QByteArray &requestBody)
    {
        return m_api->handle(m_signer.request("POST", recoveryPath, {}, requestBody));
    }

    QJsonObject getJson(const QString &path, const signing::QueryParameters &query = {})
    {
        return jsonOf(m_api->handle(m_signer.request("GET", u"/v3/"_s + project + path, query)));
    }

    // The first instance of cn-north-4 with this engine, version and status, and at least this volume.
    QString instance(const QString &engine, const QString &version, const QString &status = u"ACTIVE"_s,
                     int minimumVolume = 0, int maximumVolume = 100000)
    {
        for (const QJsonValue &value : getJson(u"/instances"_s).value(u"instances"_s).toArray()) {
            const QJsonObject instance = value.toObject();
            const int volume = instance[u"volume"_s][u"size"_s].toInt();
            if (instance[u"datastore"_s][u"type"_s].toString() == engine
                && instance[u"datastore"_s][u"version"_s].toString() == version
                && instance[u"status"_s].toString() == status && volume >= minimumVolume
                && volume <= maximumVolume)
                return instance[u"id"_s].toString();
        }
        return {};
    }

    QString statusOf(const QString &instanceId)
    {
        return getJson(u"/instances"_s, {{u"id"_s, instanceId}})[u"instances"_s][0][u"status"_s].toString();
    }

    QString backupOf(const QString &instanceId, const QString &type, const QString &status)
    {
        for (const QJsonValue &value :
             getJson(u"/backups"_s, {{u"instance_id"_s, instanceId}}).value(u"backups"_s).toArray())
            if (value[u"type"_s].toString() == type && value[u"status"_s].toString() == status)
                return value[u"id"_s].toString();
        return {};
    }

    QJsonObject job(const QString &jobId)
    {
        return getJson(u"/jobs"_s, {{u"id"_s, jobId}});
    }

    void verifyError(const SimResponse &response, int status, const QString &code, const QString &messagePart)
    {
        QCOMPARE(response.status, status);
        const QJsonObject reply = jsonOf(response);
        QCOMPARE(reply.value(u"error_code"_s).toString(), code);
        QVERIFY2(reply.value(u"error_msg"_s).toString().contains(messagePart),
                 qPrintable(reply.value(u"error_msg"_s).toString()));
    }

    void advanceSteps(double steps) { m_now = m_now.addMSecs(qint64(steps * secondsPerStep * 1000)); }

private slots:
    void init()
    {
        m_config = {};
        m_config.seed = 42;
        m_config.instancesPerRegion = 12;
        m_config.jobSecondsPerStep = secondsPerStep;
        m_now = startTime;
        m_signer = {};
        m_signer.signedAt = startTime;
        m_signer.projectHeader = project;
        rebuild();
    }

    void malformedRequestsAreParameterErrors_data()
    {
        QTest::addColumn<QByteArray>("requestBody");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString id = u"d8e6ca5a624745bcb546a227aa3ae1cfin01"_s;
        QTest::newRow("empty body") << QByteArray() << 400 << u"DBS.200006"_s << u"empty"_s;
        QTest::newRow("not JSON") << QByteArray("{source:") << 400 << u"DBS.200001"_s << u"JSON"_s;
        QTest::newRow("an array") << QByteArray("[]") << 400 << u"DBS.200001"_s << u"JSON"_s;
        QTest::newRow("no source") << compact({{u"target"_s, QJsonObject{{u"instance_id"_s, id}}}}) << 400
                                   << u"DBS.200001"_s << u"source and target"_s;
        QTest::newRow("no target") << compact({{u"source"_s, backupSource(id, u"b"_s)}}) << 400 << u"DBS.200001"_s
                                   << u"source and target"_s;
        QTest::newRow("no source.instance_id")
            << body({{u"type"_s, u"backup"_s}, {u"backup_id"_s, u"b"_s}}, id) << 400 << u"DBS.200001"_s
            << u"source.instance_id"_s;
        QTest::newRow("no target.instance_id") << body(backupSource(id, u"b"_s), QString()) << 400 << u"DBS.200001"_s
                                               << u"target.instance_id"_s;
        QTest::newRow("unknown type") << body({{u"instance_id"_s, id}, {u"type"_s, u"snapshot"_s}}, id) << 400
                                      << u"DBS.200001"_s << u"backup or timestamp"_s;
        QTest::newRow("backup without backup_id") << body({{u"instance_id"_s, id}, {u"type"_s, u"backup"_s}}, id)
                                                  << 400 << u"DBS.200001"_s << u"backup_id is required"_s;
        QTest::newRow("default type needs backup_id") << body({{u"instance_id"_s, id}}, id) << 400 << u"DBS.200001"_s
                                                      << u"backup_id is required"_s;
        QTest::newRow("timestamp without restore_time")
            << body({{u"instance_id"_s, id}, {u"type"_s, u"timestamp"_s}}, id) << 400 << u"DBS.200001"_s
            << u"restore_time is required"_s;
        QTest::newRow("restore_time as text")
            << body({{u"instance_id"_s, id}, {u"type"_s, u"timestamp"_s}, {u"restore_time"_s, u"1532001446987"_s}}, id)
            << 400 << u"DBS.200001"_s << u"milliseconds"_s;
        QTest::newRow("restore_time fractional")
            << body({{u"instance_id"_s, id}, {u"type"_s, u"timestamp"_s}, {u"restore_time"_s, 1532001446987.5}}, id)
            << 400 << u"DBS.200001"_s << u"milliseconds"_s;
    }

    void malformedRequestsAreParameterErrors()
    {
        QFETCH(QByteArray, requestBody);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        verifyError(post(requestBody), status, code, message);
        QCOMPARE(m_api->jobs().statistics().value(u"jobs"_s).toInt(), 0);
    }

    void unknownInstancesAreNotFound()
    {
        const QString mysql = instance(u"MySQL"_s, u"8.0"_s);
        const QString backup = backupOf(mysql, u"auto"_s, u"COMPLETED"_s);
        verifyError(post(body(backupSource(u"0000in01"_s, backup), mysql)), 404, u"DBS.200013"_s, u"source"_s);
        verifyError(post(body(backupSource(mysql, backup), u"0000in01"_s)), 404, u"DBS.200002"_s, u"does not exist"_s);
    }

    // Seed 004: "恢复到非当前实例时" the four constraints.
    void anotherInstanceMustMatchTheSource()
    {
        const QString mysql80Small = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString mysql80Big = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 200);
        const QString mysql57 = instance(u"MySQL"_s, u"5.7"_s, u"ACTIVE"_s, 300);
        const QString postgres = instance(u"PostgreSQL"_s, u"14"_s);
        const QString sqlServerSmall = instance(u"SQLServer"_s, u"2019_SE"_s, u"ACTIVE"_s, 0, 150);
        const QString sqlServerBig = instance(u"SQLServer"_s, u"2019_SE"_s, u"ACTIVE"_s, 200);
        QVERIFY(!mysql80Small.isEmpty() && !mysql80Big.isEmpty() && !mysql57.isEmpty() && !postgres.isEmpty()
                && !sqlServerSmall.isEmpty() && !sqlServerBig.isEmpty());
        const QString bigBackup = backupOf(mysql80Big, u"auto"_s, u"COMPLETED"_s);

        // 1. the same database type
        verifyError(post(body(backupSource(mysql80Big, bigBackup), postgres)), 400, u"DBS.200037"_s, u"type"_s);
        // 2. the same version
        verifyError(post(body(backupSource(mysql80Big, bigBackup), mysql57)), 400, u"DBS.200037"_s, u"version"_s);
        // 3. a target volume at least the source's (200 GB onto 40 GB)
        verifyError(post(body(backupSource(mysql80Big, bigBackup), mysql80Small)), 400, u"DBS.200004"_s,
                    u"(40 GB)"_s);
        // 4. no Microsoft SQL Server, even onto a bigger one
        verifyError(post(body(backupSource(sqlServerSmall, backupOf(sqlServerSmall, u"auto"_s, u"COMPLETED"_s)),
                              sqlServerBig)),
                    400, u"DBS.200004"_s, u"SQL Server"_s);
        QCOMPARE(m_api->jobs().statistics().value(u"jobs"_s).toInt(), 0);

        // And the other way round it works: 40 GB onto 200 GB.
        const SimResponse accepted = post(body(backupSource(mysql80Small, backupOf(mysql80Small, u"auto"_s, u"COMPLETED"_s)),
                                               mysql80Big));
        QCOMPARE(accepted.status, 200);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(jsonOf(accepted)[u"job_id"_s].toString()).hasMatch());
    }

    void theCurrentInstanceTakesMySqlAndSqlServerOnly()
    {
        const QString sqlServer = instance(u"SQLServer"_s, u"2019_SE"_s);
        QCOMPARE(post(body(backupSource(sqlServer, backupOf(sqlServer, u"auto"_s, u"COMPLETED"_s)), sqlServer)).status, 200);
        const QString postgres = instance(u"PostgreSQL"_s, u"14"_s);
        verifyError(post(body(backupSource(postgres, backupOf(postgres, u"auto"_s, u"COMPLETED"_s)), postgres)), 400,
                    u"DBS.200004"_s, u"current instance"_s);
    }

    void postgreSqlRestoresOntoAnotherInstanceOfTheSameVersion()
    {
        const QString source = instance(u"PostgreSQL"_s, u"14"_s, u"ACTIVE"_s, 0, 100);
        const QString target = instance(u"PostgreSQL"_s, u"14"_s, u"RESTORING"_s, 200);
        QVERIFY(!target.isEmpty());
        const QString backup = backupOf(source, u"auto"_s, u"COMPLETED"_s);
        verifyError(post(body(backupSource(source, backup), target)), 409, u"DBS.200011"_s, u"RESTORING"_s);
        advanceSteps(46); // its own restore, generated with the data, finishes
        QCOMPARE(statusOf(target), u"ACTIVE"_s);
        QCOMPARE(post(body(backupSource(source, backup), target)).status, 200);
    }

    void theTargetMustBeActive()
    {
        const QString source = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString backup = backupOf(source, u"auto"_s, u"COMPLETED"_s);
        const QString backingUp = instance(u"MySQL"_s, u"8.0"_s, u"BACKING UP"_s);
        verifyError(post(body(backupSource(source, backup), backingUp)), 409, u"DBS.200011"_s, u"BACKING UP"_s);
        const QString frozen57 = instance(u"MySQL"_s, u"5.7"_s, u"FROZEN"_s);
        verifyError(post(body(backupSource(frozen57, backupOf(frozen57, u"auto"_s, u"COMPLETED"_s)), frozen57)), 400,
                    u"DBS.200086"_s, u"FROZEN"_s);
    }

    void theBackupMustBeACompletedFullBackupOfTheSource()
    {
        const QString source = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString other = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 200);
        verifyError(post(body(backupSource(source, u"0123456789abcdef0123456789abcdefbr01"_s), source)), 403,
                    u"DBS.200044"_s, u"does not exist"_s);
        verifyError(post(body(backupSource(source, backupOf(other, u"auto"_s, u"COMPLETED"_s)), source)), 403,
                    u"DBS.200044"_s, u"does not exist"_s);
        verifyError(post(body(backupSource(source, backupOf(source, u"incremental"_s, u"COMPLETED"_s)), source)), 400,
                    u"DBS.200004"_s, u"full backup"_s);
        const QString failedFull = backupOf(source, u"manual"_s, u"FAILED"_s);
        QVERIFY(!failedFull.isEmpty());
        verifyError(post(body(backupSource(source, failedFull), source)), 400, u"DBS.200004"_s, u"COMPLETED"_s);
        const QString busy = instance(u"MySQL"_s, u"8.0"_s, u"BACKING UP"_s);
        const QString building = backupOf(busy, u"manual"_s, u"BUILDING"_s);
        QVERIFY(!building.isEmpty());
        verifyError(post(body(backupSource(busy, building), other)), 400, u"DBS.200004"_s, u"COMPLETED"_s);
    }

    void aPointInTimeMustBeRestorable()
    {
        const QString mysql = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QJsonArray windows =
            getJson(u"/instances/"_s + mysql + u"/restore-time"_s).value(u"restore_time"_s).toArray();
        QVERIFY(!windows.isEmpty());
        const qint64 start = windows.first()[u"start_time"_s].toInteger();
        const qint64 end = windows.last()[u"end_time"_s].toInteger();
        verifyError(post(body(timeSource(mysql, start - 1), mysql)), 400, u"DBS.200001"_s, u"restorable"_s);
        verifyError(post(body(timeSource(mysql, end + 1), mysql)), 400, u"DBS.200001"_s, u"restorable"_s);
        if (windows.size() > 1) {
            const qint64 gap = windows.at(0)[u"end_time"_s].toInteger() + 1;
            verifyError(post(body(timeSource(mysql, gap), mysql)), 400, u"DBS.200001"_s, u"restorable"_s);
        }
        QCOMPARE(post(body(timeSource(mysql, end), mysql)).status, 200);
    }

    void aRestoreRunsAsAJobToTheEnd()
    {
        const QString source = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString target = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 200);
        // The seed's first example: type given, backup_id of the source.
        const SimResponse accepted = post(body(backupSource(source, backupOf(source, u"auto"_s, u"COMPLETED"_s)), target));
        QCOMPARE(accepted.status, 200);
        const QString jobId = jsonOf(accepted)[u"job_id"_s].toString();
        QCOMPARE(statusOf(target), u"RESTORING"_s);
        QCOMPARE(statusOf(source), u"ACTIVE"_s);

        // Like the real service, a new job is not found for a moment.
        const SimResponse tooEarly = m_api->handle(m_signer.request("GET", u"/v3/"_s + project + u"/jobs"_s, {{u"id"_s, jobId}}));
        QCOMPARE(tooEarly.status, 403);
        QCOMPARE(jsonOf(tooEarly)[u"error_code"_s].toString(), u"DBS.200044"_s);

        advanceSteps(0.5);
        QJsonObject running = job(jobId)[u"job"_s].toObject();
        QCOMPARE(running[u"id"_s].toString(), jobId);
        QCOMPARE(running[u"status"_s].toString(), u"Running"_s);
        QCOMPARE(running[u"process"_s].toString(), u"10%"_s);
        QCOMPARE(running[u"instance"_s][u"id"_s].toString(), target);
        QVERIFY(!running.contains(u"ended"_s));

        advanceSteps(2);
        running = job(jobId)[u"job"_s].toObject();
        QCOMPARE(running[u"process"_s].toString(), u"50%"_s);
        // One restore at a time.
        verifyError(post(body(timeSource(target, m_now.toMSecsSinceEpoch() - 3600 * 1000), target)), 409,
                    u"DBS.200011"_s, u"RESTORING"_s);

        advanceSteps(2.5);
        const QJsonObject completed = job(jobId)[u"job"_s].toObject();
        QCOMPARE(completed[u"status"_s].toString(), u"Completed"_s);
        QCOMPARE(completed[u"process"_s].toString(), QString());
        QCOMPARE(completed[u"ended"_s].toString(), u"2026-11-20T16:30:10+0800"_s);
        QCOMPARE(completed[u"created"_s].toString(), u"2026-11-20T16:30:00+0800"_s);
        QCOMPARE(statusOf(target), u"ACTIVE"_s);
        QCOMPARE(post(body(timeSource(target, m_now.toMSecsSinceEpoch() - 3600 * 1000), target)).status, 200);
    }

    void jobsBelongToTheirProject()
    {
        const QString mysql = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString jobId = jsonOf(post(body(backupSource(mysql, backupOf(mysql, u"auto"_s, u"COMPLETED"_s)), mysql)))
                                  [u"job_id"_s]
                                      .toString();
        advanceSteps(1);
        QCOMPARE(job(jobId)[u"job"_s][u"id"_s].toString(), jobId);
        m_signer.projectHeader.clear();
        const QString eastProject =
            jsonOf(m_api->handle(m_signer.request("GET", u"/v3/projects"_s, {{u"name"_s, u"cn-east-3"_s}})))[u"projects"_s][0][u"id"_s]
                .toString();
        const SimResponse elsewhere = m_api->handle(m_signer.request("GET", u"/v3/"_s + eastProject + u"/jobs"_s, {{u"id"_s, jobId}}));
        QCOMPARE(elsewhere.status, 403);
        const SimResponse noId = m_api->handle(m_signer.request("GET", u"/v3/"_s + project + u"/jobs"_s));
        QCOMPARE(noId.status, 400);
    }

    void submissionsAreCountedPerTargetInstance()
    {
        const QString mysql = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString backup = backupOf(mysql, u"auto"_s, u"COMPLETED"_s);
        QCOMPARE(post(body(backupSource(mysql, backup), mysql)).status, 200);
        QCOMPARE(post(body(backupSource(mysql, backup), mysql)).status, 409); // still restoring
        QCOMPARE(m_api->jobs().submissions(mysql), 2);
        QCOMPARE(m_api->jobs().acceptedRestores(mysql), 1);
        const QJsonObject statistics = m_api->statistics();
        QCOMPARE(statistics[u"restoreSubmissions"_s][mysql].toInt(), 2);
        QCOMPARE(statistics[u"executions"_s][mysql][u"RestoreToExistingInstance"_s].toInt(), 1);
        QCOMPARE(statistics[u"jobs"_s].toInt(), 1);
    }

    void stateSurvivesARestart()
    {
        const QString mysql = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QJsonArray instancesBefore = getJson(u"/instances"_s).value(u"instances"_s).toArray();
        const QString jobId = jsonOf(post(body(backupSource(mysql, backupOf(mysql, u"auto"_s, u"COMPLETED"_s)), mysql)))
                                  [u"job_id"_s]
                                      .toString();
        // Survives a trip through a file's bytes.
        const QJsonObject saved = QJsonDocument::fromJson(QJsonDocument(m_api->saveState()).toJson()).object();

        m_now = startTime.addSecs(4); // restarted two steps later, with a clock that moved on
        const QDateTime restartedAt = m_now;
        rebuild();
        QVERIFY(m_api->restoreState(saved));
        QCOMPARE(m_api->world().anchorMs(), startTime.toMSecsSinceEpoch());
        QCOMPARE(statusOf(mysql), u"RESTORING"_s);
        QCOMPARE(job(jobId)[u"job"_s][u"process"_s].toString(), u"40%"_s);
        QCOMPARE(m_api->jobs().submissions(mysql), 1);
        // The data is the same as before the restart, though the clock moved on.
        QJsonArray instancesAfter = getJson(u"/instances"_s).value(u"instances"_s).toArray();
        QCOMPARE(instancesAfter.size(), instancesBefore.size());
        QCOMPARE(instancesAfter.at(0)[u"id"_s], instancesBefore.at(0)[u"id"_s]);
        QCOMPARE(instancesAfter.at(0)[u"created"_s], instancesBefore.at(0)[u"created"_s]);

        // A new job after the restart gets a new id.
        m_now = restartedAt.addSecs(20);
        const QString other = instance(u"SQLServer"_s, u"2019_SE"_s);
        const QString secondJob = jsonOf(post(body(backupSource(other, backupOf(other, u"auto"_s, u"COMPLETED"_s)), other)))
                                      [u"job_id"_s]
                                          .toString();
        QVERIFY(!secondJob.isEmpty() && secondJob != jobId);
    }

    void foreignOrBrokenStateIsRefused()
    {
        const QJsonObject saved = m_api->saveState();
        m_config.seed = 43;
        rebuild();
        QVERIFY(!m_api->restoreState(saved));
        QVERIFY(!m_api->restoreState(QJsonObject{{u"seed"_s, u"43"_s}}));
        QJsonObject broken = m_api->saveState();
        QJsonObject jobs = broken[u"jobs"_s].toObject();
        jobs[u"jobs"_s] = QJsonArray{QJsonObject{{u"id"_s, u"x"_s}}};
        broken[u"jobs"_s] = jobs;
        QVERIFY(!m_api->restoreState(broken));
        QVERIFY(m_api->restoreState(m_api->saveState()));
    }

    void errorsFollowXLanguage()
    {
        m_signer.language = "zh-cn";
        const QString id = u"d8e6ca5a624745bcb546a227aa3ae1cfin01"_s;
        QCOMPARE(jsonOf(post(body({{u"instance_id"_s, id}, {u"type"_s, u"backup"_s}}, id)))[u"error_msg"_s].toString(),
                 u"参数错误：type=backup时，backup_id必选。"_s);
        QCOMPARE(jsonOf(post(body({{u"instance_id"_s, id}, {u"type"_s, u"timestamp"_s}}, id)))[u"error_msg"_s].toString(),
                 u"参数错误：type=timestamp时，restore_time必选。"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudsimHuaweiRecovery)
#include "tst_cloudsim_huaweirecovery.moc"
