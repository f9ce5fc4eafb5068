#include "app/cloudsim/rdsinstanceactions.h"

#include "app/cloudsim/alibabatime.h"
#include "app/cloudsim/alibabaworld.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

QString zoneName(const RdsRegion &region, const QString &zoneId, bool chinese)
{
    const QString letter = zoneId.right(1).toUpper();
    if (chinese)
        return u"%1 可用区%2"_s.arg(region.localNameZh, letter);
    return u"%1 Zone %2"_s.arg(region.localNameEn, letter);
}

QJsonObject readOnlyIds(const RdsInstance &instance)
{
    QJsonArray ids;
    for (const QString &id : instance.readOnlyIds)
        ids.append(QJsonObject{{u"DBInstanceId"_s, id}});
    return {{u"ReadOnlyDBInstanceId"_s, ids}};
}

QString timeOrEmpty(const QDateTime &time)
{
    return time.isValid() ? AlibabaTime::seconds(time.toSecsSinceEpoch()) : QString();
}

std::optional<int> positiveNumber(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

RdsInstanceActions::RdsInstanceActions(AlibabaWorld &world)
    : m_world(world)
{
}

void RdsInstanceActions::registerInto(RpcActionTable &table)
{
    table.insert(u"DescribeRegions"_s, [this](const AlibabaRpcCall &call) { return describeRegions(call); });
    table.insert(u"DescribeDBInstances"_s, [this](const AlibabaRpcCall &call) { return describeDBInstances(call); });
    table.insert(u"DescribeDBInstanceAttribute"_s,
                 [this](const AlibabaRpcCall &call) { return describeDBInstanceAttribute(call); });
    table.insert(u"DescribeDatabases"_s, [this](const AlibabaRpcCall &call) { return describeDatabases(call); });
}

SimResponse RdsInstanceActions::describeRegions(const AlibabaRpcCall &call) const
{
    const QString language = call.value(u"AcceptLanguage"_s);
    if (!language.isEmpty() && language != u"zh-CN"_s && language != u"en-US"_s)
        return call.invalid(u"AcceptLanguage"_s);
    const bool chinese = language == u"zh-CN"_s;
    QJsonArray rows;
    for (const RdsRegion &region : m_world.regions()) {
        for (const QString &zone : region.zones) {
            rows.append(QJsonObject{
                {u"RegionId"_s, region.regionId},
                {u"ZoneId"_s, zone},
                {u"LocalName"_s, chinese ? region.localNameZh : region.localNameEn},
                {u"ZoneName"_s, zoneName(region, zone, chinese)},
                {u"RegionEndpoint"_s, region.endpoint},
            });
        }
    }
    return call.ok({{u"Regions"_s, QJsonObject{{u"RDSRegion"_s, rows}}}});
}

SimResponse RdsInstanceActions::describeDBInstances(const AlibabaRpcCall &call) const
{
    if (!call.has(u"RegionId"_s))
        return call.missing(u"RegionId"_s);
    const QString regionId = call.value(u"RegionId"_s);
    if (!m_world.region(regionId))
        return call.fail(u"InvalidRegionId.NotFound"_s);

    const bool tokenPaging = call.has(u"MaxResults"_s) || call.has(u"NextToken"_s);
    int pageSize = 30;
    int pageNumber = 1;
    qint64 offset = 0;
    if (tokenPaging) {
        if (call.has(u"MaxResults"_s)) {
            const auto maxResults = positiveNumber(call.value(u"MaxResults"_s));
            if (!maxResults || *maxResults > 100)
                return call.invalid(u"MaxResults"_s);
            pageSize = *maxResults;
        }
        if (call.has(u"NextToken"_s)) {
            bool ok = false;
            offset = QString::fromUtf8(QByteArray::fromBase64(call.value(u"NextToken"_s).toLatin1())).toLongLong(&ok);
            if (!ok || offset < 0)
                return call.invalid(u"NextToken"_s);
        }
    } else {
        if (call.has(u"PageSize"_s)) {
            const auto size = positiveNumber(call.value(u"PageSize"_s));
            if (!size || *size > 100)
                return call.invalid(u"PageSize"_s);
            pageSize = *size;
        }
        if (call.has(u"PageNumber"_s)) {
            const auto number = positiveNumber(call.value(u"PageNumber"_s));
            if (!number)
                return call.invalid(u"PageNumber"_s);
            pageNumber = *number;
        }
        offset = qint64(pageNumber - 1) * pageSize;
    }

    const QStringList ids = call.value(u"DBInstanceId"_s).split(u',', Qt::SkipEmptyParts);
    const QString searchKey = call.value(u"SearchKey"_s);
    QList<const RdsInstance *> matching;
    for (const RdsInstance &instance : m_world.instances()) {
        if (instance.regionId != regionId)
            continue;
        if (!ids.isEmpty() && !ids.contains(instance.id))
            continue;
        if (call.has(u"Engine"_s) && instance.engine != call.value(u"Engine"_s))
            continue;
        if (call.has(u"EngineVersion"_s) && instance.engineVersion != call.value(u"EngineVersion"_s))
            continue;
        if (call.has(u"DBInstanceStatus"_s) && m_world.status(instance) != call.value(u"DBInstanceStatus"_s))
            continue;
        if (call.has(u"DBInstanceType"_s) && instance.type != call.value(u"DBInstanceType"_s))
            continue;
        if (call.has(u"ZoneId"_s) && instance.zoneId != call.value(u"ZoneId"_s))
            continue;
        if (call.has(u"PayType"_s) && instance.payType != call.value(u"PayType"_s))
            continue;
        if (call.has(u"Category"_s) && instance.category != call.value(u"Category"_s))
            continue;
        if (!searchKey.isEmpty() && !instance.id.contains(searchKey) && !instance.description.contains(searchKey))
            continue;
        matching.append(&instance);
    }

    QJsonArray rows;
    for (qint64 i = offset; i < matching.size() && rows.size() < pageSize; ++i) {
        const RdsInstance &instance = *matching.at(i);
        rows.append(QJsonObject{
            {u"DBInstanceId"_s, instance.id},
            {u"DBInstanceDescription"_s, instance.description},
            {u"RegionId"_s, instance.regionId},
            {u"ZoneId"_s, instance.zoneId},
            {u"Engine"_s, instance.engine},
            {u"EngineVersion"_s, instance.engineVersion},
            {u"DBInstanceStatus"_s, m_world.status(instance)},
            {u"DBInstanceType"_s, instance.type},
            {u"DBInstanceClass"_s, instance.instanceClass},
            {u"DBInstanceNetType"_s, u"Intranet"_s},
            {u"DBInstanceStorageType"_s, instance.storageType},
            {u"Category"_s, instance.category},
            {u"ConnectionMode"_s, u"Standard"_s},
            {u"ConnectionString"_s, instance.connectionString},
            {u"InstanceNetworkType"_s, u"VPC"_s},
            {u"PayType"_s, instance.payType},
            {u"CreateTime"_s, timeOrEmpty(instance.createTime)},
            {u"ExpireTime"_s, timeOrEmpty(instance.expireTime)},
            {u"DestroyTime"_s, QString()},
            {u"LockMode"_s, u"Unlock"_s},
            {u"LockReason"_s, QString()},
            {u"MasterInstanceId"_s, instance.masterInstanceId},
            {u"GuardDBInstanceId"_s, QString()},
            {u"TempDBInstanceId"_s, QString()},
            {u"ReadOnlyDBInstanceIds"_s, readOnlyIds(instance)},
            {u"ResourceGroupId"_s, u"rg-acfmy0000000000"_s},
            {u"VpcId"_s, u"vpc-"_s + instance.regionId},
            {u"VSwitchId"_s, u"vsw-"_s + instance.zoneId},
            {u"VpcCloudInstanceId"_s, instance.id},
            {u"DeletionProtection"_s, false},
            {u"MutriORsignle"_s, false},
            {u"DBInstanceCPU"_s, QString::number(instance.cpu)},
            {u"DBInstanceMemory"_s, instance.memoryMb},
        });
    }
    QJsonObject body{
        {u"PageNumber"_s, tokenPaging ? 1 : pageNumber},
        {u"PageRecordCount"_s, int(rows.size())},
        {u"TotalRecordCount"_s, int(matching.size())},
        {u"Items"_s, QJsonObject{{u"DBInstance"_s, rows}}},
    };
    const qint64 next = offset + rows.size();
    body.insert(u"NextToken"_s, tokenPaging && next < matching.size()
                                    ? QString::fromLatin1(QString::number(next).toLatin1().toBase64())
                                    : QString());
    return call.ok(body);
}

SimResponse RdsInstanceActions::describeDBInstanceAttribute(const AlibabaRpcCall &call) const
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    QJsonArray rows;
    for (const QString &id : call.value(u"DBInstanceId"_s).split(u',', Qt::SkipEmptyParts)) {
        const RdsInstance *instance = m_world.instance(id.trimmed());
        if (!instance)
            return call.fail(u"InvalidDBInstanceId.NotFound"_s);
        QJsonArray slaveZones;
        if (instance->category == u"HighAvailability"_s) {
            const RdsRegion *region = m_world.region(instance->regionId);
            for (const QString &zone : region->zones)
                if (zone != instance->zoneId) {
                    slaveZones.append(QJsonObject{{u"ZoneId"_s, zone}});
                    break;
                }
        }
        rows.append(QJsonObject{
            {u"DBInstanceId"_s, instance->id},
            {u"DBInstanceDescription"_s, instance->description},
            {u"RegionId"_s, instance->regionId},
            {u"ZoneId"_s, instance->zoneId},
            {u"Engine"_s, instance->engine},
            {u"EngineVersion"_s, instance->engineVersion},
            {u"DBInstanceStatus"_s, m_world.status(*instance)},
            {u"DBInstanceType"_s, instance->type},
            {u"Category"_s, instance->category},
            {u"DBInstanceClass"_s, instance->instanceClass},
            {u"DBInstanceClassType"_s, u"x"_s},
            {u"DBInstanceCPU"_s, QString::number(instance->cpu)},
            {u"DBInstanceMemory"_s, instance->memoryMb},
            {u"DBInstanceStorage"_s, instance->storageGb},
            {u"DBInstanceStorageType"_s, instance->storageType},
            {u"DBInstanceDiskUsed"_s, QString::number(instance->diskUsedBytes)},
            {u"DBInstanceNetType"_s, u"Intranet"_s},
            {u"InstanceNetworkType"_s, u"VPC"_s},
            {u"ConnectionString"_s, instance->connectionString},
            {u"Port"_s, QString::number(instance->port)},
            {u"PayType"_s, instance->payType},
            {u"CreationTime"_s, timeOrEmpty(instance->createTime)},
            {u"ExpireTime"_s, timeOrEmpty(instance->expireTime)},
            {u"LockMode"_s, u"Unlock"_s},
            {u"LockReason"_s, QString()},
            {u"MaintainTime"_s, u"18:00Z-22:00Z"_s},
            {u"MasterInstanceId"_s, instance->masterInstanceId},
            {u"ReadOnlyDBInstanceIds"_s, readOnlyIds(*instance)},
            {u"SlaveZones"_s, QJsonObject{{u"SlaveZone"_s, slaveZones}}},
            {u"ResourceGroupId"_s, u"rg-acfmy0000000000"_s},
            {u"SecurityIPMode"_s, u"normal"_s},
            {u"DeletionProtection"_s, false},
            {u"TimeZone"_s, u"UTC"_s},
            {u"Collation"_s, instance->engine == u"SQLServer"_s ? u"Chinese_PRC_CI_AS"_s : QString()},
        });
    }
    return call.ok({{u"Items"_s, QJsonObject{{u"DBInstanceAttribute"_s, rows}}}});
}

SimResponse RdsInstanceActions::describeDatabases(const AlibabaRpcCall &call) const
{
    if (!call.has(u"DBInstanceId"_s))
        return call.missing(u"DBInstanceId"_s);
    const RdsInstance *instance = m_world.instance(call.value(u"DBInstanceId"_s));
    if (!instance)
        return call.fail(u"InvalidDBInstanceId.NotFound"_s);
    int pageSize = 30;
    int pageNumber = 1;
    if (call.has(u"PageSize"_s)) {
        const int size = call.value(u"PageSize"_s).toInt();
        if (size != 30 && size != 50 && size != 100)
            return call.fail(u"InvalidMaxRecordsPerPage.Malformed"_s);
        pageSize = size;
    }
    if (call.has(u"PageNumber"_s)) {
        const auto number = positiveNumber(call.value(u"PageNumber"_s));
        if (!number)
            return call.fail(u"InvalidPageNumbers.Malformed"_s);
        pageNumber = *number;
    }
    const QString status = call.value(u"DBStatus"_s);
    if (!status.isEmpty() && status != u"Creating"_s && status != u"Running"_s && status != u"Deleting"_s)
        return call.invalid(u"DBStatus"_s);
    const QStringList names = call.value(u"DBName"_s).split(u',', Qt::SkipEmptyParts);

    QJsonArray rows;
    qint64 matched = 0;
    const qint64 offset = qint64(pageNumber - 1) * pageSize;
    for (const RdsDatabase &database : instance->databases) {
        if (!names.isEmpty() && !names.contains(database.name))
            continue;
        if (!status.isEmpty() && status != u"Running"_s)
            continue;
        if (matched++ < offset || rows.size() >= pageSize)
            continue;
        QJsonObject row{
            {u"DBName"_s, database.name},
            {u"DBStatus"_s, u"Running"_s},
            {u"DBDescription"_s, database.description},
            {u"DBInstanceId"_s, instance->id},
            {u"Engine"_s, instance->engine},
            {u"CharacterSetName"_s, database.characterSet},
            {u"Accounts"_s, QJsonObject{{u"AccountPrivilegeInfo"_s, QJsonArray{QJsonObject{
                                 {u"Account"_s, u"app_rw"_s},
                                 {u"AccountPrivilege"_s, u"ReadWrite"_s},
                                 {u"AccountPrivilegeDetail"_s, u"SELECT,INSERT,UPDATE,DELETE"_s}}}}}},
        };
        if (instance->engine == u"PostgreSQL"_s) {
            row.insert(u"Collate"_s, u"C"_s);
            row.insert(u"Ctype"_s, u"en_US.utf8"_s);
            row.insert(u"ConnLimit"_s, u"-1"_s);
            row.insert(u"Tablespace"_s, u"pg_default"_s);
        }
        if (instance->engine == u"SQLServer"_s) {
            row.insert(u"PageNumber"_s, pageNumber);
            row.insert(u"PageSize"_s, pageSize);
            row.insert(u"TotalCount"_s, int(instance->databases.size()));
        }
        rows.append(row);
    }
    return call.ok({{u"Databases"_s, QJsonObject{{u"Database"_s, rows}}}});
}

} // namespace rdsbm::cloudsim
