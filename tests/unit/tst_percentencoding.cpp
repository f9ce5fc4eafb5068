#include "app/signing/percentencoding.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::signing;

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encodesLikeTheProviders_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
        QTest::newRow("star") << u"a*b"_s << QByteArray("a%2Ab");
        QTest::newRow("tilde") << u"a~b"_s << QByteArray("a~b");
        QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
        QTest::newRow("cjk") << u"中"_s << QByteArray("%E4%B8%AD");
        QTest::newRow("slash") << u"/"_s << QByteArray("%2F");
        QTest::newRow("colon") << u":"_s << QByteArray("%3A");
        QTest::newRow("sub-delims") << u"!'()"_s << QByteArray("%21%27%28%29");
        QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("equals-amp") << u"a=b&c"_s << QByteArray("a%3Db%26c");
        QTest::newRow("japanese") << u"バックアップ"_s
                                  << QByteArray("%E3%83%90%E3%83%83%E3%82%AF%E3%82%A2%E3%83%83%E3%83%97");
    }

    void encodesLikeTheProviders()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(percentEncode(input), expected);
    }

    // The Huawei Go SDK's own canonical-query unit test.
    void canonicalQuerySortsAndRepeats()
    {
        const QueryParameters params{{u"limit"_s, u"1"_s},
                                     {u"enable"_s, u"true"_s},
                                     {u"test"_s, u"一 (&=?!#%.*)"_s},
                                     {u"path"_s, u"/tmp/123"_s},
                                     {u"multi"_s, u"3"_s},
                                     {u"multi"_s, u"1"_s},
                                     {u"multi"_s, u"2"_s}};
        QCOMPARE(canonicalQueryString(params),
                 QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                            "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    }

    void canonicalQueryKeepsEmptyValues()
    {
        const QueryParameters params{{u"b"_s, QString()}, {u"a"_s, u"x"_s}};
        QCOMPARE(canonicalQueryString(params), QByteArray("a=x&b="));
        QCOMPARE(canonicalQueryString({}), QByteArray());
    }

    void canonicalQuerySortsByteWiseCaseSensitive()
    {
        const QueryParameters params{{u"proxyId"_s, u"1"_s}, {u"RegionId"_s, u"2"_s}};
        QCOMPARE(canonicalQueryString(params), QByteArray("RegionId=2&proxyId=1"));
    }

    void emptyBodyHash()
    {
        QCOMPARE(sha256Hex({}),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "tst_percentencoding.moc"
