#include "app/signing/alibabarpcsigner.h"
#include "app/signing/percentencoding.h"
#include "app/transport/apicall.h"
#include "tests/support/simfixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;
using transport::Outcome;

// The gateway checks of the simulator's Alibaba RPC endpoint, over real HTTP with raw,
// hand-built requests: V1 (GET query and POST form) and V3.
class TestCloudSimAlibabaAuth : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;

    SimTestClient &client() { return m_fixture.client(); }

    static signing::QueryParameters describeRegions()
    {
        return {{u"Action"_s, u"DescribeRegions"_s}, {u"Version"_s, u"2014-08-15"_s}};
    }

    // A V1 request for `method` whose parameters are then changed by `tamper`.
    transport::ApiResult sendTampered(const QByteArray &method,
                                      const std::function<void(signing::QueryParameters &)> &tamper,
                                      const QString &nonce = {}, const QDateTime &now = {})
    {
        transport::PreparedRequest request = client().v1Request(method, describeRegions(), nonce, now);
        signing::QueryParameters parameters;
        const QByteArray encoded = method == "GET" ? request.url.query(QUrl::FullyEncoded).toLatin1() : request.body;
        for (const QByteArray &pair : encoded.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            parameters.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                               QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)))});
        }
        tamper(parameters);
        const QByteArray reencoded = signing::canonicalQueryString(parameters);
        if (method == "GET")
            request.url.setQuery(QString::fromLatin1(reencoded), QUrl::StrictMode);
        else
            request.body = reencoded;
        return client().send(method, request);
    }

    static void setParameter(signing::QueryParameters &parameters, const QString &name, const QString &value)
    {
        for (auto &pair : parameters)
            if (pair.first == name)
                pair.second = value;
    }

    static void removeParameter(signing::QueryParameters &parameters, const QString &name)
    {
        parameters.removeIf([&](const auto &pair) { return pair.first == name; });
    }

    static void expectError(const transport::ApiResult &result, int status, const QString &code)
    {
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.errorCode, code);
        QVERIFY(!result.requestId.isEmpty());
        const QJsonObject body = result.json.object();
        for (const QString &field : {u"Code"_s, u"Message"_s, u"RequestId"_s, u"HostId"_s, u"Recommend"_s})
            QVERIFY2(body.contains(field), qPrintable(field));
    }

private slots:
    void init() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }
    void cleanup() { m_fixture.stop(); }

    void acceptsEachSigningStyle_data()
    {
        QTest::addColumn<SimTestClient::Signing>("signing");
        QTest::newRow("V1 GET") << SimTestClient::Signing::V1Get;
        QTest::newRow("V1 POST form") << SimTestClient::Signing::V1PostForm;
        QTest::newRow("V3") << SimTestClient::Signing::V3Post;
    }
    void acceptsEachSigningStyle()
    {
        QFETCH(SimTestClient::Signing, signing);
        const auto result = client().rds(u"DescribeRegions"_s, {}, signing);
        QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        QVERIFY(!result.json.object().value(u"RequestId"_s).toString().isEmpty());
        QVERIFY(!result.json.object().value(u"Regions"_s).toObject().value(u"RDSRegion"_s).toArray().isEmpty());
    }

    void refusesAWrongSignature_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST form") << QByteArray("POST");
    }
    void refusesAWrongSignature()
    {
        QFETCH(QByteArray, method);
        const auto result = sendTampered(method, [](auto &parameters) {
            setParameter(parameters, u"Signature"_s, u"OLeaidS1JvxuMvnyHOwuJ+uX5qY="_s);
        });
        expectError(result, 400, u"SignatureDoesNotMatch"_s);
        // The message shows the server's string to sign, as Alibaba's does.
        QVERIFY(result.errorMessage.contains(QString::fromLatin1(method + "&%2F&")));
    }

    void refusesAParameterChangedAfterSigning()
    {
        const auto result = sendTampered("GET", [](auto &parameters) {
            parameters.append({u"AcceptLanguage"_s, u"zh-CN"_s});
        });
        expectError(result, 400, u"SignatureDoesNotMatch"_s);
    }

    // The documentation's own sample puts an unencoded '+' in the query, which decodes as a space.
    void aPlusInTheQueryIsASpace()
    {
        transport::PreparedRequest request = client().v1Request("GET", describeRegions());
        QString query = request.url.query(QUrl::FullyEncoded);
        QUrlQuery parsed(query);
        const QString signature = parsed.queryItemValue(u"Signature"_s, QUrl::FullyDecoded);
        if (!signature.contains(u'+'))
            QSKIP("this nonce gave a signature without '+'");
        query.replace(QString::fromLatin1(QUrl::toPercentEncoding(signature)), signature);
        request.url.setQuery(query, QUrl::TolerantMode);
        expectError(client().send("GET", request), 400, u"SignatureDoesNotMatch"_s);
    }

    void refusesAnUnknownAccessKey_data() { refusesAWrongSignature_data(); }
    void refusesAnUnknownAccessKey()
    {
        QFETCH(QByteArray, method);
        client().credentials.accessKeyId = u"no-such-key"_s;
        expectError(client().send(method, client().v1Request(method, describeRegions())), 404,
                    u"InvalidAccessKeyId.NotFound"_s);
    }

    void refusesAnExpiredTimestamp_data() { refusesAWrongSignature_data(); }
    void refusesAnExpiredTimestamp()
    {
        QFETCH(QByteArray, method);
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-16 * 60);
        expectError(client().send(method, client().v1Request(method, describeRegions(), {}, old)), 400,
                    u"InvalidTimeStamp.Expired"_s);
        const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(16 * 60);
        expectError(client().send(method, client().v1Request(method, describeRegions(), {}, future)), 400,
                    u"InvalidTimeStamp.Expired"_s);
        const QDateTime slightlyOff = QDateTime::currentDateTimeUtc().addSecs(-14 * 60);
        QVERIFY(client().send(method, client().v1Request(method, describeRegions(), {}, slightlyOff)).succeeded());
    }

    void refusesATimestampInAnotherFormat()
    {
        const auto result = sendTampered("GET", [](auto &parameters) {
            setParameter(parameters, u"Timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        });
        expectError(result, 400, u"InvalidTimeStamp.Format"_s);
    }

    void refusesAReusedNonce_data() { refusesAWrongSignature_data(); }
    void refusesAReusedNonce()
    {
        QFETCH(QByteArray, method);
        const QString nonce = SimTestClient::newNonce();
        QVERIFY(client().send(method, client().v1Request(method, describeRegions(), nonce)).succeeded());
        expectError(client().send(method, client().v1Request(method, describeRegions(), nonce)), 400,
                    u"SignatureNonceUsed"_s);
    }

    void aRejectedRequestDoesNotBurnItsNonce()
    {
        const QString nonce = SimTestClient::newNonce();
        const auto bad = sendTampered("GET", [](auto &parameters) {
            setParameter(parameters, u"Signature"_s, u"AAAA"_s);
        }, nonce);
        expectError(bad, 400, u"SignatureDoesNotMatch"_s);
        QVERIFY(client().send("GET", client().v1Request("GET", describeRegions(), nonce)).succeeded());
    }

    void refusesAMissingCommonParameter_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("parameter");
        for (const char *method : {"GET", "POST"}) {
            for (const QString &name : {u"Signature"_s, u"SignatureNonce"_s, u"Timestamp"_s, u"AccessKeyId"_s,
                                        u"SignatureMethod"_s})
                QTest::addRow("%s %s", method, qPrintable(name)) << QByteArray(method) << name;
        }
    }
    void refusesAMissingCommonParameter()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, parameter);
        const auto result = sendTampered(method, [&](auto &parameters) { removeParameter(parameters, parameter); });
        expectError(result, 400, u"MissingParameter"_s);
        QVERIFY(result.errorMessage.contains(parameter));
    }

    void refusesAMissingActionOrAnUnknownOne()
    {
        const auto missing = client().send("GET", client().v1Request("GET", {{u"Version"_s, u"2014-08-15"_s}}));
        expectError(missing, 400, u"MissingParameter"_s);
        QVERIFY(missing.errorMessage.contains(u"Action"_s));
        expectError(client().rds(u"DescribeEverything"_s), 404, u"InvalidAction.NotFound"_s);
        expectError(client().alibaba(u"2099-01-01"_s, u"DescribeRegions"_s, {}, SimTestClient::Signing::V1Get),
                    404, u"InvalidApi.NotFound"_s);
    }

    // RDS answers XML unless the request asks for JSON.
    void withoutFormatTheAnswerIsXml()
    {
        const auto result = sendTampered("GET", [](auto &parameters) { removeParameter(parameters, u"Format"_s); });
        // The signature no longer matches, and that error comes back as XML.
        QCOMPARE(result.httpStatus, 400);
        QVERIFY(result.body.startsWith("<?xml"));
        QVERIFY(result.body.contains("<Code>SignatureDoesNotMatch</Code>"));

        signing::QueryParameters parameters = describeRegions();
        parameters.append({u"Format"_s, u"XML"_s});
        transport::PreparedRequest request;
        const auto signedParameters = signing::AlibabaRpcSigner::signedParameters(
            "GET", parameters, client().credentials, QDateTime::currentDateTimeUtc(), SimTestClient::newNonce());
        signing::QueryParameters withoutJson;
        for (const auto &pair : signedParameters)
            if (!(pair.first == u"Format"_s && pair.second == u"JSON"_s))
                withoutJson.append(pair);
        // Sign again without the Format=JSON the signer adds.
        withoutJson.removeIf([](const auto &pair) { return pair.first == u"Signature"_s; });
        withoutJson.append({u"Signature"_s, signing::AlibabaRpcSigner::signature(
                                               "GET", withoutJson, client().credentials.accessKeySecret)});
        request.url = client().baseUrl();
        request.url.setPath(u"/"_s);
        request.url.setQuery(QString::fromLatin1(signing::canonicalQueryString(withoutJson)), QUrl::StrictMode);
        const auto xml = client().send("GET", request, false);
        QCOMPARE(xml.httpStatus, 200);
        QVERIFY(xml.body.startsWith("<?xml"));
        QVERIFY(xml.body.contains("<DescribeRegionsResponse>"));
        QVERIFY(xml.body.contains("<RDSRegion><"));
    }

    void v3RefusesAWrongSignature()
    {
        transport::PreparedRequest request = client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {});
        for (auto &[name, value] : request.headers)
            if (name == "Authorization")
                value.replace(value.size() - 4, 4, "0000");
        expectError(client().send("POST", request), 400, u"SignatureDoesNotMatch"_s);
    }

    void v3RefusesATamperedQuery()
    {
        transport::PreparedRequest request = client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s,
                                                                {{u"AcceptLanguage"_s, u"en-US"_s}});
        request.url.setQuery(u"AcceptLanguage=zh-CN"_s);
        expectError(client().send("POST", request), 400, u"SignatureDoesNotMatch"_s);
    }

    void v3RefusesABodyThatIsNotTheSignedOne()
    {
        transport::PreparedRequest request = client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {});
        request.body = "AcceptLanguage=zh-CN";
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        const auto result = client().send("POST", request);
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QVERIFY(result.errorCode == u"SignatureDoesNotMatch"_s || result.errorCode == u"IncompleteSignature"_s);
    }

    void v3RefusesAnUnknownKeyAnExpiredDateAndAReusedNonce()
    {
        client().credentials.accessKeyId = u"nobody"_s;
        expectError(client().send("POST", client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {})), 404,
                    u"InvalidAccessKeyId.NotFound"_s);
        client().credentials.accessKeyId = u"demo-access-key-id"_s;
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-20 * 60);
        expectError(client().send("POST", client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {}, {}, old)),
                    400, u"InvalidTimeStamp.Expired"_s);
        const QString nonce = SimTestClient::newNonce();
        QVERIFY(client().send("POST", client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {}, nonce)).succeeded());
        expectError(client().send("POST", client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {}, nonce)), 400,
                    u"SignatureNonceUsed"_s);
    }

    void v3RefusesAMissingHeaderAndAnUnsignedOne()
    {
        transport::PreparedRequest request = client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {});
        request.headers.removeIf([](const auto &header) { return header.first == "x-acs-signature-nonce"; });
        const auto missing = client().send("POST", request);
        expectError(missing, 400, u"MissingParameter"_s);
        QVERIFY(missing.errorMessage.contains(u"x-acs-signature-nonce"_s));

        transport::PreparedRequest extra = client().v3Request(u"2014-08-15"_s, u"DescribeRegions"_s, {});
        extra.headers.append({QByteArrayLiteral("x-acs-extra"), QByteArrayLiteral("not signed")});
        expectError(client().send("POST", extra), 400, u"IncompleteSignature"_s);
    }

    void dbsErrorsCarryTheDbsFieldsToo()
    {
        client().credentials.accessKeySecret = u"wrong"_s;
        const auto result = client().dbs(u"DescribeBackupPlanList"_s);
        expectError(result, 400, u"SignatureDoesNotMatch"_s);
        const QJsonObject body = result.json.object();
        QCOMPARE(body.value(u"Success"_s).toBool(true), false);
        QCOMPARE(body.value(u"ErrCode"_s).toString(), u"SignatureDoesNotMatch"_s);
        QCOMPARE(body.value(u"HttpStatusCode"_s).toInt(), 400);
        QCOMPARE(body.value(u"HostId"_s).toString(), u"dbs-api.cn-hangzhou.aliyuncs.com"_s);
    }

    void otherMethodsAreRefused()
    {
        transport::PreparedRequest request = client().v1Request("PUT", describeRegions());
        expectError(client().send("PUT", request), 400, u"UnsupportedHTTPMethod"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudSimAlibabaAuth)
#include "tst_cloudsim_alibabaauth.moc"
