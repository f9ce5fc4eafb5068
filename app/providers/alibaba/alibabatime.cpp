#include "app/providers/alibaba/alibabatime.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

// The same wall time read as UTC, with the plain UTC spec QDateTime::currentDateTimeUtc() has.
QDateTime asUtc(const QDateTime &wallTime)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(wallTime.date(), wallTime.time(), QTimeZone::UTC);
#else
    return QDateTime(wallTime.date(), wallTime.time(), Qt::UTC);
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

QDateTime AlibabaTime::parse(const QString &text)
{
    static const QString formats[] = {
        u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s,
        u"yyyy-MM-dd'T'HH:mm'Z'"_s,
        u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s,
    };
    for (const QString &format : formats) {
        const QDateTime parsed = QDateTime::fromString(text, format);
        if (parsed.isValid())
            return asUtc(parsed);
    }
    return {};
}

QDateTime AlibabaTime::truncatedToMinute(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}

} // namespace rdsbm::alibaba
