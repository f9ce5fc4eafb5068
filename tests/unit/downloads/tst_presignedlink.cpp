#include "app/downloads/presignedlink.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
namespace PresignedLink = rdsbm::downloads::PresignedLink;

class TestPresignedLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryFromOssV1Expires()
    {
        const QUrl url(u"http://rdsbak-hz.oss-cn-hangzhou.aliyuncs.com/custins1/hins1_data.xb"
                       "?OSSAccessKeyId=LTAIxxxx&Expires=1732089600&Signature=abc%2Bdef"_s);
        QCOMPARE(PresignedLink::expiry(url), std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1732089600, QTimeZone::utc())));
    }

    void expiryFromOssV4DateAndLifetime()
    {
        const QUrl url(u"https://b.oss-cn-hangzhou.aliyuncs.com/o?x-oss-signature-version=OSS4-HMAC-SHA256"
                       "&x-oss-date=20261120T080000Z&x-oss-expires=3600&x-oss-signature=ff"_s);
        QCOMPARE(PresignedLink::expiry(url),
                 std::optional<QDateTime>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc())));
    }

    void expiryFromAmzStyleQuery()
    {
        const QUrl url(u"https://obs.cn-north-4.myhuaweicloud.com/b/o?X-Amz-Date=20261120T080000Z&X-Amz-Expires=900"_s);
        QCOMPARE(PresignedLink::expiry(url),
                 std::optional<QDateTime>(QDateTime(QDate(2026, 11, 20), QTime(8, 15), QTimeZone::utc())));
    }

    void noExpiryWithoutTheParameters()
    {
        QVERIFY(!PresignedLink::expiry(QUrl(u"https://obs.example/b/o?AccessKeyId=x&Signature=y"_s)));
        QVERIFY(!PresignedLink::expiry(QUrl(u"https://obs.example/b/o?Expires=soon"_s)));
        QVERIFY(!PresignedLink::hasExpired(QUrl(u"https://obs.example/b/o"_s), QDateTime::currentDateTimeUtc()));
    }

    void hasExpiredKeepsAMargin()
    {
        const QDateTime now(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
        const auto link = [](const QDateTime &when) {
            return QUrl(u"http://h/o?Expires=%1"_s.arg(when.toSecsSinceEpoch()));
        };
        QVERIFY(PresignedLink::hasExpired(link(now.addSecs(-1)), now));
        QVERIFY(PresignedLink::hasExpired(link(now.addSecs(10)), now)); // inside the 30 s margin
        QVERIFY(!PresignedLink::hasExpired(link(now.addSecs(3600)), now));
        QVERIFY(!PresignedLink::hasExpired(link(now.addSecs(10)), now, std::chrono::seconds(0)));
    }
};

QTEST_GUILESS_MAIN(TestPresignedLink)
#include "tst_presignedlink.moc"
