#pragma once

#include "app/domain/provider.h"
#include "app/providers/alibaba/alibabaaccount.h"
#include "app/providers/huawei/huaweiaccount.h"

#include <QString>
#include <QStringList>

namespace rdsbm::catalog {

// One account the user works with, ready to talk: who it is, which provider, which regions to
// show, and how requests reach it. Alibaba accounts with no region list discover theirs
// (DescribeRegions); Huawei accounts list the regions whose projects to use.
struct CloudAccount
{
    QString profileName;
    Provider provider = Provider::Alibaba;
    QStringList regions;
    alibaba::AlibabaAccount alibaba; // for Alibaba (RDS and DBS); regionId is the home region
    huawei::HuaweiAccount huawei;    // for Huawei; regionId is the home region
};

} // namespace rdsbm::catalog
