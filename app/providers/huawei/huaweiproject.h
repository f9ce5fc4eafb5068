#pragma once

#include <QString>

namespace rdsbm::huawei {

// An IAM project: one region of an account (or a sub-project in it). Its id goes into every RDS
// path and the X-Project-Id header.
struct HuaweiProject
{
    QString id;
    QString name;      // the region id for a region's system project
    QString domainId;  // the account
    QString parentId;
    bool enabled = true;
};

} // namespace rdsbm::huawei
