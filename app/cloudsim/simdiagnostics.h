#pragma once

#include "app/cloudsim/simhttp.h"

#include <QJsonObject>

#include <functional>

namespace rdsbm::cloudsim {

class SimClock;
class SimStats;

// The simulator's own endpoints under /_sim/ (no signature, never faulted, not part of any cloud):
//   GET  /_sim/stats                 SimStats as JSON, plus "huawei": the Huawei side's counters
//   POST /_sim/clock?advance=SECONDS moves the job clock forward (jobs finish, links expire);
//                                    answers {"now": "<ISO time>"}
class SimDiagnostics
{
public:
    SimDiagnostics(SimStats &stats, SimClock &clock, std::function<QJsonObject()> huaweiStatistics);

    SimResponse handle(const SimRequest &request);

private:
    SimStats &m_stats;
    SimClock &m_clock;
    std::function<QJsonObject()> m_huaweiStatistics;
};

} // namespace rdsbm::cloudsim
