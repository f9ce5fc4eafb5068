#pragma once

#include "app/domain/cloudjob.h"
#include "app/providers/alibaba/rdsclient.h"
#include "app/providers/dbs/dbsclient.h"

#include <functional>
#include <optional>

namespace rdsbm::huawei {
class HuaweiRdsClient;
}

namespace rdsbm::operations {

// The client that may ask about a job: its account (CloudJob::profileName) in its region. No
// client means "not mine": the status source then does not handle the job, so a process that
// holds one account's credentials never polls another account's jobs with them.
using RdsClientLookup = std::function<std::optional<alibaba::RdsClient>(const CloudJob &job)>;
using DbsClientLookup = std::function<std::optional<dbs::DbsClient>(const CloudJob &job)>;
using HuaweiClientLookup = std::function<huawei::HuaweiRdsClient *(const CloudJob &job)>;

} // namespace rdsbm::operations
