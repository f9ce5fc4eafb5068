#include "app/cloudsim/alibabareply.h"
#include "app/cloudsim/faultinjector.h"
#include "app/cloudsim/jsonwriter.h"
#include "app/cloudsim/tablemeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::cloudsim;

// The simulator's small pieces on their own, without HTTP.
class TestCloudSimPieces : public QObject
{
    Q_OBJECT

private slots:
    void jsonWriterWritesValidEscapedJson()
    {
        JsonWriter out;
        out.beginObject()
            .member("Text"_L1, u"quote \" backslash \\ newline \n tab \t bell \a 中"_s)
            .member("Number"_L1, qint64(-12345678901234))
            .member("Flag"_L1, true);
        out.key("List"_L1).beginArray().beginObject().member("A"_L1, 1).endObject().beginObject().endObject().endArray();
        out.endObject();
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(out.text(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed[u"Text"_s].toString(), u"quote \" backslash \\ newline \n tab \t bell \a 中"_s);
        QCOMPARE(parsed[u"Number"_s].toInteger(), qint64(-12345678901234));
        QCOMPARE(parsed[u"Flag"_s].toBool(), true);
        QCOMPARE(parsed[u"List"_s].toArray().size(), 2);
    }

    void replyFromJsonTextAddsTheRequestIdOrRendersXml()
    {
        AlibabaReplyContext context;
        context.requestId = u"REQ-1"_s;
        context.action = u"DescribeBackups"_s;
        const SimResponse json = AlibabaReply::successFromJson(context, R"({"Items":{"Backup":[{"BackupId":"1"},{"BackupId":"2"}]}})");
        const QJsonObject body = QJsonDocument::fromJson(json.body).object();
        QCOMPARE(body[u"RequestId"_s].toString(), u"REQ-1"_s);
        QCOMPARE(body[u"Items"_s][u"Backup"_s].toArray().size(), 2);
        QCOMPARE(QJsonDocument::fromJson(AlibabaReply::successFromJson(context, "{}").body).object()[u"RequestId"_s].toString(),
                 u"REQ-1"_s);

        context.xml = true;
        const SimResponse xml = AlibabaReply::successFromJson(context, R"({"Items":{"Backup":[{"BackupId":"1"},{"BackupId":"2"}]}})");
        QVERIFY(xml.body.startsWith("<?xml"));
        QVERIFY(xml.body.contains("<DescribeBackupsResponse>"));
        QCOMPARE(xml.body.count("<Backup><BackupId>"), 2);
        QVERIFY(xml.body.contains("<RequestId>REQ-1</RequestId>"));
    }

    void errorsHaveTheDocumentedStatusAndShape()
    {
        AlibabaReplyContext context;
        context.requestId = u"REQ-2"_s;
        const SimResponse notFound = AlibabaReply::error(context, u"InvalidAccessKeyId.NotFound"_s);
        QCOMPARE(notFound.status, 404);
        const SimResponse state = AlibabaReply::error(context, u"IncorrectDBInstanceState"_s);
        QCOMPARE(state.status, 403);
        const SimResponse missing = AlibabaReply::error(context, u"MissingParameter"_s, {u"DBInstanceId"_s});
        const QJsonObject body = QJsonDocument::fromJson(missing.body).object();
        QCOMPARE(body[u"Code"_s].toString(), u"MissingParameter"_s);
        QVERIFY(body[u"Message"_s].toString().contains(u"\"DBInstanceId\""_s));
        QCOMPARE(body[u"RequestId"_s].toString(), u"REQ-2"_s);
        QVERIFY(body[u"Recommend"_s].toString().contains(u"MissingParameter"_s));
        QVERIFY(!body[u"HostId"_s].toString().isEmpty());
    }

    void tableMetaParsesTheSeedsExample()
    {
        const auto parsed = TableMeta::parse(
            uR"([{"type":"db","name":"testdb1","newname":"testdb1","tables":[{"type":"table","name":"test1","newname":"test1_backup"},{"type":"table","name":"test2","newname":"test2_backup"}]}])"_s);
        QCOMPARE(parsed.errorCode, QString());
        QCOMPARE(parsed.databases.size(), 1);
        QCOMPARE(parsed.databases.first().tables.size(), 2);
        QCOMPARE(parsed.databases.first().tables.last().newName, u"test2_backup"_s);
        QCOMPARE(TableMeta::parse(u"[{\"type\":\"db\",\"name\":\"a\",\"newname\":\"b\",\"tables\":[{\"name\":\"t\",\"newname\":\"x\"},{\"name\":\"u\",\"newname\":\"x\"}]}]"_s).errorCode,
                 u"InvalidParamTableMeta.Duplicate"_s);
    }

    void faultDrawsAreReproducible()
    {
        FaultInjector first(11, 0.3);
        FaultInjector second(11, 0.3);
        FaultInjector other(12, 0.3);
        bool differs = false;
        int faults = 0;
        for (int i = 0; i < 500; ++i) {
            const FaultKind a = first.decide(RequestFamily::AlibabaApi);
            QCOMPARE(second.decide(RequestFamily::AlibabaApi), a);
            differs = differs || other.decide(RequestFamily::AlibabaApi) != a;
            faults += a != FaultKind::None;
        }
        QVERIFY(differs);
        QVERIFY(faults > 100 && faults < 200);
        FaultInjector none(11, 0.0);
        QCOMPARE(none.decide(RequestFamily::AlibabaApi), FaultKind::None);
        QCOMPARE(first.decide(RequestFamily::Diagnostic), FaultKind::None);
    }
};

QTEST_GUILESS_MAIN(TestCloudSimPieces)
#include "tst_cloudsim_pieces.moc"
