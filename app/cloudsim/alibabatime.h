#pragma once

#include <QString>

#include <optional>

namespace rdsbm::cloudsim {

// The UTC text forms Alibaba RDS uses (reference 5.1): DescribeBackups takes and shows
// minutes (yyyy-MM-ddTHH:mmZ), almost everything else seconds (yyyy-MM-ddTHH:mm:ssZ).
// Both parsers are strict: the other precision is refused, as the service refuses it.
class AlibabaTime
{
public:
    static QString minutes(qint64 secsSinceEpoch);
    static QString seconds(qint64 secsSinceEpoch);
    static std::optional<qint64> parseMinutes(const QString &text);
    static std::optional<qint64> parseSeconds(const QString &text);
};

} // namespace rdsbm::cloudsim
