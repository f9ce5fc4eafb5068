#include "app/providers/alibaba/alibabaendpoints.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

// The RDS SDK endpoint map: these regions answer on the central host, RegionId picks the region.
const QStringList &rdsCentralRegions()
{
    static const QStringList regions{
        u"cn-qingdao"_s,        u"cn-beijing"_s,           u"cn-hangzhou"_s,
        u"cn-shanghai"_s,       u"cn-shenzhen"_s,          u"cn-heyuan"_s,
        u"cn-hongkong"_s,       u"ap-southeast-1"_s,       u"us-west-1"_s,
        u"us-east-1"_s,         u"cn-shanghai-finance-1"_s, u"cn-shenzhen-finance-1"_s,
        u"cn-north-2-gov-1"_s,  u"cn-beijing-finance-1"_s,
    };
    return regions;
}

// The DBS SDK endpoint map: these regions are all served from the Hangzhou host.
const QStringList &dbsHangzhouRegions()
{
    static const QStringList regions{
        u"cn-qingdao"_s,  u"cn-beijing"_s,          u"cn-hangzhou"_s,
        u"cn-shanghai"_s, u"cn-shenzhen"_s,         u"cn-hongkong"_s,
        u"us-west-1"_s,   u"us-east-1"_s,           u"cn-hangzhou-finance"_s,
        u"cn-shanghai-finance-1"_s, u"cn-shenzhen-finance-1"_s, u"cn-zhangjiakou"_s,
    };
    return regions;
}

} // namespace

QString AlibabaEndpoints::rdsHost(const QString &regionId)
{
    if (regionId.isEmpty() || rdsCentralRegions().contains(regionId))
        return u"rds.aliyuncs.com"_s;
    if (regionId == u"cn-hangzhou-finance"_s)
        return u"rds-vpc.cn-hangzhou-finance.aliyuncs.com"_s;
    return u"rds.%1.aliyuncs.com"_s.arg(regionId);
}

QString AlibabaEndpoints::dbsHost(const QString &regionId)
{
    if (regionId.isEmpty() || dbsHangzhouRegions().contains(regionId))
        return u"dbs-api.cn-hangzhou.aliyuncs.com"_s;
    return u"dbs-api.%1.aliyuncs.com"_s.arg(regionId);
}

QString AlibabaEndpoints::host(AlibabaProduct product, const QString &regionId)
{
    return product == AlibabaProduct::Rds ? rdsHost(regionId) : dbsHost(regionId);
}

QUrl AlibabaEndpoints::baseUrl(AlibabaProduct product, const QString &regionId, const QUrl &override)
{
    QUrl url;
    if (override.isValid() && !override.host().isEmpty()) {
        url.setScheme(override.scheme());
        url.setHost(override.host());
        url.setPort(override.port());
    } else {
        url.setScheme(u"https"_s);
        url.setHost(host(product, regionId));
    }
    url.setPath(u"/"_s);
    return url;
}

} // namespace rdsbm::alibaba
