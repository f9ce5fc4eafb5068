#include "app/transport/apiresult.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::transport {

QByteArray ApiResult::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : responseHeaders)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString ApiResult::summary() const
{
    QString text = outcomeName(outcome);
    if (httpStatus)
        text += u" HTTP %1"_s.arg(httpStatus);
    if (!errorCode.isEmpty())
        text += u" "_s + errorCode;
    if (!errorMessage.isEmpty())
        text += u": "_s + errorMessage;
    if (!requestId.isEmpty())
        text += u" (request id %1)"_s.arg(requestId);
    return text;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return u"Pending"_s;
    case Outcome::Succeeded: return u"Succeeded"_s;
    case Outcome::HttpError: return u"HttpError"_s;
    case Outcome::ServiceError: return u"ServiceError"_s;
    case Outcome::NetworkError: return u"NetworkError"_s;
    case Outcome::ParseError: return u"ParseError"_s;
    case Outcome::TimedOut: return u"TimedOut"_s;
    case Outcome::Canceled: return u"Canceled"_s;
    }
    return {};
}

} // namespace rdsbm::transport
