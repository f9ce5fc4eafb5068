#include "app/cloudsim/alibabaworldgenerator.h"

#include "app/cloudsim/deterministicrandom.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

struct EngineProfile
{
    QString engine;
    QString version;
    QString storageType;
    QString classCode;
    QString idPrefix;
    QString hostSuffix;
    int port;
    QStringList databaseNames;
};

const QList<EngineProfile> &engineProfiles()
{
    static const QList<EngineProfile> profiles{
        {u"MySQL"_s, u"8.0"_s, u"local_ssd"_s, u"mysql.x4.large.2c"_s, u"rm-"_s, u".mysql.rds.aliyuncs.com"_s, 3306,
         {u"orders"_s, u"inventory"_s, u"customers"_s, u"analytics"_s, u"billing"_s}},
        {u"MySQL"_s, u"5.7"_s, u"cloud_essd"_s, u"mysql.n2.medium.2c"_s, u"rm-"_s, u".mysql.rds.aliyuncs.com"_s, 3306,
         {u"app_main"_s, u"sessions"_s, u"catalog"_s}},
        {u"PostgreSQL"_s, u"15.0"_s, u"cloud_essd"_s, u"pg.n2.medium.2c"_s, u"pgm-"_s, u".pg.rds.aliyuncs.com"_s, 5432,
         {u"app"_s, u"reporting"_s, u"geo"_s}},
        {u"SQLServer"_s, u"2019_std_ha"_s, u"cloud_essd"_s, u"mssql.x4.medium.s2"_s, u"rm-"_s, u".sqlserver.rds.aliyuncs.com"_s, 1433,
         {u"SalesDB"_s, u"HR"_s, u"Warehouse"_s}},
    };
    return profiles;
}

const QStringList &tableNames()
{
    static const QStringList names{u"users"_s, u"orders"_s, u"order_items"_s, u"products"_s,
                                   u"payments"_s, u"audit_log"_s, u"sessions"_s, u"invoices"_s};
    return names;
}

const QStringList &descriptions()
{
    static const QStringList names{u"shop-prod"_s, u"billing"_s, u"crm-staging"_s, u"reporting"_s,
                                   u"erp"_s, u"payments-prod"_s, u"search"_s, u"iot-ingest"_s};
    return names;
}

QString fixedStatus(int region, int index, DeterministicRandom &random)
{
    if (region == 1 && index == 1)
        return u"Stopped"_s;
    if (region == 2 && index == 2)
        return u"Rebooting"_s;
    if (index < 4)
        return u"Running"_s;
    static const QStringList varied{u"Running"_s, u"Running"_s, u"Running"_s, u"Running"_s,
                                    u"Stopped"_s, u"DBInstanceClassChanging"_s, u"Creating"_s,
                                    u"EngineVersionUpgrading"_s};
    return varied.at(random.bounded(int(varied.size())));
}

QList<RdsDatabase> makeDatabases(const EngineProfile &profile, DeterministicRandom &random)
{
    QList<RdsDatabase> databases;
    const int count = 2 + random.bounded(int(profile.databaseNames.size()) - 1);
    for (int i = 0; i < count; ++i) {
        RdsDatabase database;
        database.name = profile.databaseNames.at(i);
        database.characterSet = profile.engine == u"SQLServer"_s ? u"Chinese_PRC_CI_AS"_s : u"utf8mb4"_s;
        if (profile.engine == u"PostgreSQL"_s)
            database.characterSet = u"UTF8"_s;
        database.description = u"%1 data"_s.arg(database.name);
        const int tableCount = 3 + random.bounded(4);
        for (int t = 0; t < tableCount; ++t)
            database.tables.append(tableNames().at((t + i) % tableNames().size()));
        databases.append(database);
    }
    return databases;
}

RdsInstance makeInstance(quint32 seed, int index, int regionIndex, int positionInRegion,
                         const RdsRegion &region, const QList<RdsRegion> &allRegions,
                         const QDateTime &epoch)
{
    DeterministicRandom random(DeterministicRandom::mix(seed, 0x1A57A9CEu, std::uint64_t(index)));
    const EngineProfile &profile = engineProfiles().at(positionInRegion % engineProfiles().size());

    RdsInstance instance;
    instance.index = index;
    instance.id = profile.idPrefix + region.idPrefix + random.alphanumeric(15);
    instance.description = descriptions().at((index + positionInRegion) % descriptions().size());
    instance.regionId = region.regionId;
    instance.zoneId = region.zones.at(random.bounded(int(region.zones.size())));
    instance.engine = profile.engine;
    instance.engineVersion = profile.version;
    instance.baseStatus = fixedStatus(regionIndex, positionInRegion, random);
    instance.type = u"Primary"_s;
    instance.instanceClass = profile.classCode;
    instance.storageType = profile.storageType;
    instance.category = u"HighAvailability"_s;
    instance.payType = random.bounded(3) == 0 ? u"Prepaid"_s : u"Postpaid"_s;
    instance.connectionString = instance.id + profile.hostSuffix;
    instance.hostInstanceId = QString::number(5882781 + index * 17);
    instance.port = profile.port;
    instance.cpu = 2 << random.bounded(3);
    instance.memoryMb = instance.cpu * 4096;
    instance.storageGb = 100 + 50 * random.bounded(9);
    instance.diskUsedBytes = qint64(instance.storageGb) * 1024 * 1024 * 1024 / 100 * (20 + random.bounded(60));
    instance.createTime = epoch.addDays(-(400 + random.bounded(900))).addSecs(random.bounded(86400));
    if (instance.payType == u"Prepaid"_s)
        instance.expireTime = epoch.addDays(30 + random.bounded(300));
    instance.databases = makeDatabases(profile, random);
    // MySQL on local disks, PostgreSQL and SQL Server keep cross-region copies (reference 3.10).
    if (!(profile.engine == u"MySQL"_s && instance.isCloudDisk()))
        instance.crossBackupRegion = allRegions.at((regionIndex + 1) % allRegions.size()).regionId;
    return instance;
}

RdsInstance makeReplica(quint32 seed, int index, const RdsInstance &master, const RdsRegion &region)
{
    DeterministicRandom random(DeterministicRandom::mix(seed, 0x2EAD0A1Eu, std::uint64_t(index)));
    RdsInstance replica = master;
    replica.index = index;
    replica.id = u"rr-"_s + region.idPrefix + random.alphanumeric(15);
    replica.description = master.description + u"-ro"_s;
    replica.type = u"Readonly"_s;
    replica.baseStatus = u"Running"_s;
    replica.masterInstanceId = master.id;
    replica.category = u"Basic"_s;
    replica.connectionString = replica.id + u".mysql.rds.aliyuncs.com"_s;
    replica.hostInstanceId = QString::number(5882781 + index * 17);
    replica.crossBackupRegion.clear();
    return replica;
}

DbsBackupPlan makePlan(quint32 seed, int planIndex, const QString &region, const QDateTime &epoch)
{
    DeterministicRandom random(DeterministicRandom::mix(seed, 0xDB5u, std::uint64_t(planIndex)));
    DbsBackupPlan plan;
    plan.planId = u"dbs"_s + random.alphanumeric(9);
    plan.region = region;
    plan.status = u"running"_s;
    plan.backupMethod = u"logical"_s;
    plan.createdMs = epoch.addDays(-(60 + random.bounded(300))).toMSecsSinceEpoch();
    plan.gatewayId = 0;
    const qint64 dayMs = 24LL * 3600 * 1000;
    const int backups = 8 + random.bounded(8);
    for (int i = 0; i < backups; ++i) {
        DbsFullBackup backup;
        backup.backupSetId = random.alphanumeric(12);
        backup.startMs = epoch.toMSecsSinceEpoch() - (i + 1) * dayMs + 2 * 3600 * 1000 + random.bounded(1800) * 1000LL;
        backup.endMs = backup.startMs + (300 + random.bounded(2400)) * 1000LL;
        backup.size = 8LL * 1024 * 1024 + qint64(random.bounded(400)) * 1024 * 1024;
        plan.fullBackups.append(backup);
    }
    return plan;
}

} // namespace

QList<RdsRegion> AlibabaWorldGenerator::regions()
{
    return {
        {u"cn-hangzhou"_s, u"China (Hangzhou)"_s, u"华东1（杭州）"_s, u"rds.aliyuncs.com"_s, u"bp"_s,
         {u"cn-hangzhou-h"_s, u"cn-hangzhou-i"_s, u"cn-hangzhou-j"_s}},
        {u"cn-shanghai"_s, u"China (Shanghai)"_s, u"华东2（上海）"_s, u"rds.aliyuncs.com"_s, u"uf"_s,
         {u"cn-shanghai-e"_s, u"cn-shanghai-f"_s}},
        {u"cn-beijing"_s, u"China (Beijing)"_s, u"华北2（北京）"_s, u"rds.aliyuncs.com"_s, u"2z"_s,
         {u"cn-beijing-h"_s, u"cn-beijing-i"_s}},
        {u"ap-southeast-1"_s, u"Singapore"_s, u"新加坡"_s, u"rds.aliyuncs.com"_s, u"gs"_s,
         {u"ap-southeast-1a"_s, u"ap-southeast-1b"_s}},
        {u"eu-central-1"_s, u"Germany (Frankfurt)"_s, u"德国（法兰克福）"_s, u"rds.eu-central-1.aliyuncs.com"_s, u"gw"_s,
         {u"eu-central-1a"_s, u"eu-central-1b"_s}},
    };
}

AlibabaWorldGenerator::World AlibabaWorldGenerator::generate(quint32 seed, int instancesPerRegion,
                                                             const QDateTime &epoch)
{
    World world;
    world.regions = regions();
    int index = 0;
    int planIndex = 0;
    for (int r = 0; r < world.regions.size(); ++r) {
        const RdsRegion &region = world.regions.at(r);
        const qsizetype firstOfRegion = world.instances.size();
        for (int i = 0; i < instancesPerRegion; ++i)
            world.instances.append(makeInstance(seed, index++, r, i, region, world.regions, epoch));
        if (instancesPerRegion == 0)
            continue;
        RdsInstance replica = makeReplica(seed, index++, world.instances.at(firstOfRegion), region);
        world.instances[firstOfRegion].readOnlyIds.append(replica.id);
        world.instances.append(replica);
        const RdsInstance &master = world.instances.at(firstOfRegion);

        // A DBS plan backing up the region's first MySQL instance, and one for a self-managed
        // PostgreSQL on ECS.
        DbsBackupPlan rdsPlan = makePlan(seed, planIndex++, region.regionId, epoch);
        rdsPlan.name = master.description + u"-dbs"_s;
        rdsPlan.databaseType = u"MySQL"_s;
        rdsPlan.sourceType = u"RDS"_s;
        rdsPlan.sourceInstanceId = master.id;
        rdsPlan.sourceIpPort = master.connectionString + u":3306"_s;
        rdsPlan.sourceUserName = u"dbs_backup"_s;
        for (const RdsDatabase &database : std::as_const(master.databases))
            rdsPlan.databases.append(database.name);
        world.plans.append(rdsPlan);

        DbsBackupPlan ecsPlan = makePlan(seed, planIndex++, region.regionId, epoch);
        ecsPlan.name = u"pg-on-ecs-"_s + region.regionId;
        ecsPlan.databaseType = u"PostgreSQL"_s;
        ecsPlan.sourceType = u"ECS"_s;
        ecsPlan.sourceInstanceId = u"i-"_s + region.idPrefix + DeterministicRandom(seed + planIndex).alphanumeric(18);
        ecsPlan.sourceIpPort = u"172.16.0.%1:5432"_s.arg(10 + r);
        ecsPlan.sourceUserName = u"postgres"_s;
        ecsPlan.databases = {u"app"_s, u"reporting"_s};
        ecsPlan.status = r == 1 ? u"pause"_s : u"running"_s;
        ecsPlan.enableBackupLog = false;
        world.plans.append(ecsPlan);

        if (r == 0) {
            DbsBackupPlan oraclePlan = makePlan(seed, planIndex++, region.regionId, epoch);
            oraclePlan.name = u"oracle-erp"_s;
            oraclePlan.databaseType = u"Oracle"_s;
            oraclePlan.sourceType = u"Other"_s;
            oraclePlan.sourceIpPort = u"10.0.0.12:1521"_s;
            oraclePlan.sourceUserName = u"system"_s;
            oraclePlan.sourceOracleSid = u"ORCL"_s;
            oraclePlan.databases = {u"ERP"_s};
            oraclePlan.enableBackupLog = false;
            world.plans.append(oraclePlan);

            DbsBackupPlan sqlServerPlan = makePlan(seed, planIndex++, region.regionId, epoch);
            sqlServerPlan.name = u"mssql-agent"_s;
            sqlServerPlan.databaseType = u"SQLServer"_s;
            sqlServerPlan.sourceType = u"Agent"_s;
            sqlServerPlan.sourceIpPort = u"192.168.1.20:1433"_s;
            sqlServerPlan.sourceUserName = u"sa"_s;
            sqlServerPlan.gatewayId = 4312000 + planIndex;
            sqlServerPlan.backupMethod = u"physical"_s;
            sqlServerPlan.databases = {u"SalesDB"_s, u"HR"_s};
            sqlServerPlan.enableBackupLog = false;
            world.plans.append(sqlServerPlan);
        }
    }
    return world;
}

} // namespace rdsbm::cloudsim
