#pragma once

#include "app/cloudsim/alibabarpccall.h"
#include "app/cloudsim/simhttp.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <variant>

namespace rdsbm::cloudsim {

// Checks an Alibaba RPC request the way the API gateway does, before any product sees it:
// V1 (HMAC-SHA1 over the sorted, twice-encoded parameters, key secret + "&") or V3
// (ACS3-HMAC-SHA256 over the canonical request, Authorization header), the 15-minute timestamp
// window, nonce reuse, the access key. Parameters come from the query and, for a POST form,
// the body; both are decoded as application/x-www-form-urlencoded ('+' is a space).
class AlibabaRpcAuthenticator
{
public:
    using WallClock = std::function<QDateTime()>;

    AlibabaRpcAuthenticator(QString accessKeyId, QString accessKeySecret, WallClock wallClock = {});

    std::variant<AlibabaRpcCall, SimResponse> authenticate(const SimRequest &request);

    static signing::QueryParameters decodeForm(const QByteArray &encoded);
    static QString newRequestId();

private:
    std::variant<AlibabaRpcCall, SimResponse> verifyV1(const SimRequest &request,
                                                       signing::QueryParameters parameters,
                                                       AlibabaReplyContext context);
    std::variant<AlibabaRpcCall, SimResponse> verifyV3(const SimRequest &request,
                                                       signing::QueryParameters queryParameters,
                                                       signing::QueryParameters parameters,
                                                       AlibabaReplyContext context);
    // Empty when the timestamp is acceptable, else the error code.
    QString checkTimestamp(const QString &timestamp) const;
    bool consumeNonce(const QString &accessKeyId, const QString &nonce);

    QHash<QString, QString> m_secrets;
    WallClock m_wallClock;
    QHash<QString, qint64> m_nonceSeenAtMs;
    qint64 m_lastNoncePruneMs = 0;
};

} // namespace rdsbm::cloudsim
