#include "app/providers/alibaba/restoreddrtableparameters.h"

#include "app/providers/alibaba/alibabatime.h"
#include "app/providers/alibaba/clienttoken.h"
#include "app/providers/alibaba/parametercheck.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

bool RestoreDdrTableParameters::restoresIntoSource() const
{
    return !sourceDBInstanceName.trimmed().isEmpty() && sourceDBInstanceName.trimmed() == dbInstanceId.trimmed();
}

ParameterErrors RestoreDdrTableParameters::validate(const QDateTime &nowUtc) const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);

    if (restoreType == RestoreDdrType::BackupSet) {
        if (backupId.trimmed().isEmpty())
            check.add(u"BackupId"_s, u"RequiredParam.NotFound"_s,
                      tr("BackupId (the cross-region backup set) is required when RestoreType is 0."));
        if (restoreTime.isValid())
            check.add(u"RestoreTime"_s, u"InvalidParameters.Format"_s,
                      tr("RestoreTime goes with RestoreType 1 (point in time), not with a backup set."));
    } else {
        if (!backupId.trimmed().isEmpty())
            check.add(u"BackupId"_s, u"InvalidParameters.Format"_s,
                      tr("BackupId goes with RestoreType 0 (backup set), not with a point in time."));
        if (!restoreTime.isValid()) {
            check.add(u"RestoreTime"_s, u"InvalidRestoreTime.Format"_s,
                      tr("RestoreTime is required when RestoreType is 1: give a UTC time (yyyy-MM-ddTHH:mm:ssZ)."));
        } else if (restoreTime >= nowUtc) {
            check.add(u"RestoreTime"_s, u"InvalidRestoreTime.Format"_s,
                      tr("RestoreTime must be earlier than the current time; %1 is not.")
                          .arg(AlibabaTime::toSeconds(restoreTime)));
        } else if (restorableWindow && !restorableWindow->contains(restoreTime)) {
            check.add(u"RestoreTime"_s, u"InvalidRestoreTime.Format"_s,
                      tr("RestoreTime %1 is outside the restorable window, %2 to %3 (UTC).")
                          .arg(AlibabaTime::toSeconds(restoreTime), AlibabaTime::toSeconds(restorableWindow->start),
                               AlibabaTime::toSeconds(restorableWindow->end)));
        }
        if (sourceRegion.trimmed().isEmpty())
            check.add(u"SourceRegion"_s, u"RequiredParam.NotFound"_s,
                      tr("SourceRegion (the source instance's region) is required when RestoreType is 1."));
        if (sourceDBInstanceName.trimmed().isEmpty())
            check.add(u"SourceDBInstanceName"_s, u"RequiredParam.NotFound"_s,
                      tr("SourceDBInstanceName (the source instance's ID) is required when RestoreType is 1."));
    }

    check.add(tableMeta.validate(backupDatabases, targetDatabases, restoresIntoSource()));

    check.add(ClientToken::validate(clientToken, true));
    return check.errors();
}

signing::QueryParameters RestoreDdrTableParameters::toQuery(const QString &clientRegionId) const
{
    signing::QueryParameters query{
        {u"DBInstanceId"_s, dbInstanceId.trimmed()},
        {u"RestoreType"_s, QString::number(int(restoreType))},
    };
    const QString region = regionId.isEmpty() ? clientRegionId : regionId;
    if (!region.isEmpty())
        query.append({u"RegionId"_s, region});
    if (restoreType == RestoreDdrType::BackupSet)
        query.append({u"BackupId"_s, backupId.trimmed()});
    else
        query.append({u"RestoreTime"_s, AlibabaTime::toSeconds(restoreTime)});
    if (!sourceRegion.trimmed().isEmpty())
        query.append({u"SourceRegion"_s, sourceRegion.trimmed()});
    if (!sourceDBInstanceName.trimmed().isEmpty())
        query.append({u"SourceDBInstanceName"_s, sourceDBInstanceName.trimmed()});
    query.append({u"TableMeta"_s, tableMeta.toJson()});
    query.append({u"ClientToken"_s, clientToken});
    if (!resourceGroupId.isEmpty())
        query.append({u"ResourceGroupId"_s, resourceGroupId});
    return query;
}

} // namespace rdsbm::alibaba
