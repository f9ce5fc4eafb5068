#pragma once

#include "app/providers/huawei/huaweiaccount.h"
#include "app/providers/huawei/huaweiendpoints.h"
#include "app/signing/signingtypes.h"
#include "app/transport/apirequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace rdsbm::huawei {

// One Huawei API request before signing: what the caller means to send.
struct HuaweiCall
{
    HuaweiService service = HuaweiService::Rds;
    QString operation;            // "ListBackups": for logs and error reports
    QByteArray method = "GET";
    QString path;                 // decoded absolute path: /v3/{project_id}/backups
    signing::QueryParameters query;
    QByteArray body;              // the exact bytes sent and hashed; empty for GET
    QString projectId;            // sent and signed as X-Project-Id; empty for the IAM lookup
    transport::RetryPolicy retryPolicy = transport::RetryPolicy::Idempotent;
};

// Turns HuaweiCalls into transport requests for one account and region. Every attempt is
// signed afresh with the current X-Sdk-Date (the gateway refuses dates 15 minutes off). Signed
// headers: content-type (only with a body), host, x-project-id (when known), x-sdk-date and
// x-security-token (temporary credentials). The URL carries exactly the canonical query string,
// so what the gateway decodes is what was signed (reference TV-8).
class HuaweiRequestFactory
{
public:
    using Clock = std::function<QDateTime()>; // UTC now

    explicit HuaweiRequestFactory(HuaweiAccount account, Clock clock = {});

    const HuaweiAccount &account() const { return m_account; }
    QUrl baseUrl(HuaweiService service) const;

    transport::ApiRequest build(HuaweiCall call) const;

    // One attempt of `call`, signed at `nowUtc`: what build()'s prepare() returns.
    transport::PreparedRequest prepare(const HuaweiCall &call, const QDateTime &nowUtc) const;

    // The Host header Qt sends for `url`: the port only when it is not the scheme's default.
    static QByteArray hostHeader(const QUrl &url);

private:
    HuaweiAccount m_account;
    Clock m_clock;
};

} // namespace rdsbm::huawei
