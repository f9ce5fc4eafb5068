#include "app/cloudsim/huaweiqueryparameters.h"

#include "app/cloudsim/huaweiauthenticator.h"

#include <algorithm>

namespace rdsbm::cloudsim {

HuaweiQueryParameters::HuaweiQueryParameters(const QByteArray &rawQuery)
    : m_parameters(HuaweiAuthenticator::decodeQuery(rawQuery))
{
}

bool HuaweiQueryParameters::contains(const QString &name) const
{
    for (const auto &[key, value] : m_parameters)
        if (key == name)
            return true;
    return false;
}

QString HuaweiQueryParameters::value(const QString &name) const
{
    for (const auto &[key, value] : m_parameters)
        if (key == name)
            return value;
    return {};
}

std::optional<int> HuaweiQueryParameters::integer(const QString &name, int fallback, int minimum,
                                                  int maximum) const
{
    if (!contains(name))
        return fallback;
    const QString text = value(name);
    bool ok = false;
    const int number = text.toInt(&ok);
    const bool digitsOnly = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit();
    });
    if (!ok || !digitsOnly || number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

} // namespace rdsbm::cloudsim
