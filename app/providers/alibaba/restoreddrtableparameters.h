#pragma once

#include "app/domain/restorewindow.h"
#include "app/domain/tablemeta.h"
#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdsbm::alibaba {

// RestoreType of RestoreDdrTable: from a cross-region backup set, or to a point in time.
enum class RestoreDdrType { BackupSet = 0, PointInTime = 1 };

// RestoreDdrTable (seed 000): restore databases and tables of a cross-region backup into an
// existing instance.
struct RestoreDdrTableParameters
{
    Q_DECLARE_TR_FUNCTIONS(RestoreDdrTableParameters)

public:
    QString dbInstanceId;          // the existing instance restored INTO
    QString regionId;              // its region; empty: the client's region
    RestoreDdrType restoreType = RestoreDdrType::BackupSet;
    QString backupId;              // RestoreType 0: the cross-region backup set id
    QDateTime restoreTime;         // RestoreType 1: earlier than now, sent to the second in UTC
    QString sourceRegion;          // RestoreType 1
    QString sourceDBInstanceName;  // RestoreType 1: the source instance id
    TableMeta tableMeta;
    QString clientToken;           // made once per user action (ClientToken::generate), reused on retries
    QString resourceGroupId;

    // Not sent; checked when known. The databases in the backup, those already on the target, and
    // the window a point-in-time restore must fall in (DescribeAvailableRecoveryTime).
    std::optional<QStringList> backupDatabases;
    std::optional<QStringList> targetDatabases;
    std::optional<RestoreWindow> restorableWindow;

    bool restoresIntoSource() const;

    ParameterErrors validate(const QDateTime &nowUtc) const;
    signing::QueryParameters toQuery(const QString &clientRegionId) const;
};

} // namespace rdsbm::alibaba
