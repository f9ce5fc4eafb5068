#pragma once

#include <QDateTime>
#include <QString>

namespace rdsbm::huawei {

// The time forms of the Huawei RDS API (../reference/huawei-api.md, fact 8).
class HuaweiTime
{
public:
    // Reply times such as 2018-08-06T12:41:14+0800: an offset without a colon, which Qt::ISODate
    // does not read. Also accepted: +08:00, Z, fractional seconds, and no offset at all (the
    // create-backup reply), which is taken as UTC. Invalid QDateTime for anything else.
    static QDateTime parse(const QString &text);

    // ListBackups' begin_time/end_time: yyyy-MM-ddTHH:mm:ss+0000, in UTC.
    static QString toQueryTime(const QDateTime &time);

    // Epoch milliseconds, UTC: restore_time and the restorable windows.
    static QDateTime fromEpochMs(qint64 milliseconds);
};

} // namespace rdsbm::huawei
