#pragma once

#include "app/domain/inputproblem.h"
#include "app/transport/apiresult.h"

namespace rdsbm::cli {

// A call a client refused to send, as a failed result: for the few paths where input was
// checked already, so a refusal there is the program's mistake, not the user's.
inline transport::ApiResult rejectedCall(const InputProblems &problems)
{
    transport::ApiResult result;
    result.outcome = transport::Outcome::ServiceError;
    result.errorCode = problems.isEmpty() ? QStringLiteral("InvalidParameter") : problems.first().code;
    result.errorMessage = problems.isEmpty() ? QString() : problems.first().message;
    return result;
}

} // namespace rdsbm::cli
