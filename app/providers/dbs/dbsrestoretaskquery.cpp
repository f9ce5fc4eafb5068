#include "app/providers/dbs/dbsrestoretaskquery.h"

#include "app/providers/alibaba/parametercheck.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::dbs {

namespace {

struct DbsRestoreTaskQueryText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::dbs::DbsRestoreTaskQuery)
};

} // namespace

alibaba::ParameterErrors DbsRestoreTaskQuery::validate() const
{
    alibaba::ParameterCheck check;
    const bool byPlan = !backupPlanId.trimmed().isEmpty();
    const bool byTask = !restoreTaskIds.isEmpty();
    if (byPlan && byTask)
        check.add(u"RestoreTaskId"_s, u"InvalidParameter"_s,
                  DbsRestoreTaskQueryText::tr("Give either BackupPlanId or RestoreTaskId, not both."));
    else if (!byPlan && !byTask)
        check.add(u"BackupPlanId"_s, u"MissingParameter"_s,
                  DbsRestoreTaskQueryText::tr("BackupPlanId or RestoreTaskId is required: the plan whose restore tasks to list, or the "
                     "tasks themselves."));
    for (const QString &id : restoreTaskIds) {
        if (id.trimmed().isEmpty() || id.contains(u','))
            check.add(u"RestoreTaskId"_s, u"InvalidParameter"_s,
                      DbsRestoreTaskQueryText::tr("Each RestoreTaskId must be a single, non-empty id."));
    }
    check.validTime(u"StartTimestamp"_s, startTime);
    check.validTime(u"EndTimestamp"_s, endTime);
    if (startTime.isValid() && endTime.isValid() && endTime < startTime)
        check.add(u"EndTimestamp"_s, u"InvalidParameter"_s, DbsRestoreTaskQueryText::tr("EndTimestamp must not be before StartTimestamp."));
    check.pageSizeBetween(u"PageSize"_s, pageSize, 1, maxPageSize);
    if (pageNum < 0)
        check.add(u"PageNum"_s, u"InvalidParameter"_s, DbsRestoreTaskQueryText::tr("PageNum counts from 0 and cannot be negative."));
    return check.errors();
}

signing::QueryParameters DbsRestoreTaskQuery::toQuery() const
{
    signing::QueryParameters query;
    if (!backupPlanId.isEmpty())
        query.append({u"BackupPlanId"_s, backupPlanId});
    if (!restoreTaskIds.isEmpty())
        query.append({u"RestoreTaskId"_s, restoreTaskIds.join(u',')});
    if (startTime.isValid())
        query.append({u"StartTimestamp"_s, QString::number(startTime.toMSecsSinceEpoch())});
    if (endTime.isValid())
        query.append({u"EndTimestamp"_s, QString::number(endTime.toMSecsSinceEpoch())});
    query.append({u"PageNum"_s, QString::number(pageNum)});
    query.append({u"PageSize"_s, QString::number(pageSize)});
    return query;
}

} // namespace rdsbm::dbs
