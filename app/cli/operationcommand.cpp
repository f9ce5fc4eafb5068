#include "app/cli/operationcommand.h"

#include "app/cli/confirmation.h"
#include "app/cli/console.h"
#include "app/cli/jobfollower.h"
#include "app/jobs/cloudjobjson.h"
#include "app/jobs/jobtracker.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

using operations::OperationOutcome;

OperationCommand::OperationCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
    , m_follower(new JobFollower(context, this))
{
    connect(m_follower, &JobFollower::ended, this, &OperationCommand::onJobEnded);
    connect(m_follower, &JobFollower::pollRefused, this,
            [this](const transport::ApiResult &result, const QString &action) {
                failCall(result, m_catalogProvider, action);
            });
    connect(m_follower, &JobFollower::gaveUp, this, [this](const transport::ApiResult &result, const QString &action) {
        failCall(result, m_catalogProvider, action);
    });
}

void OperationCommand::runOperation(operations::LongOperation *operation, const QString &catalogProvider)
{
    m_operation = operation;
    m_operation->setParent(this);
    m_operation->setTimeouts(cli().timeouts);
    m_catalogProvider = catalogProvider;
    connect(m_operation, &operations::LongOperation::prepared, this, &OperationCommand::onPrepared);
    connect(m_operation, &operations::LongOperation::finished, this, &OperationCommand::onFinished);
    connect(m_operation, &operations::LongOperation::progressNoted, this, [this](const QString &message) { note(message); });
    connect(m_operation, &operations::LongOperation::jobRecorded, this, [this](const QString &localId) {
        note(tr("Job %1 recorded; if this command is interrupted, follow it with: rdsbm jobs wait %1").arg(localId));
        if (followsJob())
            m_follower->follow(localId);
    });
    m_operation->prepare();
}

void OperationCommand::onPrepared()
{
    const operations::OperationResult &result = m_operation->result();
    switch (result.outcome) {
    case OperationOutcome::Ready:
        break;
    case OperationOutcome::Rejected:
        return failProblems(result.problems);
    default:
        return failCall(result.failure, m_catalogProvider, result.failedAction);
    }
    auto *confirmation = new Confirmation(console(), cli().globals().yes, this);
    connect(confirmation, &Confirmation::declined, this, [this](const CliError &error) { fail(error); });
    connect(confirmation, &Confirmation::confirmed, this, [this] {
        if (!m_operation->result().clientToken.isEmpty())
            note(tr("ClientToken: %1 (to retry this same request, pass --client-token %1)")
                     .arg(m_operation->result().clientToken));
        m_operation->submit();
    });
    confirmation->ask(m_operation->preview());
}

QJsonObject OperationCommand::resultObject(const operations::OperationResult &result) const
{
    if (result.replies.size() == 1 && result.replies.contains(m_operation->action()))
        return result.replies.value(m_operation->action()).toObject();
    return result.replies;
}

void OperationCommand::onFinished()
{
    const operations::OperationResult &result = m_operation->result();
    switch (result.outcome) {
    case OperationOutcome::Submitted:
        if (!followsJob())
            return finishWithObject(resultObject(result));
        if (const auto job = cli().tracker.job(result.localJobId); job && (job->isFinished() || job->state == JobState::Unknown))
            return onJobEnded(*job);
        return; // the follower reports the end
    case OperationOutcome::Rejected:
        return failProblems(result.problems);
    case OperationOutcome::NotRecorded:
        return fail(CliError{ExitCode::LocalFailure, u"JournalNotWritable"_s,
                             tr("The job could not be recorded, so nothing was sent: %1").arg(result.message), {}, {}});
    case OperationOutcome::Ambiguous:
    case OperationOutcome::Canceled: {
        CliError error = errorFromResult(result.failure, m_catalogProvider, result.failedAction, cli().language);
        error.exitCode = ExitCode::NetworkError;
        error.providerMessage = result.message + u' '
            + tr("The job %1 stays recorded; rdsbm jobs wait %1 finds out what happened.").arg(result.localJobId);
        return fail(error);
    }
    default:
        return failCall(result.failure, m_catalogProvider, result.failedAction);
    }
}

void OperationCommand::onJobEnded(const CloudJob &job)
{
    if (isFinished() || !m_operation || m_operation->stage() != operations::LongOperation::Stage::Finished)
        return;
    const QJsonObject object = resultObject(m_operation->result());
    if (job.state == JobState::Succeeded)
        return finishWithObject(object);
    printObject(object); // the submission's ids, still worth having
    if (job.state == JobState::Unknown) {
        return fail(CliError{ExitCode::NetworkError, job.errorCode.isEmpty() ? u"JobStateUnknown"_s : job.errorCode,
                             job.errorMessage.isEmpty() ? tr("What became of job %1 is unknown.").arg(job.localId)
                                                        : job.errorMessage,
                             {}, {}});
    }
    fail(CliError{ExitCode::ServiceError, job.errorCode.isEmpty() ? u"JobFailed"_s : job.errorCode,
                  tr("The job %1 ended in the state %2.").arg(job.localId, jobs::jobStateKey(job.state)),
                  job.errorMessage, {}});
}

} // namespace rdsbm::cli
