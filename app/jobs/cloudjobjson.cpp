#include "app/jobs/cloudjobjson.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::jobs {

namespace {

constexpr std::array kinds{
    std::pair{JobKind::CreateBackup, u"create-backup"},
    std::pair{JobKind::RestoreDdrTable, u"restore-ddr-table"},
    std::pair{JobKind::DbsRestore, u"dbs-restore"},
    std::pair{JobKind::HuaweiRestore, u"huawei-restore"},
    std::pair{JobKind::Download, u"download"},
};

constexpr std::array states{
    std::pair{JobState::Submitting, u"submitting"},
    std::pair{JobState::Running, u"running"},
    std::pair{JobState::Succeeded, u"succeeded"},
    std::pair{JobState::Failed, u"failed"},
    std::pair{JobState::Canceled, u"canceled"},
    std::pair{JobState::Unknown, u"unknown"},
};

template <typename Table, typename Enum>
QString keyOf(const Table &table, Enum value)
{
    for (const auto &[entry, key] : table)
        if (entry == value)
            return QString::fromUtf16(key);
    return {};
}

template <typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, const QString &key)
{
    for (const auto &[entry, name] : table)
        if (key == QStringView(name))
            return entry;
    return std::nullopt;
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOrInvalid(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString jobKindKey(JobKind kind) { return keyOf(kinds, kind); }
QString jobStateKey(JobState state) { return keyOf(states, state); }

QJsonObject toJson(const CloudJob &job)
{
    return QJsonObject{
        {u"localId"_s, job.localId},
        {u"kind"_s, jobKindKey(job.kind)},
        {u"provider"_s, providerKey(job.provider)},
        {u"profile"_s, job.profileName},
        {u"region"_s, job.regionId},
        {u"instanceId"_s, job.instanceId},
        {u"providerJobId"_s, job.providerJobId},
        {u"clientToken"_s, job.clientToken},
        {u"requestId"_s, job.requestId},
        {u"state"_s, jobStateKey(job.state)},
        {u"progressPercent"_s, job.progressPercent},
        {u"providerStatus"_s, job.providerStatus},
        {u"errorCode"_s, job.errorCode},
        {u"errorMessage"_s, job.errorMessage},
        {u"createdAt"_s, isoOrEmpty(job.createdAt)},
        {u"finishedAt"_s, isoOrEmpty(job.finishedAt)},
        {u"parameters"_s, job.parameters},
    };
}

std::optional<CloudJob> cloudJobFromJson(const QJsonObject &object, QString &error)
{
    CloudJob job;
    job.localId = object.value(u"localId"_s).toString();
    if (job.localId.isEmpty()) {
        error = QCoreApplication::translate("CloudJobJson", "A job has no local id.");
        return std::nullopt;
    }
    const auto kind = valueOf<JobKind>(kinds, object.value(u"kind"_s).toString());
    const auto state = valueOf<JobState>(states, object.value(u"state"_s).toString());
    const QString provider = object.value(u"provider"_s).toString();
    if (!kind || !state || (provider != u"alibaba"_s && provider != u"huawei"_s)) {
        error = QCoreApplication::translate("CloudJobJson", "Job %1 has an unknown kind, state or provider.")
                    .arg(job.localId);
        return std::nullopt;
    }
    job.kind = *kind;
    job.state = *state;
    job.provider = provider == u"alibaba"_s ? Provider::Alibaba : Provider::Huawei;
    job.profileName = object.value(u"profile"_s).toString();
    job.regionId = object.value(u"region"_s).toString();
    job.instanceId = object.value(u"instanceId"_s).toString();
    job.providerJobId = object.value(u"providerJobId"_s).toString();
    job.clientToken = object.value(u"clientToken"_s).toString();
    job.requestId = object.value(u"requestId"_s).toString();
    job.progressPercent = object.value(u"progressPercent"_s).toInt(-1);
    job.providerStatus = object.value(u"providerStatus"_s).toString();
    job.errorCode = object.value(u"errorCode"_s).toString();
    job.errorMessage = object.value(u"errorMessage"_s).toString();
    job.createdAt = timeOrInvalid(object.value(u"createdAt"_s));
    job.finishedAt = timeOrInvalid(object.value(u"finishedAt"_s));
    job.parameters = object.value(u"parameters"_s).toObject();
    return job;
}

} // namespace rdsbm::jobs
