#include "app/providers/huawei/huaweiendpoints.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

namespace {

// Regions whose IAM answers on a regional host (the Go SDK's IAM endpoint table).
const QStringList &regionalIamRegions()
{
    static const QStringList regions{
        u"cn-north-1"_s,     u"cn-north-2"_s,     u"cn-north-4"_s,     u"cn-north-9"_s,
        u"cn-north-12"_s,    u"cn-east-2"_s,      u"cn-east-3"_s,      u"cn-east-4"_s,
        u"cn-east-5"_s,      u"cn-south-1"_s,     u"cn-south-2"_s,     u"cn-southwest-2"_s,
        u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ap-southeast-3"_s, u"ap-southeast-4"_s,
        u"af-south-1"_s,     u"sa-brazil-1"_s,    u"la-south-2"_s,     u"la-north-2"_s,
        u"na-mexico-1"_s,    u"eu-west-0"_s,      u"my-kualalumpur-1"_s, u"ru-moscow-1"_s,
        u"me-east-1"_s,      u"ae-ad-1"_s,        u"tr-west-1"_s,
    };
    return regions;
}

} // namespace

QString HuaweiEndpoints::rdsHost(const QString &regionId)
{
    if (regionId == u"eu-west-101")
        return u"rds.eu-west-101.myhuaweicloud.eu"_s;
    return u"rds.%1.myhuaweicloud.com"_s.arg(regionId);
}

QString HuaweiEndpoints::iamHost(const QString &regionId)
{
    if (regionalIamRegions().contains(regionId))
        return u"iam.%1.myhuaweicloud.com"_s.arg(regionId);
    return u"iam.myhuaweicloud.com"_s;
}

QString HuaweiEndpoints::host(HuaweiService service, const QString &regionId)
{
    return service == HuaweiService::Rds ? rdsHost(regionId) : iamHost(regionId);
}

QUrl HuaweiEndpoints::baseUrl(HuaweiService service, const QString &regionId, const QUrl &override)
{
    QUrl url;
    if (override.isValid() && !override.host().isEmpty()) {
        url.setScheme(override.scheme());
        url.setHost(override.host());
        url.setPort(override.port());
    } else {
        url.setScheme(u"https"_s);
        url.setHost(host(service, regionId));
    }
    return url;
}

} // namespace rdsbm::huawei
