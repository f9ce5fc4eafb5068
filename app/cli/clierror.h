#pragma once

#include "app/cli/exitcode.h"
#include "app/transport/apiresult.h"

#include <QString>

namespace rdsbm::cli {

// What the CLI prints for any failure, in the contract's form:
//   error: <Code>: <description>
//     <provider's own message>
//     request id: <id>
struct CliError
{
    ExitCode exitCode = ExitCode::InvalidInput;
    QString code;
    QString description;     // in the chosen language
    QString providerMessage; // verbatim, as the service sent it
    QString requestId;

    QString format() const;
};

// Invalid usage or input; nothing was sent.
CliError usageError(const QString &description);
CliError invalidInput(const QString &code, const QString &description);

// A failed call. `catalogProvider` is the error catalog's provider key ("alibaba", "dbs",
// "huawei"); the description is the seed's wording in `language` where there is one.
CliError errorFromResult(const transport::ApiResult &result, const QString &catalogProvider,
                         const QString &operation, const QString &language);

} // namespace rdsbm::cli
