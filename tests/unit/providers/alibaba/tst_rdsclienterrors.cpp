#include "../../transport/scriptedhttpserver.h"

#include "app/errors/errorcatalog.h"
#include "app/providers/alibaba/clienttoken.h"
#include "app/providers/alibaba/rdsclient.h"
#include "app/transport/httptransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::alibaba;
using rdsbm::transport::ApiResult;
using rdsbm::transport::Outcome;
using rdsbm::transport::TypedReply;
using Server = ScriptedHttpServer;

// Every error code seeds 000, 001 and 003 document for their operation, answered the way the
// gateway answers it, comes out of the client as that ServiceError: code, HTTP status, message and
// request id verbatim, so the CLI and the GUI can look the code up in the error catalog.
class TestRdsClientErrors : public QObject
{
    Q_OBJECT

private:
    RdsClient client()
    {
        AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = u"cn-hangzhou"_s;
        account.endpoint = m_server->url();
        return RdsClient(*m_transport, AlibabaRequestFactory(account));
    }

    ApiResult send(const QString &operation)
    {
        auto result = std::make_shared<std::optional<ApiResult>>();
        const auto keep = [result](const auto &reply) { *result = reply.result; };
        const RdsClient rds = client();
        StartedCall started;
        if (operation == u"CreateBackup"_s) {
            CreateBackupParameters parameters;
            parameters.dbInstanceId = u"rm-1"_s;
            started = rds.createBackup(parameters, this, keep);
        } else if (operation == u"DescribeBackups"_s) {
            DescribeBackupsParameters parameters;
            parameters.dbInstanceId = u"rm-1"_s;
            started = rds.describeBackups(parameters, this, keep);
        } else {
            RestoreDdrTableParameters parameters;
            parameters.dbInstanceId = u"rm-1"_s;
            parameters.backupId = u"279563"_s;
            parameters.tableMeta.addDatabase(u"db1"_s, u"db1_new"_s);
            parameters.clientToken = ClientToken::generate();
            started = rds.restoreDdrTable(parameters, this, keep);
        }
        if (!started.wasSent())
            return {};
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 15000); }();
        return result->value_or(ApiResult{});
    }

    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;
    std::unique_ptr<Server> m_server;

private slots:
    void init()
    {
        m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
        m_transport->setBackoffPolicy({std::chrono::milliseconds(1), std::chrono::milliseconds(2)});
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    void everyDocumentedCodeComesBackVerbatim_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        int rows = 0;
        for (const auto &entry : rdsbm::errors::ErrorCatalog::builtIn().entries()) {
            if (entry.provider != u"alibaba"_s)
                continue;
            for (const QString &operation : entry.operations) {
                if (operation != u"CreateBackup"_s && operation != u"DescribeBackups"_s
                    && operation != u"RestoreDdrTable"_s)
                    continue;
                QTest::addRow("%s %s", qPrintable(operation), qPrintable(entry.code))
                    << operation << entry.code << entry.httpStatus << entry.message;
                ++rows;
            }
        }
        QVERIFY(rows > 200);
    }

    void everyDocumentedCodeComesBackVerbatim()
    {
        QFETCH(QString, operation);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QByteArray body = QJsonDocument(QJsonObject{{u"RequestId"_s, u"REQ-"_s + code},
                                                          {u"HostId"_s, u"rds.aliyuncs.com"_s},
                                                          {u"Code"_s, code},
                                                          {u"Message"_s, message},
                                                          {u"Recommend"_s, u"https://api.alibabacloud.com/troubleshoot"_s}})
                                    .toJson(QJsonDocument::Compact);
        m_server->script({Server::json(status, body)});
        const ApiResult result = send(operation);
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.errorMessage, message);
        QCOMPARE(result.requestId, u"REQ-"_s + code);
        // A create is never resent; reads and ClientToken writes only on server-side failures.
        if (operation == u"CreateBackup"_s || status < 500)
            QCOMPARE(m_server->received().size(), 1);
        QVERIFY(!rdsbm::errors::ErrorCatalog::builtIn()
                     .displayText(u"alibaba"_s, code, u"en"_s, result.errorMessage, operation)
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRdsClientErrors)
#include "tst_rdsclienterrors.moc"
