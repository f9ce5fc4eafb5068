#pragma once

#include "app/cloudsim/alibabarpcauthenticator.h"
#include "app/cloudsim/alibabarpccall.h"
#include "app/cloudsim/simhttp.h"

namespace rdsbm::cloudsim {

class AlibabaWorld;
class SimStats;

// Everything at "/": authenticates the request, then routes it by Version (2014-08-15 RDS,
// 2019-03-06 DBS) and Action to the registered handler. Jobs are brought up to date first.
class AlibabaRpcService
{
public:
    static const QString rdsVersion;
    static const QString dbsVersion;

    AlibabaRpcService(AlibabaRpcAuthenticator &authenticator, AlibabaWorld &world, SimStats &stats);

    RpcActionTable &rdsActions() { return m_rdsActions; }
    RpcActionTable &dbsActions() { return m_dbsActions; }

    SimResponse handle(const SimRequest &request);

    // The error replies a Throttling or ServiceUnavailable fault gives on this API.
    static SimResponse faultResponse(bool throttling);

private:
    AlibabaRpcAuthenticator &m_authenticator;
    AlibabaWorld &m_world;
    SimStats &m_stats;
    RpcActionTable m_rdsActions;
    RpcActionTable m_dbsActions;
};

} // namespace rdsbm::cloudsim
