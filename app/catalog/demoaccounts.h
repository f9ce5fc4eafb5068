#pragma once

#include "app/catalog/cloudaccount.h"

#include <QList>
#include <QUrl>

namespace rdsbm::catalog {

// The accounts demo mode uses: the simulator's documented default credentials (see the
// contract), pointed at the simulator's loopback address. Alibaba regions are discovered;
// Huawei's are the simulator's four.
QList<CloudAccount> demoAccounts(const QUrl &simulatorUrl);

} // namespace rdsbm::catalog
