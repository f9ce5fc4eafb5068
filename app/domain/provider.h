#pragma once

#include <QString>

namespace rdsbm {

// DBS is an Alibaba Cloud product: same credentials, same gateway, its own API version.
enum class Provider { Alibaba, Huawei };

inline QString providerKey(Provider provider)
{
    return provider == Provider::Alibaba ? QStringLiteral("alibaba") : QStringLiteral("huawei");
}

} // namespace rdsbm
