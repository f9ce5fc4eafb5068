#pragma once

#include "app/accounts/profile.h"
#include "app/accounts/profilesecret.h"
#include "app/catalog/cloudaccount.h"

#include <QUrl>

namespace rdsbm::ui {

// A saved profile and its secret as an account the catalog can talk to. `endpointOverride`
// (--endpoint on the command line) wins over the profile's own endpoint. An Alibaba profile
// that lists only its default region shows every region the account can use (they are
// discovered with DescribeRegions); listing extra regions limits it to those. Huawei profiles
// show exactly their regions, since each needs its own IAM project.
catalog::CloudAccount profileAccount(const accounts::Profile &profile, const accounts::ProfileSecret &secret,
                                     const QUrl &endpointOverride = {});

} // namespace rdsbm::ui
