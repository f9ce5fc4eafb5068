#include "app/cloudsim/faultinjector.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

// Mixed into the seed so that fault draws do not mirror the data generator's.
constexpr quint32 faultStreamSalt = 0x9E3779B9u;

constexpr std::array apiFaults{FaultKind::Throttling, FaultKind::ServiceUnavailable,
                               FaultKind::SlowReply, FaultKind::DroppedConnection};
// Object storage does not throttle with an API error; it cuts long transfers instead.
constexpr std::array fileFaults{FaultKind::ServiceUnavailable, FaultKind::SlowReply,
                                FaultKind::DroppedConnection, FaultKind::CutOffDownload};

} // namespace

FaultInjector::FaultInjector(quint32 seed, double rate)
    : m_random(seed ^ faultStreamSalt)
    , m_rate(rate)
{
}

FaultKind FaultInjector::decide(RequestFamily family)
{
    if (family == RequestFamily::Diagnostic || m_rate <= 0.0)
        return FaultKind::None;
    const double roll = m_random.generateDouble();
    const quint32 pick = m_random.bounded(quint32(apiFaults.size()));
    if (roll >= m_rate)
        return FaultKind::None;
    return family == RequestFamily::BackupFile ? fileFaults[pick] : apiFaults[pick];
}

QString FaultInjector::name(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return u"None"_s;
    case FaultKind::Throttling:
        return u"Throttling"_s;
    case FaultKind::ServiceUnavailable:
        return u"ServiceUnavailable"_s;
    case FaultKind::SlowReply:
        return u"SlowReply"_s;
    case FaultKind::DroppedConnection:
        return u"DroppedConnection"_s;
    case FaultKind::CutOffDownload:
        return u"CutOffDownload"_s;
    }
    return {};
}

} // namespace rdsbm::cloudsim
