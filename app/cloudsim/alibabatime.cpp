#include "app/cloudsim/alibabatime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

std::optional<qint64> parse(const QString &text, const QRegularExpression &shape, const QString &format)
{
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QDateTime when = QDateTime::fromString(text, format);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return when.toSecsSinceEpoch();
}

} // namespace

QString AlibabaTime::minutes(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s);
}

QString AlibabaTime::seconds(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

std::optional<qint64> AlibabaTime::parseMinutes(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}Z$"_s);
    return parse(text, shape, u"yyyy-MM-dd'T'HH:mm'Z'"_s);
}

std::optional<qint64> AlibabaTime::parseSeconds(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    return parse(text, shape, u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace rdsbm::cloudsim
