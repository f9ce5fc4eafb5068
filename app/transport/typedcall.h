#pragma once

#include "app/transport/apicall.h"
#include "app/transport/httptransport.h"

#include <QJsonDocument>
#include <QPointer>

#include <functional>
#include <optional>

namespace rdsbm::transport {

// A call's end as a typed value: `value` is set exactly when the call succeeded and the reply
// parsed; otherwise `result` says why (a reply with missing or mistyped fields is a ParseError
// naming the field, never a silent empty value).
template <typename T>
struct TypedReply
{
    ApiResult result;
    std::optional<T> value;

    bool ok() const { return value.has_value(); }
};

// Reads a successful reply; returns nothing and sets `error` (naming the field) when it can't.
template <typename T>
using ReplyParser = std::function<std::optional<T>(const QJsonDocument &document, QString &error)>;

template <typename T>
using ReplyHandler = std::function<void(TypedReply<T>)>;

// Sends `request`, parses a successful reply with `parse`, and hands the outcome to `handler`
// unless `context` is gone by then. Cancel through the returned pointer; a canceled call still
// reaches the handler with Outcome::Canceled, so callers decide whether to stay silent.
template <typename T>
QPointer<ApiCall> sendTyped(HttpTransport &transport, ApiRequest request, QObject *context,
                            ReplyParser<T> parse, ReplyHandler<T> handler)
{
    ApiCall *call = transport.send(std::move(request));
    QObject::connect(call, &ApiCall::finished, context,
                     [call, parse = std::move(parse), handler = std::move(handler)] {
                         TypedReply<T> reply;
                         reply.result = call->result();
                         if (reply.result.outcome == Outcome::Succeeded) {
                             QString error;
                             reply.value = parse(reply.result.json, error);
                             if (!reply.value) {
                                 reply.result.outcome = Outcome::ParseError;
                                 reply.result.errorMessage = error.isEmpty()
                                     ? QStringLiteral("The reply could not be read")
                                     : error;
                             }
                         }
                         handler(std::move(reply));
                     });
    return call;
}

} // namespace rdsbm::transport
