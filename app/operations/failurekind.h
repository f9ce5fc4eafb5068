#pragma once

#include "app/transport/apiresult.h"

namespace rdsbm::operations {

// What a failed call says about the request it carried.
class FailureKind
{
public:
    // The failure is the moment's, not the request's: network, timeout, throttling, 5xx. A poll
    // that fails so is asked again later.
    static bool isTransient(const transport::ApiResult &result);

    // A write that failed so may still have been carried out: no reply (timeout, network), a
    // server error, or a success reply we could not read. Before sending it again, look for it.
    static bool mayHaveTakenEffect(const transport::ApiResult &result);
};

} // namespace rdsbm::operations
