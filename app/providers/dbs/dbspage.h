#pragma once

#include <QList>

namespace rdsbm::dbs {

// One page of a DBS list: PageNum is 0-based.
template <typename T>
struct DbsPage
{
    QList<T> items;
    int pageNum = 0;
    int pageSize = 0;
    qint64 totalElements = 0;
    int totalPages = 0;
};

} // namespace rdsbm::dbs
