#include "app/providers/alibaba/alibabaendpoints.h"
#include "app/providers/alibaba/alibabarpcrequest.h"
#include "app/signing/alibabaacs3signer.h"
#include "app/signing/alibabarpcsigner.h"
#include "app/signing/percentencoding.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::alibaba;
using rdsbm::signing::QueryParameters;

class TestAlibabaRequestFactory : public QObject
{
    Q_OBJECT

private:
    static const QDateTime &fixedTime()
    {
        static const QDateTime time(QDate(2026, 11, 20), QTime(8, 0, 5), QTimeZone::utc());
        return time;
    }

    static AlibabaAccount account(SignatureVersion version = SignatureVersion::V1)
    {
        AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = u"cn-hangzhou"_s;
        account.signatureVersion = version;
        return account;
    }

    static AlibabaRpcCall describeBackups(QByteArray method = "GET")
    {
        AlibabaRpcCall call;
        call.action = u"DescribeBackups"_s;
        call.version = AlibabaRequestFactory::rdsVersion();
        call.parameters = {{u"DBInstanceId"_s, u"rm-uf6wjk5xxxx"_s},
                           {u"StartTime"_s, u"2026-11-01T00:00Z"_s},
                           {u"Note"_s, u"a b*c~d+e/f:中"_s}};
        call.method = std::move(method);
        return call;
    }

    // Decodes name=value pairs exactly as a server would (percent-decoding only, '+' kept).
    static QueryParameters decode(const QByteArray &encoded)
    {
        QueryParameters pairs;
        for (const QByteArray &pair : encoded.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            pairs.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                          QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)))});
        }
        return pairs;
    }

    static QString take(QueryParameters &pairs, const QString &name)
    {
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            if (pairs[i].first == name) {
                const QString value = pairs[i].second;
                pairs.removeAt(i);
                return value;
            }
        }
        return {};
    }

    static QString valueOf(const QueryParameters &pairs, const QString &name)
    {
        for (const auto &[key, value] : pairs)
            if (key == name)
                return value;
        return {};
    }

    static QByteArray header(const rdsbm::transport::PreparedRequest &prepared, const QByteArray &name)
    {
        for (const auto &[key, value] : prepared.headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }

private slots:
    void rdsEndpointsFollowTheReferenceTable_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("host");
        QTest::newRow("hangzhou, central") << u"cn-hangzhou"_s << u"rds.aliyuncs.com"_s;
        QTest::newRow("hong kong, central") << u"cn-hongkong"_s << u"rds.aliyuncs.com"_s;
        QTest::newRow("us-east-1, central") << u"us-east-1"_s << u"rds.aliyuncs.com"_s;
        QTest::newRow("no region") << QString() << u"rds.aliyuncs.com"_s;
        QTest::newRow("zhangjiakou, regional") << u"cn-zhangjiakou"_s << u"rds.cn-zhangjiakou.aliyuncs.com"_s;
        QTest::newRow("frankfurt, regional") << u"eu-central-1"_s << u"rds.eu-central-1.aliyuncs.com"_s;
        QTest::newRow("hangzhou finance") << u"cn-hangzhou-finance"_s << u"rds-vpc.cn-hangzhou-finance.aliyuncs.com"_s;
    }

    void rdsEndpointsFollowTheReferenceTable()
    {
        QFETCH(QString, region);
        QFETCH(QString, host);
        QCOMPARE(AlibabaEndpoints::rdsHost(region), host);
        QCOMPARE(AlibabaEndpoints::baseUrl(AlibabaProduct::Rds, region), QUrl(u"https://"_s + host + u"/"_s));
    }

    void dbsEndpointsFollowTheReferenceTable_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("host");
        QTest::newRow("shanghai -> hangzhou") << u"cn-shanghai"_s << u"dbs-api.cn-hangzhou.aliyuncs.com"_s;
        QTest::newRow("us-west-1 -> hangzhou") << u"us-west-1"_s << u"dbs-api.cn-hangzhou.aliyuncs.com"_s;
        QTest::newRow("zhangjiakou (SDK map)") << u"cn-zhangjiakou"_s << u"dbs-api.cn-hangzhou.aliyuncs.com"_s;
        QTest::newRow("singapore, regional") << u"ap-southeast-1"_s << u"dbs-api.ap-southeast-1.aliyuncs.com"_s;
        QTest::newRow("chengdu, regional") << u"cn-chengdu"_s << u"dbs-api.cn-chengdu.aliyuncs.com"_s;
    }

    void dbsEndpointsFollowTheReferenceTable()
    {
        QFETCH(QString, region);
        QFETCH(QString, host);
        QCOMPARE(AlibabaEndpoints::dbsHost(region), host);
        QVERIFY(!host.startsWith(u"dbs."_s));
    }

    void endpointOverrideReplacesSchemeHostAndPortForEveryProduct()
    {
        const QUrl override(u"http://127.0.0.1:18080/ignored/path?x=1"_s);
        for (const AlibabaProduct product : {AlibabaProduct::Rds, AlibabaProduct::Dbs}) {
            const QUrl url = AlibabaEndpoints::baseUrl(product, u"eu-central-1"_s, override);
            QCOMPARE(url, QUrl(u"http://127.0.0.1:18080/"_s));
        }
        AlibabaAccount overridden = account();
        overridden.endpoint = override;
        AlibabaRequestFactory factory(overridden, [] { return fixedTime(); }, [] { return u"n"_s; });
        const auto prepared = factory.prepare(describeBackups(), fixedTime(), u"n"_s);
        QCOMPARE(prepared.url.host(), u"127.0.0.1"_s);
        QCOMPARE(prepared.url.port(), 18080);
        QCOMPARE(prepared.url.path(), u"/"_s);
    }

    void v1GetCarriesSignedQueryThatVerifies()
    {
        AlibabaRequestFactory factory(account());
        const auto prepared = factory.prepare(describeBackups(), fixedTime(), u"nonce-1"_s);
        QCOMPARE(prepared.url.host(), u"rds.aliyuncs.com"_s);
        QVERIFY(prepared.body.isEmpty());

        const QByteArray encodedQuery = prepared.url.query(QUrl::FullyEncoded).toLatin1();
        QVERIFY(encodedQuery.contains("Note=a%20b%2Ac~d%2Be%2Ff%3A%E4%B8%AD"));
        QVERIFY(!encodedQuery.contains('+'));
        QueryParameters received = decode(encodedQuery);
        const QString signature = take(received, u"Signature"_s);
        QCOMPARE(take(received, u"Action"_s), u"DescribeBackups"_s);
        QCOMPARE(take(received, u"Version"_s), u"2014-08-15"_s);
        QCOMPARE(take(received, u"Format"_s), u"JSON"_s);
        QCOMPARE(take(received, u"AccessKeyId"_s), u"demo-access-key-id"_s);
        QCOMPARE(take(received, u"SignatureMethod"_s), u"HMAC-SHA1"_s);
        QCOMPARE(take(received, u"SignatureVersion"_s), u"1.0"_s);
        QCOMPARE(take(received, u"SignatureNonce"_s), u"nonce-1"_s);
        QCOMPARE(take(received, u"Timestamp"_s), u"2026-11-20T08:00:05Z"_s);
        QCOMPARE(take(received, u"Note"_s), u"a b*c~d+e/f:中"_s);

        QueryParameters signedPairs = decode(encodedQuery);
        take(signedPairs, u"Signature"_s);
        QCOMPARE(rdsbm::signing::AlibabaRpcSigner::signature("GET", signedPairs, u"demo-access-key-secret"_s),
                 signature);
        QVERIFY(rdsbm::signing::AlibabaRpcSigner::signature("GET", signedPairs, u"wrong-secret"_s) != signature);
    }

    void v1PostSendsAFormBodySignedAsPost()
    {
        AlibabaRequestFactory factory(account());
        const auto prepared = factory.prepare(describeBackups("POST"), fixedTime(), u"nonce-2"_s);
        QVERIFY(prepared.url.query().isEmpty());
        QCOMPARE(header(prepared, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QueryParameters pairs = decode(prepared.body);
        const QString signature = take(pairs, u"Signature"_s);
        QCOMPARE(rdsbm::signing::AlibabaRpcSigner::signature("POST", pairs, u"demo-access-key-secret"_s), signature);
        QVERIFY(rdsbm::signing::AlibabaRpcSigner::signature("GET", pairs, u"demo-access-key-secret"_s) != signature);
    }

    void stsTokenIsSentAndSigned()
    {
        AlibabaAccount sts = account();
        sts.credentials.securityToken = u"sts-token/with+chars"_s;
        const auto prepared = AlibabaRequestFactory(sts).prepare(describeBackups(), fixedTime(), u"n"_s);
        QueryParameters pairs = decode(prepared.url.query(QUrl::FullyEncoded).toLatin1());
        const QString signature = take(pairs, u"Signature"_s);
        QCOMPARE(valueOf(pairs, u"SecurityToken"_s), u"sts-token/with+chars"_s);
        QCOMPARE(rdsbm::signing::AlibabaRpcSigner::signature("GET", pairs, u"demo-access-key-secret"_s), signature);
    }

    void everyAttemptIsSignedAfresh()
    {
        int nonces = 0;
        int ticks = 0;
        AlibabaRequestFactory factory(
            account(), [&ticks] { return fixedTime().addSecs(ticks++); },
            [&nonces] { return u"nonce-%1"_s.arg(++nonces); });
        AlibabaRpcCall call = describeBackups();
        call.retryPolicy = rdsbm::transport::RetryPolicy::NotIdempotent;
        const rdsbm::transport::ApiRequest request = factory.build(call);
        QCOMPARE(request.operation, u"DescribeBackups"_s);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.retryPolicy, rdsbm::transport::RetryPolicy::NotIdempotent);
        const QUrlQuery first(request.prepare(1).url);
        const QUrlQuery second(request.prepare(2).url);
        QCOMPARE(first.queryItemValue(u"SignatureNonce"_s), u"nonce-1"_s);
        QCOMPARE(second.queryItemValue(u"SignatureNonce"_s), u"nonce-2"_s);
        QVERIFY(first.queryItemValue(u"Timestamp"_s) != second.queryItemValue(u"Timestamp"_s));
        QVERIFY(first.queryItemValue(u"Signature"_s) != second.queryItemValue(u"Signature"_s));
    }

    void defaultNoncesAreUnique()
    {
        QSet<QString> nonces;
        for (int i = 0; i < 1000; ++i)
            nonces.insert(AlibabaRequestFactory::randomNonce());
        QCOMPARE(nonces.size(), 1000);
    }

    void v3GetSignsHeadersAndKeepsParametersInTheQuery()
    {
        AlibabaAccount v3 = account(SignatureVersion::V3);
        v3.endpoint = QUrl(u"http://127.0.0.1:18080"_s);
        const auto prepared = AlibabaRequestFactory(v3).prepare(describeBackups(), fixedTime(), u"3156853299f313e2"_s);

        QCOMPARE(header(prepared, "x-acs-action"), QByteArray("DescribeBackups"));
        QCOMPARE(header(prepared, "x-acs-version"), QByteArray("2014-08-15"));
        QCOMPARE(header(prepared, "x-acs-date"), QByteArray("2026-11-20T08:00:05Z"));
        QCOMPARE(header(prepared, "x-acs-signature-nonce"), QByteArray("3156853299f313e2"));
        QCOMPARE(header(prepared, "x-acs-content-sha256"), rdsbm::signing::sha256Hex({}));
        const QByteArray authorization = header(prepared, "Authorization");
        QVERIFY(authorization.startsWith("ACS3-HMAC-SHA256 Credential=demo-access-key-id,SignedHeaders=host;"));

        QueryParameters query = decode(prepared.url.query(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(valueOf(query, u"DBInstanceId"_s), u"rm-uf6wjk5xxxx"_s);
        QVERIFY(valueOf(query, u"Signature"_s).isEmpty());
        QVERIFY(valueOf(query, u"Action"_s).isEmpty());

        // Recompute as a server would: the Host header Qt sends names the non-default port.
        rdsbm::signing::AlibabaAcs3Signer::Request check;
        check.method = "GET";
        check.host = "127.0.0.1:18080";
        check.canonicalUri = "/";
        check.query = query;
        for (const auto &[name, value] : prepared.headers)
            if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
                check.headers.append({name, value});
        QCOMPARE(rdsbm::signing::AlibabaAcs3Signer::sign(check, v3.credentials).authorization, authorization);
    }

    void v3PostSignsTheFormBody()
    {
        const auto prepared = AlibabaRequestFactory(account(SignatureVersion::V3))
                                  .prepare(describeBackups("POST"), fixedTime(), u"n3"_s);
        QVERIFY(prepared.url.query().isEmpty());
        QCOMPARE(header(prepared, "content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(header(prepared, "x-acs-content-sha256"), rdsbm::signing::sha256Hex(prepared.body));
        QVERIFY(header(prepared, "Authorization").contains("content-type;host;"));
        QCOMPARE(valueOf(decode(prepared.body), u"Note"_s), u"a b*c~d+e/f:中"_s);

        rdsbm::signing::AlibabaAcs3Signer::Request check;
        check.method = "POST";
        check.host = "rds.aliyuncs.com";
        check.body = prepared.body;
        for (const auto &[name, value] : prepared.headers)
            if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
                check.headers.append({name, value});
        QCOMPARE(rdsbm::signing::AlibabaAcs3Signer::sign(check, account().credentials).authorization,
                 header(prepared, "Authorization"));
    }

    void withRegionMovesTheEndpoint()
    {
        const AlibabaRequestFactory factory(account());
        QCOMPARE(factory.baseUrl(AlibabaProduct::Rds).host(), u"rds.aliyuncs.com"_s);
        const AlibabaRequestFactory frankfurt = factory.withRegion(u"eu-central-1"_s);
        QCOMPARE(frankfurt.account().regionId, u"eu-central-1"_s);
        QCOMPARE(frankfurt.baseUrl(AlibabaProduct::Rds).host(), u"rds.eu-central-1.aliyuncs.com"_s);
        QCOMPARE(frankfurt.baseUrl(AlibabaProduct::Dbs).host(), u"dbs-api.eu-central-1.aliyuncs.com"_s);
        QCOMPARE(frankfurt.account().credentials.accessKeyId, u"demo-access-key-id"_s);
    }
};

QTEST_GUILESS_MAIN(TestAlibabaRequestFactory)
#include "tst_alibabarequestfactory.moc"
