#pragma once

#include <QDateTime>
#include <QString>

namespace rdsbm::alibaba {

// The time forms of the RDS API, all UTC with a literal Z (reference 5.1).
class AlibabaTime
{
public:
    // yyyy-MM-ddTHH:mmZ: DescribeBackups' StartTime/EndTime take minutes only.
    static QString toMinutes(const QDateTime &time);
    // yyyy-MM-ddTHH:mm:ssZ: RestoreTime, DescribeCrossRegionBackups and almost every other time.
    static QString toSeconds(const QDateTime &time);

    // Reads either form (replies document minutes and carry seconds), and tolerates milliseconds.
    // An invalid QDateTime when the text is none of them.
    static QDateTime parse(const QString &text);

    // The same instant truncated to the minute: what toMinutes() sends.
    static QDateTime truncatedToMinute(const QDateTime &time);
};

} // namespace rdsbm::alibaba
