#include "app/operations/failurekind.h"

using namespace Qt::Literals::StringLiterals;
using rdsbm::transport::Outcome;

namespace rdsbm::operations {

namespace {

bool isServerSideFailure(const transport::ApiResult &result)
{
    if (result.httpStatus >= 500)
        return true;
    return result.errorCode == u"ServiceUnavailable"_s || result.errorCode == u"InternalError"_s
        || result.errorCode.startsWith(u"DBS.108"_s) || result.errorCode == u"DBS.200005"_s;
}

} // namespace

bool FailureKind::isTransient(const transport::ApiResult &result)
{
    switch (result.outcome) {
    case Outcome::NetworkError:
    case Outcome::TimedOut:
        return true;
    case Outcome::HttpError:
        return result.httpStatus >= 500 || result.httpStatus == 429;
    case Outcome::ServiceError:
        return result.errorCode.startsWith(u"Throttling"_s) || result.errorCode == u"APIGW.0308"_s
            || isServerSideFailure(result);
    default:
        return false;
    }
}

bool FailureKind::mayHaveTakenEffect(const transport::ApiResult &result)
{
    switch (result.outcome) {
    case Outcome::NetworkError:
    case Outcome::TimedOut:
    case Outcome::Canceled:
    case Outcome::ParseError: // a 2xx reply: accepted, but its ids are unreadable
        return true;
    case Outcome::HttpError:
        return result.httpStatus >= 500;
    case Outcome::ServiceError:
        // Throttling is answered before the request is executed.
        return !result.errorCode.startsWith(u"Throttling"_s) && isServerSideFailure(result);
    default:
        return false;
    }
}

} // namespace rdsbm::operations
