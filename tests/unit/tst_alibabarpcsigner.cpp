#include "app/signing/alibabarpcsigner.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::signing;

namespace {

// The published "Request signature" example (DescribeRegions, testid / testsecret).
QueryParameters officialExample(const QString &timestampName = u"Timestamp"_s)
{
    return {{timestampName, u"2016-02-23T12:46:24Z"_s},
            {u"Format"_s, u"XML"_s},
            {u"AccessKeyId"_s, u"testid"_s},
            {u"Action"_s, u"DescribeRegions"_s},
            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
            {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
            {u"Version"_s, u"2014-05-26"_s},
            {u"SignatureVersion"_s, u"1.0"_s}};
}

} // namespace

class TestAlibabaRpcSigner : public QObject
{
    Q_OBJECT

private slots:
    void stringToSignMatchesTheDocument()
    {
        QCOMPARE(AlibabaRpcSigner::stringToSign("GET", officialExample()),
                 QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                            "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-"
                            "a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12"
                            "%253A46%253A24Z%26Version%3D2014-05-26"));
    }

    void officialGetVector()
    {
        QCOMPARE(AlibabaRpcSigner::signature("GET", officialExample(), u"testsecret"_s),
                 u"OLeaidS1JvxuMvnyHOwuJ+uX5qY="_s);
    }

    void postVector()
    {
        QCOMPARE(AlibabaRpcSigner::signature("POST", officialExample(), u"testsecret"_s),
                 u"MxbnVAM4w6sft9xjVpe/GCKueuk="_s);
    }

    // The value printed on many product pages was computed with the misspelt TimeStamp.
    void legacyDocumentValueNeedsTheMisspeltName()
    {
        QCOMPARE(AlibabaRpcSigner::signature("GET", officialExample(u"TimeStamp"_s), u"testsecret"_s),
                 u"CT9X0VtwR86fNWSnsc6v8YGOjuE="_s);
    }

    void parameterOrderDoesNotMatter()
    {
        QueryParameters reversed = officialExample();
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(AlibabaRpcSigner::signature("GET", reversed, u"testsecret"_s),
                 u"OLeaidS1JvxuMvnyHOwuJ+uX5qY="_s);
    }

    void signedParametersAddCommonOnesAndSignature()
    {
        const AlibabaCredentials credentials{u"testid"_s, u"testsecret"_s, {}};
        const QDateTime now(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC);
        const QueryParameters signedParams = AlibabaRpcSigner::signedParameters(
            "GET",
            {{u"Action"_s, u"DescribeBackups"_s}, {u"Version"_s, u"2014-08-15"_s},
             {u"DBInstanceId"_s, u"rm-bp1 *~/中"_s}},
            credentials, now, u"nonce-1"_s);

        auto value = [&](const QString &name) {
            for (const auto &[n, v] : signedParams)
                if (n == name)
                    return v;
            return QString();
        };
        QCOMPARE(value(u"Format"_s), u"JSON"_s);
        QCOMPARE(value(u"AccessKeyId"_s), u"testid"_s);
        QCOMPARE(value(u"SignatureMethod"_s), u"HMAC-SHA1"_s);
        QCOMPARE(value(u"SignatureVersion"_s), u"1.0"_s);
        QCOMPARE(value(u"SignatureNonce"_s), u"nonce-1"_s);
        QCOMPARE(value(u"Timestamp"_s), u"2016-02-23T12:46:24Z"_s);
        QVERIFY(value(u"SecurityToken"_s).isEmpty());
        QCOMPARE(signedParams.last().first, u"Signature"_s);

        QueryParameters unsignedParams = signedParams;
        unsignedParams.removeLast();
        QCOMPARE(signedParams.last().second,
                 AlibabaRpcSigner::signature("GET", unsignedParams, u"testsecret"_s));
    }

    void securityTokenIsSigned()
    {
        const QDateTime now(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const QueryParameters base{{u"Action"_s, u"DescribeRegions"_s}};
        const auto withToken = AlibabaRpcSigner::signedParameters(
            "GET", base, {u"id"_s, u"secret"_s, u"sts-token"_s}, now, u"n"_s);
        const auto withOtherToken = AlibabaRpcSigner::signedParameters(
            "GET", base, {u"id"_s, u"secret"_s, u"other-token"_s}, now, u"n"_s);
        QVERIFY(withToken.contains({u"SecurityToken"_s, u"sts-token"_s}));
        QVERIFY(withToken.last().second != withOtherToken.last().second);
    }

    void emptyValuesAreSigned()
    {
        const QueryParameters a{{u"Action"_s, u"X"_s}, {u"Empty"_s, QString()}};
        const QueryParameters b{{u"Action"_s, u"X"_s}};
        QVERIFY(AlibabaRpcSigner::signature("GET", a, u"s"_s)
                != AlibabaRpcSigner::signature("GET", b, u"s"_s));
        QCOMPARE(AlibabaRpcSigner::stringToSign("GET", a), QByteArray("GET&%2F&Action%3DX%26Empty%3D"));
    }
};

QTEST_GUILESS_MAIN(TestAlibabaRpcSigner)
#include "tst_alibabarpcsigner.moc"
