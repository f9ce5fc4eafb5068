#include "app/signing/alibabaacs3signer.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::signing;

class TestAlibabaAcs3Signer : public QObject
{
    Q_OBJECT

private:
    // The "fixed parameter values" example of the V3 signature document.
    static AlibabaAcs3Signer::Request officialRequest()
    {
        AlibabaAcs3Signer::Request request;
        request.method = "POST";
        request.host = "ecs.cn-shanghai.aliyuncs.com";
        request.canonicalUri = "/";
        request.query = {{u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s},
                         {u"RegionId"_s, u"cn-shanghai"_s}};
        request.headers = {
            {"x-acs-action", "RunInstances"},
            {"x-acs-version", "2014-05-26"},
            {"x-acs-date", "2023-10-26T10:22:32Z"},
            {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
            {"x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        };
        return request;
    }

private slots:
    void officialVector()
    {
        const auto result = AlibabaAcs3Signer::sign(officialRequest(),
                                                    {u"YourAccessKeyId"_s, u"YourAccessKeySecret"_s, {}});
        QCOMPARE(result.canonicalRequest,
                 QByteArray("POST\n/\n"
                            "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                            "host:ecs.cn-shanghai.aliyuncs.com\n"
                            "x-acs-action:RunInstances\n"
                            "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                            "x-acs-date:2023-10-26T10:22:32Z\n"
                            "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                            "x-acs-version:2014-05-26\n"
                            "\n"
                            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(result.hashedCanonicalRequest,
                 QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
        QCOMPARE(result.signature,
                 QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
        QCOMPARE(result.authorization,
                 QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                            "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                            "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    void headerNameCaseAndOrderDoNotMatter()
    {
        auto request = officialRequest();
        std::reverse(request.headers.begin(), request.headers.end());
        for (auto &header : request.headers)
            header.first = header.first.toUpper();
        const auto result = AlibabaAcs3Signer::sign(request, {u"YourAccessKeyId"_s, u"YourAccessKeySecret"_s, {}});
        QCOMPARE(result.signature,
                 QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    void unrelatedHeadersAreNotSigned()
    {
        auto request = officialRequest();
        request.headers.emplaceBack("User-Agent", "rdsbm");
        request.headers.emplaceBack("Accept", "application/json");
        const auto result = AlibabaAcs3Signer::sign(request, {u"YourAccessKeyId"_s, u"YourAccessKeySecret"_s, {}});
        QVERIFY(!result.signedHeaders.contains("user-agent"));
        QCOMPARE(result.signature,
                 QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    void standardHeadersCarryTokenAndBodyHash()
    {
        const QDateTime now(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC);
        const auto headers = AlibabaAcs3Signer::standardHeaders(
            "DescribeBackups", "2014-08-15", QByteArray("DBInstanceId=rm-1"),
            {u"id"_s, u"secret"_s, u"token"_s}, now, u"nonce"_s);
        QVERIFY(headers.contains({"x-acs-date", "2023-10-26T10:22:32Z"}));
        QVERIFY(headers.contains({"x-acs-security-token", "token"}));
        const QByteArray bodyHash =
            QCryptographicHash::hash("DBInstanceId=rm-1", QCryptographicHash::Sha256).toHex();
        QVERIFY(headers.contains({"x-acs-content-sha256", bodyHash}));
        QCOMPARE(headers.size(), 6);
        const auto withoutToken = AlibabaAcs3Signer::standardHeaders(
            "DescribeBackups", "2014-08-15", {}, {u"id"_s, u"secret"_s, {}}, now, u"nonce"_s);
        QCOMPARE(withoutToken.size(), 5);
    }

    void bodyAndContentTypeAreSigned()
    {
        auto request = officialRequest();
        request.body = "TableMeta=%5B%5D";
        request.headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
        const auto result = AlibabaAcs3Signer::sign(request, {u"YourAccessKeyId"_s, u"YourAccessKeySecret"_s, {}});
        QVERIFY(result.signedHeaders.startsWith("content-type;host;"));
        QVERIFY(result.signature != "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }
};

QTEST_GUILESS_MAIN(TestAlibabaAcs3Signer)
#include "tst_alibabaacs3signer.moc"
