#pragma once

#include "app/domain/cloudjob.h"

#include <QDateTime>
#include <QString>

namespace rdsbm::huawei {

// GET /v3/{project_id}/jobs?id=: where an asynchronous RDS job is.
struct HuaweiJobInfo
{
    QString id;
    QString name;          // e.g. RestoreToExistingInstance, CreateMysqlSingleHAInstance
    QString status;        // Running, Completed, Failed (the provider's capitalisation)
    int progressPercent = -1; // from "process": "60%"; -1 when the service gives none
    QDateTime created;     // UTC
    QDateTime ended;       // UTC; invalid while running
    QString failReason;
    QString instanceId;
    QString instanceName;

    JobState state() const;
    // Copies state, progress, the provider's status and the failure reason into `job`.
    void applyTo(CloudJob &job) const;
};

} // namespace rdsbm::huawei
