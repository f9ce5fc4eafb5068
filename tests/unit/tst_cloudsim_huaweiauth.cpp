#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/huaweiauthenticator.h"
#include "tests/support/huaweisimsigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;

namespace {

const QDateTime serverTime = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
const QString project = u"0123456789abcdef0123456789abcdef"_s;
const QString instancesPath = u"/v3/"_s + project + u"/instances"_s;

QJsonObject jsonOf(const SimResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray headerOf(const SimResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

// The API gateway's side of SDK-HMAC-SHA256: what gets a request in, and the 401 APIGW.0301
// everything else gets.
class TestCloudsimHuaweiAuth : public QObject
{
    Q_OBJECT

private:
    SimulatorConfig m_config;
    BackupFileStore m_files{m_config.seed, m_config.downloadLinkLifetimeSeconds};
    HuaweiApi m_api{m_config, m_files, [] { return serverTime; }, [] { return serverTime; }};
    testsupport::HuaweiSimSigner m_signer;

    void verifyRejected(const SimRequest &request, const QString &reasonFragment)
    {
        const SimResponse response = m_api.handle(request);
        QCOMPARE(response.status, 401);
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body.value(u"error_code"_s).toString(), u"APIGW.0301"_s);
        const QString message = body.value(u"error_msg"_s).toString();
        QVERIFY2(message.startsWith(u"Incorrect IAM authentication information: "_s), qPrintable(message));
        QVERIFY2(message.contains(reasonFragment), qPrintable(message));
        QVERIFY(!body.value(u"request_id"_s).toString().isEmpty());
        QCOMPARE(headerOf(response, "X-Request-Id").size(), 32);
    }

private slots:
    void init()
    {
        m_signer = {};
        m_signer.signedAt = serverTime;
        m_signer.projectHeader = project;
    }

    void aCorrectSignatureIsAccepted()
    {
        const SimResponse response = m_api.handle(m_signer.request("GET", instancesPath, {{u"limit"_s, u"10"_s}}));
        QCOMPARE(response.status, 200);
        QVERIFY(jsonOf(response).contains(u"instances"_s));
    }

    void aWrongSecretKeyIsRejected()
    {
        m_signer.credentials.secretKey = u"not-the-demo-sk"_s;
        // The gateway echoes its canonical request with '|' for newlines, to help debugging.
        verifyRejected(m_signer.request("GET", instancesPath, {{u"limit"_s, u"10"_s}}),
                       u"verify aksk signature fail, canonicalRequest:GET|/v3/"_s + project + u"/instances/|limit=10|"_s);
    }

    void anUnknownAccessKeyIsRejected()
    {
        m_signer.credentials.accessKey = u"someone-else"_s;
        verifyRejected(m_signer.request("GET", instancesPath), u"access key does not exist"_s);
    }

    void aStaleOrFutureSdkDateIsRejected_data()
    {
        QTest::addColumn<int>("skewSeconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("14 min old") << -14 * 60 << true;
        QTest::newRow("15 min old") << -15 * 60 << true;
        QTest::newRow("15 min 1 s old") << -15 * 60 - 1 << false;
        QTest::newRow("an hour old") << -3600 << false;
        QTest::newRow("16 min ahead") << 16 * 60 << false;
    }

    void aStaleOrFutureSdkDateIsRejected()
    {
        QFETCH(int, skewSeconds);
        QFETCH(bool, accepted);
        m_signer.signedAt = serverTime.addSecs(skewSeconds);
        const SimRequest request = m_signer.request("GET", instancesPath);
        if (accepted)
            QCOMPARE(m_api.handle(request).status, 200);
        else
            verifyRejected(request, u"signature expired"_s);
    }

    void signaturesAreCheckedAgainstTheWallClockNotTheSimulatorClock()
    {
        // Tests push the simulator's clock forward to move jobs; that must not expire signatures.
        HuaweiApi api(m_config, m_files, [] { return serverTime.addDays(3); }, [] { return serverTime; });
        QCOMPARE(api.handle(m_signer.request("GET", instancesPath)).status, 200);
    }

    void aMissingOrMalformedAuthorizationIsRejected()
    {
        SimRequest request = m_signer.request("GET", instancesPath);
        request.headers.removeIf([](const auto &header) { return header.first == "Authorization"; });
        verifyRejected(request, u"no Authorization header"_s);
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=x")});
        verifyRejected(request, u"not of the form"_s);
    }

    void aChangedQueryOrBodyIsRejected()
    {
        SimRequest query = m_signer.request("GET", instancesPath, {{u"limit"_s, u"10"_s}});
        query.rawQuery = "limit=11";
        verifyRejected(query, u"canonicalRequest"_s);

        const QByteArray body = R"({"source":{"instance_id":"a"},"target":{"instance_id":"a"}})";
        SimRequest post = m_signer.request("POST", u"/v3/"_s + project + u"/instances/recovery"_s, {}, body);
        post.body.replace("\"a\"}}", "\"b\"}}");
        verifyRejected(post, u"canonicalRequest"_s);
    }

    // The classic trap: an unencoded '+' reaches the gateway as a space.
    void anUnencodedPlusInTheQueryBreaksTheSignature()
    {
        const signing::QueryParameters query = {{u"instance_id"_s, u"abc"_s},
                                                {u"begin_time"_s, u"2026-11-01T00:00:00+0800"_s},
                                                {u"end_time"_s, u"2026-11-02T00:00:00+0800"_s}};
        SimRequest request = m_signer.request("GET", u"/v3/"_s + project + u"/backups"_s, query);
        QVERIFY(request.rawQuery.contains("%2B0800"));
        request.rawQuery.replace("%2B", "+");
        verifyRejected(request, u"begin_time=2026-11-01T00%3A00%3A00%200800"_s);
    }

    void everySignedHeaderMustBeSent()
    {
        SimRequest request = m_signer.request("GET", instancesPath);
        request.headers.removeIf([](const auto &header) { return header.first == "Host"; });
        verifyRejected(request, u"signed header host is missing"_s);
    }

    void xSdkDateMustBeSigned()
    {
        SimRequest request = m_signer.request("GET", instancesPath);
        for (auto &[name, value] : request.headers)
            if (name == "Authorization")
                value.replace("x-sdk-date", "x-other");
        verifyRejected(request, u"x-sdk-date must be signed"_s);
    }

    // The Go SDK signs only x-sdk-date (plus user-agent and x-project-id): the gateway takes
    // whatever list the client names.
    void anySetOfSignedHeadersIncludingTheDateWorks()
    {
        signing::HuaweiSigner::Request signable;
        signable.method = "GET";
        signable.path = instancesPath;
        signable.headers = {{"X-Sdk-Date", signing::HuaweiSigner::formatSdkDate(serverTime)}};
        SimRequest request;
        request.method = "GET";
        request.path = instancesPath;
        request.headers = {{"X-Sdk-Date", signable.headers.first().second},
                           {"User-Agent", "not signed"},
                           {"Authorization",
                            signing::HuaweiSigner::sign(signable, {u"demo-ak"_s, u"demo-sk"_s, {}}).authorization}};
        QCOMPARE(m_api.handle(request).status, 200);
    }

    void theProjectHeaderMustMatchThePath()
    {
        m_signer.projectHeader = u"ffffffffffffffffffffffffffffffff"_s;
        verifyRejected(m_signer.request("GET", instancesPath), u"X-Project-Id"_s);
        // Without the header the path alone decides (the SDKs' IAM lookup sends none).
        m_signer.projectHeader.clear();
        QCOMPARE(m_api.handle(m_signer.request("GET", instancesPath)).status, 200);
    }

    void anUnknownApiIsNotFoundBeforeAuthentication()
    {
        SimRequest request;
        request.method = "GET";
        request.path = u"/v3/"_s + project + u"/no-such-thing"_s;
        const SimResponse response = m_api.handle(request);
        QCOMPARE(response.status, 404);
        QCOMPARE(jsonOf(response).value(u"error_code"_s).toString(), u"APIGW.0101"_s);
        request.method = "DELETE";
        request.path = instancesPath;
        QCOMPARE(m_api.handle(request).status, 404);
    }

    void queriesDecodeAsTheGatewayDecodesThem()
    {
        const auto decoded = HuaweiAuthenticator::decodeQuery("a=1&b=x+y&c=%2B%3A&flag&&d=");
        const signing::QueryParameters expected = {
            {u"a"_s, u"1"_s}, {u"b"_s, u"x y"_s}, {u"c"_s, u"+:"_s}, {u"flag"_s, QString()}, {u"d"_s, QString()}};
        QCOMPARE(decoded, expected);
    }
};

QTEST_GUILESS_MAIN(TestCloudsimHuaweiAuth)
#include "tst_cloudsim_huaweiauth.moc"
