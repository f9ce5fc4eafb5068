#include "app/catalog/demoaccounts.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::catalog {

QList<CloudAccount> demoAccounts(const QUrl &simulatorUrl)
{
    CloudAccount alibabaDemo;
    alibabaDemo.profileName = u"demo-alibaba"_s;
    alibabaDemo.provider = Provider::Alibaba;
    alibabaDemo.alibaba.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
    alibabaDemo.alibaba.regionId = u"cn-hangzhou"_s;
    alibabaDemo.alibaba.endpoint = simulatorUrl;

    CloudAccount huaweiDemo;
    huaweiDemo.profileName = u"demo-huawei"_s;
    huaweiDemo.provider = Provider::Huawei;
    huaweiDemo.regions = {u"cn-north-4"_s, u"cn-east-3"_s, u"cn-south-1"_s, u"ap-southeast-1"_s};
    huaweiDemo.huawei.profileName = huaweiDemo.profileName;
    huaweiDemo.huawei.credentials = {u"demo-ak"_s, u"demo-sk"_s, {}};
    huaweiDemo.huawei.regionId = u"cn-north-4"_s;
    huaweiDemo.huawei.projectId = u"0123456789abcdef0123456789abcdef"_s;
    huaweiDemo.huawei.endpoint = simulatorUrl;

    return {alibabaDemo, huaweiDemo};
}

} // namespace rdsbm::catalog
