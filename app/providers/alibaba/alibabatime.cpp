#include "app/providers/alibaba/alibabatime.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

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
        QDateTime parsed = QDateTime::fromString(text, format);
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
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
