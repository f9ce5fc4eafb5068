#include "app/cli/jobfollower.h"

#include "app/cli/console.h"
#include "app/cli/dbsrestorecommand.h"
#include "app/jobs/cloudjobjson.h"
#include "app/jobs/jobtracker.h"
#include "app/operations/backupjobstatussource.h"
#include "app/operations/dbsrestorestatussource.h"
#include "app/operations/ddrrestorestatussource.h"
#include "app/operations/failurekind.h"
#include "app/operations/huaweijobstatussource.h"
#include "app/providers/huawei/huaweirdsclient.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

JobFollower::JobFollower(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    installSources();
    connect(&m_context.tracker, &jobs::JobTracker::jobChanged, this, &JobFollower::onJobChanged);
}

void JobFollower::installSources()
{
    QPointer<JobFollower> self(this);
    const operations::RdsClientLookup rdsLookup = [self](const CloudJob &job) -> std::optional<alibaba::RdsClient> {
        if (!self || job.localId != self->m_localId || !self->m_rds)
            return std::nullopt;
        return self->m_rds->regionId() == job.regionId || job.regionId.isEmpty() ? *self->m_rds
                                                                                   : self->m_rds->inRegion(job.regionId);
    };
    const operations::DbsClientLookup dbsLookup = [self](const CloudJob &job) -> std::optional<dbs::DbsClient> {
        if (!self || job.localId != self->m_localId || !self->m_dbs)
            return std::nullopt;
        return self->m_dbs->regionId() == job.regionId || job.regionId.isEmpty() ? *self->m_dbs
                                                                                   : self->m_dbs->inRegion(job.regionId);
    };
    const operations::HuaweiClientLookup huaweiLookup = [self](const CloudJob &job) -> huawei::HuaweiRdsClient * {
        if (!self || job.localId != self->m_localId)
            return nullptr;
        return self->m_huawei.data();
    };
    const operations::PollFailureObserver observer = [self](const CloudJob &job, const QString &action,
                                                            const transport::ApiResult &result) {
        if (self)
            self->onPollFailure(job, action, result);
    };
    std::vector<std::shared_ptr<operations::ProviderStatusSource>> sources{
        std::make_shared<operations::BackupJobStatusSource>(rdsLookup),
        std::make_shared<operations::DdrRestoreStatusSource>(rdsLookup),
        // A DBS restore found Submitting is sent again only with the password given again.
        std::make_shared<operations::DbsRestoreStatusSource>(dbsLookup,
                                                             [](const CloudJob &) {
                                                                 return qEnvironmentVariable(
                                                                     DbsRestoreCommand::passwordVariable);
                                                             }),
        std::make_shared<operations::HuaweiJobStatusSource>(huaweiLookup),
    };
    for (const auto &source : sources) {
        source->setPollFailureObserver(observer);
        source->setReadTimeout(m_context.timeouts.reads);
        m_context.tracker.addStatusSource(source);
    }
}

void JobFollower::follow(const QString &localId)
{
    m_localId = localId;
    m_ended = false;
    if (const auto job = m_context.tracker.job(localId))
        report(*job);
}

void JobFollower::resume(const QString &localId)
{
    follow(localId);
    const auto job = m_context.tracker.job(localId);
    if (!job)
        return;
    if (job->isFinished() || job->state == JobState::Unknown) {
        QTimer::singleShot(0, this, [this, job = *job] {
            if (!m_ended) {
                m_ended = true;
                Q_EMIT ended(job);
            }
        });
        return;
    }
    m_context.tracker.resumeUnfinished();
}

void JobFollower::onJobChanged(const CloudJob &job)
{
    if (job.localId != m_localId || m_localId.isEmpty())
        return;
    m_consecutiveFailures = 0;
    report(job);
    if ((job.isFinished() || job.state == JobState::Unknown) && !m_ended) {
        m_ended = true;
        Q_EMIT ended(job);
    }
}

void JobFollower::report(const CloudJob &job)
{
    QString line = tr("Job %1: %2").arg(job.localId, jobs::jobStateKey(job.state));
    if (!job.providerStatus.isEmpty())
        line += u" ("_s + job.providerStatus + u')';
    if (job.progressPercent >= 0 && !job.isFinished())
        line += u' ' + tr("%1%").arg(job.progressPercent);
    if (line != m_lastLine)
        m_context.console.note(line);
    m_lastLine = line;
}

void JobFollower::onPollFailure(const CloudJob &job, const QString &action, const transport::ApiResult &result)
{
    if (job.localId != m_localId || m_ended)
        return;
    if (!operations::FailureKind::isTransient(result)) {
        m_ended = true;
        Q_EMIT pollRefused(result, action);
        return;
    }
    ++m_consecutiveFailures;
    m_context.console.note(tr("Asking about job %1 failed (%2); trying again.").arg(job.localId, result.summary()));
    if (m_consecutiveFailures >= maxConsecutiveFailures) {
        m_ended = true;
        Q_EMIT gaveUp(result, action);
        return;
    }
    if (job.state == JobState::Submitting) {
        // The tracker reconciles once per resume; a failed reconciliation is tried again here.
        QTimer::singleShot(m_context.pollInterval, this, [this] {
            if (!m_ended)
                m_context.tracker.resumeUnfinished();
        });
    }
}

} // namespace rdsbm::cli
