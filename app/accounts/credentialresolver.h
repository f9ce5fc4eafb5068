#pragma once

#include "app/accounts/profile.h"
#include "app/signing/signingtypes.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace rdsbm::accounts {

class ProfileStore;
class SecretStore;

struct ResolvedCredentials
{
    Provider provider = Provider::Alibaba;
    std::optional<Profile> profile;      // absent when the environment supplied the credentials
    signing::AlibabaCredentials alibaba; // set for Alibaba (RDS and DBS)
    signing::HuaweiCredentials huawei;   // set for Huawei
    QString huaweiProjectId;             // from HUAWEICLOUD_SDK_PROJECT_ID or the profile's cache; may be empty
};

struct CredentialResolution
{
    std::optional<ResolvedCredentials> credentials;
    QString problem; // a sentence for the user when there are none

    bool ok() const { return credentials.has_value(); }
};

// Finds the credentials a command or window uses, in this order:
//  1. the named profile (its secret read from the SecretStore), when a name is given;
//  2. the provider's SDK environment variables;
//  3. the default profile, when it is for this provider.
class CredentialResolver
{
public:
    using Handler = std::function<void(const CredentialResolution &resolution)>;

    CredentialResolver(ProfileStore &profiles, SecretStore &secrets,
                       QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // `region` picks the cached Huawei project id. `handler` runs on a later event-loop turn,
    // only while `context` lives.
    void resolve(Provider provider, const QString &profileName, const QString &region, QObject *context,
                 Handler handler);

private:
    void resolveProfile(const Profile &profile, const QString &region, QObject *context, Handler handler);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QProcessEnvironment m_environment;
};

} // namespace rdsbm::accounts
