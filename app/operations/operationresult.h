#pragma once

#include "app/domain/inputproblem.h"
#include "app/transport/apiresult.h"

#include <QJsonObject>
#include <QString>

namespace rdsbm::operations {

// How a long operation's preparation or submission ended.
enum class OperationOutcome {
    Pending,
    Ready,       // prepare(): checked, nothing sent yet; submit() may follow
    Rejected,    // the input breaks a documented rule; nothing was sent, nothing recorded
    Failed,      // a call failed for certain (or the service refused the request)
    NotRecorded, // the job journal could not be written, so nothing was sent
    Ambiguous,   // the request may have reached the service: the job stays Submitting in the
                 // journal, to be reconciled (never blindly resent)
    Submitted,   // the provider accepted it; the job tracker follows it from here
    Canceled,
};

struct OperationResult
{
    OperationOutcome outcome = OperationOutcome::Pending;
    InputProblems problems;          // Rejected
    transport::ApiResult failure;    // Failed, Ambiguous: the call that decided it
    QString failedAction;            // that call's action, e.g. "DescribeDBInstanceAttribute"
    QString message;                 // NotRecorded, Ambiguous: a sentence for the user
    QString localJobId;              // set from the moment the job is recorded
    QString providerJobId;           // BackupJobId, RestoreTaskId, job_id, or the RequestId
    QString clientToken;             // the token every attempt of this action carries
    bool adopted = false;            // the job was found by reconciliation, not in a reply
    // The response bodies of the submission's calls, by action: {"CreateBackup": {...}}.
    QJsonObject replies;

    bool succeeded() const { return outcome == OperationOutcome::Submitted; }
};

} // namespace rdsbm::operations
