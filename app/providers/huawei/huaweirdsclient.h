#pragma once

#include "app/domain/backupset.h"
#include "app/domain/dbinstance.h"
#include "app/domain/huaweirestorerequest.h"
#include "app/domain/restorewindow.h"
#include "app/providers/huawei/huaweiaccount.h"
#include "app/providers/huawei/huaweibackupfile.h"
#include "app/providers/huawei/huaweibackupfilter.h"
#include "app/providers/huawei/huaweiinstancefilter.h"
#include "app/providers/huawei/huaweijobinfo.h"
#include "app/providers/huawei/huaweioperation.h"
#include "app/providers/huawei/huaweipage.h"
#include "app/providers/huawei/huaweirequestfactory.h"
#include "app/transport/httptransport.h"
#include "app/transport/typedcall.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>

namespace rdsbm::huawei {

// Huawei Cloud RDS v3 and the IAM project lookup for one account and region, asynchronous:
// one function per operation, each taking a context object (the handler is not called once it
// is gone) and a handler that runs exactly once, unless the input is refused up front.
//
// The project id every RDS path needs comes from the account, or from IAM
// (GET /v3/projects?name=<region>, signed without X-Project-Id) on first use, and is then kept
// per region. Lists fetch every page: the first page reveals the total, the others follow
// concurrently, and the items come back in the service's order without duplicates.
class HuaweiRdsClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Handler = std::function<void(transport::TypedReply<T>)>;
    using Clock = HuaweiRequestFactory::Clock;

    static constexpr int pageLimit = 100;  // the most ListInstances and ListBackups return at once

    // Codes of a failed project lookup (Outcome::ServiceError; IAM answered, but not one project).
    static constexpr QStringView projectNotFoundCode = u"RDSBM.ProjectNotFound";
    static constexpr QStringView projectAmbiguousCode = u"RDSBM.ProjectAmbiguous";

    HuaweiRdsClient(transport::HttpTransport &transport, HuaweiAccount account, Clock clock = {},
                    QObject *parent = nullptr);

    const HuaweiAccount &account() const { return m_factory.account(); }
    const HuaweiRequestFactory &requestFactory() const { return m_factory; }
    // The project id of the account's region once known (to cache with the profile), else empty.
    QString knownProjectId() const;
    void setMaxConcurrentPages(int count) { m_maxConcurrentPages = qMax(1, count); }

    HuaweiStarted lookUpProjectId(QObject *context, Handler<QString> handler);

    HuaweiStarted listInstances(const HuaweiInstanceFilter &filter, QObject *context,
                                Handler<QList<DbInstance>> handler);
    HuaweiStarted listBackups(const HuaweiBackupFilter &filter, QObject *context,
                              Handler<QList<BackupSet>> handler);
    // The restorable windows of an instance; `date` (UTC day) narrows them when retention is long.
    HuaweiStarted listRestoreTimes(const QString &instanceId, const QDate &date, QObject *context,
                                   Handler<QList<RestoreWindow>> handler);
    // Seed 004. The request is checked first (HuaweiRestoreRequest::validate); nothing is sent when
    // it breaks a rule. Sent once, never resent automatically: the API has no idempotency token,
    // so after a timeout look at the target's jobs or status before asking again.
    HuaweiStarted restoreToExistingInstance(const HuaweiRestoreRequest &request, QObject *context,
                                            Handler<QString> handler); // the job id
    HuaweiStarted getJob(const QString &jobId, QObject *context, Handler<HuaweiJobInfo> handler);
    HuaweiStarted getBackupFiles(const QString &backupId, QObject *context, Handler<HuaweiBackupFiles> handler);

    // The restore body, compact JSON: serialised once, hashed and sent as these same bytes.
    static QByteArray restoreBody(const HuaweiRestoreRequest &request);

    // The requests themselves, for a project id: what the operations above send.
    HuaweiCall projectLookupCall() const;
    HuaweiCall listInstancesCall(const QString &projectId, const HuaweiInstanceFilter &filter, qint64 offset,
                                 int limit) const;
    HuaweiCall listBackupsCall(const QString &projectId, const HuaweiBackupFilter &filter, qint64 offset,
                               int limit) const;
    HuaweiCall listRestoreTimesCall(const QString &projectId, const QString &instanceId, const QDate &date) const;
    HuaweiCall restoreCall(const QString &projectId, const HuaweiRestoreRequest &request) const;
    HuaweiCall getJobCall(const QString &projectId, const QString &jobId) const;
    HuaweiCall getBackupFilesCall(const QString &projectId, const QString &backupId) const;

private:
    using ProjectContinuation = std::function<void(const QString &projectId, const transport::ApiResult &failure)>;

    struct ProjectWaiter
    {
        QPointer<HuaweiOperation> operation;
        ProjectContinuation next;
    };

    HuaweiOperation *startOperation(QObject *context);
    void withProject(HuaweiOperation *operation, ProjectContinuation next);
    void startProjectLookup();
    void resolveProjectWaiters(const QString &projectId, const transport::ApiResult &failure);

    template <typename T>
    void sendStep(HuaweiOperation *operation, HuaweiCall call, transport::ReplyParser<T> parse,
                  std::function<void(transport::TypedReply<T>)> next);
    template <typename T>
    HuaweiStarted sendInProject(QObject *context, std::function<HuaweiCall(const QString &projectId)> makeCall,
                                transport::ReplyParser<T> parse, Handler<T> handler);
    template <typename T>
    HuaweiStarted collectPages(QObject *context, qint64 maxItems,
                               std::function<HuaweiCall(const QString &projectId, qint64 offset, int limit)> makeCall,
                               std::function<std::optional<HuaweiPage<T>>(const QJsonDocument &, QString &,
                                                                          const QString &projectId)> parse,
                               Handler<QList<T>> handler);

    transport::HttpTransport &m_transport;
    HuaweiRequestFactory m_factory;
    QHash<QString, QString> m_projectIds; // region -> project id
    QPointer<transport::ApiCall> m_projectLookup;
    QList<ProjectWaiter> m_projectWaiters;
    int m_maxConcurrentPages = 4;
};

} // namespace rdsbm::huawei
