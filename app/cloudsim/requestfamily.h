#pragma once

namespace rdsbm::cloudsim {

// Which part of the simulator a request is for; decides the error dialect and which faults apply.
enum class RequestFamily {
    Diagnostic, // /_sim/...: never faulted
    AlibabaApi, // "/" RPC, RDS and DBS
    HuaweiApi,  // /v3/...
    BackupFile, // download links served by BackupFileStore
    Unknown,
};

} // namespace rdsbm::cloudsim
