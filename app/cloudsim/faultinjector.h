#pragma once

#include "app/cloudsim/requestfamily.h"

#include <QRandomGenerator>
#include <QString>

namespace rdsbm::cloudsim {

enum class FaultKind {
    None,
    Throttling,         // answered at once with the provider's throttling error; not executed
    ServiceUnavailable, // 503; not executed
    SlowReply,          // executed, answered late
    DroppedConnection,  // connection closed before any answer; not executed
    CutOffDownload,     // file downloads only: the body stops part-way and the connection closes
};

// Decides per request, with probability `rate`, which fault it suffers. The draws come from a
// generator seeded with --seed, so the same sequence of requests meets the same faults.
// Every non-diagnostic request consumes exactly two draws when rate > 0, whatever the outcome:
// a test can replay the sequence with its own FaultInjector.
class FaultInjector
{
public:
    FaultInjector(quint32 seed, double rate);

    FaultKind decide(RequestFamily family);
    double rate() const { return m_rate; }

    static QString name(FaultKind kind);

private:
    QRandomGenerator m_random;
    double m_rate;
};

} // namespace rdsbm::cloudsim
