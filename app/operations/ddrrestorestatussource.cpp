#include "app/operations/ddrrestorestatussource.h"

#include "app/operations/failurekind.h"
#include "app/operations/jobparameters.h"
#include "app/providers/alibaba/alibabatime.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

using jobs::JobUpdate;
using transport::TypedReply;

namespace {

const QString restoringStatus = u"Restoring"_s;
const QString runningStatus = u"Running"_s;

JobUpdate unknown(const QString &code, const QString &message)
{
    JobUpdate update;
    update.state = JobState::Unknown;
    update.errorCode = code;
    update.errorMessage = message;
    return update;
}

} // namespace

DdrRestoreStatusSource::DdrRestoreStatusSource(RdsClientLookup clients)
    : m_clients(std::move(clients))
{
}

bool DdrRestoreStatusSource::handles(const CloudJob &job) const
{
    return job.kind == JobKind::RestoreDdrTable && job.provider == Provider::Alibaba && m_clients(job).has_value();
}

void DdrRestoreStatusSource::poll(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    const auto client = m_clients(job);
    CallDeadline deadline;
    const alibaba::StartedCall started = client->describeDBInstanceAttribute(
        job.instanceId, context, [this, job, context, done, deadline](TypedReply<alibaba::DbInstanceAttribute> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeDBInstanceAttribute"_s, reply.result));
            const QString status = reply.value->instance.status;
            if (status == runningStatus && job.providerStatus != restoringStatus)
                return lookForRestoredDatabases(job, context, done);
            JobUpdate update;
            update.state = JobState::Running;
            update.providerStatus = status;
            if (status == runningStatus) {
                update.state = JobState::Succeeded;
                update.progressPercent = 100;
            }
            done(update);
        });
    if (!started.wasSent())
        return done(unknown(started.rejected.first().code, started.rejected.first().message));
    arm(started.call, deadline);
}

QStringList DdrRestoreStatusSource::wholeDatabasesCreated(const CloudJob &job)
{
    InputProblems problems;
    const auto meta = TableMeta::fromJson(job.parameters.value(u"TableMeta"_s).toString(), problems);
    if (!meta || meta->isEmpty())
        return {};
    QStringList names;
    for (const TableMeta::Database &database : meta->databases()) {
        if (!database.tables.isEmpty())
            return {}; // tables may go into a database that was there before: no proof
        names.append(database.newName);
    }
    return names;
}

void DdrRestoreStatusSource::lookForRestoredDatabases(const CloudJob &job, QObject *context,
                                                      std::function<void(JobUpdate)> done)
{
    // Running without Restoring seen: the restore has not begun, or it began and ended between
    // two polls (a short restore, or one that ran while no process followed it, after a crash).
    // A database it restores whole did not exist when it was sent (InvalidDBName.Duplicate), so
    // finding every one of them settles it.
    const auto notSeenYet = [this, job] {
        if (job.createdAt.isValid() && job.createdAt.addSecs(std::chrono::seconds(restoreStartGrace).count()) < now())
            return unknown(u"RDSBM.RestoreNotSeen"_s,
                           tr("The instance %1 never showed the status Restoring after the request; "
                              "check its databases to see whether the restore happened.")
                               .arg(job.instanceId));
        JobUpdate update; // not started yet: keep waiting for Restoring
        update.state = JobState::Running;
        return update;
    };
    const QStringList expected = wholeDatabasesCreated(job);
    if (expected.isEmpty())
        return done(notSeenYet());
    const auto client = m_clients(job);
    CallDeadline deadline;
    const alibaba::StartedListing started = client->describeAllDatabases(
        job.instanceId, context, [this, job, done, expected, notSeenYet, deadline](TypedReply<alibaba::DatabaseList> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return done(failedPoll(job, u"DescribeDatabases"_s, reply.result));
            QSet<QString> present;
            for (const alibaba::DatabaseInfo &database : reply.value->databases)
                present.insert(database.name);
            for (const QString &name : expected)
                if (!present.contains(name))
                    return done(notSeenYet());
            JobUpdate update;
            update.state = JobState::Succeeded;
            update.providerStatus = runningStatus;
            update.progressPercent = 100;
            done(update);
        });
    if (!started.wasSent())
        return done(notSeenYet());
    arm(started.listing, [listing = started.listing] {
        if (listing)
            listing->cancel();
    }, deadline);
}

std::optional<alibaba::RestoreDdrTableParameters> DdrRestoreStatusSource::parametersFromJob(const CloudJob &job,
                                                                                           const QString &clientRegionId)
{
    const QJsonObject stored = job.parameters;
    auto text = [&stored](const QString &name) { return stored.value(name).toString(); };
    alibaba::RestoreDdrTableParameters parameters;
    parameters.dbInstanceId = text(u"DBInstanceId"_s);
    parameters.regionId = text(u"RegionId"_s);
    const QString type = text(u"RestoreType"_s);
    if (type == u"0"_s) {
        parameters.restoreType = alibaba::RestoreDdrType::BackupSet;
        parameters.backupId = text(u"BackupId"_s);
    } else if (type == u"1"_s) {
        parameters.restoreType = alibaba::RestoreDdrType::PointInTime;
        parameters.restoreTime = alibaba::AlibabaTime::parse(text(u"RestoreTime"_s));
    } else {
        return std::nullopt;
    }
    parameters.sourceRegion = text(u"SourceRegion"_s);
    parameters.sourceDBInstanceName = text(u"SourceDBInstanceName"_s);
    InputProblems problems;
    const auto meta = TableMeta::fromJson(text(u"TableMeta"_s), problems);
    if (!meta)
        return std::nullopt;
    parameters.tableMeta = *meta;
    parameters.clientToken = text(u"ClientToken"_s);
    parameters.resourceGroupId = text(u"ResourceGroupId"_s);
    if (parameters.clientToken.isEmpty() || parameters.clientToken != job.clientToken)
        return std::nullopt;
    // Same token, different bytes would be refused (IdempotentParameterMismatch) or worse.
    if (toJobParameters(parameters.toQuery(clientRegionId)) != stored)
        return std::nullopt;
    return parameters;
}

void DdrRestoreStatusSource::reconcile(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done)
{
    const auto client = m_clients(job);
    const auto parameters = parametersFromJob(job, client->regionId());
    if (!parameters) {
        return done(unknown(u"RDSBM.SubmissionUnknown"_s,
                            tr("The journal's copy of this RestoreDdrTable request cannot be sent again unchanged; "
                               "whether the restore into %1 started is unknown.")
                                .arg(job.instanceId)));
    }
    CallDeadline deadline;
    const alibaba::StartedCall started = client->restoreDdrTable(
        *parameters, context, [this, job, done, deadline](TypedReply<alibaba::RestoreDdrTableReply> reply) {
            deadline.apply(reply.result);
            if (reply.ok()) {
                JobUpdate update;
                update.state = JobState::Running;
                update.providerJobId = reply.value->requestId;
                return done(update);
            }
            if (FailureKind::isTransient(reply.result) || reply.result.outcome == transport::Outcome::Canceled)
                return done(failedPoll(job, u"RestoreDdrTable"_s, reply.result));
            // The service refused the request itself: it never ran.
            JobUpdate update;
            update.state = JobState::Failed;
            update.errorCode = reply.result.errorCode.isEmpty() ? transport::outcomeName(reply.result.outcome)
                                                                : reply.result.errorCode;
            update.errorMessage = reply.result.errorMessage;
            done(update);
        });
    if (!started.wasSent())
        return done(unknown(started.rejected.first().code, started.rejected.first().message));
    arm(started.call, deadline);
}

} // namespace rdsbm::operations
