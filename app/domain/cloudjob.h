#pragma once

#include "app/domain/provider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rdsbm {

enum class JobKind { CreateBackup, RestoreDdrTable, DbsRestore, HuaweiRestore, Download };

// Where a job is. Submitting is recorded before the request leaves, so a crash between sending
// and recording the provider id is found again and reconciled, never blindly resubmitted.
enum class JobState { Submitting, Running, Succeeded, Failed, Canceled, Unknown };

struct CloudJob
{
    QString localId;          // ours, stable across restarts
    JobKind kind = JobKind::CreateBackup;
    Provider provider = Provider::Alibaba;
    QString profileName;
    QString regionId;
    QString instanceId;       // the instance the job acts on (target for restores)
    QString providerJobId;    // BackupJobId, RestoreTaskId, job_id; empty until the provider answers
    QString clientToken;      // reused on every resend of the same submission
    QString requestId;        // the provider's request id of the reply that decided the submission
    JobState state = JobState::Submitting;
    int progressPercent = -1; // -1: the provider gives no figure
    QString providerStatus;   // the provider's own word, e.g. "Uploading", "Running"
    QString errorCode;
    QString errorMessage;
    QDateTime createdAt;
    QDateTime finishedAt;
    QJsonObject parameters;   // what was submitted (no secrets), to show and to reconcile

    bool isFinished() const
    {
        return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Canceled;
    }
};

} // namespace rdsbm
