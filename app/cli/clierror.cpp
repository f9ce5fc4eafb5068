#include "app/cli/clierror.h"

#include "app/errors/errorcatalog.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using rdsbm::transport::Outcome;

namespace rdsbm::cli {

namespace {

struct CliErrorText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::cli::CliError)
};

} // namespace

QString CliError::format() const
{
    QString text = u"error: %1: %2\n"_s.arg(code, description);
    if (!providerMessage.isEmpty() && providerMessage != description)
        text += u"  "_s + providerMessage + u'\n';
    if (!requestId.isEmpty())
        text += u"  "_s + CliErrorText::tr("request id: %1").arg(requestId) + u'\n';
    return text;
}

CliError usageError(const QString &description)
{
    return {ExitCode::InvalidInput, u"InvalidUsage"_s, description, {}, {}};
}

CliError invalidInput(const QString &code, const QString &description)
{
    return {ExitCode::InvalidInput, code, description, {}, {}};
}

CliError errorFromResult(const transport::ApiResult &result, const QString &catalogProvider,
                         const QString &operation, const QString &language)
{
    CliError error;
    error.requestId = result.requestId;
    switch (result.outcome) {
    case Outcome::ServiceError:
        error.exitCode = ExitCode::ServiceError;
        error.code = result.errorCode;
        error.providerMessage = result.errorMessage;
        error.description = errors::ErrorCatalog::builtIn().displayText(
            catalogProvider, result.errorCode, language, result.errorMessage, operation);
        break;
    case Outcome::HttpError:
        error.exitCode = ExitCode::ServiceError;
        error.code = u"HTTP%1"_s.arg(result.httpStatus);
        error.description = CliErrorText::tr("The service answered with HTTP status %1 and no error details.")
                                .arg(result.httpStatus);
        error.providerMessage = result.errorMessage;
        break;
    case Outcome::ParseError:
        error.exitCode = ExitCode::ServiceError;
        error.code = u"InvalidResponse"_s;
        error.description = CliErrorText::tr("The service's reply could not be read.");
        error.providerMessage = result.errorMessage;
        break;
    case Outcome::TimedOut:
        error.exitCode = ExitCode::NetworkError;
        error.code = u"Timeout"_s;
        error.description = CliErrorText::tr("The service did not answer in time, even after retries.");
        error.providerMessage = result.errorMessage;
        break;
    case Outcome::NetworkError:
        error.exitCode = ExitCode::NetworkError;
        error.code = u"NetworkError"_s;
        error.description = CliErrorText::tr("The service could not be reached.");
        error.providerMessage = result.errorMessage;
        break;
    case Outcome::Canceled:
        error.exitCode = ExitCode::NetworkError;
        error.code = u"Canceled"_s;
        error.description = CliErrorText::tr("The request was canceled.");
        break;
    case Outcome::Pending:
    case Outcome::Succeeded:
        error.exitCode = ExitCode::Success;
        break;
    }
    return error;
}

} // namespace rdsbm::cli
