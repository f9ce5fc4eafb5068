#include "app/providers/huawei/huaweirdsclient.h"

#include "app/providers/huawei/huaweipagecollector.h"
#include "app/providers/huawei/huaweireplyparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

namespace {

struct HuaweiRdsClientText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::huawei::HuaweiRdsClient)
};

transport::ApiResult canceledResult()
{
    transport::ApiResult result;
    result.outcome = transport::Outcome::Canceled;
    // Spelled out: lupdate loses the class context after a namespace-qualified return type.
    result.errorMessage = QCoreApplication::translate("rdsbm::huawei::HuaweiRdsClient", "The operation was canceled.");
    return result;
}

template <typename T>
transport::TypedReply<T> failedReply(const transport::ApiResult &result)
{
    transport::TypedReply<T> reply;
    reply.result = result;
    return reply;
}

// Hands the final reply to the caller once, unless the context is gone, then lets the operation
// go (and with it any page still in flight).
template <typename T>
std::function<void(transport::TypedReply<T>)> deliverOnce(HuaweiOperation *operation, QObject *context,
                                                          std::function<void(transport::TypedReply<T>)> handler)
{
    auto delivered = std::make_shared<bool>(false);
    return [delivered, operation = QPointer<HuaweiOperation>(operation), context = QPointer<QObject>(context),
            handler = std::move(handler)](transport::TypedReply<T> reply) {
        if (*delivered)
            return;
        *delivered = true;
        if (context)
            handler(std::move(reply));
        if (operation) {
            operation->cancel();
            operation->deleteLater();
        }
    };
}

QString path(const QString &projectId, const QString &rest)
{
    return u"/v3/%1/%2"_s.arg(projectId, rest);
}

} // namespace

HuaweiRdsClient::HuaweiRdsClient(transport::HttpTransport &transport, HuaweiAccount account, Clock clock,
                                 QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_factory(account, std::move(clock))
{
    if (!account.projectId.isEmpty())
        m_projectIds.insert(account.regionId, account.projectId);
}

QString HuaweiRdsClient::knownProjectId() const
{
    return m_projectIds.value(account().regionId);
}

HuaweiOperation *HuaweiRdsClient::startOperation(QObject *context)
{
    auto *operation = new HuaweiOperation(this);
    // A receiver that goes away stops what it asked for.
    connect(context, &QObject::destroyed, operation, &HuaweiOperation::cancel);
    return operation;
}

// --- requests -------------------------------------------------------------------------------

HuaweiCall HuaweiRdsClient::projectLookupCall() const
{
    HuaweiCall call;
    call.service = HuaweiService::Iam;
    call.operation = u"KeystoneListProjects"_s;
    call.path = u"/v3/projects"_s;
    call.query = {{u"name"_s, account().regionId}};
    return call;
}

HuaweiCall HuaweiRdsClient::listInstancesCall(const QString &projectId, const HuaweiInstanceFilter &filter,
                                              qint64 offset, int limit) const
{
    HuaweiCall call;
    call.operation = u"ListInstances"_s;
    call.path = path(projectId, u"instances"_s);
    call.query = filter.queryParameters();
    call.query.append({u"offset"_s, QString::number(offset)});
    call.query.append({u"limit"_s, QString::number(limit)});
    call.projectId = projectId;
    return call;
}

HuaweiCall HuaweiRdsClient::listBackupsCall(const QString &projectId, const HuaweiBackupFilter &filter,
                                            qint64 offset, int limit) const
{
    HuaweiCall call;
    call.operation = u"ListBackups"_s;
    call.path = path(projectId, u"backups"_s);
    call.query = filter.queryParameters();
    call.query.append({u"offset"_s, QString::number(offset)});
    call.query.append({u"limit"_s, QString::number(limit)});
    call.projectId = projectId;
    return call;
}

HuaweiCall HuaweiRdsClient::listRestoreTimesCall(const QString &projectId, const QString &instanceId,
                                                 const QDate &date) const
{
    HuaweiCall call;
    call.operation = u"ListRestoreTimes"_s;
    call.path = path(projectId, u"instances/%1/restore-time"_s.arg(instanceId));
    if (date.isValid())
        call.query = {{u"date"_s, date.toString(u"yyyy-MM-dd"_s)}};
    call.projectId = projectId;
    return call;
}

QByteArray HuaweiRdsClient::restoreBody(const HuaweiRestoreRequest &request)
{
    // Written by hand to keep the seed's member order (instance_id, type, backup_id|restore_time);
    // QJsonObject would sort the keys. Strings are escaped by QJsonDocument.
    const auto text = [](const QString &value) {
        QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return quoted.mid(1, quoted.size() - 2);
    };
    QByteArray source = "{\"instance_id\":" + text(request.sourceInstance.id);
    if (request.sourceType == HuaweiRestoreSource::Backup)
        source += ",\"type\":\"backup\",\"backup_id\":" + text(request.backupId);
    else
        source += ",\"type\":\"timestamp\",\"restore_time\":"
            + QByteArray::number(request.restoreTime.toMSecsSinceEpoch());
    source += '}';
    return "{\"source\":" + source + ",\"target\":{\"instance_id\":" + text(request.targetInstance.id) + "}}";
}

HuaweiCall HuaweiRdsClient::restoreCall(const QString &projectId, const HuaweiRestoreRequest &request) const
{
    HuaweiCall call;
    call.operation = u"RestoreToExistingInstance"_s;
    call.method = "POST";
    call.path = path(projectId, u"instances/recovery"_s);
    call.body = restoreBody(request);
    call.projectId = projectId;
    call.retryPolicy = transport::RetryPolicy::NotIdempotent;
    return call;
}

HuaweiCall HuaweiRdsClient::getJobCall(const QString &projectId, const QString &jobId) const
{
    HuaweiCall call;
    call.operation = u"ListJobInfo"_s;
    call.path = path(projectId, u"jobs"_s);
    call.query = {{u"id"_s, jobId}};
    call.projectId = projectId;
    return call;
}

HuaweiCall HuaweiRdsClient::getBackupFilesCall(const QString &projectId, const QString &backupId) const
{
    HuaweiCall call;
    call.operation = u"ShowBackupDownloadLink"_s;
    call.path = path(projectId, u"backup-files"_s);
    call.query = {{u"backup_id"_s, backupId}};
    call.projectId = projectId;
    return call;
}

// --- project lookup -------------------------------------------------------------------------

void HuaweiRdsClient::withProject(HuaweiOperation *operation, ProjectContinuation next)
{
    const QString known = knownProjectId();
    if (!known.isEmpty()) {
        next(known, {});
        return;
    }
    const QPointer<HuaweiOperation> guarded(operation);
    m_projectWaiters.append({guarded, next});
    operation->onCancel([this, guarded] {
        for (qsizetype index = 0; index < m_projectWaiters.size(); ++index) {
            if (m_projectWaiters.at(index).operation == guarded) {
                const ProjectContinuation waiting = m_projectWaiters.takeAt(index).next;
                waiting({}, canceledResult());
                return;
            }
        }
    });
    if (!m_projectLookup)
        startProjectLookup();
}

void HuaweiRdsClient::startProjectLookup()
{
    const QString region = account().regionId;
    transport::ReplyParser<QList<HuaweiProject>> parse = &HuaweiReplyParser::projects;
    m_projectLookup = transport::sendTyped<QList<HuaweiProject>>(
        m_transport, m_factory.build(projectLookupCall()), this, std::move(parse),
        [this, region](transport::TypedReply<QList<HuaweiProject>> reply) {
            m_projectLookup = nullptr;
            if (!reply.ok()) {
                resolveProjectWaiters({}, reply.result);
                return;
            }
            QStringList ids;
            for (const HuaweiProject &project : std::as_const(*reply.value)) {
                if (project.name == region)
                    ids.append(project.id);
            }
            if (ids.size() == 1) {
                m_projectIds.insert(region, ids.first());
                resolveProjectWaiters(ids.first(), {});
                return;
            }
            transport::ApiResult failure = reply.result;
            failure.outcome = transport::Outcome::ServiceError;
            failure.body.clear();
            failure.json = {};
            if (ids.isEmpty()) {
                failure.errorCode = projectNotFoundCode.toString();
                failure.errorMessage =
                    HuaweiRdsClientText::tr("IAM has no project named %1 for this account: check the region, or set the project id "
                       "(HUAWEICLOUD_SDK_PROJECT_ID) in the profile.")
                        .arg(region);
            } else {
                failure.errorCode = projectAmbiguousCode.toString();
                failure.errorMessage =
                    HuaweiRdsClientText::tr("IAM has %1 projects named %2 (%3): choose one and set its id "
                       "(HUAWEICLOUD_SDK_PROJECT_ID) in the profile.")
                        .arg(ids.size())
                        .arg(region, ids.join(u", "_s));
            }
            resolveProjectWaiters({}, failure);
        });
}

void HuaweiRdsClient::resolveProjectWaiters(const QString &projectId, const transport::ApiResult &failure)
{
    const QList<ProjectWaiter> waiters = std::exchange(m_projectWaiters, {});
    for (const ProjectWaiter &waiter : waiters) {
        if (!waiter.operation)
            continue;
        if (waiter.operation->isCanceled())
            waiter.next({}, canceledResult());
        else
            waiter.next(projectId, failure);
    }
}

HuaweiStarted HuaweiRdsClient::lookUpProjectId(QObject *context, Handler<QString> handler)
{
    HuaweiOperation *operation = startOperation(context);
    auto finish = deliverOnce<QString>(operation, context, std::move(handler));
    // Queued, so that the handler never runs before this function returns, even when the id is known.
    QMetaObject::invokeMethod(
        operation,
        [this, operation, finish] {
            withProject(operation, [finish](const QString &projectId, const transport::ApiResult &failure) {
                if (projectId.isEmpty()) {
                    finish(failedReply<QString>(failure));
                    return;
                }
                transport::TypedReply<QString> reply;
                reply.result = failure;
                reply.result.outcome = transport::Outcome::Succeeded;
                reply.value = projectId;
                finish(std::move(reply));
            });
        },
        Qt::QueuedConnection);
    return {operation, {}};
}

// --- plumbing -------------------------------------------------------------------------------

template <typename T>
void HuaweiRdsClient::sendStep(HuaweiOperation *operation, HuaweiCall call, transport::ReplyParser<T> parse,
                               std::function<void(transport::TypedReply<T>)> next)
{
    if (operation->isCanceled()) {
        next(failedReply<T>(canceledResult()));
        return;
    }
    operation->track(transport::sendTyped<T>(m_transport, m_factory.build(std::move(call)), operation,
                                             std::move(parse), std::move(next)));
}

template <typename T>
HuaweiStarted HuaweiRdsClient::sendInProject(QObject *context,
                                             std::function<HuaweiCall(const QString &projectId)> makeCall,
                                             transport::ReplyParser<T> parse, Handler<T> handler)
{
    HuaweiOperation *operation = startOperation(context);
    auto finish = deliverOnce<T>(operation, context, std::move(handler));
    withProject(operation, [this, operation = QPointer<HuaweiOperation>(operation), makeCall = std::move(makeCall),
                            parse = std::move(parse), finish](const QString &projectId,
                                                              const transport::ApiResult &failure) {
        if (projectId.isEmpty() || !operation) {
            finish(failedReply<T>(operation ? failure : canceledResult()));
            return;
        }
        sendStep<T>(operation, makeCall(projectId), parse, finish);
    });
    return {operation, {}};
}

template <typename T>
HuaweiStarted HuaweiRdsClient::collectPages(
    QObject *context, qint64 maxItems,
    std::function<HuaweiCall(const QString &projectId, qint64 offset, int limit)> makeCall,
    std::function<std::optional<HuaweiPage<T>>(const QJsonDocument &, QString &, const QString &projectId)> parse,
    Handler<QList<T>> handler)
{
    HuaweiOperation *operation = startOperation(context);
    auto finish = deliverOnce<QList<T>>(operation, context, std::move(handler));
    withProject(operation, [this, operation = QPointer<HuaweiOperation>(operation), maxItems,
                            makeCall = std::move(makeCall), parse = std::move(parse),
                            finish](const QString &projectId, const transport::ApiResult &failure) {
        if (projectId.isEmpty() || !operation) {
            finish(failedReply<QList<T>>(operation ? failure : canceledResult()));
            return;
        }
        auto fetch = [this, operation, projectId, makeCall, parse](
                         qint64 offset, int limit,
                         std::function<void(transport::TypedReply<HuaweiPage<T>>)> done) {
            if (!operation) {
                done(failedReply<HuaweiPage<T>>(canceledResult()));
                return;
            }
            transport::ReplyParser<HuaweiPage<T>> parsePage = [parse, projectId](const QJsonDocument &document,
                                                                                 QString &error) {
                return parse(document, error, projectId);
            };
            sendStep<HuaweiPage<T>>(operation, makeCall(projectId, offset, limit), parsePage, std::move(done));
        };
        auto collector = std::make_shared<HuaweiPageCollector<T>>(
            std::move(fetch), [](const T &item) { return item.id; }, maxItems, pageLimit, m_maxConcurrentPages,
            finish);
        collector->start();
    });
    return {operation, {}};
}

// --- operations -----------------------------------------------------------------------------

HuaweiStarted HuaweiRdsClient::listInstances(const HuaweiInstanceFilter &filter, QObject *context,
                                             Handler<QList<DbInstance>> handler)
{
    if (const InputProblems problems = filter.validate(); !problems.isEmpty())
        return {nullptr, problems};
    const HuaweiInstanceOrigin origin{account().profileName, account().regionId, {}};
    return collectPages<DbInstance>(
        context, filter.maxItems,
        [this, filter](const QString &projectId, qint64 offset, int limit) {
            return listInstancesCall(projectId, filter, offset, limit);
        },
        [origin](const QJsonDocument &document, QString &error, const QString &projectId) {
            HuaweiInstanceOrigin withProject = origin;
            withProject.projectId = projectId;
            return HuaweiReplyParser::instancePage(document, error, withProject);
        },
        std::move(handler));
}

HuaweiStarted HuaweiRdsClient::listBackups(const HuaweiBackupFilter &filter, QObject *context,
                                           Handler<QList<BackupSet>> handler)
{
    if (const InputProblems problems = filter.validate(); !problems.isEmpty())
        return {nullptr, problems};
    return collectPages<BackupSet>(
        context, filter.maxItems,
        [this, filter](const QString &projectId, qint64 offset, int limit) {
            return listBackupsCall(projectId, filter, offset, limit);
        },
        [](const QJsonDocument &document, QString &error, const QString &) {
            return HuaweiReplyParser::backupPage(document, error);
        },
        std::move(handler));
}

HuaweiStarted HuaweiRdsClient::listRestoreTimes(const QString &instanceId, const QDate &date, QObject *context,
                                                Handler<QList<RestoreWindow>> handler)
{
    if (instanceId.trimmed().isEmpty())
        return {nullptr,
                {{u"instance_id"_s, u"DBS.200001"_s,
                  HuaweiRdsClientText::tr("instance_id is required: restorable times are listed per instance.")}}};
    return sendInProject<QList<RestoreWindow>>(
        context,
        [this, instanceId, date](const QString &projectId) {
            return listRestoreTimesCall(projectId, instanceId, date);
        },
        &HuaweiReplyParser::restoreWindows, std::move(handler));
}

HuaweiStarted HuaweiRdsClient::restoreToExistingInstance(const HuaweiRestoreRequest &request, QObject *context,
                                                         Handler<QString> handler)
{
    if (const InputProblems problems = request.validate(); !problems.isEmpty())
        return {nullptr, problems};
    return sendInProject<QString>(
        context, [this, request](const QString &projectId) { return restoreCall(projectId, request); },
        &HuaweiReplyParser::jobId, std::move(handler));
}

HuaweiStarted HuaweiRdsClient::getJob(const QString &jobId, QObject *context, Handler<HuaweiJobInfo> handler)
{
    if (jobId.trimmed().isEmpty())
        return {nullptr, {{u"id"_s, u"DBS.200001"_s, HuaweiRdsClientText::tr("id is required: the job to look up.")}}};
    return sendInProject<HuaweiJobInfo>(
        context, [this, jobId](const QString &projectId) { return getJobCall(projectId, jobId); },
        &HuaweiReplyParser::job, std::move(handler));
}

HuaweiStarted HuaweiRdsClient::getBackupFiles(const QString &backupId, QObject *context,
                                              Handler<HuaweiBackupFiles> handler)
{
    if (backupId.trimmed().isEmpty())
        return {nullptr,
                {{u"backup_id"_s, u"DBS.200001"_s, HuaweiRdsClientText::tr("backup_id is required: the backup whose files to list.")}}};
    return sendInProject<HuaweiBackupFiles>(
        context, [this, backupId](const QString &projectId) { return getBackupFilesCall(projectId, backupId); },
        &HuaweiReplyParser::backupFiles, std::move(handler));
}

} // namespace rdsbm::huawei
