#include "app/cli/jobswaitcommand.h"

#include "app/cli/jobfollower.h"
#include "app/jobs/cloudjobjson.h"
#include "app/jobs/jobtracker.h"
#include "app/providers/huawei/huaweirdsclient.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

JobsWaitCommand::JobsWaitCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
    , m_follower(new JobFollower(context, this))
{
    connect(m_follower, &JobFollower::ended, this, &JobsWaitCommand::onEnded);
    auto onFailure = [this](const transport::ApiResult &result, const QString &action) {
        failCall(result, m_catalogProvider, action);
    };
    connect(m_follower, &JobFollower::pollRefused, this, onFailure);
    connect(m_follower, &JobFollower::gaveUp, this, onFailure);
}

void JobsWaitCommand::start()
{
    const QStringList &arguments = cli().commandLine.arguments;
    if (arguments.size() != 1)
        return fail(usageError(tr("rdsbm jobs wait takes one job id (the localId that rdsbm jobs list shows).")));
    const QString wanted = arguments.first();
    std::optional<CloudJob> job = cli().tracker.job(wanted);
    if (!job) {
        // The provider's id works too, when it names one job only.
        QList<CloudJob> matches;
        for (const CloudJob &candidate : cli().tracker.jobs())
            if (candidate.providerJobId == wanted)
                matches.append(candidate);
        if (matches.size() == 1)
            job = matches.first();
    }
    if (!job)
        return fail(invalidInput(u"JobNotFound"_s,
                                 tr("There is no job %1 in the journal of %2.").arg(wanted, cli().stateDirectory)));
    // The job is asked about with the account it was made with (demo jobs live in their own journal).
    const QString profile = cli().globals().demo ? QString() : job->profileName;
    m_catalogProvider = job->kind == JobKind::DbsRestore ? u"dbs"_s
                        : job->provider == Provider::Huawei ? u"huawei"_s
                                                            : u"alibaba"_s;
    const QString localId = job->localId;
    if (job->provider == Provider::Huawei) {
        withHuawei(
            [this, localId](huawei::HuaweiRdsClient &client) {
                m_follower->setHuaweiClient(&client);
                m_follower->resume(localId);
            },
            profile, job->regionId);
    } else {
        withAlibaba(
            [this, localId](const AlibabaTarget &target) {
                m_follower->setAlibabaClient(rdsClient(target));
                m_follower->setDbsClient(dbs::DbsClient(cli().transport, alibaba::AlibabaRequestFactory(target.account)));
                m_follower->resume(localId);
            },
            profile, job->regionId);
    }
}

void JobsWaitCommand::onEnded(const CloudJob &job)
{
    printObject(jobs::toJson(job));
    switch (job.state) {
    case JobState::Succeeded:
        return finishWithCode(0);
    case JobState::Unknown:
        return fail(CliError{ExitCode::NetworkError, job.errorCode.isEmpty() ? u"JobStateUnknown"_s : job.errorCode,
                             job.errorMessage.isEmpty() ? tr("What became of job %1 is unknown.").arg(job.localId)
                                                        : job.errorMessage,
                             {}, {}});
    default:
        fail(CliError{ExitCode::ServiceError, job.errorCode.isEmpty() ? u"JobFailed"_s : job.errorCode,
                      tr("The job %1 ended in the state %2.").arg(job.localId, jobs::jobStateKey(job.state)),
                      job.errorMessage, {}});
    }
}

} // namespace rdsbm::cli
