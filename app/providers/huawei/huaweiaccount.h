#pragma once

#include "app/signing/signingtypes.h"

#include <QString>
#include <QUrl>

namespace rdsbm::huawei {

// What requests need to reach one region of a Huawei Cloud account.
struct HuaweiAccount
{
    QString profileName;
    signing::HuaweiCredentials credentials;
    QString regionId;   // e.g. cn-north-4; also the name of the region's IAM system project
    QString projectId;  // HUAWEICLOUD_SDK_PROJECT_ID or a cached lookup; empty: asked of IAM
    QUrl endpoint;      // --endpoint: replaces scheme, host and port of RDS and IAM; empty = real hosts
};

} // namespace rdsbm::huawei
