#pragma once

#include "app/providers/alibaba/alibabarpcrequest.h"
#include "app/providers/alibaba/pagesequence.h"
#include "app/providers/alibaba/startedcall.h"
#include "app/providers/dbs/createrestoretaskparameters.h"
#include "app/providers/dbs/dbsbackupplan.h"
#include "app/providers/dbs/dbsbackupplanquery.h"
#include "app/providers/dbs/dbspage.h"
#include "app/providers/dbs/dbsrestorerange.h"
#include "app/providers/dbs/dbsrestoretask.h"
#include "app/providers/dbs/dbsrestoretaskquery.h"
#include "app/transport/httptransport.h"
#include "app/transport/typedcall.h"

#include <QCoreApplication>

namespace rdsbm::dbs {

// The Alibaba Cloud DBS API (2019-03-06) of one account in one region, through the RPC request
// factory shared with RDS (product Dbs: dbs-api.<region>.aliyuncs.com, or --endpoint). One
// function per operation; each checks its input first: refused input comes back in
// StartedCall::rejected and nothing is sent. Otherwise the handler runs once, unless `context` is
// destroyed first. Every DBS write carries a ClientToken, so it is resent safely after a failure.
class DbsClient
{
    Q_DECLARE_TR_FUNCTIONS(DbsClient)

public:
    template <typename T>
    using Handler = transport::ReplyHandler<T>;

    static constexpr int maxPlanPages = 10000;

    DbsClient(transport::HttpTransport &transport, alibaba::AlibabaRequestFactory factory);

    const alibaba::AlibabaRequestFactory &requestFactory() const { return m_factory; }
    QString regionId() const { return m_factory.account().regionId; }
    DbsClient inRegion(const QString &regionId) const;

    // One page. `Region` filters the plans by region (it is not RegionId).
    alibaba::StartedCall describeBackupPlanList(const DbsBackupPlanQuery &query, QObject *context,
                                                Handler<DbsPage<DbsBackupPlan>> handler) const;
    // Every page (PageSize 100, whatever the query says), from PageNum 0 on, until TotalElements
    // plans are in; duplicates dropped.
    alibaba::StartedListing describeAllBackupPlans(DbsBackupPlanQuery query, QObject *context,
                                                   Handler<QList<DbsBackupPlan>> handler) const;

    // What a plan can be restored to between two times (take them from the plan's
    // Begin/EndTimestampForRestore): points (full backup sets) and continuous ranges.
    alibaba::StartedCall describeRestoreRangeInfo(const QString &backupPlanId, const QDateTime &begin,
                                                  const QDateTime &end, bool recentlyRestore, QObject *context,
                                                  Handler<QList<DbsRestoreRange>> handler) const;

    // Seed 002. Creates the task, which does not run until startRestoreTask. The handler gets the
    // RestoreTaskId.
    alibaba::StartedCall createRestoreTask(const CreateRestoreTaskParameters &parameters, QObject *context,
                                           Handler<QString> handler) const;
    // Without a `clientToken` one is made for this call (and reused by its retries).
    alibaba::StartedCall startRestoreTask(const QString &restoreTaskId, const QString &clientToken,
                                          QObject *context, Handler<QString> handler) const;
    alibaba::StartedCall describeRestoreTaskList(const DbsRestoreTaskQuery &query, QObject *context,
                                                 Handler<DbsPage<DbsRestoreTask>> handler) const;

    // The RPC call an operation sends: product Dbs, version 2019-03-06.
    static alibaba::AlibabaRpcCall dbsCall(const QString &action, signing::QueryParameters parameters);

private:
    template <typename T>
    alibaba::StartedCall send(alibaba::AlibabaRpcCall call, QObject *context, transport::ReplyParser<T> parser,
                              Handler<T> handler) const;

    transport::HttpTransport *m_transport;
    alibaba::AlibabaRequestFactory m_factory;
};

} // namespace rdsbm::dbs
