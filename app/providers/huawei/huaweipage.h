#pragma once

#include <QList>

namespace rdsbm::huawei {

// One offset/limit page of a Huawei list and the total the service reports.
template <typename T>
struct HuaweiPage
{
    QList<T> items;
    qint64 totalCount = 0;
};

} // namespace rdsbm::huawei
