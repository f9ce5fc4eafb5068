#include "app/providers/alibaba/alibabatime.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rdsbm::alibaba::AlibabaTime;

class TestAlibabaTime : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryDocumentedForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("seconds") << u"2019-02-13T12:20:00Z"_s << QDateTime(QDate(2019, 2, 13), QTime(12, 20), Qt::UTC);
        QTest::newRow("minutes") << u"2011-06-01T16:00Z"_s << QDateTime(QDate(2011, 6, 1), QTime(16, 0), Qt::UTC);
        QTest::newRow("milliseconds") << u"2024-02-29T23:59:59.250Z"_s
                                      << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 250), Qt::UTC);
    }

    void parsesEveryDocumentedForm()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = AlibabaTime::parse(text);
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void refusesWhatIsNotATime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no zone") << u"2019-02-13T12:20:00"_s;
        QTest::newRow("offset") << u"2019-02-13T12:20:00+08:00"_s;
        QTest::newRow("bad month") << u"2019-13-13T12:20:00Z"_s;
        QTest::newRow("bad day") << u"2019-02-30T12:20:00Z"_s;
        QTest::newRow("bad hour") << u"2019-02-13T24:20:00Z"_s;
        QTest::newRow("letters") << u"2019-0a-13T12:20:00Z"_s;
        QTest::newRow("space") << u"2019-02-13 12:20:00Z"_s;
        QTest::newRow("extra") << u"2019-02-13T12:20:00.5Z"_s;
    }

    void refusesWhatIsNotATime()
    {
        QFETCH(QString, text);
        QVERIFY(!AlibabaTime::parse(text).isValid());
    }

    void roundTrips()
    {
        const QDateTime time(QDate(2026, 11, 20), QTime(8, 0, 5), Qt::UTC);
        QCOMPARE(AlibabaTime::parse(AlibabaTime::toSeconds(time)), time);
        QCOMPARE(AlibabaTime::parse(AlibabaTime::toMinutes(time)), QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestAlibabaTime)
#include "tst_alibabatime.moc"
