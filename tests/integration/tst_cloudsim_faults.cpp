#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/faultinjector.h"
#include "app/cloudsim/simclock.h"
#include "app/transport/apicall.h"
#include "app/transport/httptransport.h"
#include "tests/support/rawhttpexchange.h"
#include "tests/support/simfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;
using namespace rdsbm::testsupport;
using transport::Outcome;

// --fault-rate and --latency-ms: what clients meet, how often, and that a faulted write is not
// executed. Exact per-request checks go over raw sockets; the rest through the transport.
class TestCloudSimFaults : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;

    SimTestClient &client() { return m_fixture.client(); }

    static SimulatorConfig faultyConfig(double rate, quint32 seed = 42)
    {
        SimulatorConfig config = SimFixture::fastConfig();
        config.seed = seed;
        config.faultRate = rate;
        config.slowReplyMs = 30;
        return config;
    }

    transport::ApiResult closingCall(const QByteArray &method, transport::PreparedRequest request, bool json = true)
    {
        request.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        return client().send(method, request, json);
    }

    // The first seed whose first draw for `family` is `kind`.
    static quint32 firstSeedWhere(FaultKind kind, RequestFamily family, double rate)
    {
        for (quint32 seed = 1;; ++seed) {
            FaultInjector probe(seed, rate);
            if (probe.decide(family) == kind)
                return seed;
        }
    }

    std::unique_ptr<RawHttpExchange> rawExchange(const QUrl &url)
    {
        const QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        auto exchange = std::make_unique<RawHttpExchange>(QHostAddress::LocalHost, url.port(),
                                                          RawHttpExchange::getRequest(target, quint16(url.port())));
        QSignalSpy closed(exchange.get(), &RawHttpExchange::closed);
        exchange->start();
        if (!exchange->isClosed())
            closed.wait(10000);
        return exchange;
    }

    transport::ApiResult describeRegions()
    {
        return closingCall("GET", client().v1Request("GET", {{u"Action"_s, u"DescribeRegions"_s}, {u"Version"_s, u"2014-08-15"_s}}));
    }

private slots:
    void cleanup() { m_fixture.stop(); }

    // The server's faults are exactly the ones a FaultInjector with the same seed draws, request
    // by request. (Qt resends a request whose connection closed before any answer, so the server
    // may see a few more requests than the client sent; each of them draws.)
    void faultsFollowTheSeed()
    {
        QVERIFY(m_fixture.start(faultyConfig(0.5)));
        constexpr int requests = 80;
        QMap<Outcome, int> outcomes;
        for (int i = 0; i < requests; ++i) {
            const auto result = describeRegions();
            ++outcomes[result.outcome];
            if (result.errorCode == u"Throttling.User"_s) {
                QCOMPARE(result.httpStatus, 400);
                QVERIFY(!result.responseHeader("x-acs-retry-after").isEmpty());
            } else if (result.errorCode == u"ServiceUnavailable"_s) {
                QCOMPARE(result.httpStatus, 503);
            } else {
                QVERIFY2(result.succeeded() || result.outcome == Outcome::NetworkError, qPrintable(result.summary()));
            }
        }
        const QJsonObject stats = client().stats();
        const int seen = stats[u"requests"_s][u"alibaba"_s].toInt();
        QVERIFY(seen >= requests);
        FaultInjector replay(42, 0.5);
        QMap<FaultKind, int> expected;
        for (int i = 0; i < seen; ++i)
            ++expected[replay.decide(RequestFamily::AlibabaApi)];
        for (FaultKind kind : {FaultKind::Throttling, FaultKind::ServiceUnavailable, FaultKind::SlowReply,
                               FaultKind::DroppedConnection}) {
            QVERIFY2(expected[kind] > 0, qPrintable(FaultInjector::name(kind)));
            QCOMPARE(stats[u"faults"_s][FaultInjector::name(kind)].toInt(), expected[kind]);
        }
        QCOMPARE(stats[u"actions"_s][u"2014-08-15/DescribeRegions"_s].toInt(),
                 expected[FaultKind::None] + expected[FaultKind::SlowReply]);
        QCOMPARE(outcomes[Outcome::Succeeded], expected[FaultKind::None] + expected[FaultKind::SlowReply]);
        QVERIFY(outcomes[Outcome::ServiceError] > 0);
    }

    void aDroppedConnectionGetsNoAnswerAndDoesNothing()
    {
        const quint32 seed = firstSeedWhere(FaultKind::DroppedConnection, RequestFamily::AlibabaApi, 0.5);
        QVERIFY(m_fixture.start(faultyConfig(0.5, seed)));
        const auto exchange = rawExchange(client().v1Request("GET", {{u"Action"_s, u"DescribeRegions"_s},
                                                                     {u"Version"_s, u"2014-08-15"_s}}).url);
        QVERIFY(exchange->isClosed());
        QCOMPARE(exchange->received(), QByteArray());
        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"faults"_s][u"DroppedConnection"_s].toInt(), 1);
        QVERIFY(!stats[u"actions"_s].toObject().contains(u"2014-08-15/DescribeRegions"_s));
    }

    void throttlingIsAnswered400WithRetryAfter()
    {
        const quint32 seed = firstSeedWhere(FaultKind::Throttling, RequestFamily::AlibabaApi, 0.5);
        QVERIFY(m_fixture.start(faultyConfig(0.5, seed)));
        const auto exchange = rawExchange(client().v1Request("GET", {{u"Action"_s, u"DescribeRegions"_s},
                                                                     {u"Version"_s, u"2014-08-15"_s}}).url);
        QCOMPARE(exchange->status(), 400);
        QVERIFY(exchange->body().contains("\"Code\":\"Throttling.User\""));
        QVERIFY(exchange->body().contains("\"RequestId\""));
        QVERIFY(exchange->header("x-acs-retry-after").toInt() > 0);
    }

    void aFaultedWriteIsNotExecuted()
    {
        QVERIFY(m_fixture.start(faultyConfig(0.6, 7)));
        const QJsonObject plan = client().dbs(u"DescribeBackupPlanList"_s).json.object()[u"Items"_s][u"BackupPlanDetail"_s][0].toObject();
        // DescribeBackupPlanList itself may have been faulted: fetch until we have a plan.
        QJsonObject usable = plan;
        for (int i = 0; i < 20 && usable.isEmpty(); ++i)
            usable = client().dbs(u"DescribeBackupPlanList"_s).json.object()[u"Items"_s][u"BackupPlanDetail"_s][0].toObject();
        QVERIFY(!usable.isEmpty());
        QString backupSet;
        for (int i = 0; i < 20 && backupSet.isEmpty(); ++i)
            backupSet = client().dbs(u"DescribeFullBackupList"_s, {{u"BackupPlanId"_s, usable[u"BackupPlanId"_s].toString()}})
                            .json.object()[u"Items"_s][u"FullBackupFile"_s][0][u"BackupSetId"_s].toString();
        QVERIFY(!backupSet.isEmpty());
        const QString database = QJsonDocument::fromJson(usable[u"BackupObjects"_s].toString().toUtf8()).array()
                                     .first()[u"DBName"_s].toString();

        int succeeded = 0;
        int failed = 0;
        for (int i = 0; i < 30; ++i) {
            signing::QueryParameters parameters{
                {u"Action"_s, u"CreateRestoreTask"_s}, {u"Version"_s, u"2019-03-06"_s},
                {u"BackupPlanId"_s, usable[u"BackupPlanId"_s].toString()}, {u"RestoreTaskName"_s, u"t%1"_s.arg(i)},
                {u"DestinationEndpointInstanceType"_s, u"Other"_s}, {u"DestinationEndpointIP"_s, u"10.0.0.1"_s},
                {u"DestinationEndpointPort"_s, u"3306"_s}, {u"DestinationEndpointUserName"_s, u"u"_s},
                {u"DestinationEndpointPassword"_s, u"p"_s}, {u"BackupSetId"_s, backupSet},
                {u"RestoreObjects"_s, u"[{\"DBName\":\"%1\"}]"_s.arg(database)}};
            const auto result = closingCall("POST", client().v1Request("POST", parameters));
            result.succeeded() ? ++succeeded : ++failed;
        }
        QVERIFY(succeeded > 0);
        QVERIFY(failed > 0);
        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"executions"_s][usable[u"BackupPlanId"_s].toString()][u"CreateRestoreTask"_s].toInt(), succeeded);
    }

    void diagnosticsAreNeverFaulted()
    {
        QVERIFY(m_fixture.start(faultyConfig(1.0)));
        for (int i = 0; i < 10; ++i)
            QVERIFY(client().stats().contains(u"requests"_s));
        describeRegions();
        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"requests"_s][u"alibaba"_s].toInt(), 1);
        QCOMPARE(stats[u"requests"_s][u"diagnostic"_s].toInt(), 11);
    }

    // A cut-off download announces the whole length, sends part of it and closes.
    void aDownloadIsCutOffMidBody()
    {
        const quint32 seed = firstSeedWhere(FaultKind::CutOffDownload, RequestFamily::BackupFile, 1.0);
        QVERIFY(m_fixture.start(faultyConfig(1.0, seed)));
        const qint64 size = 3 * 1024 * 1024 + 17;
        const QUrl link = m_fixture.simulator().files().downloadUrl(u"rds/test/cut.xb"_s, size, false,
                                                                    m_fixture.simulator().clock().now());
        const auto exchange = rawExchange(link);
        QCOMPARE(exchange->status(), 200);
        QCOMPARE(exchange->header("Content-Length").toLongLong(), size);
        QVERIFY(exchange->body().size() > 0);
        QVERIFY(exchange->body().size() < size);
        QVERIFY(!exchange->isComplete());
        QCOMPARE(client().stats()[u"faults"_s][u"CutOffDownload"_s].toInt(), 1);
    }

    void downloadsMeetOnlyDownloadFaults()
    {
        QVERIFY(m_fixture.start(faultyConfig(1.0, 3)));
        const QUrl link = m_fixture.simulator().files().downloadUrl(u"rds/test/small.xb"_s, 4096, false,
                                                                    m_fixture.simulator().clock().now());
        for (int i = 0; i < 12; ++i)
            rawExchange(link);
        const QJsonObject faults = client().stats()[u"faults"_s].toObject();
        QVERIFY(!faults.contains(u"Throttling"_s));
        int total = 0;
        for (const QJsonValue &count : faults)
            total += count.toInt();
        QCOMPARE(total, 12);
    }

    // Latency delays every reply without blocking the server: replies overlap.
    void latencyDelaysWithoutBlocking()
    {
        SimulatorConfig config = SimFixture::fastConfig();
        config.latencyMs = 400;
        QVERIFY(m_fixture.start(config));
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(describeRegions().succeeded());
        QVERIFY(elapsed.elapsed() >= 400);

        transport::HttpTransport second;
        QList<transport::ApiCall *> calls;
        QList<std::shared_ptr<bool>> done;
        elapsed.restart();
        for (int i = 0; i < 4; ++i) {
            transport::ApiRequest request;
            request.operation = u"DescribeRegions"_s;
            const auto prepared = client().v1Request("GET", {{u"Action"_s, u"DescribeRegions"_s}, {u"Version"_s, u"2014-08-15"_s}});
            request.prepare = [prepared](int) { return prepared; };
            request.maxAttempts = 1;
            auto flag = std::make_shared<bool>(false);
            transport::ApiCall *call = second.send(request);
            QObject::connect(call, &transport::ApiCall::finished, &second, [flag, call] { *flag = call->result().succeeded(); });
            done.append(flag);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(done.cbegin(), done.cend(), [](const auto &flag) { return *flag; }), 5000);
        // Four replies of 400 ms each, delivered together rather than one after another.
        QVERIFY2(elapsed.elapsed() < 1400, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(elapsed.elapsed() >= 400);
        // Diagnostics are not delayed.
        elapsed.restart();
        client().stats();
        QVERIFY(elapsed.elapsed() < 400);
    }
};

QTEST_GUILESS_MAIN(TestCloudSimFaults)
#include "tst_cloudsim_faults.moc"
