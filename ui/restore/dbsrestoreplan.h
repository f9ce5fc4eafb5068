#pragma once

#include "app/domain/dbsrestorerequest.h"
#include "app/providers/dbs/dbsbackupplan.h"
#include "app/providers/dbs/dbsrestorerange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdsbm::ui {

// What the DBS restore wizard (seed 002) has gathered so far; owned by the wizard, filled in page
// by page. The request holds the destination password in memory only: it is sent, masked in
// the preview, and left out of the job journal.
struct DbsRestorePlan
{
    QString profileName;
    QString regionId;                        // where the backup plans are asked for
    QString preferredSourceInstanceId;       // the instance selected in the main window
    std::optional<dbs::DbsBackupPlan> plan;
    QList<dbs::DbsRestoreRange> ranges;      // DescribeRestoreRangeInfo of the plan
    DbsRestoreRequest request;
    QString clientToken;                     // made once when the wizard opens
    bool startNow = true;

    // The databases the plan backs up (its BackupObjects, [{"DBName": ...}, ...]).
    QStringList planDatabases() const
    {
        QStringList names;
        if (!plan)
            return names;
        const QJsonArray objects = QJsonDocument::fromJson(plan->backupObjects.toUtf8()).array();
        for (const QJsonValue &object : objects) {
            const QString name = object.toObject().value(QStringLiteral("DBName")).toString();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return names;
    }
};

} // namespace rdsbm::ui
