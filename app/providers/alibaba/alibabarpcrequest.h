#pragma once

#include "app/providers/alibaba/alibabaaccount.h"
#include "app/providers/alibaba/alibabaendpoints.h"
#include "app/signing/signingtypes.h"
#include "app/transport/apirequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace rdsbm::alibaba {

// One RPC operation of an Alibaba product, before signing: what the caller means to send.
struct AlibabaRpcCall
{
    AlibabaProduct product = AlibabaProduct::Rds;
    QString action;                     // "DescribeBackups"
    QString version;                    // "2014-08-15" (RDS), "2019-03-06" (DBS)
    signing::QueryParameters parameters; // the operation's own parameters, RegionId included when it takes one
    QByteArray method = "GET";          // GET: parameters in the query; POST: a form body
    transport::RetryPolicy retryPolicy = transport::RetryPolicy::Idempotent;
};

// Turns AlibabaRpcCalls into transport requests for one account and region. Every attempt is
// signed afresh (new nonce, new timestamp), as the gateway refuses a reused SignatureNonce.
// Shared by the RDS and DBS clients: only the product, action and version differ.
class AlibabaRequestFactory
{
public:
    using Clock = std::function<QDateTime()>;   // UTC now
    using NonceSource = std::function<QString()>;

    static QString rdsVersion() { return QStringLiteral("2014-08-15"); }
    static QString dbsVersion() { return QStringLiteral("2019-03-06"); }

    explicit AlibabaRequestFactory(AlibabaAccount account, Clock clock = {}, NonceSource nonce = {});

    const AlibabaAccount &account() const { return m_account; }
    // The same account, clock and nonce source in another region (endpoints follow the region).
    AlibabaRequestFactory withRegion(const QString &regionId) const;

    QUrl baseUrl(AlibabaProduct product) const;
    QDateTime now() const { return m_clock(); }

    transport::ApiRequest build(AlibabaRpcCall call) const;

    // One attempt of `call`, signed with this time and nonce: what build()'s prepare() returns.
    transport::PreparedRequest prepare(const AlibabaRpcCall &call, const QDateTime &nowUtc,
                                       const QString &nonce) const;

    static QString randomNonce();

private:
    transport::PreparedRequest prepareV1(const AlibabaRpcCall &call, const QDateTime &nowUtc,
                                         const QString &nonce) const;
    transport::PreparedRequest prepareV3(const AlibabaRpcCall &call, const QDateTime &nowUtc,
                                         const QString &nonce) const;

    AlibabaAccount m_account;
    Clock m_clock;
    NonceSource m_nonce;
};

} // namespace rdsbm::alibaba
