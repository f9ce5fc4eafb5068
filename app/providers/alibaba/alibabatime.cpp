#include "app/providers/alibaba/alibabatime.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

// A UTC time with the plain UTC spec QDateTime::currentDateTimeUtc() has.
QDateTime utcDateTime(const QDate &date, const QTime &time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace

QString AlibabaTime::toMinutes(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s);
}

QString AlibabaTime::toSeconds(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// Read by hand: QDateTime::fromString() builds a local time first, and every local-time
// conversion asks the C library for the time zone (a stat of /etc/localtime), which made
// parsing 10,000 backup sets cost tens of milliseconds per page.
QDateTime AlibabaTime::parse(const QString &text)
{
    // yyyy-MM-ddTHH:mm[:ss[.zzz]]Z
    const qsizetype length = text.size();
    if (length < 17 || !text.endsWith(u'Z') || text.at(4) != u'-' || text.at(7) != u'-'
        || text.at(10) != u'T' || text.at(13) != u':')
        return {};
    auto number = [&](qsizetype from, qsizetype count, bool &ok) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                ok = false;
                return 0;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    bool ok = true;
    const int year = number(0, 4, ok);
    const int month = number(5, 2, ok);
    const int day = number(8, 2, ok);
    const int hour = number(11, 2, ok);
    const int minute = number(14, 2, ok);
    int second = 0;
    int millisecond = 0;
    if (length == 17) {
        // minutes only
    } else if (length == 20 && text.at(16) == u':') {
        second = number(17, 2, ok);
    } else if (length == 24 && text.at(16) == u':' && text.at(19) == u'.') {
        second = number(17, 2, ok);
        millisecond = number(20, 3, ok);
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return utcDateTime(date, time);
}

QDateTime AlibabaTime::truncatedToMinute(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}

} // namespace rdsbm::alibaba
