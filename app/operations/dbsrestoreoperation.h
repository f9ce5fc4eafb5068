#pragma once

#include "app/domain/dbsrestorerequest.h"
#include "app/operations/longoperation.h"
#include "app/providers/dbs/dbsclient.h"

#include <optional>

namespace rdsbm::operations {

// A DBS restore (seed 002): CreateRestoreTask, then StartRestoreTask when asked. prepare() reads
// the backup plan (DescribeBackupPlanList) for its DatabaseType, which decides the engine-
// dependent destination fields, and checks every rule of the seed. Both writes carry a
// ClientToken made once for this action (CreateRestoreTask's may be the user's own), so a resend
// runs each at most once. The journal keeps the request without the destination password.
class DbsRestoreOperation : public LongOperation
{
    Q_OBJECT

public:
    // Journal parameters beyond the request's own.
    static constexpr QStringView startRequestedKey = u"StartRequested";
    static constexpr QStringView startClientTokenKey = u"StartClientToken";

    DbsRestoreOperation(jobs::JobTracker &tracker, dbs::DbsClient client, DbsRestoreRequest request,
                        QString clientToken, bool start, QString profileName, QObject *parent = nullptr);

    QString action() const override { return QStringLiteral("CreateRestoreTask"); }
    const DbsRestoreRequest &request() const { return m_request; }
    const std::optional<dbs::DbsBackupPlan> &plan() const { return m_plan; }
    bool starts() const { return m_start; }

protected:
    void doPrepare() override;
    void doSubmit() override;

private:
    void onPlans(transport::TypedReply<dbs::DbsPage<dbs::DbsBackupPlan>> reply);
    OperationPreview makePreview() const;
    void onCreated(transport::TypedReply<QString> reply);
    void startTask(const QString &restoreTaskId);
    void onStarted(const QString &restoreTaskId, transport::TypedReply<QString> reply);
    InputProblems validate() const;

    dbs::DbsClient m_client;
    DbsRestoreRequest m_request;
    QString m_clientToken;
    QString m_startClientToken;
    bool m_start;
    QString m_profileName;
    std::optional<dbs::DbsBackupPlan> m_plan;
};

} // namespace rdsbm::operations
