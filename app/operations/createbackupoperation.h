#pragma once

#include "app/operations/longoperation.h"
#include "app/providers/alibaba/rdsclient.h"

#include <optional>

namespace rdsbm::operations {

// CreateBackup (seed 001), submitted once and followed by the JobTracker (DescribeBackupTasks).
// CreateBackup has no ClientToken: when its reply does not come (timeout, network, 5xx), the
// operation asks DescribeBackupTasks for a running manual job on the instance before anything
// else, adopts it when there is one, and sends again only when there is none. A resend answered
// with BackupJobExists means the first request did arrive: its job is looked up and adopted.
// When even that look-up fails, the job stays Submitting for the tracker to reconcile.
class CreateBackupOperation : public LongOperation
{
    Q_OBJECT

public:
    static constexpr int maxSends = 2;

    CreateBackupOperation(jobs::JobTracker &tracker, alibaba::RdsClient client,
                          alibaba::CreateBackupParameters parameters, QString profileName,
                          QObject *parent = nullptr);

    QString action() const override { return QStringLiteral("CreateBackup"); }
    const alibaba::CreateBackupParameters &parameters() const { return m_parameters; }
    // The instance as DescribeDBInstanceAttribute showed it during prepare().
    const std::optional<alibaba::DbInstanceAttribute> &instance() const { return m_instance; }
    int sends() const { return m_sends; }

protected:
    void doPrepare() override;
    void doSubmit() override;

private:
    void onInstance(transport::TypedReply<alibaba::DbInstanceAttribute> reply);
    OperationPreview makePreview() const;
    void send();
    void onCreated(transport::TypedReply<alibaba::CreateBackupReply> reply);
    void lookForRunningJob(const transport::ApiResult &why);
    void onRunningJobs(transport::TypedReply<alibaba::BackupTaskList> reply, const transport::ApiResult &why);
    void fail(const transport::ApiResult &failure);
    void leaveForReconciliation(const transport::ApiResult &failure, const QString &message);

    alibaba::RdsClient m_client;
    alibaba::CreateBackupParameters m_parameters;
    QString m_profileName;
    std::optional<alibaba::DbInstanceAttribute> m_instance;
    int m_sends = 0;
};

} // namespace rdsbm::operations
