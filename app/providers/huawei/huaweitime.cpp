#include "app/providers/huawei/huaweitime.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

QDateTime HuaweiTime::parse(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), u"yyyy-MM-dd"_s);
    QTime time = QTime::fromString(match.captured(2), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    if (const QString fraction = match.captured(3); !fraction.isEmpty())
        time = time.addMSecs(fraction.left(3).leftJustified(3, u'0').toInt());

    int offsetSeconds = 0;
    const QString zone = match.captured(4);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = QString(zone).remove(u':');
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.mid(3, 2).toInt();
        if (hours > 18 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (digits.startsWith(u'-') ? -1 : 1);
    }
    const QDateTime local(date, time, QTimeZone(offsetSeconds));
    return local.toUTC();
}

QString HuaweiTime::toQueryTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u"+0000"_s;
}

QDateTime HuaweiTime::fromEpochMs(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds).toUTC();
}

} // namespace rdsbm::huawei
