#pragma once

#include "app/domain/backupset.h"
#include "app/downloads/backupdownload.h"

#include <QJsonObject>

namespace rdsbm::catalog {

class InstanceCatalog;

// What a queued download remembers about its backup set so that a fresh presigned link can be
// asked for after a restart: never the link itself, which is a credential until it expires.
QJsonObject downloadSource(const BackupSet &backup, const QString &profileName, const QString &regionId,
                           bool intranet);

// Asks the provider for the backup set again (DescribeBackups by BackupId on Alibaba, the
// backup-files API on Huawei) and delivers its current link, or why there is none.
void fetchFreshDownloadLink(InstanceCatalog &instances, const QJsonObject &source, QObject *context,
                            downloads::LinkDelivery deliver);

} // namespace rdsbm::catalog
