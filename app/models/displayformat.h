#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace rdsbm::models {

// How the product shows sizes and times: in the chosen locale, times in the user's zone with
// the zone named, so "08:00" is never ambiguous.
QString formatSize(qint64 bytes, const QLocale &locale = QLocale());
QString formatTime(const QDateTime &utc, const QLocale &locale = QLocale(),
                   const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace rdsbm::models
