#include "app/providers/dbs/dbsbackupplanquery.h"

#include "app/providers/alibaba/parametercheck.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::dbs {

alibaba::ParameterErrors DbsBackupPlanQuery::validate() const
{
    alibaba::ParameterCheck check;
    check.oneOf(u"BackupPlanStatus"_s, backupPlanStatus,
                {u"wait"_s, u"init"_s, u"running"_s, u"stop"_s, u"pause"_s, u"locked"_s, u"check_pass"_s});
    check.pageSizeBetween(u"PageSize"_s, pageSize, 1, maxPageSize);
    if (pageNum < 0)
        check.add(u"PageNum"_s, u"InvalidParameter"_s,
                  QCoreApplication::translate("rdsbm::dbs::DbsBackupPlanQuery",
                                              "PageNum counts from 0 and cannot be negative."));
    for (const QString &id : backupPlanIds) {
        if (id.trimmed().isEmpty() || id.contains(u','))
            check.add(u"BackupPlanId"_s, u"InvalidParameter"_s,
                      QCoreApplication::translate("rdsbm::dbs::DbsBackupPlanQuery",
                                                  "Each BackupPlanId must be a single, non-empty id."));
    }
    return check.errors();
}

signing::QueryParameters DbsBackupPlanQuery::toQuery() const
{
    signing::QueryParameters query;
    const auto put = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    put(u"BackupPlanId"_s, backupPlanIds.join(u','));
    put(u"BackupPlanName"_s, backupPlanName);
    put(u"BackupPlanStatus"_s, backupPlanStatus);
    put(u"Region"_s, region);
    put(u"ResourceGroupId"_s, resourceGroupId);
    query.append({u"PageNum"_s, QString::number(pageNum)});
    query.append({u"PageSize"_s, QString::number(pageSize)});
    return query;
}

} // namespace rdsbm::dbs
