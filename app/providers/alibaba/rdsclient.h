#pragma once

#include "app/providers/alibaba/alibabarpcrequest.h"
#include "app/providers/alibaba/createbackupparameters.h"
#include "app/providers/alibaba/describebackupsparameters.h"
#include "app/providers/alibaba/describecrossregionbackupsparameters.h"
#include "app/providers/alibaba/describedbinstancesparameters.h"
#include "app/providers/alibaba/pagesequence.h"
#include "app/providers/alibaba/rdsreplies.h"
#include "app/providers/alibaba/restoreddrtableparameters.h"
#include "app/providers/alibaba/startedcall.h"
#include "app/transport/typedcall.h"

#include <QCoreApplication>

namespace rdsbm::alibaba {

// The RDS API (2014-08-15) of one account in one region, one function per operation. Each checks
// its parameters first: refused ones come back in StartedCall::rejected and nothing is sent.
// Otherwise the handler runs once, unless `context` is destroyed first. Copies are cheap.
class RdsClient
{
    Q_DECLARE_TR_FUNCTIONS(RdsClient)

public:
    template <typename T>
    using Handler = transport::ReplyHandler<T>;

    RdsClient(transport::HttpTransport &transport, AlibabaRequestFactory factory);

    const AlibabaRequestFactory &requestFactory() const { return m_factory; }
    QString regionId() const { return m_factory.account().regionId; }
    // The same account in another region: its endpoint and RegionId follow.
    RdsClient inRegion(const QString &regionId) const;
    // The clock requests are signed with; also what "now" means for a restore time.
    QDateTime now() const { return m_factory.now(); }

    // Asked on the central endpoint. One row per region, zones merged. `acceptLanguage`: zh-CN | en-US.
    StartedCall describeRegions(QObject *context, Handler<RegionList> handler,
                                const QString &acceptLanguage = {}) const;

    StartedCall describeDBInstances(const DescribeDBInstancesParameters &parameters, QObject *context,
                                    Handler<DbInstancePage> handler) const;
    // Every page of the region's instances, one after another.
    StartedListing describeAllDBInstances(DescribeDBInstancesParameters parameters, QObject *context,
                                          Handler<DbInstanceList> handler) const;

    StartedCall describeDBInstanceAttribute(const QString &dbInstanceId, QObject *context,
                                            Handler<DbInstanceAttribute> handler) const;

    // One page (PageSize 30, 50 or 100). The reply has no total.
    StartedCall describeDatabases(const QString &dbInstanceId, int pageNumber, int pageSize, QObject *context,
                                  Handler<DatabasePage> handler) const;
    // Pages until one comes back short.
    StartedListing describeAllDatabases(const QString &dbInstanceId, QObject *context,
                                        Handler<DatabaseList> handler) const;

    StartedCall describeBackups(const DescribeBackupsParameters &parameters, QObject *context,
                                Handler<BackupPage> handler) const;

    // Not idempotent and without a ClientToken: never resent once it may have reached the service.
    // After a timeout, ask describeBackupTasks for a running job before trying again.
    StartedCall createBackup(const CreateBackupParameters &parameters, QObject *context,
                             Handler<CreateBackupReply> handler) const;

    // Without `backupJobId`: the jobs not started or in progress. With it: that job, finished too.
    StartedCall describeBackupTasks(const QString &dbInstanceId, const QString &backupJobId, QObject *context,
                                    Handler<BackupTaskList> handler) const;

    StartedCall describeCrossRegionBackups(const DescribeCrossRegionBackupsParameters &parameters,
                                           QObject *context, Handler<CrossRegionBackupPage> handler) const;

    // The window a point-in-time restore of that cross-region backup may pick from.
    StartedCall describeAvailableRecoveryTime(const QString &crossBackupId, const QString &dbInstanceId,
                                              QObject *context, Handler<RecoveryWindow> handler) const;

    // Resent on failure with the same ClientToken, which makes it safe to retry.
    StartedCall restoreDdrTable(const RestoreDdrTableParameters &parameters, QObject *context,
                                Handler<RestoreDdrTableReply> handler) const;

private:
    template <typename T>
    StartedCall send(AlibabaRpcCall call, QObject *context, transport::ReplyParser<T> parser,
                     Handler<T> handler) const;
    AlibabaRpcCall rdsCall(const QString &action, signing::QueryParameters parameters) const;

    transport::HttpTransport *m_transport;
    AlibabaRequestFactory m_factory;
};

} // namespace rdsbm::alibaba
