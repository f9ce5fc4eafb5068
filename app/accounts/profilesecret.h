#pragma once

#include <QString>

#include <optional>

namespace rdsbm::accounts {

// What a profile keeps in the keychain: the AccessKey secret (Alibaba) or SK (Huawei) and, for
// temporary credentials, the security token. Stored as one compact JSON text per profile.
struct ProfileSecret
{
    QString accessKeySecret;
    QString securityToken; // STS (Alibaba) or temporary AK/SK (Huawei); empty otherwise

    bool isEmpty() const { return accessKeySecret.isEmpty(); }
    QString toStoredText() const;
    // Also accepts a bare secret (a keychain entry written by hand).
    static std::optional<ProfileSecret> fromStoredText(const QString &text);

    friend bool operator==(const ProfileSecret &, const ProfileSecret &) = default;
};

} // namespace rdsbm::accounts
