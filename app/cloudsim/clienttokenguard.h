#pragma once

#include "app/cloudsim/alibabarpccall.h"

#include <optional>

namespace rdsbm::cloudsim {

class ClientTokenRegistry;
class SimStats;

// ClientToken handling shared by the Alibaba writes that take one (RestoreDdrTable, every DBS
// write). check() runs before anything else: a known token with the same parameters answers
// with the remembered body and nothing is executed again; with other parameters it is refused.
// succeed() remembers the answer of a write that took effect. Both count in SimStats
// ("clientTokens": {token: {"received": n, "executed": n}}).
class ClientTokenGuard
{
public:
    static constexpr int maxTokenLength = 64;

    static std::optional<SimResponse> check(const AlibabaRpcCall &call, ClientTokenRegistry &registry,
                                            SimStats &stats);
    static SimResponse succeed(const AlibabaRpcCall &call, ClientTokenRegistry &registry,
                               SimStats &stats, const QJsonObject &body);
};

} // namespace rdsbm::cloudsim
