#pragma once

#include "app/domain/dbinstance.h"
#include "app/domain/restorewindow.h"
#include "app/domain/tablemeta.h"
#include "app/providers/alibaba/rdsreplies.h"
#include "app/providers/alibaba/restoreddrtableparameters.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdsbm::ui {

// What the cross-region restore wizard (seed 000, RestoreDdrTable) has gathered so far; owned by
// the wizard, filled in page by page.
struct DdrRestorePlan
{
    QString profileName;
    std::optional<DbInstance> sourceInstance;
    alibaba::RestoreDdrType restoreType = alibaba::RestoreDdrType::BackupSet;
    QList<alibaba::CrossRegionBackup> crossRegionBackups; // the source's copies in other regions
    std::optional<alibaba::CrossRegionBackup> backupSet;   // with RestoreType 0
    std::optional<RestoreWindow> restorableWindow;         // with RestoreType 1
    QDateTime restoreTime;                                 // with RestoreType 1, UTC
    std::optional<QStringList> sourceDatabases;            // what the backup holds
    std::optional<DbInstance> targetInstance;
    std::optional<QStringList> targetDatabases;
    TableMeta tableMeta;
    QString clientToken; // made once when the wizard opens, sent with every attempt

    // The region the copies are kept in: a copy is restored in that region.
    QString destinationRegion() const
    {
        if (backupSet && !backupSet->crossBackupRegion.isEmpty())
            return backupSet->crossBackupRegion;
        for (const alibaba::CrossRegionBackup &copy : crossRegionBackups)
            if (!copy.crossBackupRegion.isEmpty())
                return copy.crossBackupRegion;
        return {};
    }

    alibaba::RestoreDdrTableParameters parameters() const
    {
        alibaba::RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = targetInstance ? targetInstance->id : QString();
        parameters.regionId = targetInstance ? targetInstance->regionId : destinationRegion();
        parameters.restoreType = restoreType;
        if (restoreType == alibaba::RestoreDdrType::BackupSet) {
            parameters.backupId = backupSet ? backupSet->crossBackupId : QString();
        } else {
            parameters.restoreTime = restoreTime;
            parameters.sourceRegion = sourceInstance ? sourceInstance->regionId : QString();
            parameters.sourceDBInstanceName = sourceInstance ? sourceInstance->id : QString();
            parameters.restorableWindow = restorableWindow;
        }
        parameters.tableMeta = tableMeta;
        parameters.clientToken = clientToken;
        parameters.backupDatabases = sourceDatabases;
        parameters.targetDatabases = targetDatabases;
        return parameters;
    }
};

} // namespace rdsbm::ui
