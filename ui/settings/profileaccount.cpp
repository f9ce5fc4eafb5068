#include "ui/settings/profileaccount.h"

namespace rdsbm::ui {

catalog::CloudAccount profileAccount(const accounts::Profile &profile, const accounts::ProfileSecret &secret,
                                     const QUrl &endpointOverride)
{
    catalog::CloudAccount account;
    account.profileName = profile.name;
    account.provider = profile.provider;
    const QUrl endpoint = endpointOverride.isEmpty() ? profile.endpoint : endpointOverride;
    if (profile.provider == Provider::Alibaba) {
        account.regions = profile.extraRegions.isEmpty() ? QStringList() : profile.regions();
        account.alibaba.credentials = {profile.accessKeyId, secret.accessKeySecret, secret.securityToken};
        account.alibaba.regionId = profile.defaultRegion;
        account.alibaba.endpoint = endpoint;
        account.alibaba.signatureVersion = profile.signatureVersion == accounts::AlibabaSignatureVersion::V3
            ? alibaba::SignatureVersion::V3
            : alibaba::SignatureVersion::V1;
    } else {
        account.regions = profile.regions();
        account.huawei.profileName = profile.name;
        account.huawei.credentials = {profile.accessKeyId, secret.accessKeySecret, secret.securityToken};
        account.huawei.regionId = profile.defaultRegion;
        account.huawei.projectId = profile.huaweiProjectId(profile.defaultRegion);
        account.huawei.endpoint = endpoint;
    }
    return account;
}

} // namespace rdsbm::ui
