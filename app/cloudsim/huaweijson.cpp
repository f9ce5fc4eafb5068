#include "app/cloudsim/huaweijson.h"

#include "app/cloudsim/huaweiworld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr int chinaOffsetSeconds = 8 * 3600;

QJsonObject datastore(const HuaweiInstance &instance)
{
    return {{u"type"_s, instance.engine}, {u"version"_s, instance.version}};
}

} // namespace

QString HuaweiJson::chinaTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(chinaOffsetSeconds))
               .toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
        + u"+0800"_s;
}

QString HuaweiJson::utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
        + u"+0000"_s;
}

std::optional<qint64> HuaweiJson::parseOffsetTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})([+-])(\\d{2})(\\d{2})$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int offset = (match.captured(3).toInt() * 3600 + match.captured(4).toInt() * 60)
        * (match.captured(2) == u"-" ? -1 : 1);
    QDateTime local = QDateTime::fromString(match.captured(1), u"yyyy-MM-dd'T'HH:mm:ss"_s);
    if (!local.isValid() || offset > 14 * 3600 || offset < -14 * 3600)
        return std::nullopt;
    return QDateTime(local.date(), local.time(), QTimeZone(offset)).toMSecsSinceEpoch();
}

QJsonObject HuaweiJson::project(const HuaweiProject &project, const QString &domainId)
{
    return {{u"id"_s, project.id},
            {u"name"_s, project.region},
            {u"domain_id"_s, domainId},
            {u"parent_id"_s, domainId},
            {u"is_domain"_s, false},
            {u"enabled"_s, true},
            {u"description"_s, QString()},
            {u"links"_s, QJsonObject{{u"self"_s, u"https://iam.myhuaweicloud.com/v3/projects/"_s + project.id}}}};
}

QJsonObject HuaweiJson::instance(const HuaweiInstance &instance, const QString &status)
{
    QJsonArray nodes;
    const int nodeCount = instance.type == u"Ha" ? 2 : 1;
    for (int n = 0; n < nodeCount; ++n)
        nodes.append(QJsonObject{{u"id"_s, instance.id.left(32) + u"no0"_s + QString::number(n + 1)},
                                 {u"name"_s, instance.name + u"_node"_s + QString::number(n)},
                                 {u"role"_s, n == 0 ? u"master"_s : u"slave"_s},
                                 {u"status"_s, status == u"FROZEN" ? status : u"ACTIVE"_s},
                                 {u"availability_zone"_s, instance.availabilityZone}});
    const QString userName = instance.engine == u"SQLServer" ? u"rdsuser"_s : u"root"_s;
    const int startHour = instance.backupHourUtc;
    QJsonObject object{
        {u"id"_s, instance.id},
        {u"name"_s, instance.name},
        {u"status"_s, status},
        {u"type"_s, instance.type},
        {u"datastore"_s, QJsonObject{{u"type"_s, instance.engine},
                                     {u"version"_s, instance.version},
                                     {u"complete_version"_s, instance.completeVersion}}},
        {u"port"_s, instance.port},
        {u"private_ips"_s, QJsonArray{instance.privateIp}},
        {u"public_ips"_s, QJsonArray()},
        {u"private_dns_names"_s, QJsonArray()},
        {u"public_dns_names"_s, QJsonArray()},
        {u"enable_ssl"_s, instance.engine != u"SQLServer"},
        {u"created"_s, chinaTime(instance.createdMs)},
        {u"updated"_s, chinaTime(instance.createdMs)},
        {u"db_user_name"_s, userName},
        {u"switch_strategy"_s, u"reliability"_s},
        {u"maintenance_window"_s, u"02:00-06:00"_s},
        {u"nodes"_s, nodes},
        {u"related_instance"_s, QJsonArray()},
        {u"backup_strategy"_s,
         QJsonObject{{u"start_time"_s, u"%1:00-%2:00"_s.arg(startHour, 2, 10, QChar(u'0')).arg((startHour + 1) % 24, 2, 10, QChar(u'0'))},
                     {u"keep_days"_s, instance.keepDays}}},
        {u"flavor_ref"_s, instance.flavorRef},
        {u"cpu"_s, QString::number(instance.cpu)},
        {u"mem"_s, QString::number(instance.memoryGb)},
        {u"volume"_s, QJsonObject{{u"type"_s, instance.volumeType}, {u"size"_s, instance.volumeGb}}},
        {u"region"_s, instance.region},
        {u"vpc_id"_s, instance.id.left(8) + u"-vpc"_s},
        {u"subnet_id"_s, instance.id.left(8) + u"-subnet"_s},
        {u"security_group_id"_s, instance.id.left(8) + u"-sg"_s},
        {u"charge_info"_s, QJsonObject{{u"charge_mode"_s, u"postPaid"_s}}},
        {u"time_zone"_s, u"UTC+08:00"_s},
        {u"tags"_s, QJsonArray()},
        {u"enterprise_project_id"_s, u"0"_s},
        {u"disk_encryption_id"_s, QString()},
        {u"read_only_by_user"_s, false},
        {u"alias"_s, QString()},
        {u"associated_with_ddm"_s, false},
    };
    return object;
}

QString HuaweiJson::backupTypeName(HuaweiBackupType type)
{
    switch (type) {
    case HuaweiBackupType::Auto:
        return u"auto"_s;
    case HuaweiBackupType::Manual:
        return u"manual"_s;
    case HuaweiBackupType::Fragment:
        return u"fragment"_s;
    case HuaweiBackupType::Incremental:
        return u"incremental"_s;
    }
    return {};
}

QString HuaweiJson::backupStatusName(HuaweiBackupStatus status)
{
    switch (status) {
    case HuaweiBackupStatus::Completed:
        return u"COMPLETED"_s;
    case HuaweiBackupStatus::Failed:
        return u"FAILED"_s;
    case HuaweiBackupStatus::Building:
        return u"BUILDING"_s;
    }
    return {};
}

QJsonObject HuaweiJson::backup(const HuaweiWorld &world, const HuaweiInstance &instance,
                               const HuaweiBackup &stored, qint64 nowMs)
{
    const HuaweiBackup backup = HuaweiWorld::backupAt(stored, nowMs);
    QJsonObject object{{u"id"_s, world.backupId(instance, stored)},
                       {u"instance_id"_s, instance.id},
                       {u"name"_s, world.backupName(instance, stored)},
                       {u"type"_s, backupTypeName(backup.type)},
                       {u"status"_s, backupStatusName(backup.status)},
                       {u"size"_s, world.sizeKb(instance, stored, nowMs)},
                       {u"begin_time"_s, chinaTime(backup.beginMs)},
                       {u"end_time"_s, backup.endMs > 0 ? chinaTime(backup.endMs) : QString()},
                       {u"datastore"_s, datastore(instance)},
                       {u"associated_with_ddm"_s, false}};
    if (instance.engine == u"SQLServer") {
        QJsonArray databases;
        for (const QString &name : instance.databases)
            databases.append(QJsonObject{{u"name"_s, name}});
        object.insert(u"databases"_s, databases);
    }
    return object;
}

QJsonObject HuaweiJson::job(const HuaweiJob &job, const HuaweiInstance *instance,
                            HuaweiJobBoard::Phase phase, int percent)
{
    const bool running = phase != HuaweiJobBoard::Phase::Completed;
    QJsonObject object{{u"id"_s, job.id},
                       {u"name"_s, job.name},
                       {u"status"_s, running ? u"Running"_s : u"Completed"_s},
                       {u"created"_s, chinaTime(job.createdMs)},
                       {u"process"_s, running ? QString::number(percent) + u'%' : QString()},
                       {u"instance"_s, QJsonObject{{u"id"_s, job.instanceId}, {u"name"_s, job.instanceName}}}};
    if (!running)
        object.insert(u"ended"_s, chinaTime(job.createdMs + job.durationMs));
    QJsonObject entities;
    if (instance)
        entities.insert(u"instance"_s,
                        QJsonObject{{u"endpoint"_s, instance->privateIp + u':' + QString::number(instance->port)},
                                    {u"type"_s, instance->type},
                                    {u"datastore"_s, QJsonObject{{u"type"_s, instance->engine.toLower()},
                                                                 {u"version"_s, instance->version}}}});
    entities.insert(u"source_instance_id"_s, job.sourceInstanceId);
    entities.insert(u"restore_type"_s, job.restoreType);
    object.insert(u"entities"_s, entities);
    return object;
}

} // namespace rdsbm::cloudsim
