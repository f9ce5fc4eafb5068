#include "app/transport/backoffpolicy.h"
#include "app/transport/redaction.h"
#include "app/transport/serviceerrorparser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::transport;
using std::chrono::milliseconds;

class TestTransportPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsAndIsCapped()
    {
        const BackoffPolicy policy{milliseconds(100), milliseconds(1000)};
        QCOMPARE(policy.delayBeforeRetry(1, std::nullopt, 0.0), milliseconds(50));
        QCOMPARE(policy.delayBeforeRetry(1, std::nullopt, 1.0), milliseconds(100));
        QCOMPARE(policy.delayBeforeRetry(2, std::nullopt, 1.0), milliseconds(200));
        QCOMPARE(policy.delayBeforeRetry(3, std::nullopt, 0.5), milliseconds(300));
        QCOMPARE(policy.delayBeforeRetry(10, std::nullopt, 1.0), milliseconds(1000));
        QCOMPARE(policy.delayBeforeRetry(60, std::nullopt, 1.0), milliseconds(1000));
    }

    void serverHintWinsButIsCapped()
    {
        const BackoffPolicy policy{milliseconds(100), milliseconds(1000)};
        QCOMPARE(policy.delayBeforeRetry(1, milliseconds(700), 0.0), milliseconds(700));
        QCOMPARE(policy.delayBeforeRetry(1, milliseconds(90000), 0.0), milliseconds(1000));
        QCOMPARE(policy.delayBeforeRetry(4, milliseconds(10), 1.0), milliseconds(800));
    }

    void retryAfterHeaders()
    {
        ApiResult result;
        QVERIFY(!retryAfterHint(result));
        result.responseHeaders = {{"x-acs-retry-after", "1500"}};
        QCOMPARE(*retryAfterHint(result), milliseconds(1500));
        result.responseHeaders = {{"Retry-After", "3"}};
        QCOMPARE(*retryAfterHint(result), milliseconds(3000));
        result.responseHeaders = {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}};
        QVERIFY(!retryAfterHint(result));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("successStatus");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("alibaba") << QByteArray(R"({"Code":"BackupJobExists","Message":"m","RequestId":"r1"})") << false << u"BackupJobExists"_s << u"r1"_s;
        QTest::newRow("huawei") << QByteArray(R"({"error_code":"DBS.200001","error_msg":"Parameter error."})") << false << u"DBS.200001"_s << QString();
        QTest::newRow("gateway") << QByteArray(R"({"error_code":"APIGW.0301","error_msg":"x","request_id":"g1"})") << false << u"APIGW.0301"_s << u"g1"_s;
        QTest::newRow("keystone") << QByteArray(R"({"error":{"code":401,"message":"The request you have made requires authentication."}})") << false << u"401"_s << QString();
        QTest::newRow("dbs in 200") << QByteArray(R"({"Success":false,"ErrCode":"Param.NotFound","ErrMessage":"m","RequestId":"d"})") << true << u"Param.NotFound"_s << u"d"_s;
        QTest::newRow("dbs success") << QByteArray(R"({"Success":true,"RequestId":"d"})") << true << QString() << QString();
        QTest::newRow("plain success") << QByteArray(R"({"Code":"x"})") << true << QString() << QString();
        QTest::newRow("array") << QByteArray(R"([1,2])") << false << QString() << QString();
        QTest::newRow("no code") << QByteArray(R"({"Message":"only a message"})") << false << QString() << QString();
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, successStatus);
        QFETCH(QString, code);
        QFETCH(QString, requestId);
        const auto parsed = parseServiceError(QJsonDocument::fromJson(body), successStatus);
        QCOMPARE(parsed.has_value(), !code.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->code, code);
            QCOMPARE(parsed->requestId, requestId);
        }
    }

    void redactsEverySecretForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("query") << u"GET /?AccessKeyId=id&Signature=OLeaidS1Jvx%2BuMv&Timestamp=1"_s << u"OLeaidS1Jvx"_s;
        QTest::newRow("form token") << u"Action=X&SecurityToken=CAIS.tok-en&Format=JSON"_s << u"CAIS.tok-en"_s;
        QTest::newRow("header") << u"Authorization: ACS3-HMAC-SHA256 Credential=id,Signature=abcdef0123"_s << u"abcdef0123"_s;
        QTest::newRow("huawei header") << u"authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=x, Signature=deadbeef99"_s << u"deadbeef99"_s;
        QTest::newRow("json") << u"{\"AccessKeySecret\": \"my-very-secret\", \"name\": \"a\"}"_s << u"my-very-secret"_s;
        QTest::newRow("sts header") << u"x-acs-security-token: STS.token.value"_s << u"STS.token.value"_s;
        QTest::newRow("huawei token") << u"X-Security-Token: hwtoken=="_s << u"hwtoken"_s;
        QTest::newRow("canonical echo") << u"canonicalRequest:GET|/v3/|x-security-token:abc123|"_s << u"abc123"_s;
        QTest::newRow("password") << u"DestinationEndpointPassword=Pa55word!&Name=x"_s << u"Pa55word!"_s;
        QTest::newRow("presigned") << u"http://oss/x?OSSAccessKeyId=LTAIxx&Expires=1700000000&Signature=sig%2B"_s << u"sig%2B"_s;
        QTest::newRow("echoed string to sign")
            << u"server string to sign is:GET&%2F&AccessKeyId%3Did%26SecurityToken%3DCAIS%252Btok%26Timestamp%3D1"_s
            << u"CAIS%252Btok"_s;
    }

    void redactsEverySecretForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString redacted = redactSecrets(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(u"[redacted]"_s));
    }

    void redactionKeepsOrdinaryText()
    {
        const QString text = u"DescribeBackups rm-bp1 -> ServiceError status=400 code=InvalidParameter"_s;
        QCOMPARE(redactSecrets(text), text);
    }

    void urlsAreLoggedWithoutQuery()
    {
        QCOMPARE(urlForLog(QUrl(u"https://user:pw@rds.aliyuncs.com/?Signature=abc&AccessKeyId=x#f"_s)),
                 u"https://rds.aliyuncs.com/"_s);
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
