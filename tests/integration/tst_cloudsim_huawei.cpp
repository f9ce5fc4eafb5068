#include "app/cloudsim/simclock.h"
#include "app/domain/crc64.h"
#include "app/signing/huaweisigner.h"
#include "app/signing/percentencoding.h"
#include "tests/support/rawhttpexchange.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;
using transport::Outcome;

namespace {

const QString project = u"0123456789abcdef0123456789abcdef"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray recoveryBody(const QJsonObject &source, const QString &targetId)
{
    return compact({{u"source"_s, source}, {u"target"_s, QJsonObject{{u"instance_id"_s, targetId}}}});
}

QJsonObject backupSource(const QString &instanceId, const QString &backupId)
{
    return {{u"instance_id"_s, instanceId}, {u"type"_s, u"backup"_s}, {u"backup_id"_s, backupId}};
}

} // namespace

// The Huawei side of rdsbm-cloudsim over real HTTP on 127.0.0.1: requests signed with
// SDK-HMAC-SHA256 and sent through the project's transport, every rule of seed 004 with its
// error code, a restore job followed to the end, downloads, and raw requests for bad signatures.
class TestCloudSimHuawei : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    signing::HuaweiCredentials m_credentials{u"demo-ak"_s, u"demo-sk"_s, {}};

    QByteArray hostHeader()
    {
        const QUrl base = m_fixture.simulator().baseUrl();
        return base.host().toLatin1() + ':' + QByteArray::number(base.port());
    }

    transport::PreparedRequest signedRequest(const QByteArray &method, const QString &path,
                                             const signing::QueryParameters &query = {},
                                             const QByteArray &body = {}, bool withProject = true,
                                             const QDateTime &signedAt = QDateTime::currentDateTimeUtc())
    {
        signing::HuaweiSigner::Request signable;
        signable.method = method;
        signable.path = path;
        signable.query = query;
        signable.body = body;
        signable.headers = {{"Content-Type", "application/json"},
                            {"Host", hostHeader()},
                            {"X-Sdk-Date", signing::HuaweiSigner::formatSdkDate(signedAt)}};
        if (withProject)
            signable.headers.append({"X-Project-Id", project.toUtf8()});

        transport::PreparedRequest request;
        request.url = m_fixture.simulator().baseUrl();
        request.url.setPath(path);
        // Exactly the canonical query: an unencoded '+' would reach the gateway as a space.
        if (!query.isEmpty())
            request.url.setQuery(QString::fromLatin1(signing::canonicalQueryString(query)), QUrl::StrictMode);
        request.body = body;
        for (const auto &header : std::as_const(signable.headers))
            if (header.first != "Host") // Qt sends the same Host itself
                request.headers.append(header);
        request.headers.append({"Authorization", signing::HuaweiSigner::sign(signable, m_credentials).authorization});
        return request;
    }

    transport::ApiResult get(const QString &path, const signing::QueryParameters &query = {})
    {
        return m_fixture.client().send("GET", signedRequest("GET", u"/v3/"_s + project + path, query));
    }

    transport::ApiResult restore(const QByteArray &body)
    {
        return m_fixture.client().send("POST", signedRequest("POST", u"/v3/"_s + project + u"/instances/recovery"_s, {}, body));
    }

    QString instance(const QString &engine, const QString &version, const QString &status = u"ACTIVE"_s,
                     int minimumVolume = 0, int maximumVolume = 100000)
    {
        const auto result = get(u"/instances"_s);
        for (const QJsonValue &value : result.json.object().value(u"instances"_s).toArray()) {
            const QJsonObject instance = value.toObject();
            const int volume = instance[u"volume"_s][u"size"_s].toInt();
            if (instance[u"datastore"_s][u"type"_s].toString() == engine
                && instance[u"datastore"_s][u"version"_s].toString() == version
                && instance[u"status"_s].toString() == status && volume >= minimumVolume && volume <= maximumVolume)
                return instance[u"id"_s].toString();
        }
        return {};
    }

    // The data is laid out before the simulator's start time, so which hours hold automated
    // backups varies; every instance has a completed and a failed manual full backup.
    QString backupOf(const QString &instanceId, const QString &type, const QString &status)
    {
        const auto result = get(u"/backups"_s, {{u"instance_id"_s, instanceId}});
        for (const QJsonValue &value : result.json.object().value(u"backups"_s).toArray())
            if (value[u"type"_s].toString() == type && value[u"status"_s].toString() == status)
                return value[u"id"_s].toString();
        return {};
    }

    QString jobStatus(const QString &jobId)
    {
        const auto result = get(u"/jobs"_s, {{u"id"_s, jobId}});
        return result.succeeded() ? result.json.object()[u"job"_s][u"status"_s].toString() : result.errorCode;
    }

    QString instanceStatus(const QString &instanceId)
    {
        return get(u"/instances"_s, {{u"id"_s, instanceId}}).json.object()[u"instances"_s][0][u"status"_s].toString();
    }

    static void verifyServiceError(const transport::ApiResult &result, int status, const QString &code)
    {
        QVERIFY2(result.outcome == Outcome::ServiceError, qPrintable(result.summary()));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.errorCode, code);
        QVERIFY(!result.errorMessage.isEmpty());
        QCOMPARE(result.requestId.size(), 32); // X-Request-Id
    }

    // Writes the request byte for byte and reads until the server closes.
    std::unique_ptr<RawHttpExchange> rawExchange(const transport::PreparedRequest &request)
    {
        QByteArray bytes = "GET " + request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n";
        for (const auto &[name, value] : request.headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "Connection: close\r\n\r\n";
        auto exchange = std::make_unique<RawHttpExchange>(QHostAddress::LocalHost, m_fixture.simulator().port(), bytes);
        exchange->start();
        return exchange;
    }

private slots:
    void init()
    {
        cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.instancesPerRegion = 12;
        // Slow enough that the generated BACKING UP instance stays so for 6 s, fast enough that
        // a restore (5 steps) ends within a second.
        config.jobSecondsPerStep = 0.2;
        QVERIFY2(m_fixture.start(config), qPrintable(m_fixture.errorString()));
    }

    void cleanup() { m_fixture.stop(); }

    void iamFindsTheProjectOfTheRegion()
    {
        const auto result = m_fixture.client().send(
            "GET", signedRequest("GET", u"/v3/projects"_s, {{u"name"_s, u"cn-north-4"_s}}, {}, false));
        QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        const QJsonArray projects = result.json.object().value(u"projects"_s).toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.at(0)[u"id"_s].toString(), project);
        const auto none = m_fixture.client().send(
            "GET", signedRequest("GET", u"/v3/projects"_s, {{u"name"_s, u"xx-nowhere-1"_s}}, {}, false));
        QVERIFY(none.succeeded());
        QVERIFY(none.json.object().value(u"projects"_s).toArray().isEmpty());
    }

    void listsAndTheirParameterErrors()
    {
        const auto page = get(u"/instances"_s, {{u"offset"_s, u"10"_s}, {u"limit"_s, u"5"_s}});
        QVERIFY2(page.succeeded(), qPrintable(page.summary()));
        QCOMPARE(page.json.object()[u"total_count"_s].toInt(), 12);
        QCOMPARE(page.json.object()[u"instances"_s].toArray().size(), 2);
        verifyServiceError(get(u"/instances"_s, {{u"limit"_s, u"101"_s}}), 400, u"DBS.200001"_s);
        verifyServiceError(get(u"/instances"_s, {{u"datastore_type"_s, u"mysql"_s}}), 400, u"DBS.200001"_s);

        const QString mysql = instance(u"MySQL"_s, u"8.0"_s);
        // The offset in begin_time goes through encoded, as %2B.
        const auto window = get(u"/backups"_s, {{u"instance_id"_s, mysql},
                                                {u"begin_time"_s, u"2000-01-01T00:00:00+0800"_s},
                                                {u"end_time"_s, u"2100-01-01T00:00:00+0800"_s}});
        QVERIFY2(window.succeeded(), qPrintable(window.summary()));
        QCOMPARE(window.json.object()[u"total_count"_s].toInt(), 36);
        verifyServiceError(get(u"/backups"_s), 400, u"DBS.200001"_s);
        verifyServiceError(get(u"/backups"_s, {{u"instance_id"_s, mysql}, {u"begin_time"_s, u"2000-01-01T00:00:00+0800"_s}}),
                           400, u"DBS.200001"_s);
        verifyServiceError(get(u"/backups"_s, {{u"instance_id"_s, u"nope"_s}}), 404, u"DBS.200002"_s);

        const auto times = get(u"/instances/"_s + mysql + u"/restore-time"_s);
        QVERIFY(times.succeeded());
        QVERIFY(!times.json.object()[u"restore_time"_s].toArray().isEmpty());
    }

    void backupFilesDownloadWithRangesAndAMatchingChecksum()
    {
        const QString mysql = instance(u"MySQL"_s, u"8.0"_s);
        const auto files = get(u"/backup-files"_s, {{u"backup_id"_s, backupOf(mysql, u"incremental"_s, u"COMPLETED"_s)}});
        QVERIFY2(files.succeeded(), qPrintable(files.summary()));
        const QJsonObject file = files.json.object()[u"files"_s][0].toObject();
        const QUrl link(file[u"download_link"_s].toString());
        QCOMPARE(link.port(), int(m_fixture.simulator().port()));

        // A plain GET, without our signature headers, as for an OBS presigned link.
        const auto whole = m_fixture.client().get(link);
        QVERIFY2(whole.succeeded(), qPrintable(whole.summary()));
        QCOMPARE(file[u"size"_s].toInteger(), (whole.body.size() + 1023) / 1024);
        QCOMPARE(whole.responseHeader("x-oss-hash-crc64ecma"), QByteArray::number(quint64(Crc64::of(whole.body))));

        const auto tail = m_fixture.client().get(link, {{"Range", "bytes=-1000"}});
        QCOMPARE(tail.httpStatus, 206);
        QCOMPARE(tail.body, whole.body.right(1000));
        QCOMPARE(tail.responseHeader("Content-Range"),
                 "bytes " + QByteArray::number(whole.body.size() - 1000) + '-' + QByteArray::number(whole.body.size() - 1)
                     + '/' + QByteArray::number(whole.body.size()));
        const auto beyond = m_fixture.client().get(link, {{"Range", "bytes=999999999-"}});
        QCOMPARE(beyond.httpStatus, 416);

        // An hour later the link has expired; asking again gives one that works.
        m_fixture.simulator().clock().advance(std::chrono::seconds(3601));
        const auto expired = m_fixture.client().get(link);
        QCOMPARE(expired.httpStatus, 403);
        QVERIFY(expired.body.contains("Request has expired"));
        const auto again = get(u"/backup-files"_s, {{u"backup_id"_s, backupOf(mysql, u"incremental"_s, u"COMPLETED"_s)}});
        QCOMPARE(m_fixture.client().get(QUrl(again.json.object()[u"files"_s][0][u"download_link"_s].toString())).body,
                 whole.body);
    }

    void everyRecoveryRuleHasItsErrorCode()
    {
        const QString mysqlSmall = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString mysqlBig = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 200);
        const QString mysql57 = instance(u"MySQL"_s, u"5.7"_s, u"ACTIVE"_s, 300);
        const QString frozen = instance(u"MySQL"_s, u"5.7"_s, u"FROZEN"_s);
        const QString backingUp = instance(u"MySQL"_s, u"8.0"_s, u"BACKING UP"_s);
        const QString postgres = instance(u"PostgreSQL"_s, u"14"_s);
        const QString sqlSmall = instance(u"SQLServer"_s, u"2019_SE"_s, u"ACTIVE"_s, 0, 150);
        const QString sqlBig = instance(u"SQLServer"_s, u"2019_SE"_s, u"ACTIVE"_s, 200);
        const QString bigFull = backupOf(mysqlBig, u"manual"_s, u"COMPLETED"_s);
        const QString smallFull = backupOf(mysqlSmall, u"manual"_s, u"COMPLETED"_s);
        QVERIFY(!backingUp.isEmpty() && !frozen.isEmpty() && !bigFull.isEmpty() && !smallFull.isEmpty());

        verifyServiceError(restore({}), 400, u"DBS.200006"_s);
        verifyServiceError(restore("{"), 400, u"DBS.200001"_s);
        verifyServiceError(restore(recoveryBody({{u"instance_id"_s, mysqlSmall}, {u"type"_s, u"backup"_s}}, mysqlSmall)),
                           400, u"DBS.200001"_s);
        verifyServiceError(restore(recoveryBody({{u"instance_id"_s, mysqlSmall}, {u"type"_s, u"timestamp"_s}}, mysqlSmall)),
                           400, u"DBS.200001"_s);
        verifyServiceError(restore(recoveryBody(backupSource(u"nope"_s, smallFull), mysqlSmall)), 404, u"DBS.200013"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlSmall, smallFull), u"nope"_s)), 404, u"DBS.200002"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlBig, bigFull), postgres)), 400, u"DBS.200037"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlBig, bigFull), mysql57)), 400, u"DBS.200037"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlBig, bigFull), mysqlSmall)), 400, u"DBS.200004"_s);
        verifyServiceError(restore(recoveryBody(backupSource(sqlSmall, backupOf(sqlSmall, u"manual"_s, u"COMPLETED"_s)), sqlBig)),
                           400, u"DBS.200004"_s);
        verifyServiceError(restore(recoveryBody(backupSource(postgres, backupOf(postgres, u"manual"_s, u"COMPLETED"_s)), postgres)),
                           400, u"DBS.200004"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlSmall, smallFull), backingUp)), 409, u"DBS.200011"_s);
        verifyServiceError(restore(recoveryBody(backupSource(frozen, backupOf(frozen, u"manual"_s, u"COMPLETED"_s)), frozen)),
                           400, u"DBS.200086"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlSmall, bigFull), mysqlSmall)), 403, u"DBS.200044"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlSmall, backupOf(mysqlSmall, u"incremental"_s, u"COMPLETED"_s)),
                                                mysqlSmall)),
                           400, u"DBS.200004"_s);
        verifyServiceError(restore(recoveryBody(backupSource(mysqlSmall, backupOf(mysqlSmall, u"manual"_s, u"FAILED"_s)),
                                                mysqlSmall)),
                           400, u"DBS.200004"_s);
        verifyServiceError(restore(recoveryBody({{u"instance_id"_s, mysqlSmall}, {u"type"_s, u"timestamp"_s},
                                                 {u"restore_time"_s, 1000.0}},
                                                mysqlSmall)),
                           400, u"DBS.200001"_s);
        // Nothing was accepted, and every submission was counted.
        const QJsonObject huawei = m_fixture.client().stats().value(u"huawei"_s).toObject();
        QCOMPARE(huawei[u"jobs"_s].toInt(), 0);
        QCOMPARE(huawei[u"restoreSubmissions"_s][mysqlSmall].toInt(), 8);
    }

    void aRestoreIsFollowedToTheEnd()
    {
        const QString source = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 0, 40);
        const QString target = instance(u"MySQL"_s, u"8.0"_s, u"ACTIVE"_s, 200);
        const auto accepted = restore(recoveryBody(backupSource(source, backupOf(source, u"manual"_s, u"COMPLETED"_s)), target));
        QVERIFY2(accepted.succeeded(), qPrintable(accepted.summary()));
        const QString jobId = accepted.json.object()[u"job_id"_s].toString();
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(instanceStatus(target), u"RESTORING"_s);
        verifyServiceError(restore(recoveryBody(backupSource(source, backupOf(source, u"manual"_s, u"COMPLETED"_s)), target)),
                           409, u"DBS.200011"_s);

        QTRY_COMPARE_WITH_TIMEOUT(jobStatus(jobId), u"Running"_s, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(jobStatus(jobId), u"Completed"_s, 5000);
        QCOMPARE(instanceStatus(target), u"ACTIVE"_s);
        const QJsonObject huawei = m_fixture.client().stats().value(u"huawei"_s).toObject();
        QCOMPARE(huawei[u"executions"_s][target][u"RestoreToExistingInstance"_s].toInt(), 1);
        QCOMPARE(huawei[u"restoreSubmissions"_s][target].toInt(), 2);
    }

    void signatureFailuresOverRawRequests_data()
    {
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<int>("skewSeconds");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("wrong SK") << u"wrong-sk"_s << 0 << QByteArray("verify aksk signature fail");
        QTest::newRow("stale X-Sdk-Date") << u"demo-sk"_s << -16 * 60 << QByteArray("signature expired");
        QTest::newRow("future X-Sdk-Date") << u"demo-sk"_s << 16 * 60 << QByteArray("signature expired");
    }

    void signatureFailuresOverRawRequests()
    {
        QFETCH(QString, secretKey);
        QFETCH(int, skewSeconds);
        QFETCH(QByteArray, reason);
        m_credentials.secretKey = secretKey;
        const auto request = signedRequest("GET", u"/v3/"_s + project + u"/instances"_s, {{u"limit"_s, u"1"_s}}, {},
                                           true, QDateTime::currentDateTimeUtc().addSecs(skewSeconds));
        const auto exchange = rawExchange(request);
        QTRY_VERIFY_WITH_TIMEOUT(exchange->isClosed(), 5000);
        QCOMPARE(exchange->status(), 401);
        const QJsonObject body = QJsonDocument::fromJson(exchange->body()).object();
        QCOMPARE(body[u"error_code"_s].toString(), u"APIGW.0301"_s);
        QVERIFY2(body[u"error_msg"_s].toString().toUtf8().contains(reason), exchange->body().constData());
        QVERIFY(!body[u"request_id"_s].toString().isEmpty());

        // The same request correctly signed, on the same kind of raw connection, gets in.
        m_credentials.secretKey = u"demo-sk"_s;
        const auto good = rawExchange(signedRequest("GET", u"/v3/"_s + project + u"/instances"_s, {{u"limit"_s, u"1"_s}}));
        QTRY_VERIFY_WITH_TIMEOUT(good->isClosed(), 5000);
        QCOMPARE(good->status(), 200);
    }

    void theTransportSeesAuthenticationFailuresAsServiceErrors()
    {
        m_credentials.secretKey = u"wrong-sk"_s;
        verifyServiceError(get(u"/instances"_s), 401, u"APIGW.0301"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudSimHuawei)
#include "tst_cloudsim_huawei.moc"
