#pragma once

#include <QDateTime>

#include <chrono>

namespace rdsbm::cloudsim {

// The simulator's notion of "now" for everything that moves on its own: jobs, restore tasks,
// link expiry. It is the wall clock plus an offset that tests and demos may push forward;
// signature timestamps are always checked against the real wall clock, never this one.
class SimClock
{
public:
    explicit SimClock(double secondsPerStep);

    QDateTime now() const;
    void advance(std::chrono::milliseconds by);

    double secondsPerStep() const { return m_secondsPerStep; }
    // Whole job steps elapsed since `start`; 0 before `start`.
    int stepsSince(const QDateTime &start) const;

private:
    double m_secondsPerStep;
    qint64 m_offsetMs = 0;
};

} // namespace rdsbm::cloudsim
