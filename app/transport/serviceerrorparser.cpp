#include "app/transport/serviceerrorparser.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::transport {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

std::optional<ServiceErrorBody> fromMembers(const QJsonObject &object, const QString &codeKey,
                                            const QString &messageKey)
{
    const QString code = text(object.value(codeKey));
    if (code.isEmpty())
        return std::nullopt;
    ServiceErrorBody body{code, text(object.value(messageKey)), {}};
    for (const auto &key : {u"RequestId"_s, u"request_id"_s, u"requestId"_s}) {
        if (body.requestId.isEmpty())
            body.requestId = text(object.value(key));
    }
    return body;
}

} // namespace

std::optional<ServiceErrorBody> parseServiceError(const QJsonDocument &document, bool successStatus)
{
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();

    if (successStatus) {
        // DBS reports some failures in a 2xx body.
        const QJsonValue success = object.value(u"Success"_s);
        if (success.isBool() && !success.toBool()) {
            auto body = fromMembers(object, u"ErrCode"_s, u"ErrMessage"_s);
            if (!body)
                body = fromMembers(object, u"Code"_s, u"Message"_s);
            if (!body)
                body = ServiceErrorBody{u"Unknown"_s, {}, text(object.value(u"RequestId"_s))};
            return body;
        }
        return std::nullopt;
    }

    if (auto body = fromMembers(object, u"Code"_s, u"Message"_s))
        return body;
    if (auto body = fromMembers(object, u"error_code"_s, u"error_msg"_s))
        return body;
    if (auto body = fromMembers(object, u"ErrCode"_s, u"ErrMessage"_s))
        return body;
    if (object.value(u"error"_s).isObject()) {
        const QJsonObject nested = object.value(u"error"_s).toObject();
        if (auto body = fromMembers(nested, u"error_code"_s, u"error_msg"_s))
            return body;
        if (auto body = fromMembers(nested, u"code"_s, u"message"_s))
            return body;
    }
    return fromMembers(object, u"code"_s, u"message"_s);
}

} // namespace rdsbm::transport
