#pragma once

#include "app/signing/signingtypes.h"

#include <QString>

#include <optional>

namespace rdsbm::cloudsim {

// A Huawei request's query, decoded as the gateway decodes it, with the checks RDS applies
// to paging parameters.
class HuaweiQueryParameters
{
public:
    explicit HuaweiQueryParameters(const QByteArray &rawQuery);

    bool contains(const QString &name) const;
    // The first value; empty when absent.
    QString value(const QString &name) const;

    // A whole number in [minimum, maximum], or `fallback` when absent; nullopt when invalid.
    std::optional<int> integer(const QString &name, int fallback, int minimum, int maximum) const;

private:
    signing::QueryParameters m_parameters;
};

} // namespace rdsbm::cloudsim
