#pragma once

#include "app/cloudsim/simhttp.h"
#include "app/signing/signingtypes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rdsbm::cloudsim {

// The API gateway's check of an SDK-HMAC-SHA256 signature. Like the gateway it recomputes the
// canonical request from the headers the client lists in SignedHeaders, with the query and
// body as received, and accepts an X-Sdk-Date up to 15 minutes away from its own clock.
class HuaweiAuthenticator
{
public:
    static constexpr qint64 allowedSkewSeconds = 15 * 60;

    HuaweiAuthenticator(QString accessKey, QString secretKey);

    // Nothing when the request carries a valid signature of our key; otherwise why not, as the
    // gateway words it after "Incorrect IAM authentication information: ". `pathProjectId` is
    // the project of an RDS path (empty for IAM); an X-Project-Id header must name the same one.
    std::optional<QString> failure(const SimRequest &request, const QDateTime &wallClockNow,
                                   const QString &pathProjectId) const;

    // The query as the gateway reads it: '+' is a space, %XY a byte, names may repeat.
    static signing::QueryParameters decodeQuery(const QByteArray &rawQuery);

private:
    QString m_accessKey;
    QString m_secretKey;
};

} // namespace rdsbm::cloudsim
