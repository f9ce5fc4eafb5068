#pragma once

namespace rdsbm::cli {

// The contract's exit codes; scripts depend on them.
enum class ExitCode : int {
    Success = 0,
    LocalFailure = 1,        // our own side failed: the job journal or an output file could not be written
    InvalidInput = 2,        // invalid usage or input, nothing sent
    ServiceError = 3,        // the service answered with an error
    NetworkError = 4,        // network failure or timeout after retries
    VerificationFailed = 5,  // a downloaded file failed verification
    ConfirmationMissing = 6, // a confirmation was refused or missing
};

} // namespace rdsbm::cli
