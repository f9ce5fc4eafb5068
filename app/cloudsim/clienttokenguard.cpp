#include "app/cloudsim/clienttokenguard.h"

#include "app/cloudsim/clienttokenregistry.h"
#include "app/cloudsim/simstats.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

std::optional<SimResponse> ClientTokenGuard::check(const AlibabaRpcCall &call,
                                                   ClientTokenRegistry &registry, SimStats &stats)
{
    const QString token = call.value(u"ClientToken"_s);
    if (token.isEmpty())
        return std::nullopt;
    const bool ascii = std::all_of(token.cbegin(), token.cend(),
                                   [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
    if (!ascii || token.size() > maxTokenLength)
        return call.invalid(u"ClientToken"_s);
    stats.increment(u"clientTokens"_s, token, u"received"_s);
    stats.increment(u"clientTokens"_s, token, u"executed"_s, 0);
    QJsonObject remembered;
    switch (registry.lookup(call.action(), token, call.fingerprint(), &remembered)) {
    case ClientTokenRegistry::Match::New:
        return std::nullopt;
    case ClientTokenRegistry::Match::Replay:
        return call.ok(remembered);
    case ClientTokenRegistry::Match::Mismatch:
        return call.fail(u"IdempotentParameterMismatch"_s);
    }
    return std::nullopt;
}

SimResponse ClientTokenGuard::succeed(const AlibabaRpcCall &call, ClientTokenRegistry &registry,
                                      SimStats &stats, const QJsonObject &body)
{
    const QString token = call.value(u"ClientToken"_s);
    if (!token.isEmpty()) {
        registry.remember(call.action(), token, call.fingerprint(), body);
        stats.increment(u"clientTokens"_s, token, u"executed"_s);
    }
    return call.ok(body);
}

} // namespace rdsbm::cloudsim
