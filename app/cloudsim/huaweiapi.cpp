#include "app/cloudsim/huaweiapi.h"

#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/huaweierrorreply.h"
#include "app/cloudsim/huaweireadhandler.h"
#include "app/cloudsim/huaweirecoveryhandler.h"
#include "app/cloudsim/huaweiworld.h"

#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

enum class Route {
    Unknown,
    ListProjects,
    ListInstances,
    ListBackups,
    ListRestoreTimes,
    Recovery,
    ShowJob,
    ShowBackupFiles,
};

struct Match
{
    Route route = Route::Unknown;
    QString projectId;
    QString instanceId;
};

Match match(const QByteArray &method, const QStringList &segments)
{
    const bool get = method == "GET";
    const bool post = method == "POST";
    if (segments.size() < 2 || segments.at(0) != u"v3")
        return {};
    if (get && segments == QStringList{u"v3"_s, u"projects"_s})
        return {Route::ListProjects, {}, {}};
    if (get && segments == QStringList{u"v3"_s, u"auth"_s, u"projects"_s})
        return {Route::ListProjects, {}, {}};
    const QString project = segments.at(1);
    const QStringList rest = segments.mid(2);
    if (get && rest == QStringList{u"instances"_s})
        return {Route::ListInstances, project, {}};
    if (post && rest == QStringList{u"instances"_s, u"recovery"_s})
        return {Route::Recovery, project, {}};
    if (get && rest.size() == 3 && rest.at(0) == u"instances" && rest.at(2) == u"restore-time")
        return {Route::ListRestoreTimes, project, rest.at(1)};
    if (get && rest == QStringList{u"backups"_s})
        return {Route::ListBackups, project, {}};
    if (get && rest == QStringList{u"backup-files"_s})
        return {Route::ShowBackupFiles, project, {}};
    if (get && rest == QStringList{u"jobs"_s})
        return {Route::ShowJob, project, {}};
    return {};
}

} // namespace

HuaweiApi::HuaweiApi(const SimulatorConfig &config, const BackupFileStore &files, Clock clock,
                     Clock wallClock)
    : m_config(config),
      m_files(files),
      m_clock(std::move(clock)),
      m_wallClock(wallClock ? std::move(wallClock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_authenticator(config.huaweiAccessKey, config.huaweiSecretKey),
      m_world(std::make_unique<HuaweiWorld>(config, m_clock())),
      m_jobs(config.seed, config.jobSecondsPerStep)
{
}

HuaweiApi::~HuaweiApi() = default;

bool HuaweiApi::handles(const QString &path)
{
    return path == u"/v3" || path.startsWith(u"/v3/");
}

SimResponse HuaweiApi::handle(const SimRequest &request)
{
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    SimResponse response = dispatch(request, segments, m_clock().toMSecsSinceEpoch(), requestId);
    response.headers.append({"X-Request-Id", requestId});
    return response;
}

SimResponse HuaweiApi::dispatch(const SimRequest &request, const QStringList &segments, qint64 nowMs,
                                const QByteArray &requestId)
{
    const Match matched = match(request.method, segments);
    if (matched.route == Route::Unknown)
        return HuaweiErrorReply::gateway(
            404, u"APIGW.0101"_s, u"The API does not exist or has not been published in the environment"_s, requestId);

    if (const auto failure = m_authenticator.failure(request, m_wallClock(), matched.projectId))
        return HuaweiErrorReply::gateway(401, u"APIGW.0301"_s,
                                         u"Incorrect IAM authentication information: "_s + *failure, requestId);

    const HuaweiReadHandler reader(*m_world, m_jobs, m_files);
    if (matched.route == Route::ListProjects)
        return reader.listProjects(request);

    if (!m_world->projectById(matched.projectId))
        return HuaweiErrorReply::service(
            request, 403, u"DBS.200010"_s,
            u"Authentication failed: project %1 does not belong to this account."_s.arg(matched.projectId),
            u"鉴权失败：项目%1不属于当前账号。"_s.arg(matched.projectId));

    switch (matched.route) {
    case Route::ListInstances:
        return reader.listInstances(request, matched.projectId, nowMs);
    case Route::ListBackups:
        return reader.listBackups(request, matched.projectId, nowMs);
    case Route::ListRestoreTimes:
        return reader.listRestoreTimes(request, matched.projectId, matched.instanceId, nowMs);
    case Route::ShowBackupFiles:
        return reader.showBackupFiles(request, matched.projectId, nowMs);
    case Route::ShowJob:
        return reader.showJob(request, matched.projectId, nowMs);
    case Route::Recovery:
        return HuaweiRecoveryHandler(*m_world, m_jobs).handle(request, matched.projectId, nowMs);
    case Route::ListProjects:
    case Route::Unknown:
        break;
    }
    return {};
}

QJsonObject HuaweiApi::saveState() const
{
    return {{u"seed"_s, QString::number(m_config.seed)},
            {u"anchorMs"_s, QString::number(m_world->anchorMs())},
            {u"jobs"_s, m_jobs.saveState()}};
}

bool HuaweiApi::restoreState(const QJsonObject &state)
{
    bool anchorOk = false;
    const qint64 anchorMs = state.value(u"anchorMs"_s).toString().toLongLong(&anchorOk);
    if (!anchorOk || state.value(u"seed"_s).toString() != QString::number(m_config.seed))
        return false;
    HuaweiJobBoard jobs(m_config.seed, m_config.jobSecondsPerStep);
    if (!jobs.restoreState(state.value(u"jobs"_s).toObject()))
        return false;
    m_jobs = jobs;
    m_world = std::make_unique<HuaweiWorld>(m_config,
                                            QDateTime::fromMSecsSinceEpoch(anchorMs, QTimeZone::utc()));
    return true;
}

QJsonObject HuaweiApi::statistics() const
{
    return m_jobs.statistics();
}

} // namespace rdsbm::cloudsim
