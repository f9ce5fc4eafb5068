#pragma once

#include "app/cloudsim/faultinjector.h"
#include "app/cloudsim/requestfamily.h"
#include "app/cloudsim/simhttp.h"

#include <QHash>

#include <functional>

namespace rdsbm::cloudsim {

using SimHandler = std::function<SimResponse(const SimRequest &)>;
using FaultResponder = std::function<SimResponse(FaultKind)>;

// Sends each request to the part of the simulator that owns its path:
//   /_sim/...            diagnostics (stats), never faulted
//   download links       the backup file store (its own `handles(path)` decides)
//   /v3/...              Huawei (part B installs its handler with setHandler(HuaweiApi, ...))
//   /                    Alibaba RPC (RDS and DBS)
// and knows how each provider says "throttled" or "unavailable".
class SimRouter
{
public:
    SimRouter();

    void setFileMatcher(std::function<bool(const QString &path)> matcher);
    void setHandler(RequestFamily family, SimHandler handler);
    void setFaultResponder(RequestFamily family, FaultResponder responder);

    RequestFamily familyOf(const SimRequest &request) const;
    SimResponse route(const SimRequest &request) const;
    // The reply a Throttling or ServiceUnavailable fault gives, in the family's own dialect.
    SimResponse faultResponse(FaultKind kind, RequestFamily family) const;

private:
    std::function<bool(const QString &)> m_fileMatcher;
    QHash<int, SimHandler> m_handlers;
    QHash<int, FaultResponder> m_faultResponders;
};

} // namespace rdsbm::cloudsim
