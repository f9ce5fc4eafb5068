#include "app/cli/accountresolver.h"

#include "app/accounts/credentialresolver.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

AccountResolver::AccountResolver(Options options, accounts::CredentialResolver *credentials, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(credentials)
{
}

void AccountResolver::resolveAlibaba(const QString &profile, const QString &region, AlibabaHandler handler)
{
    const QString wantedRegion = !region.isEmpty() ? region : m_options.region;
    if (m_options.demoUrl.isValid()) {
        AlibabaTarget target;
        target.profileName = demoProfileName();
        target.account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        target.account.regionId = wantedRegion.isEmpty() ? defaultAlibabaRegion() : wantedRegion;
        target.account.endpoint = m_options.demoUrl;
        QTimer::singleShot(0, this, [handler = std::move(handler), target] { handler(target, {}); });
        return;
    }
    const QString profileName = !profile.isEmpty() ? profile : m_options.profile;
    m_credentials->resolve(
        Provider::Alibaba, profileName, wantedRegion, this,
        [this, wantedRegion, handler = std::move(handler)](const accounts::CredentialResolution &resolution) {
            if (!resolution.ok())
                return handler(std::nullopt, resolution.problem);
            const accounts::ResolvedCredentials &resolved = *resolution.credentials;
            AlibabaTarget target;
            target.account.credentials = resolved.alibaba;
            target.account.regionId = wantedRegion;
            if (resolved.profile) {
                target.profileName = resolved.profile->name;
                if (target.account.regionId.isEmpty())
                    target.account.regionId = resolved.profile->defaultRegion;
                target.account.endpoint = resolved.profile->endpoint;
                target.account.signatureVersion = resolved.profile->signatureVersion == accounts::AlibabaSignatureVersion::V3
                    ? alibaba::SignatureVersion::V3
                    : alibaba::SignatureVersion::V1;
            }
            if (target.account.regionId.isEmpty())
                target.account.regionId = defaultAlibabaRegion();
            if (m_options.endpoint.isValid())
                target.account.endpoint = m_options.endpoint;
            handler(target, {});
        });
}

void AccountResolver::resolveHuawei(const QString &profile, const QString &region, HuaweiHandler handler)
{
    const QString wantedRegion = !region.isEmpty() ? region : m_options.region;
    if (m_options.demoUrl.isValid()) {
        HuaweiTarget target;
        target.account.profileName = demoProfileName();
        target.account.credentials = {u"demo-ak"_s, u"demo-sk"_s, {}};
        target.account.regionId = wantedRegion.isEmpty() ? defaultHuaweiRegion() : wantedRegion;
        target.account.endpoint = m_options.demoUrl;
        QTimer::singleShot(0, this, [handler = std::move(handler), target] { handler(target, {}); });
        return;
    }
    const QString profileName = !profile.isEmpty() ? profile : m_options.profile;
    m_credentials->resolve(
        Provider::Huawei, profileName, wantedRegion, this,
        [this, wantedRegion, handler = std::move(handler)](const accounts::CredentialResolution &resolution) {
            if (!resolution.ok())
                return handler(std::nullopt, resolution.problem);
            const accounts::ResolvedCredentials &resolved = *resolution.credentials;
            HuaweiTarget target;
            target.account.credentials = resolved.huawei;
            target.account.regionId = wantedRegion;
            if (resolved.profile) {
                target.account.profileName = resolved.profile->name;
                if (target.account.regionId.isEmpty())
                    target.account.regionId = resolved.profile->defaultRegion;
                target.account.endpoint = resolved.profile->endpoint;
            }
            if (target.account.regionId.isEmpty())
                target.account.regionId = defaultHuaweiRegion();
            // The environment's project id, or the one cached with the profile for this region.
            target.account.projectId = resolved.huaweiProjectId;
            if (target.account.projectId.isEmpty() && resolved.profile)
                target.account.projectId = resolved.profile->huaweiProjectId(target.account.regionId);
            if (m_options.endpoint.isValid())
                target.account.endpoint = m_options.endpoint;
            handler(target, {});
        });
}

} // namespace rdsbm::cli
