#include "scriptedhttpserver.h"

#include "app/transport/apicall.h"
#include "app/transport/httptransport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::transport;
using Server = ScriptedHttpServer;

class TestHttpTransport : public QObject
{
    Q_OBJECT

private:
    struct Finished
    {
        ApiResult result;
        bool done = false;
    };

    // Sends `request` and waits for it; the result is copied out before the call deletes itself.
    ApiResult run(ApiRequest request, std::function<void(ApiCall *)> afterSend = {})
    {
        auto finished = std::make_shared<Finished>();
        ApiCall *call = m_transport->send(std::move(request));
        QSignalSpy spy(call, &ApiCall::finished);
        [&] { QVERIFY(spy.isValid()); }();
        connect(call, &ApiCall::finished, this, [finished, call] {
            finished->result = call->result();
            finished->done = true;
        });
        if (afterSend)
            afterSend(call);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished->done, 15000); }();
        return finished->result;
    }

    ApiRequest get(const QString &path, RetryPolicy policy = RetryPolicy::Idempotent)
    {
        ApiRequest request;
        request.operation = u"DescribeBackups"_s;
        request.retryPolicy = policy;
        request.method = policy == RetryPolicy::Idempotent ? "GET" : "POST";
        const QUrl url = m_server->url(path);
        request.prepare = [this, url](int attempt) {
            m_preparedAttempts.append(attempt);
            return PreparedRequest{url, {{"X-Attempt", QByteArray::number(attempt)}}, {}};
        };
        return request;
    }

    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<Server> m_server;
    QList<int> m_preparedAttempts;

private slots:
    void init()
    {
        m_transport = std::make_unique<HttpTransport>();
        m_transport->setBackoffPolicy({std::chrono::milliseconds(10), std::chrono::milliseconds(400)});
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_preparedAttempts.clear();
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    void success()
    {
        m_server->script({Server::json(200, "{\"RequestId\":\"R-1\",\"Items\":{\"Backup\":[]}}")});
        const ApiResult result = run(get(u"/?Action=DescribeBackups"_s));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.requestId, u"R-1"_s);
        QVERIFY(result.json.object().contains(u"Items"_s));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_server->received().size(), 1);
        QCOMPARE(m_server->received().first().target, QByteArray("/?Action=DescribeBackups"));
        QCOMPARE(m_server->received().first().header("X-Attempt"), QByteArray("1"));
    }

    void alibabaServiceErrorIsNotRetried()
    {
        m_server->script({Server::json(400, "{\"RequestId\":\"R-2\",\"HostId\":\"rds.aliyuncs.com\","
            "\"Code\":\"InvalidRestoreType.Format\",\"Message\":\"Specified restore type is not valid.\","
            "\"Recommend\":\"https://example.invalid\"}")});
        const ApiResult result = run(get(u"/"_s));
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.errorCode, u"InvalidRestoreType.Format"_s);
        QCOMPARE(result.errorMessage, u"Specified restore type is not valid."_s);
        QCOMPARE(result.requestId, u"R-2"_s);
        QCOMPARE(m_server->received().size(), 1);
    }

    void huaweiErrorShapeAndRequestIdHeader()
    {
        m_server->script({Server::json(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}",
                                       {{"X-Request-Id", "hw-42"}})});
        const ApiResult result = run(get(u"/v3/p/backups"_s));
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.errorCode, u"APIGW.0301"_s);
        QCOMPARE(result.requestId, u"hw-42"_s);
        QCOMPARE(m_server->received().size(), 1);
    }

    void dbsFailureInsideSuccessfulStatus()
    {
        m_server->script({Server::json(200, "{\"RequestId\":\"R-3\",\"Success\":false,\"ErrCode\":\"Param.NotFound\","
            "\"ErrMessage\":\"The specified parameter BackupPlanId value is not valid.\",\"HttpStatusCode\":400}")});
        const ApiResult result = run(get(u"/"_s));
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.errorCode, u"Param.NotFound"_s);
        QCOMPARE(result.requestId, u"R-3"_s);
    }

    void serviceUnavailableThenSuccessIsRetriedAndResigned()
    {
        m_server->script({Server::json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\",\"RequestId\":\"a\"}"),
                          Server::json(200, "{\"RequestId\":\"b\"}")});
        QPointer<ApiCall> observed;
        QList<int> retries;
        const ApiResult result = run(get(u"/"_s), [&](ApiCall *call) {
            connect(call, &ApiCall::retryScheduled, this,
                    [&retries](int attempt, std::chrono::milliseconds) { retries.append(attempt); });
        });
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(retries, QList<int>{1});
        QCOMPARE(m_preparedAttempts, (QList<int>{1, 2}));
        QCOMPARE(m_server->received().size(), 2);
        QCOMPARE(m_server->received().at(1).header("X-Attempt"), QByteArray("2"));
    }

    void throttlingHonoursRetryAfter()
    {
        m_server->script({Server::json(400, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\",\"RequestId\":\"t\"}",
                                       {{"x-acs-retry-after", "300"}}),
                          Server::json(200, "{\"RequestId\":\"ok\"}")});
        QElapsedTimer clock;
        clock.start();
        const ApiResult result = run(get(u"/"_s));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(m_server->received().size(), 2);
        QVERIFY2(clock.elapsed() >= 300, "the retry came before the server's retry-after");
    }

    void retriesStopAtTheLimit()
    {
        m_server->script({Server::json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}")});
        auto request = get(u"/"_s);
        request.maxAttempts = 3;
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.errorCode, u"ServiceUnavailable"_s);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(m_server->received().size(), 3);
    }

    void nonIdempotentWriteIsNeverResentAfterItWasSent()
    {
        m_server->script({Server::json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"),
                          Server::json(200, "{\"BackupJobId\":\"1\"}")});
        const ApiResult result = run(get(u"/?Action=CreateBackup"_s, RetryPolicy::NotIdempotent));
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(m_server->received().size(), 1);
        QCOMPARE(result.attempts, 1);
    }

    // A reply cut off after it began: the server may have acted, so the write is not resent.
    // (A connection closed before any byte of the reply is resent once by Qt's HTTP layer itself,
    // whatever the method; the providers' own guards, BackupJobExists and busy instances, catch it.)
    void nonIdempotentWriteIsNotResentAfterACutReply()
    {
        m_server->script({Server::cutAfterHeaders(), Server::json(200, "{\"BackupJobId\":\"1\"}")});
        const ApiResult result = run(get(u"/"_s, RetryPolicy::NotIdempotent));
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QCOMPARE(m_server->received().size(), 1);
    }

    void droppedConnectionIsRetriedForReads()
    {
        m_server->script({Server::drop(), Server::json(200, "{\"RequestId\":\"x\"}")});
        const ApiResult result = run(get(u"/"_s));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(m_server->received().size(), 2);
    }

    void refusedConnectionIsSafeToResendEvenForWrites()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        ApiRequest request;
        request.operation = u"CreateBackup"_s;
        request.method = "POST";
        request.retryPolicy = RetryPolicy::NotIdempotent;
        request.maxAttempts = 2;
        request.prepare = [this, port](int attempt) {
            m_preparedAttempts.append(attempt);
            return PreparedRequest{QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), {}, {}};
        };
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_preparedAttempts, (QList<int>{1, 2}));
    }

    void stalledReplyTimesOut()
    {
        m_server->script({Server::stall()});
        auto request = get(u"/"_s);
        request.transferTimeout = std::chrono::milliseconds(300);
        request.maxAttempts = 2;
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, Outcome::TimedOut);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->received().size(), 2);
    }

    void endlessReplyHitsTheTotalDeadline()
    {
        m_server->script({Server::trickle()});
        auto request = get(u"/"_s);
        request.totalTimeout = std::chrono::milliseconds(700);
        request.maxAttempts = 1;
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, Outcome::TimedOut);
    }

    void hugeReplyIsAbandoned()
    {
        m_server->script({Server::json(200, QByteArray(2 * 1024 * 1024, ' '))});
        auto request = get(u"/"_s);
        request.maxResponseBytes = 1024 * 1024;
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, Outcome::ParseError);
        QVERIFY(result.errorMessage.contains(u"exceeded"_s));
        QCOMPARE(m_server->received().size(), 1);
    }

    void malformedAndTruncatedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"RequestId\":\"x\",\"Items\":{\"Backup\":[");
        QTest::newRow("garbage") << QByteArray("not json at all");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    }

    void malformedAndTruncatedJson()
    {
        QFETCH(QByteArray, body);
        m_server->script({Server::reply(200, body, {{"Content-Type", "text/html"}})});
        const ApiResult result = run(get(u"/"_s));
        QCOMPARE(result.outcome, Outcome::ParseError);
        QVERIFY(!result.errorMessage.isEmpty());
        QCOMPARE(m_server->received().size(), 1);
    }

    void htmlErrorPageIsAnHttpError()
    {
        m_server->script({Server::reply(404, "<html><body>Not Found</body></html>", {{"Content-Type", "text/html"}})});
        const ApiResult result = run(get(u"/"_s));
        QCOMPARE(result.outcome, Outcome::HttpError);
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(m_server->received().size(), 1);
    }

    void redirectLoopEndsWithAClearError()
    {
        m_server->script({Server::redirectToSelf()});
        auto request = get(u"/loop"_s);
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QVERIFY2(result.errorMessage.contains(u"redirect"_s), qPrintable(result.errorMessage));
        QVERIFY(m_server->received().size() <= 7);
    }

    void cancelInFlight()
    {
        m_server->script({Server::stall()});
        const ApiResult result = run(get(u"/"_s), [this](ApiCall *call) {
            QTRY_COMPARE(m_server->received().size(), 1);
            call->cancel();
        });
        QCOMPARE(result.outcome, Outcome::Canceled);
        QCOMPARE(m_server->received().size(), 1);
    }

    void cancelBeforeStartSendsNothing()
    {
        m_server->script({Server::json(200, "{}")});
        const ApiResult result = run(get(u"/"_s), [](ApiCall *call) { call->cancel(); });
        QCOMPARE(result.outcome, Outcome::Canceled);
        QCOMPARE(m_server->received().size(), 0);
    }

    void cancelDuringBackoffStopsTheRetry()
    {
        m_transport->setBackoffPolicy({std::chrono::milliseconds(2000), std::chrono::milliseconds(4000)});
        m_server->script({Server::json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}")});
        const ApiResult result = run(get(u"/"_s), [this](ApiCall *call) {
            connect(call, &ApiCall::retryScheduled, call, &ApiCall::cancel, Qt::QueuedConnection);
        });
        QCOMPARE(result.outcome, Outcome::Canceled);
        QCOMPARE(m_server->received().size(), 1);
    }

    void callDeletesItselfAfterFinishing()
    {
        m_server->script({Server::json(200, "{}")});
        QPointer<ApiCall> call = m_transport->send(get(u"/"_s));
        QSignalSpy spy(call.data(), &ApiCall::finished);
        QVERIFY(spy.isValid());
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY(call.isNull());
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
