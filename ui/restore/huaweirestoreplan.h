#pragma once

#include "app/domain/backupset.h"
#include "app/domain/dbinstance.h"
#include "app/domain/huaweirestorerequest.h"
#include "app/domain/restorewindow.h"
#include "app/operations/huaweirestoreoperation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rdsbm::ui {

// What the Huawei restore wizard (seed 004) has gathered so far; owned by the wizard, filled in
// page by page.
struct HuaweiRestorePlan
{
    QString profileName;
    QString regionId;
    std::optional<DbInstance> sourceInstance;
    HuaweiRestoreSource sourceType = HuaweiRestoreSource::Backup;
    QList<BackupSet> backups;                      // the source's COMPLETED backups
    std::optional<BackupSet> backup;               // with type backup
    std::optional<QList<RestoreWindow>> restoreWindows;
    QDateTime restoreTime;                         // with type timestamp, UTC
    std::optional<DbInstance> targetInstance;

    HuaweiRestoreRequest request() const
    {
        HuaweiRestoreRequest request;
        if (sourceInstance)
            request.sourceInstance = *sourceInstance;
        if (targetInstance)
            request.targetInstance = *targetInstance;
        request.sourceType = sourceType;
        if (sourceType == HuaweiRestoreSource::Backup) {
            request.backupId = backup ? backup->id : QString();
            request.backup = backup;
        } else {
            request.restoreTime = restoreTime;
            request.restoreWindows = restoreWindows;
        }
        return request;
    }

    operations::HuaweiRestoreChoice choice() const
    {
        operations::HuaweiRestoreChoice choice;
        choice.sourceInstanceId = sourceInstance ? sourceInstance->id : QString();
        choice.targetInstanceId = targetInstance ? targetInstance->id : QString();
        choice.sourceType = sourceType;
        if (sourceType == HuaweiRestoreSource::Backup)
            choice.backupId = backup ? backup->id : QString();
        else
            choice.restoreTime = restoreTime;
        return choice;
    }
};

} // namespace rdsbm::ui
