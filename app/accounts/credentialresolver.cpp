#include "app/accounts/credentialresolver.h"

#include "app/accounts/environmentcredentials.h"
#include "app/accounts/profilesecret.h"
#include "app/accounts/profilestore.h"
#include "app/accounts/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace rdsbm::accounts {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("rdsbm::accounts::CredentialResolver", text);
}

void answerLater(QObject *context, CredentialResolver::Handler handler, CredentialResolution resolution)
{
    QTimer::singleShot(0, context, [handler = std::move(handler), resolution = std::move(resolution)] {
        handler(resolution);
    });
}

CredentialResolution failure(const QString &problem)
{
    return CredentialResolution{std::nullopt, problem};
}

QString providerName(Provider provider)
{
    return provider == Provider::Alibaba ? translate("Alibaba Cloud") : translate("Huawei Cloud");
}

} // namespace

CredentialResolver::CredentialResolver(ProfileStore &profiles, SecretStore &secrets, QProcessEnvironment environment)
    : m_profiles(profiles)
    , m_secrets(secrets)
    , m_environment(std::move(environment))
{
}

void CredentialResolver::resolve(Provider provider, const QString &profileName, const QString &region,
                                 QObject *context, Handler handler)
{
    if (!profileName.isEmpty()) {
        const auto profile = m_profiles.profile(profileName);
        if (!profile)
            return answerLater(context, std::move(handler),
                               failure(translate("There is no profile named \"%1\".").arg(profileName)));
        if (profile->provider != provider)
            return answerLater(context, std::move(handler),
                               failure(translate("The profile \"%1\" is for %2, not %3.")
                                           .arg(profileName, providerName(profile->provider), providerName(provider))));
        return resolveProfile(*profile, region, context, std::move(handler));
    }

    ResolvedCredentials resolved;
    resolved.provider = provider;
    QString environmentProblem;
    if (provider == Provider::Alibaba) {
        const auto fromEnvironment = EnvironmentCredentials::alibaba(m_environment);
        environmentProblem = fromEnvironment.problem;
        if (fromEnvironment.credentials) {
            resolved.alibaba = *fromEnvironment.credentials;
            return answerLater(context, std::move(handler), CredentialResolution{resolved, {}});
        }
    } else {
        const auto fromEnvironment = EnvironmentCredentials::huawei(m_environment);
        environmentProblem = fromEnvironment.problem;
        if (fromEnvironment.credentials) {
            resolved.huawei = *fromEnvironment.credentials;
            resolved.huaweiProjectId = fromEnvironment.projectId;
            return answerLater(context, std::move(handler), CredentialResolution{resolved, {}});
        }
    }
    if (!environmentProblem.isEmpty())
        return answerLater(context, std::move(handler), failure(environmentProblem));

    const auto fallback = m_profiles.profile(m_profiles.defaultProfileName());
    if (fallback && fallback->provider == provider)
        return resolveProfile(*fallback, region, context, std::move(handler));

    const QString variables = provider == Provider::Alibaba
        ? translate("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        : translate("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK");
    answerLater(context, std::move(handler),
                failure(translate("No %1 credentials were found: choose a saved profile, or set %2.")
                            .arg(providerName(provider), variables)));
}

void CredentialResolver::resolveProfile(const Profile &profile, const QString &region, QObject *context,
                                        Handler handler)
{
    if (profile.accessKeyId.isEmpty())
        return answerLater(context, std::move(handler),
                           failure(translate("The profile \"%1\" has no access key ID; enter its keys again.")
                                       .arg(profile.name)));
    m_secrets.readSecret(
        SecretStore::keyForProfile(profile.name), context,
        [profile, region, handler = std::move(handler)](const SecretResult &result) {
            if (!result.ok()) {
                QString problem;
                switch (result.status) {
                case SecretStatus::NotFound:
                    problem = translate("No secret is stored for the profile \"%1\"; enter it again.").arg(profile.name);
                    break;
                case SecretStatus::Unavailable:
                    problem = translate("The system keychain is not available (%1). Set the provider's "
                                        "environment variables instead.")
                                  .arg(result.errorMessage);
                    break;
                default:
                    problem = translate("The secret of the profile \"%1\" could not be read from the keychain: %2")
                                  .arg(profile.name, result.errorMessage);
                    break;
                }
                handler(failure(problem));
                return;
            }
            const auto secret = ProfileSecret::fromStoredText(result.secret);
            if (!secret) {
                handler(failure(translate("The keychain entry of the profile \"%1\" is not in the expected form; "
                                          "enter the secret again.")
                                    .arg(profile.name)));
                return;
            }
            ResolvedCredentials resolved;
            resolved.provider = profile.provider;
            resolved.profile = profile;
            if (profile.provider == Provider::Alibaba) {
                resolved.alibaba = signing::AlibabaCredentials{profile.accessKeyId, secret->accessKeySecret,
                                                               secret->securityToken};
            } else {
                resolved.huawei = signing::HuaweiCredentials{profile.accessKeyId, secret->accessKeySecret,
                                                             secret->securityToken};
                resolved.huaweiProjectId =
                    profile.huaweiProjectId(region.isEmpty() ? profile.defaultRegion : region);
            }
            handler(CredentialResolution{resolved, {}});
        });
}

} // namespace rdsbm::accounts
