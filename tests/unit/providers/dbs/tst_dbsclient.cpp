#include "app/providers/dbs/dbsclient.h"
#include "app/transport/httptransport.h"

#include "../../transport/scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::dbs;
using transport::Outcome;
using transport::TypedReply;
using Request = ScriptedHttpServer::Request;

namespace {

// The parameters of a request, from its URL query (GET) or its form body (POST).
QUrlQuery parametersOf(const Request &request)
{
    if (request.method == "POST")
        return QUrlQuery(QString::fromLatin1(request.body));
    const qsizetype mark = request.target.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(request.target.mid(mark + 1)));
}

QString parameter(const Request &request, const QString &name)
{
    return parametersOf(request).queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray plansReply(int pageNum, int pageSize, int total)
{
    QJsonArray plans;
    for (int i = pageNum * pageSize; i < qMin(total, (pageNum + 1) * pageSize); ++i)
        plans.append(QJsonObject{{u"BackupPlanId"_s, u"dbs%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                 {u"BackupPlanName"_s, u"plan %1"_s.arg(i)},
                                 {u"DatabaseType"_s, u"MySQL"_s}});
    return QJsonDocument(QJsonObject{{u"Success"_s, true},
                                     {u"RequestId"_s, u"r"_s},
                                     {u"PageNum"_s, pageNum},
                                     {u"PageSize"_s, pageSize},
                                     {u"TotalElements"_s, total},
                                     {u"TotalPages"_s, (total + pageSize - 1) / pageSize},
                                     {u"Items"_s, QJsonObject{{u"BackupPlanDetail"_s, plans}}}})
        .toJson(QJsonDocument::Compact);
}

template <typename T>
struct Captured
{
    int calls = 0;
    TypedReply<T> reply;
    std::function<void(TypedReply<T>)> handler()
    {
        return [this](TypedReply<T> received) {
            ++calls;
            reply = std::move(received);
        };
    }
};

CreateRestoreTaskParameters rdsRestore()
{
    CreateRestoreTaskParameters parameters;
    DbsRestoreRequest &r = parameters.request;
    r.backupPlanId = u"dbs1hvb0ww1234"_s;
    r.restoreTaskName = u"orders back"_s;
    r.destinationType = DbsDestinationType::Rds;
    r.sourceDatabaseType = u"MySQL"_s;
    r.destinationRegion = u"cn-hangzhou"_s;
    r.destinationInstanceId = u"rm-bp1dest"_s;
    r.destinationUserName = u"restorer"_s;
    r.destinationPassword = u"p@ss word&=+"_s;
    r.restoreObjects.add({u"orders"_s, u"orders_copy"_s, {}, {}});
    r.restoreTime = QDateTime::fromMSecsSinceEpoch(1554560477000, QTimeZone::utc());
    r.duplicateConflict = DbsDuplicateConflict::RenameNew;
    r.crossAliyunId = u"2749528728000000"_s;
    r.crossRoleName = u"test123"_s;
    parameters.clientToken = u"ETnLKlblzczshOTUbOC0000000"_s;
    return parameters;
}

} // namespace

class TestDbsClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<transport::HttpTransport> m_transport;

    DbsClient client(alibaba::SignatureVersion version = alibaba::SignatureVersion::V1)
    {
        alibaba::AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = u"cn-hangzhou"_s;
        account.endpoint = m_server->url();
        account.signatureVersion = version;
        return DbsClient(*m_transport, alibaba::AlibabaRequestFactory(account));
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

    void realEndpointsAreDbsApiHosts()
    {
        alibaba::AlibabaAccount account;
        account.regionId = u"ap-southeast-1"_s;
        const alibaba::AlibabaRequestFactory factory(account);
        QCOMPARE(factory.baseUrl(alibaba::AlibabaProduct::Dbs), QUrl(u"https://dbs-api.ap-southeast-1.aliyuncs.com/"_s));
        const alibaba::AlibabaRpcCall call = DbsClient::dbsCall(u"DescribeBackupPlanList"_s, {});
        QCOMPARE(call.product, alibaba::AlibabaProduct::Dbs);
        QCOMPARE(call.version, u"2019-03-06"_s);
    }

    void planListSendsRegionNotRegionId()
    {
        m_server->script({ScriptedHttpServer::json(200, plansReply(2, 10, 25))});
        DbsBackupPlanQuery query;
        query.region = u"cn-shanghai"_s;
        query.backupPlanStatus = u"running"_s;
        query.backupPlanIds = {u"dbsA"_s, u"dbsB"_s};
        query.pageNum = 2;
        query.pageSize = 10;
        Captured<DbsPage<DbsBackupPlan>> captured;
        QVERIFY(client().describeBackupPlanList(query, this, captured.handler()).wasSent());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY2(captured.reply.ok(), qPrintable(captured.reply.result.summary()));
        QCOMPARE(captured.reply.value->items.size(), 5);
        QCOMPARE(captured.reply.value->totalElements, 25);

        const Request &sent = m_server->received().first();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(parameter(sent, u"Action"_s), u"DescribeBackupPlanList"_s);
        QCOMPARE(parameter(sent, u"Version"_s), u"2019-03-06"_s);
        QCOMPARE(parameter(sent, u"Region"_s), u"cn-shanghai"_s);
        QVERIFY(!parametersOf(sent).hasQueryItem(u"RegionId"_s));
        QCOMPARE(parameter(sent, u"PageNum"_s), u"2"_s);
        QCOMPARE(parameter(sent, u"PageSize"_s), u"10"_s);
        QCOMPARE(parameter(sent, u"BackupPlanId"_s), u"dbsA,dbsB"_s);
        QCOMPARE(parameter(sent, u"BackupPlanStatus"_s), u"running"_s);
        QCOMPARE(parameter(sent, u"Format"_s), u"JSON"_s);
        QVERIFY(!parameter(sent, u"Signature"_s).isEmpty());
    }

    void everyPlanFromPageZero()
    {
        m_server->script({[](const Request &request, QTcpSocket &socket) {
            const int pageNum = parameter(request, u"PageNum"_s).toInt();
            const int pageSize = parameter(request, u"PageSize"_s).toInt();
            ScriptedHttpServer::json(200, plansReply(pageNum, pageSize, 250))(request, socket);
        }});
        Captured<QList<DbsBackupPlan>> captured;
        QVERIFY(client().describeAllBackupPlans({}, this, captured.handler()).wasSent());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY2(captured.reply.ok(), qPrintable(captured.reply.result.summary()));
        QCOMPARE(captured.reply.value->size(), 250);
        QCOMPARE(captured.reply.value->first().backupPlanId, u"dbs0000"_s);
        QCOMPARE(captured.reply.value->last().backupPlanId, u"dbs0249"_s);
        QCOMPARE(m_server->received().size(), 3);
        for (int page = 0; page < 3; ++page) {
            QCOMPARE(parameter(m_server->received().at(page), u"PageNum"_s), QString::number(page));
            QCOMPARE(parameter(m_server->received().at(page), u"PageSize"_s), u"100"_s);
        }
    }

    void aServiceThatRepeatsAPageIsCaught()
    {
        m_server->script({ScriptedHttpServer::json(200, plansReply(0, 100, 250))});
        Captured<QList<DbsBackupPlan>> captured;
        client().describeAllBackupPlans({}, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::ParseError);
        QVERIFY(captured.reply.result.errorMessage.contains(u"PageNum 1"_s));
    }

    void createRestoreTaskSendsEveryParameter()
    {
        m_server->script({ScriptedHttpServer::json(200, R"({"Success": true, "RequestId": "r1", "RestoreTaskId": "s102h0001"})")});
        Captured<QString> captured;
        QVERIFY(client().createRestoreTask(rdsRestore(), this, captured.handler()).wasSent());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY2(captured.reply.ok(), qPrintable(captured.reply.result.summary()));
        QCOMPARE(*captured.reply.value, u"s102h0001"_s);

        const Request &sent = m_server->received().first();
        QCOMPARE(sent.method, QByteArray("POST")); // the password stays out of the URL
        QVERIFY(!sent.target.contains("Password"));
        QCOMPARE(parameter(sent, u"Action"_s), u"CreateRestoreTask"_s);
        QCOMPARE(parameter(sent, u"BackupPlanId"_s), u"dbs1hvb0ww1234"_s);
        QCOMPARE(parameter(sent, u"RestoreTaskName"_s), u"orders back"_s);
        QCOMPARE(parameter(sent, u"DestinationEndpointInstanceType"_s), u"RDS"_s);
        QCOMPARE(parameter(sent, u"DestinationEndpointRegion"_s), u"cn-hangzhou"_s);
        QCOMPARE(parameter(sent, u"DestinationEndpointInstanceID"_s), u"rm-bp1dest"_s);
        QCOMPARE(parameter(sent, u"DestinationEndpointUserName"_s), u"restorer"_s);
        QCOMPARE(parameter(sent, u"DestinationEndpointPassword"_s), u"p@ss word&=+"_s);
        QCOMPARE(parameter(sent, u"RestoreObjects"_s), u"[{\"DBName\":\"orders\",\"NewDBName\":\"orders_copy\"}]"_s);
        QCOMPARE(parameter(sent, u"RestoreTime"_s), u"1554560477000"_s);
        QVERIFY(!parametersOf(sent).hasQueryItem(u"BackupSetId"_s));
        QCOMPARE(parameter(sent, u"DuplicateConflict"_s), u"renamenew"_s);
        QCOMPARE(parameter(sent, u"CrossAliyunId"_s), u"2749528728000000"_s);
        QCOMPARE(parameter(sent, u"CrossRoleName"_s), u"test123"_s);
        QCOMPARE(parameter(sent, u"ClientToken"_s), u"ETnLKlblzczshOTUbOC0000000"_s);
        QVERIFY(!parametersOf(sent).hasQueryItem(u"DestinationEndpointPort"_s));
    }

    void createIsResentWithTheSameClientToken()
    {
        m_server->script({ScriptedHttpServer::json(503, R"({"Code": "ServiceUnavailable", "Message": "busy", "RequestId": "r0"})"),
                          ScriptedHttpServer::drop(),
                          ScriptedHttpServer::json(200, R"({"Success": true, "RestoreTaskId": "s102h0002"})")});
        Captured<QString> captured;
        client(alibaba::SignatureVersion::V3).createRestoreTask(rdsRestore(), this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY2(captured.reply.ok(), qPrintable(captured.reply.result.summary()));
        QVERIFY(m_server->received().size() >= 3);
        QSet<QByteArray> signatures;
        for (const Request &sent : m_server->received()) {
            QCOMPARE(parameter(sent, u"ClientToken"_s), u"ETnLKlblzczshOTUbOC0000000"_s);
            signatures.insert(sent.header("Authorization"));
        }
        // Each of our attempts is signed afresh (Qt itself may resend one attempt on a dropped
        // keep-alive connection, byte for byte).
        QVERIFY(signatures.size() >= 2);
    }

    void refusedRequestSendsNothing()
    {
        CreateRestoreTaskParameters parameters = rdsRestore();
        parameters.request.destinationInstanceId.clear();
        parameters.clientToken.clear();
        Captured<QString> captured;
        const alibaba::StartedCall started = client().createRestoreTask(parameters, this, captured.handler());
        QVERIFY(!started.wasSent());
        QVERIFY(!started.call);
        QStringList fields;
        for (const auto &error : started.rejected)
            fields.append(error.field);
        QCOMPARE(fields, (QStringList{u"DestinationEndpointInstanceID"_s, u"ClientToken"_s}));
        QVERIFY(m_server->received().isEmpty());
    }

    void failuresInASuccessfulStatusAreServiceErrors()
    {
        m_server->script({ScriptedHttpServer::json(
            200, R"({"Success": false, "ErrCode": "Param.NotFound", "ErrMessage": "The specified parameter BackupPlanId value is not valid.", "RequestId": "r9", "HttpStatusCode": 400})")});
        Captured<QString> captured;
        client().startRestoreTask(u"s102h0001"_s, {}, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::ServiceError);
        QCOMPARE(captured.reply.result.errorCode, u"Param.NotFound"_s);
        QCOMPARE(captured.reply.result.requestId, u"r9"_s);
        QVERIFY(!parameter(m_server->received().first(), u"ClientToken"_s).isEmpty()); // made for the call
    }

    void forbiddenIsMapped()
    {
        m_server->script({ScriptedHttpServer::json(
            403, R"({"Code": "Request.Forbidden", "Message": "Have no Permissions", "RequestId": "r403"})")});
        Captured<DbsPage<DbsRestoreTask>> captured;
        DbsRestoreTaskQuery query;
        query.backupPlanId = u"dbs1"_s;
        client().describeRestoreTaskList(query, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QCOMPARE(captured.reply.result.outcome, Outcome::ServiceError);
        QCOMPARE(captured.reply.result.errorCode, u"Request.Forbidden"_s);
        QCOMPARE(captured.reply.result.httpStatus, 403);
        QCOMPARE(m_server->received().size(), 1);
    }

    void restoreTaskListTakesPlanOrTasks()
    {
        m_server->script({ScriptedHttpServer::json(200, R"({"Success": true, "TotalElements": 0, "Items": {"RestoreTaskDetail": []}})")});
        DbsRestoreTaskQuery both;
        both.backupPlanId = u"dbs1"_s;
        both.restoreTaskIds = {u"t1"_s};
        QCOMPARE(client().describeRestoreTaskList(both, this, {}).rejected.first().field, u"RestoreTaskId"_s);
        QCOMPARE(client().describeRestoreTaskList({}, this, {}).rejected.first().field, u"BackupPlanId"_s);

        DbsRestoreTaskQuery tasks;
        tasks.restoreTaskIds = {u"t1"_s, u"t2"_s};
        tasks.startTime = QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc());
        Captured<DbsPage<DbsRestoreTask>> captured;
        client().describeRestoreTaskList(tasks, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(captured.reply.ok());
        QVERIFY(captured.reply.value->items.isEmpty());
        const Request &sent = m_server->received().first();
        QCOMPARE(parameter(sent, u"RestoreTaskId"_s), u"t1,t2"_s);
        QCOMPARE(parameter(sent, u"StartTimestamp"_s), u"1000"_s);
        QCOMPARE(parameter(sent, u"PageNum"_s), u"0"_s);
        QVERIFY(!parametersOf(sent).hasQueryItem(u"BackupPlanId"_s));
    }

    void restoreRangeInfoInMilliseconds()
    {
        m_server->script({ScriptedHttpServer::json(200, R"({"Success": true, "Items": {"DBSRecoverRange": []}})")});
        Captured<QList<DbsRestoreRange>> captured;
        const QDateTime begin = QDateTime::fromMSecsSinceEpoch(1676887128000, QTimeZone::utc());
        QVERIFY(!client().describeRestoreRangeInfo(u"dbs1"_s, begin, begin.addSecs(-1), false, this, {}).wasSent());
        client().describeRestoreRangeInfo(u"dbs1"_s, begin, begin.addDays(1), true, this, captured.handler());
        QTRY_COMPARE(captured.calls, 1);
        QVERIFY(captured.reply.ok());
        const Request &sent = m_server->received().first();
        QCOMPARE(parameter(sent, u"BeginTimestampForRestore"_s), u"1676887128000"_s);
        QCOMPARE(parameter(sent, u"EndTimestampForRestore"_s), u"1676973528000"_s);
        QCOMPARE(parameter(sent, u"RecentlyRestore"_s), u"true"_s);
    }
};

QTEST_GUILESS_MAIN(TestDbsClient)
#include "tst_dbsclient.moc"
