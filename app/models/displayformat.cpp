#include "app/models/displayformat.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::models {

QString formatSize(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return {};
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatTime(const QDateTime &utc, const QLocale &locale, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    const QString abbreviation = zone.abbreviation(local);
    return locale.toString(local, u"yyyy-MM-dd HH:mm:ss"_s) + u' '
        + (abbreviation.isEmpty() ? QString::fromLatin1(zone.id()) : abbreviation);
}

} // namespace rdsbm::models
