#include "app/providers/alibaba/clienttoken.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

QString ClientToken::generate()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ParameterErrors ClientToken::validate(const QString &token, bool required)
{
    ParameterErrors errors;
    const QString field = u"ClientToken"_s;
    if (token.isEmpty()) {
        if (required)
            errors.append({field, u"MissingParameter"_s,
                           tr("ClientToken is required: make one per user action and reuse it on every retry.")});
        return errors;
    }
    const bool ascii = std::all_of(token.cbegin(), token.cend(),
                                   [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
    if (!ascii)
        errors.append({field, u"InvalidParameter"_s,
                       tr("ClientToken may contain only printable ASCII characters.")});
    if (token.size() > maxLength)
        errors.append({field, u"InvalidParameter"_s,
                       tr("ClientToken must be at most %1 characters long; it has %2.")
                           .arg(maxLength)
                           .arg(token.size())});
    return errors;
}

} // namespace rdsbm::alibaba
