#pragma once

#include <QString>
#include <QUrl>

namespace rdsbm::huawei {

// The Huawei Cloud services this client speaks to.
enum class HuaweiService { Rds, Iam };

// Where each service lives per region (../reference/huawei-api.md 1.1 and 1.2).
class HuaweiEndpoints
{
public:
    // rds.<region>.myhuaweicloud.com (eu-west-101 is on .myhuaweicloud.eu).
    static QString rdsHost(const QString &regionId);
    // iam.<region>.myhuaweicloud.com for the regions with their own IAM endpoint, else the global
    // iam.myhuaweicloud.com.
    static QString iamHost(const QString &regionId);
    static QString host(HuaweiService service, const QString &regionId);

    // https://<host> for the service and region, or, when `override` is set, its scheme, host and
    // port: one override covers RDS and IAM alike (contract: --endpoint). The path is empty.
    static QUrl baseUrl(HuaweiService service, const QString &regionId, const QUrl &override = {});
};

} // namespace rdsbm::huawei
