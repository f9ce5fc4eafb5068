#pragma once

#include "app/transport/apiresult.h"

#include <QCoreApplication>
#include <QString>

namespace rdsbm::ui {

// How a failed call reads to a user: a sentence in their language (the seeds' wording for a
// documented code), and apart from it the references support asks for, kept verbatim.
class ApiResultText
{
    Q_DECLARE_TR_FUNCTIONS(ApiResultText)

public:
    // `provider`: "alibaba", "dbs" or "huawei"; `language`: "en", "zh_CN", "zh_TW", "ja".
    static QString failureSentence(const transport::ApiResult &result, const QString &provider,
                                   const QString &language);
    // "Error code: X  ·  Request ID: Y  ·  HTTP 403", only the parts that are known.
    static QString references(const transport::ApiResult &result);
};

} // namespace rdsbm::ui
