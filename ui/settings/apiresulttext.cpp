#include "ui/settings/apiresulttext.h"

#include "app/errors/errorcatalog.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

QString ApiResultText::failureSentence(const transport::ApiResult &result, const QString &provider,
                                       const QString &language)
{
    using transport::Outcome;
    switch (result.outcome) {
    case Outcome::ServiceError:
    case Outcome::HttpError:
        if (!result.errorCode.isEmpty()) {
            const QString text = errors::ErrorCatalog::builtIn().displayText(provider, result.errorCode, language,
                                                                              result.errorMessage);
            if (!text.isEmpty())
                return text;
        }
        if (result.httpStatus > 0)
            return tr("The service answered with HTTP status %1.").arg(result.httpStatus);
        return tr("The service refused the request.");
    case Outcome::NetworkError:
        return tr("The service could not be reached: %1").arg(result.errorMessage);
    case Outcome::TimedOut:
        return tr("The service did not answer in time.");
    case Outcome::ParseError:
        return tr("The service's answer could not be read: %1").arg(result.errorMessage);
    case Outcome::Canceled:
        return tr("The request was canceled.");
    case Outcome::Succeeded:
    case Outcome::Pending:
        break;
    }
    return {};
}

QString ApiResultText::references(const transport::ApiResult &result)
{
    QStringList parts;
    if (!result.errorCode.isEmpty())
        parts.append(tr("Error code: %1").arg(result.errorCode));
    if (!result.requestId.isEmpty())
        parts.append(tr("Request ID: %1").arg(result.requestId));
    if (result.httpStatus > 0)
        parts.append(tr("HTTP %1").arg(result.httpStatus));
    return parts.join(u"  ·  "_s);
}

} // namespace rdsbm::ui
