#include "app/providers/huawei/huaweireplyparser.h"

#include "app/providers/huawei/huaweireplyreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

namespace {

struct HuaweiReplyParserText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::huawei::HuaweiReplyParser)
};

// The root of every reply is an object; anything else is refused before reading fields.
std::optional<QJsonObject> rootObject(const QJsonDocument &document, QString &error)
{
    if (!document.isObject()) {
        error = HuaweiReplyParserText::tr("The reply is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

qint64 kilobytesToBytes(qint64 kilobytes)
{
    return kilobytes < 0 ? -1 : kilobytes * 1024;
}

DbInstance readInstance(HuaweiReplyReader &reader, const HuaweiInstanceOrigin &origin)
{
    DbInstance instance;
    instance.provider = Provider::Huawei;
    instance.profileName = origin.profileName;
    instance.regionId = origin.regionId;
    instance.projectId = origin.projectId;
    instance.id = reader.requiredString(u"id"_s);
    instance.description = reader.optionalString(u"name"_s);
    instance.status = reader.requiredString(u"status"_s);
    instance.instanceType = reader.optionalString(u"type"_s);
    HuaweiReplyReader datastore = reader.child(reader.requiredObject(u"datastore"_s), u"datastore"_s);
    instance.engine = datastore.requiredString(u"type"_s);
    instance.engineVersion = datastore.requiredString(u"version"_s);
    instance.instanceClass = reader.optionalString(u"flavor_ref"_s);
    HuaweiReplyReader volume = reader.child(reader.requiredObject(u"volume"_s), u"volume"_s);
    instance.storageType = volume.optionalString(u"type"_s);
    instance.storageGb = int(volume.requiredCount(u"size"_s));
    instance.createTime = reader.optionalTime(u"created"_s);
    const QString region = reader.optionalString(u"region"_s);
    if (!region.isEmpty())
        instance.regionId = region;
    const QJsonArray nodes = reader.optionalObjectList(u"nodes"_s);
    if (!nodes.isEmpty()) {
        HuaweiReplyReader node = reader.child(nodes.first().toObject(), u"nodes[0]"_s);
        instance.zoneId = node.optionalString(u"availability_zone"_s);
    }
    return instance;
}

BackupSet readBackup(HuaweiReplyReader &reader)
{
    BackupSet backup;
    backup.provider = Provider::Huawei;
    backup.id = reader.requiredString(u"id"_s);
    backup.instanceId = reader.requiredString(u"instance_id"_s);
    backup.name = reader.optionalString(u"name"_s);
    backup.type = reader.requiredString(u"type"_s);
    backup.status = reader.requiredString(u"status"_s);
    backup.sizeBytes = kilobytesToBytes(reader.optionalInteger(u"size"_s, -1));
    backup.startTime = reader.optionalTime(u"begin_time"_s);
    backup.endTime = reader.optionalTime(u"end_time"_s);
    HuaweiReplyReader datastore = reader.child(reader.optionalObject(u"datastore"_s), u"datastore"_s);
    backup.engine = datastore.optionalString(u"type"_s);
    backup.engineVersion = datastore.optionalString(u"version"_s);
    const QJsonArray databases = reader.optionalObjectList(u"databases"_s);
    for (qsizetype index = 0; index < databases.size(); ++index) {
        HuaweiReplyReader database = reader.child(databases.at(index).toObject(), u"databases[%1]"_s.arg(index));
        backup.databases.append(database.requiredString(u"name"_s));
    }
    return backup;
}

} // namespace

std::optional<int> HuaweiReplyParser::percentage(const QString &process)
{
    const QString text = process.trimmed();
    if (text.isEmpty())
        return -1;
    QString digits = text;
    if (digits.endsWith(u'%'))
        digits.chop(1);
    bool ok = false;
    const int value = digits.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

std::optional<QList<HuaweiProject>> HuaweiReplyParser::projects(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader reader(*root, {}, error);
    QList<HuaweiProject> result;
    const QJsonArray list = reader.requiredObjectList(u"projects"_s);
    for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
        HuaweiReplyReader item = reader.child(list.at(index).toObject(), u"projects[%1]"_s.arg(index));
        HuaweiProject project;
        project.id = item.requiredString(u"id"_s);
        project.name = item.requiredString(u"name"_s);
        project.domainId = item.optionalString(u"domain_id"_s);
        project.parentId = item.optionalString(u"parent_id"_s);
        project.enabled = item.optionalBool(u"enabled"_s).value_or(true);
        result.append(project);
    }
    if (reader.failed())
        return std::nullopt;
    return result;
}

std::optional<HuaweiPage<DbInstance>> HuaweiReplyParser::instancePage(const QJsonDocument &document,
                                                                      QString &error,
                                                                      const HuaweiInstanceOrigin &origin)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader reader(*root, {}, error);
    HuaweiPage<DbInstance> page;
    const QJsonArray list = reader.requiredObjectList(u"instances"_s);
    page.totalCount = reader.requiredCount(u"total_count"_s);
    for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
        HuaweiReplyReader item = reader.child(list.at(index).toObject(), u"instances[%1]"_s.arg(index));
        page.items.append(readInstance(item, origin));
    }
    if (reader.failed())
        return std::nullopt;
    return page;
}

std::optional<HuaweiPage<BackupSet>> HuaweiReplyParser::backupPage(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader reader(*root, {}, error);
    HuaweiPage<BackupSet> page;
    const QJsonArray list = reader.requiredObjectList(u"backups"_s);
    page.totalCount = reader.requiredCount(u"total_count"_s);
    for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
        HuaweiReplyReader item = reader.child(list.at(index).toObject(), u"backups[%1]"_s.arg(index));
        page.items.append(readBackup(item));
    }
    if (reader.failed())
        return std::nullopt;
    return page;
}

std::optional<QList<RestoreWindow>> HuaweiReplyParser::restoreWindows(const QJsonDocument &document,
                                                                      QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader reader(*root, {}, error);
    QList<RestoreWindow> windows;
    const QJsonArray list = reader.requiredObjectList(u"restore_time"_s);
    for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
        const QString path = u"restore_time[%1]"_s.arg(index);
        HuaweiReplyReader item = reader.child(list.at(index).toObject(), path);
        RestoreWindow window{item.requiredEpochMs(u"start_time"_s), item.requiredEpochMs(u"end_time"_s)};
        if (!item.failed() && window.end < window.start)
            item.fail(HuaweiReplyParserText::tr("The reply field %1 ends before it starts.").arg(path));
        windows.append(window);
    }
    if (reader.failed())
        return std::nullopt;
    return windows;
}

std::optional<QString> HuaweiReplyParser::jobId(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader reader(*root, {}, error);
    const QString id = reader.has(u"jobId"_s) && !reader.has(u"job_id"_s) ? reader.requiredString(u"jobId"_s)
                                                                          : reader.requiredString(u"job_id"_s);
    if (reader.failed())
        return std::nullopt;
    return id;
}

std::optional<HuaweiJobInfo> HuaweiReplyParser::job(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader top(*root, {}, error);
    HuaweiReplyReader reader = top.child(top.requiredObject(u"job"_s), u"job"_s);
    HuaweiJobInfo info;
    info.id = reader.requiredString(u"id"_s);
    info.name = reader.optionalString(u"name"_s);
    info.status = reader.requiredString(u"status"_s);
    info.created = reader.optionalTime(u"created"_s);
    info.ended = reader.optionalTime(u"ended"_s);
    info.failReason = reader.optionalString(u"fail_reason"_s);
    const QString process = reader.optionalText(u"process"_s);
    if (!reader.failed()) {
        const auto percent = percentage(process);
        if (!percent)
            reader.fail(HuaweiReplyParserText::tr("The reply field %1 is not a percentage such as \"60%\".").arg(reader.pathOf(u"process"_s)));
        else
            info.progressPercent = *percent;
    }
    HuaweiReplyReader instance = reader.child(reader.optionalObject(u"instance"_s), u"instance"_s);
    info.instanceId = instance.optionalString(u"id"_s);
    info.instanceName = instance.optionalString(u"name"_s);
    if (!reader.failed() && info.state() == JobState::Unknown)
        reader.fail(HuaweiReplyParserText::tr("The reply field %1 is \"%2\", not Running, Completed or Failed.")
                        .arg(reader.pathOf(u"status"_s), info.status));
    if (reader.failed())
        return std::nullopt;
    return info;
}

std::optional<HuaweiBackupFiles> HuaweiReplyParser::backupFiles(const QJsonDocument &document, QString &error)
{
    const auto root = rootObject(document, error);
    if (!root)
        return std::nullopt;
    HuaweiReplyReader reader(*root, {}, error);
    HuaweiBackupFiles result;
    result.bucket = reader.optionalString(u"bucket"_s);
    const QJsonArray list = reader.requiredObjectList(u"files"_s);
    for (qsizetype index = 0; index < list.size() && !reader.failed(); ++index) {
        HuaweiReplyReader item = reader.child(list.at(index).toObject(), u"files[%1]"_s.arg(index));
        HuaweiBackupFile file;
        file.name = item.requiredString(u"name"_s);
        file.sizeBytes = kilobytesToBytes(item.optionalInteger(u"size"_s, -1));
        file.downloadLink = item.optionalUrl(u"download_link"_s);
        if (!item.failed() && file.downloadLink.isEmpty())
            item.fail(HuaweiReplyParserText::tr("The reply has no field %1.").arg(item.pathOf(u"download_link"_s)));
        file.linkExpiredTime = item.optionalTime(u"link_expired_time"_s);
        file.databaseName = item.optionalString(u"database_name"_s);
        result.files.append(file);
    }
    if (reader.failed())
        return std::nullopt;
    return result;
}

} // namespace rdsbm::huawei
