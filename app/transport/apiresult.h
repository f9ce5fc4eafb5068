#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace rdsbm::transport {

// How a call ended. Exactly one per call.
enum class Outcome {
    Pending,
    Succeeded,
    HttpError,     // a non-2xx status without a recognisable service error body
    ServiceError,  // the provider's error: code, message and request id kept verbatim
    NetworkError,  // no usable HTTP reply: refused, reset, DNS, TLS, too many redirects
    ParseError,    // a 2xx reply that is not the JSON expected, or a reply over the size limit
    TimedOut,
    Canceled,
};

struct ApiResult
{
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString errorCode;      // provider code, e.g. "BackupJobExists", "DBS.200001", "APIGW.0301"
    QString errorMessage;   // the provider's message, or the transport's own explanation
    QString requestId;
    QByteArray body;
    QJsonDocument json;
    QList<std::pair<QByteArray, QByteArray>> responseHeaders;
    int attempts = 0;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    QByteArray responseHeader(const QByteArray &name) const;
    // One line for logs and tests, with no secrets in it.
    QString summary() const;
};

QString outcomeName(Outcome outcome);

} // namespace rdsbm::transport

Q_DECLARE_METATYPE(rdsbm::transport::Outcome)
