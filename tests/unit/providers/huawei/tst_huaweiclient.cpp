#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/httptransport.h"

#include "../../transport/scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::huawei;
using transport::Outcome;
using Request = ScriptedHttpServer::Request;

namespace {

const auto projectId = u"5b0d8d0eeb7d4f0b8c6d3d1e9f8a7b6c"_s;

QByteArray projectsReply(const QStringList &names, const QStringList &ids)
{
    QJsonArray projects;
    for (qsizetype i = 0; i < names.size(); ++i)
        projects.append(QJsonObject{{u"id"_s, ids.at(i)}, {u"name"_s, names.at(i)}, {u"enabled"_s, true},
                                    {u"domain_id"_s, u"d0"_s}});
    return QJsonDocument(QJsonObject{{u"projects"_s, projects}}).toJson(QJsonDocument::Compact);
}

QByteArray pathOf(const Request &request)
{
    const qsizetype mark = request.target.indexOf('?');
    return mark < 0 ? request.target : request.target.left(mark);
}

QUrlQuery queryOf(const Request &request)
{
    const qsizetype mark = request.target.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(request.target.mid(mark + 1)));
}

void send(QTcpSocket &socket, int status, const QByteArray &body)
{
    socket.write("HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: application/json\r\n"
                 "X-Request-Id: req-" + QByteArray::number(status) + "\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

QByteArray backupsReply(qint64 from, qint64 count, qint64 total)
{
    QJsonArray backups;
    for (qint64 i = from; i < from + count; ++i)
        backups.append(QJsonObject{{u"id"_s, u"b%1"_s.arg(i, 5, 10, QChar(u'0'))},
                                   {u"instance_id"_s, u"i1"_s},
                                   {u"type"_s, u"auto"_s},
                                   {u"status"_s, u"COMPLETED"_s},
                                   {u"size"_s, i}});
    return QJsonDocument(QJsonObject{{u"backups"_s, backups}, {u"total_count"_s, total}})
        .toJson(QJsonDocument::Compact);
}

// Serves /v3/projects and, for /backups, `total` generated backups by offset and limit.
ScriptedHttpServer::Behaviour backupServer(qint64 total)
{
    return [total](const Request &request, QTcpSocket &socket) {
        if (pathOf(request) == "/v3/projects") {
            send(socket, 200, projectsReply({u"cn-north-4"_s}, {projectId}));
            return;
        }
        const QUrlQuery query = queryOf(request);
        const qint64 offset = query.queryItemValue(u"offset"_s).toLongLong();
        const qint64 limit = query.queryItemValue(u"limit"_s).toLongLong();
        send(socket, 200, backupsReply(offset, qMax<qint64>(0, qMin(limit, total - offset)), total));
    };
}

HuaweiAccount account(bool withProject)
{
    HuaweiAccount result;
    result.profileName = u"test"_s;
    result.credentials = {u"demo-ak"_s, u"demo-sk"_s, {}};
    result.regionId = u"cn-north-4"_s;
    if (withProject)
        result.projectId = projectId;
    return result;
}

template <typename T>
struct Captured
{
    int calls = 0;
    transport::TypedReply<T> reply;

    std::function<void(transport::TypedReply<T>)> handler()
    {
        return [this](transport::TypedReply<T> received) {
            ++calls;
            reply = std::move(received);
        };
    }
};

QStringList idsOf(const QList<BackupSet> &backups)
{
    QStringList ids;
    for (const BackupSet &backup : backups)
        ids.append(backup.id);
    return ids;
}

} // namespace

class TestHuaweiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<transport::HttpTransport> m_transport;

    std::unique_ptr<HuaweiRdsClient> makeClient(bool withProject)
    {
        HuaweiAccount target = account(withProject);
        target.endpoint = m_server->url();
        return std::make_unique<HuaweiRdsClient>(*m_transport, target);
    }

    QList<Request> requestsTo(const QByteArray &pathSuffix) const
    {
        QList<Request> found;
        for (const Request &request : m_server->received()) {
            if (pathOf(request).endsWith(pathSuffix))
                found.append(request);
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_transport = std::make_unique<transport::HttpTransport>();
        transport::BackoffPolicy fast;
        fast.initialDelay = std::chrono::milliseconds(5);
        fast.maxDelay = std::chrono::milliseconds(20);
        m_transport->setBackoffPolicy(fast);
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    void projectIsLookedUpOnceThenCached()
    {
        const QByteArray job = R"({"job": {"id": "j1", "status": "Running", "process": "10%"}})";
        m_server->script({[job](const Request &request, QTcpSocket &socket) {
            if (pathOf(request) == "/v3/projects")
                send(socket, 200, projectsReply({u"cn-north-4"_s}, {projectId}));
            else
                send(socket, 200, job);
        }});
        auto client = makeClient(false);
        QVERIFY(client->knownProjectId().isEmpty());

        Captured<HuaweiJobInfo> first;
        QVERIFY(client->getJob(u"j1"_s, this, first.handler()).wasSent());
        QTRY_COMPARE(first.calls, 1);
        QVERIFY2(first.reply.ok(), qPrintable(first.reply.result.summary()));
        QCOMPARE(first.reply.value->progressPercent, 10);
        QCOMPARE(client->knownProjectId(), projectId);

        const QList<Request> lookups = requestsTo("/v3/projects");
        QCOMPARE(lookups.size(), 1);
        QCOMPARE(queryOf(lookups.first()).queryItemValue(u"name"_s), u"cn-north-4"_s);
        QVERIFY(lookups.first().header("X-Project-Id").isEmpty());
        QVERIFY(lookups.first().header("Authorization").startsWith("SDK-HMAC-SHA256 Access=demo-ak, "));

        const QList<Request> jobs = requestsTo("/jobs");
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(pathOf(jobs.first()), "/v3/" + projectId.toLatin1() + "/jobs");
        QCOMPARE(jobs.first().header("X-Project-Id"), projectId.toLatin1());

        Captured<HuaweiJobInfo> second;
        client->getJob(u"j1"_s, this, second.handler());
        QTRY_COMPARE(second.calls, 1);
        QVERIFY(second.reply.ok());
        QCOMPARE(requestsTo("/v3/projects").size(), 1);
        QCOMPARE(requestsTo("/jobs").size(), 2);
    }

    void concurrentOperationsShareOneLookup()
    {
        m_server->script({backupServer(3)});
        auto client = makeClient(false);
        Captured<QList<BackupSet>> a;
        Captured<QList<BackupSet>> b;
        Captured<QString> c;
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        client->listBackups(filter, this, a.handler());
        client->listBackups(filter, this, b.handler());
        client->lookUpProjectId(this, c.handler());
        QTRY_COMPARE(a.calls + b.calls + c.calls, 3);
        QVERIFY(a.reply.ok() && b.reply.ok() && c.reply.ok());
        QCOMPARE(*c.reply.value, projectId);
        QCOMPARE(requestsTo("/v3/projects").size(), 1);
    }

    void lookupFailures_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("no project") << projectsReply({}, {}) << 200 << int(Outcome::ServiceError)
                                    << u"RDSBM.ProjectNotFound"_s << u"cn-north-4"_s;
        QTest::newRow("only a sub-project")
            << projectsReply({u"cn-north-4_dev"_s}, {u"aaa"_s}) << 200 << int(Outcome::ServiceError)
            << u"RDSBM.ProjectNotFound"_s << u"HUAWEICLOUD_SDK_PROJECT_ID"_s;
        QTest::newRow("several projects")
            << projectsReply({u"cn-north-4"_s, u"cn-north-4"_s, u"cn-north-4_dev"_s}, {u"p1"_s, u"p2"_s, u"p3"_s})
            << 200 << int(Outcome::ServiceError) << u"RDSBM.ProjectAmbiguous"_s << u"p1, p2"_s;
        QTest::newRow("bad signature")
            << QByteArray(R"({"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301","request_id":"r1"})")
            << 401 << int(Outcome::ServiceError) << u"APIGW.0301"_s << u"Incorrect IAM"_s;
        QTest::newRow("mistyped reply") << QByteArray(R"({"projects": {"id": "x"}})") << 200
                                        << int(Outcome::ParseError) << QString() << u"projects"_s;
    }

    void lookupFailures()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, status);
        QFETCH(int, outcome);
        QFETCH(QString, code);
        QFETCH(QString, mentioned);
        m_server->script({ScriptedHttpServer::json(status, reply)});
        auto client = makeClient(false);
        Captured<QList<DbInstance>> captured;
        QVERIFY(client->listInstances({}, this, captured.handler()).wasSent());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(!captured.reply.ok());
        QCOMPARE(int(captured.reply.result.outcome), outcome);
        QCOMPARE(captured.reply.result.errorCode, code);
        QVERIFY2(captured.reply.result.errorMessage.contains(mentioned), qPrintable(captured.reply.result.errorMessage));
        QCOMPARE(m_server->received().size(), 1); // nothing reached RDS, and a 401 is not retried
        QVERIFY(client->knownProjectId().isEmpty());
    }

    void pagesAreFetchedConcurrentlyAndReturnedInOrder()
    {
        // Page 0 is answered at once; the other four pages are answered only once all four are
        // waiting: a client that pages one after the other would never finish.
        QList<QPointer<QTcpSocket>> held;
        QList<Request> heldRequests;
        m_server->script({[&held, &heldRequests](const Request &request, QTcpSocket &socket) {
            const QUrlQuery query = queryOf(request);
            const qint64 offset = query.queryItemValue(u"offset"_s).toLongLong();
            if (offset == 0) {
                send(socket, 200, backupsReply(0, 100, 450));
                return;
            }
            held.append(&socket);
            heldRequests.append(request);
            if (held.size() == 4) {
                for (qsizetype i = 0; i < held.size(); ++i) {
                    const qint64 from = queryOf(heldRequests.at(i)).queryItemValue(u"offset"_s).toLongLong();
                    if (held.at(i))
                        send(*held.at(i), 200, backupsReply(from, qMin<qint64>(100, 450 - from), 450));
                }
            }
        }});
        auto client = makeClient(true);
        client->setMaxConcurrentPages(4);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        Captured<QList<BackupSet>> captured;
        client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY2(captured.reply.ok(), qPrintable(captured.reply.result.summary()));
        QCOMPARE(captured.reply.value->size(), 450);
        QStringList expected;
        for (int i = 0; i < 450; ++i)
            expected.append(u"b%1"_s.arg(i, 5, 10, QChar(u'0')));
        QCOMPARE(idsOf(*captured.reply.value), expected);
        QCOMPARE(captured.reply.value->at(3).sizeBytes, 3 * 1024);
        QCOMPARE(m_server->received().size(), 5);
        for (const Request &request : m_server->received()) {
            QCOMPARE(queryOf(request).queryItemValue(u"limit"_s), u"100"_s);
            QCOMPARE(queryOf(request).queryItemValue(u"instance_id"_s), u"i1"_s);
        }
    }

    void duplicatesAcrossPagesAreDropped()
    {
        // A backup shifted by one between page 0 and page 1: page 1 starts with b00099 again.
        m_server->script({[](const Request &request, QTcpSocket &socket) {
            const qint64 offset = queryOf(request).queryItemValue(u"offset"_s).toLongLong();
            if (offset == 0)
                send(socket, 200, backupsReply(0, 100, 150));
            else
                send(socket, 200, backupsReply(99, 51, 150));
        }});
        auto client = makeClient(true);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        Captured<QList<BackupSet>> captured;
        client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(captured.reply.ok());
        QCOMPARE(captured.reply.value->size(), 150);
        QCOMPARE(idsOf(*captured.reply.value).removeDuplicates(), 0);
        QCOMPARE(captured.reply.value->last().id, u"b00149"_s);
    }

    void listingStartsOverWhenTheTotalMoves()
    {
        int firstPages = 0;
        m_server->script({[&firstPages](const Request &request, QTcpSocket &socket) {
            const qint64 offset = queryOf(request).queryItemValue(u"offset"_s).toLongLong();
            if (offset == 0) {
                ++firstPages;
                send(socket, 200, backupsReply(0, 100, firstPages == 1 ? 150 : 151));
            } else {
                send(socket, 200, backupsReply(offset, 151 - offset, 151)); // one backup appeared
            }
        }});
        auto client = makeClient(true);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        Captured<QList<BackupSet>> captured;
        client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(captured.reply.ok());
        QCOMPARE(firstPages, 2);
        QCOMPARE(captured.reply.value->size(), 151);
    }

    void limitStopsEarly()
    {
        m_server->script({backupServer(1000)});
        auto client = makeClient(true);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        filter.maxItems = 150;
        Captured<QList<BackupSet>> captured;
        client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(captured.reply.ok());
        QCOMPARE(captured.reply.value->size(), 150);
        QCOMPARE(m_server->received().size(), 2);

        filter.maxItems = 7;
        Captured<QList<BackupSet>> small;
        client->listBackups(filter, this, small.handler());
        QTRY_COMPARE(small.calls, 1);
        QCOMPARE(small.reply.value->size(), 7);
        QCOMPARE(queryOf(m_server->received().last()).queryItemValue(u"limit"_s), u"7"_s);
    }

    void aFailedPageFailsTheListing()
    {
        m_server->script({[](const Request &request, QTcpSocket &socket) {
            const qint64 offset = queryOf(request).queryItemValue(u"offset"_s).toLongLong();
            if (offset == 200)
                send(socket, 400, R"({"error_code": "DBS.200001", "error_msg": "Parameter error."})");
            else
                send(socket, 200, backupsReply(offset, 100, 300));
        }});
        auto client = makeClient(true);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        Captured<QList<BackupSet>> captured;
        client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(!captured.reply.ok());
        QCOMPARE(captured.reply.result.outcome, Outcome::ServiceError);
        QCOMPARE(captured.reply.result.errorCode, u"DBS.200001"_s);
        QCOMPARE(captured.reply.result.httpStatus, 400);
    }

    void brokenPageIsAParseErrorNamingTheField()
    {
        m_server->script({ScriptedHttpServer::json(200, R"({"backups": [{"id": "b"}], "total_count": 1})")});
        auto client = makeClient(true);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        Captured<QList<BackupSet>> captured;
        client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::ParseError);
        QVERIFY2(captured.reply.result.errorMessage.contains(u"backups[0].instance_id"_s),
                 qPrintable(captured.reply.result.errorMessage));
    }

    void refusedInputSendsNothing()
    {
        m_server->script({backupServer(1)});
        auto client = makeClient(false);
        Captured<QList<BackupSet>> captured;
        const HuaweiStarted started = client->listBackups({}, this, captured.handler());
        QVERIFY(!started.wasSent());
        QVERIFY(!started.operation);
        QCOMPARE(started.rejected.first().field, u"instance_id"_s);

        HuaweiRestoreRequest restore;
        restore.sourceInstance.id = u"a"_s;
        restore.targetInstance.id = u"b"_s;
        restore.backupId = u"x"_s;
        restore.sourceInstance.engine = u"MySQL"_s;
        restore.targetInstance.engine = u"PostgreSQL"_s;
        Captured<QString> restored;
        QVERIFY(!client->restoreToExistingInstance(restore, this, restored.handler()).wasSent());
        QVERIFY(!client->getJob({}, this, {}).wasSent());
        QVERIFY(!client->getBackupFiles({}, this, {}).wasSent());
        QVERIFY(!client->listRestoreTimes({}, {}, this, {}).wasSent());
        QCOMPARE(captured.calls + restored.calls, 0);
        QVERIFY(m_server->received().isEmpty());
    }

    void restoreIsSentOnceAndNeverRetried()
    {
        m_server->script({ScriptedHttpServer::json(500, R"({"error_code": "DBS.108000", "error_msg": "Server error."})")});
        auto client = makeClient(true);
        HuaweiRestoreRequest restore;
        restore.sourceInstance = {};
        restore.sourceInstance.id = u"src"_s;
        restore.sourceInstance.engine = u"MySQL"_s;
        restore.sourceInstance.engineVersion = u"8.0"_s;
        restore.sourceInstance.storageGb = 40;
        restore.targetInstance = restore.sourceInstance;
        restore.targetInstance.id = u"dst"_s;
        restore.backupId = u"b-9"_s;
        Captured<QString> captured;
        QVERIFY(client->restoreToExistingInstance(restore, this, captured.handler()).wasSent());
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::ServiceError);
        QCOMPARE(captured.reply.result.errorCode, u"DBS.108000"_s);
        QCOMPARE(m_server->received().size(), 1);
        const Request &sent = m_server->received().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(pathOf(sent), "/v3/" + projectId.toLatin1() + "/instances/recovery");
        QCOMPARE(sent.body, HuaweiRdsClient::restoreBody(restore));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(sent.header("Authorization").contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date,"));
    }

    void restoreReturnsTheJobId()
    {
        m_server->script({ScriptedHttpServer::json(202, R"({"job_id": "ff80808157127d9301571bf8160c001d"})")});
        auto client = makeClient(true);
        HuaweiRestoreRequest restore;
        restore.sourceInstance.id = u"src"_s;
        restore.sourceInstance.engine = u"MySQL"_s;
        restore.targetInstance = restore.sourceInstance;
        restore.sourceType = HuaweiRestoreSource::Timestamp;
        restore.restoreTime = QDateTime::fromMSecsSinceEpoch(1532001446987).toUTC();
        restore.restoreWindows = QList<RestoreWindow>{{restore.restoreTime.addSecs(-60), restore.restoreTime}};
        Captured<QString> captured;
        QVERIFY(client->restoreToExistingInstance(restore, this, captured.handler()).wasSent());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(captured.reply.ok());
        QCOMPARE(*captured.reply.value, u"ff80808157127d9301571bf8160c001d"_s);
        QVERIFY(m_server->received().first().body.contains(R"("restore_time":1532001446987)"));
    }

    void cancelEndsWithCanceled()
    {
        m_server->script({ScriptedHttpServer::stall()});
        auto client = makeClient(false); // stuck in the project lookup
        Captured<QList<DbInstance>> captured;
        const HuaweiStarted started = client->listInstances({}, this, captured.handler());
        QTRY_COMPARE(m_server->received().size(), 1);
        QVERIFY(started.operation);
        started.operation->cancel();
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::Canceled);
        QTRY_VERIFY(!started.operation); // the operation cleans itself up
    }

    void cancelWhilePagingEndsWithCanceled()
    {
        m_server->script({[](const Request &request, QTcpSocket &socket) {
            if (queryOf(request).queryItemValue(u"offset"_s) == u"0")
                send(socket, 200, backupsReply(0, 100, 500));
        }});
        auto client = makeClient(true);
        HuaweiBackupFilter filter;
        filter.instanceId = u"i1"_s;
        Captured<QList<BackupSet>> captured;
        const HuaweiStarted started = client->listBackups(filter, this, captured.handler());
        QTRY_COMPARE(m_server->received().size(), 5); // page 0, then four at once
        started.operation->cancel();
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::Canceled);
    }

    void goneContextHearsNothingAndStopsTheCalls()
    {
        m_server->script({ScriptedHttpServer::stall()});
        auto client = makeClient(true);
        auto receiver = std::make_unique<QObject>();
        Captured<HuaweiJobInfo> captured;
        const HuaweiStarted started = client->getJob(u"j"_s, receiver.get(), captured.handler());
        QTRY_COMPARE(m_server->received().size(), 1);
        receiver.reset();
        QTRY_VERIFY(!started.operation);
        QCOMPARE(captured.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestHuaweiClient)
#include "tst_huaweiclient.moc"
