#pragma once

#include <QString>
#include <QUrl>

namespace rdsbm::alibaba {

// The Alibaba Cloud products this client speaks to through the RPC gateway.
enum class AlibabaProduct { Rds, Dbs };

// Where each product lives per region, as the providers' SDK endpoint maps and endpoint pages
// list it (../reference/alibaba-api.md 1.1 and 1.2).
class AlibabaEndpoints
{
public:
    // rds.aliyuncs.com for the regions served centrally, rds.<region>.aliyuncs.com elsewhere.
    static QString rdsHost(const QString &regionId);
    // dbs-api.cn-hangzhou.aliyuncs.com for the regions served centrally, dbs-api.<region>... elsewhere.
    static QString dbsHost(const QString &regionId);
    static QString host(AlibabaProduct product, const QString &regionId);

    // https://<host>/ for the product and region, or, when `override` is set, its scheme, host
    // and port with the path "/": one override covers every product (contract: --endpoint).
    static QUrl baseUrl(AlibabaProduct product, const QString &regionId, const QUrl &override = {});
};

} // namespace rdsbm::alibaba
