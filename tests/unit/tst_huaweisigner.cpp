#include "app/signing/huaweisigner.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::signing;

namespace {

const HuaweiCredentials rdsExampleKey{u"HPUAEXAMPLEAK0000001"_s,
                                      u"ExampleSecretKey0000000000000000000000001"_s, {}};
const QByteArray rdsProject = "0a1b2c3d4e5f67890a1b2c3d4e5f6789";

HeaderList rdsHeaders()
{
    return {{"Content-Type", "application/json"},
            {"Host", "rds.cn-north-4.myhuaweicloud.com"},
            {"X-Project-Id", rdsProject},
            {"X-Sdk-Date", "20240115T083000Z"}};
}

QByteArray signatureOf(const QByteArray &authorization)
{
    return authorization.mid(authorization.indexOf("Signature=") + 10);
}

} // namespace

class TestHuaweiSigner : public QObject
{
    Q_OBJECT

private slots:
    // TV-1: the official worked example of the API signing guide.
    void officialExample()
    {
        HuaweiSigner::Request request;
        request.method = "GET";
        request.path = u"/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"_s;
        request.query = {{u"limit"_s, u"2"_s}, {u"marker"_s, u"13551d6b-755d-4757-b956-536f674975c0"_s}};
        request.headers = {{"Content-Type", "application/json"},
                           {"Host", "service.region.example.com"},
                           {"X-Sdk-Date", "20191115T033655Z"}};
        const auto result = HuaweiSigner::sign(
            request, {u"QTWAOYTTINDUT2QVKYUC"_s, u"MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"_s, {}});
        QCOMPARE(result.canonicalRequest,
                 QByteArray("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                            "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                            "content-type:application/json\nhost:service.region.example.com\n"
                            "x-sdk-date:20191115T033655Z\n\ncontent-type;host;x-sdk-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(result.stringToSign.endsWith(
            "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        QCOMPARE(result.authorization,
                 QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;"
                            "x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    // TV-2, TV-3: the Go SDK's unit tests (only x-sdk-date signed; TV-3 hashes a trailing newline).
    void goSdkVectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("queryName");
        QTest::addColumn<QString>("queryValue");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TV-2 GET") << QByteArray("GET") << u"limit"_s << u"1"_s << QByteArray()
                                  << QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
        QTest::newRow("TV-3 POST") << QByteArray("POST") << u"key"_s << u"value"_s
                                   << QByteArray("{\"Name\":\"test\",\"Id\":1}\n")
                                   << QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
        QTest::newRow("TV-3 without newline") << QByteArray("POST") << u"key"_s << u"value"_s
                                              << QByteArray("{\"Name\":\"test\",\"Id\":1}")
                                              << QByteArray("83599e5230b5b31fb58837c5760b4c2d407542df1f9493834ead538696e17a35");
    }

    void goSdkVectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, queryName);
        QFETCH(QString, queryValue);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        HuaweiSigner::Request request{method, u"/path"_s, {{queryName, queryValue}},
                                      {{"X-Sdk-Date", "20060102T150405Z"}}, body};
        const auto result = HuaweiSigner::sign(request, {u"AccessKey"_s, u"SecretKey"_s, {}});
        QCOMPARE(signatureOf(result.authorization), signature);
    }

    // TV-4 .. TV-8: RDS-shaped requests signed by the official Node signer.
    void rdsVectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QueryParameters>("query");
        QTest::addColumn<QByteArray>("securityToken");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        const QString base = u"/v3/"_s + QString::fromLatin1(rdsProject);
        QTest::newRow("TV-4 list backups")
            << QByteArray("GET") << base + u"/backups"_s
            << QueryParameters{{u"instance_id"_s, u"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01"_s},
                               {u"offset"_s, u"0"_s}, {u"limit"_s, u"100"_s}}
            << QByteArray() << QByteArray()
            << QByteArray("8a156c6075de21395dc4a366a5eac7419149df1db4d5608330589112925e1756");
        QTest::newRow("TV-5 restore PITR")
            << QByteArray("POST") << base + u"/instances/recovery"_s << QueryParameters{} << QByteArray()
            << QByteArray("{\"source\":{\"instance_id\":\"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01\",\"type\":"
                          "\"timestamp\",\"restore_time\":1705300000000},\"target\":{\"instance_id\":"
                          "\"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01\"}}")
            << QByteArray("6b8924caebdc849a61316fa4c6f9b608ae20fd0504270a8e5f29e8cf80a7af90");
        QTest::newRow("TV-6 delete backup")
            << QByteArray("DELETE") << base + u"/backups/0123456789abcdef0123456789abcdefbr01"_s
            << QueryParameters{} << QByteArray() << QByteArray()
            << QByteArray("17ccf4312ad0446c8bd467ac4211fffeed295a4379be8bd5c86be094838bee50");
        QTest::newRow("TV-7 security token")
            << QByteArray("GET") << base + u"/instances"_s
            << QueryParameters{{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}, {u"datastore_type"_s, u"MySQL"_s}}
            << QByteArray("ExampleSecurityToken==") << QByteArray()
            << QByteArray("378c38ec590266a8bbaea517774eaf0a5c32cc3838eb86e34a36b79e67aeb4ef");
        QTest::newRow("TV-8 query encoding")
            << QByteArray("GET") << base + u"/backups"_s
            << QueryParameters{{u"instance_id"_s, u"abc"_s},
                               {u"begin_time"_s, u"2024-01-01T00:00:00+0800"_s},
                               {u"end_time"_s, u"2024-01-15T00:00:00+0800"_s}}
            << QByteArray() << QByteArray()
            << QByteArray("2dd234f5c346148d97456a835e47bd3ceaccaea85f992ef5e70f032c0734a834");
    }

    void rdsVectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QueryParameters, query);
        QFETCH(QByteArray, securityToken);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        HeaderList headers = rdsHeaders();
        if (!securityToken.isEmpty())
            headers.emplaceBack("X-Security-Token", securityToken);
        const auto result = HuaweiSigner::sign({method, path, query, headers, body}, rdsExampleKey);
        QCOMPARE(signatureOf(result.authorization), signature);
        QVERIFY(result.authorization.startsWith("SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders="));
    }

    void canonicalUri()
    {
        QCOMPARE(HuaweiSigner::canonicalUri(u"/v3/abc/backups"_s), QByteArray("/v3/abc/backups/"));
        QCOMPARE(HuaweiSigner::canonicalUri(u"/v3/abc/"_s), QByteArray("/v3/abc/"));
        QCOMPARE(HuaweiSigner::canonicalUri(u"/"_s), QByteArray("/"));
        QCOMPARE(HuaweiSigner::canonicalUri(u"/a b/中"_s), QByteArray("/a%20b/%E4%B8%AD/"));
    }

    void sdkDateFormat()
    {
        QCOMPARE(HuaweiSigner::formatSdkDate(QDateTime(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC)),
                 QByteArray("20240115T083000Z"));
    }
};

QTEST_GUILESS_MAIN(TestHuaweiSigner)
#include "tst_huaweisigner.moc"
