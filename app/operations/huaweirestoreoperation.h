#pragma once

#include "app/domain/huaweirestorerequest.h"
#include "app/operations/longoperation.h"
#include "app/transport/typedcall.h"

#include <QDateTime>

namespace rdsbm::huawei {
class HuaweiRdsClient;
class HuaweiOperation;
}

namespace rdsbm::operations {

// What a user picks for a Huawei restore (seed 004): the instances by id, and a backup or a time.
struct HuaweiRestoreChoice
{
    QString sourceInstanceId;
    QString targetInstanceId;     // the source's id restores the current instance
    HuaweiRestoreSource sourceType = HuaweiRestoreSource::Backup;
    QString backupId;
    QDateTime restoreTime;        // UTC
};

// A restore to the current or an existing Huawei instance (POST /v3/{project_id}/instances/recovery).
// prepare() fetches both instances (ListInstances) and, for a backup, the backup (ListBackups), or,
// for a time, the restorable windows (ListRestoreTimes), then checks seed 004's constraints (same
// engine and version, a volume at least as large, no SQL Server to another instance, a time inside
// a window) and explains each one that fails. The API has no idempotency token: a request without
// a usable reply is never resent; the target's status tells whether it started (RESTORING).
class HuaweiRestoreOperation : public LongOperation
{
    Q_OBJECT

public:
    HuaweiRestoreOperation(jobs::JobTracker &tracker, huawei::HuaweiRdsClient &client, HuaweiRestoreChoice choice,
                           QString profileName, QObject *parent = nullptr);

    QString action() const override { return QStringLiteral("RestoreToExistingInstance"); }
    const HuaweiRestoreRequest &request() const { return m_request; }

protected:
    void doPrepare() override;
    void doSubmit() override;

private:
    void onInstances(const QList<DbInstance> &instances);
    void onBackups(const QList<BackupSet> &backups);
    void onWindows(const QList<RestoreWindow> &windows);
    void check();
    OperationPreview makePreview() const;
    void onRestored(transport::TypedReply<QString> reply);
    void lookAtTarget(const transport::ApiResult &why);
    void trackOperation(huawei::HuaweiOperation *operation, const CallDeadline &deadline, bool isWrite);

    huawei::HuaweiRdsClient &m_client;
    HuaweiRestoreChoice m_choice;
    QString m_profileName;
    HuaweiRestoreRequest m_request;
    InputProblems m_lookupProblems;
};

} // namespace rdsbm::operations
