#include "app/cloudsim/simclock.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rdsbm::cloudsim {

SimClock::SimClock(double secondsPerStep)
    : m_secondsPerStep(std::max(secondsPerStep, 0.001))
{
}

QDateTime SimClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

void SimClock::advance(std::chrono::milliseconds by)
{
    m_offsetMs += by.count();
}

int SimClock::stepsSince(const QDateTime &start) const
{
    const qint64 elapsedMs = start.msecsTo(now());
    if (elapsedMs <= 0)
        return 0;
    const double steps = std::floor(double(elapsedMs) / (m_secondsPerStep * 1000.0));
    return int(std::min(steps, double(std::numeric_limits<int>::max())));
}

} // namespace rdsbm::cloudsim
