#pragma once

#include <QDateTime>
#include <QList>

#include <algorithm>

namespace rdsbm {

// A span of time an instance can be restored to, both ends included, UTC.
struct RestoreWindow
{
    QDateTime start;
    QDateTime end;

    bool contains(const QDateTime &time) const { return time >= start && time <= end; }

    static bool anyContains(const QList<RestoreWindow> &windows, const QDateTime &time)
    {
        return std::any_of(windows.cbegin(), windows.cend(),
                           [&time](const RestoreWindow &window) { return window.contains(time); });
    }
};

} // namespace rdsbm
