#include "app/cloudsim/backupcatalog.h"

#include "app/cloudsim/deterministicrandom.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr qint64 generatedIdBase = 300000000;
constexpr qint64 crossIdBase = 600000000;
constexpr qint64 idsPerInstance = 100000;
constexpr qint64 backupIntervalSecs = 6 * 3600;
constexpr qint64 daySecs = 24 * 3600;

enum class EngineKind { MySqlLocal, MySqlCloud, PostgreSql, SqlServer };
enum Method { Physical, Logical, Snapshot };

EngineKind engineKind(const RdsInstance &instance)
{
    if (instance.engine == u"MySQL"_s)
        return instance.isCloudDisk() ? EngineKind::MySqlCloud : EngineKind::MySqlLocal;
    if (instance.engine == u"PostgreSQL"_s)
        return EngineKind::PostgreSql;
    return EngineKind::SqlServer;
}

// Method weights per engine: what RDS offers on each (snapshots need cloud disks, SQL Server
// and PostgreSQL have no logical backups through RDS).
Method methodFor(EngineKind kind, DeterministicRandom &random)
{
    switch (kind) {
    case EngineKind::MySqlLocal:
        return random.bounded(100) < 85 ? Physical : Logical;
    case EngineKind::MySqlCloud: {
        const int roll = random.bounded(100);
        return roll < 60 ? Physical : roll < 90 ? Snapshot : Logical;
    }
    case EngineKind::PostgreSql:
        return random.bounded(100) < 60 ? Physical : Snapshot;
    case EngineKind::SqlServer:
        return random.bounded(100) < 70 ? Physical : Snapshot;
    }
    return Physical;
}

const QString &methodName(Method method)
{
    static const QString names[] = {u"Physical"_s, u"Logical"_s, u"Snapshot"_s};
    return names[method];
}

} // namespace

// Everything a generated set is, as numbers: cheap enough to compute for 10000 sets per request.
struct BackupCatalog::Traits
{
    qint64 startSecs = 0;
    qint64 endSecs = 0;
    int method = Physical;
    bool incremental = false;
    bool failed = false;
    bool manual = false;
    double sizeUnit = 0;
};

BackupCatalog::Traits BackupCatalog::traits(int instanceIndex, int engine, int k) const
{
    DeterministicRandom random(DeterministicRandom::mix(m_seed, std::uint64_t(instanceIndex) + 0xBAC0u,
                                                        std::uint64_t(k)));
    Traits traits;
    // Sets are six hours apart with up to an hour of jitter, so k = 0 is the newest and start
    // times fall strictly as k grows.
    traits.startSecs = m_epochSecs - (k + 1) * backupIntervalSecs + random.bounded(3600);
    traits.endSecs = traits.startSecs + 300 + random.bounded(3000);
    traits.method = methodFor(EngineKind(engine), random);
    if (EngineKind(engine) == EngineKind::SqlServer && traits.method == Physical && k % 4 != 0)
        traits.incremental = random.bounded(2) == 0;
    traits.failed = random.unit() < 0.04 || k % 23 == 7;
    traits.manual = random.unit() < 0.15 || k % 11 == 4;
    traits.sizeUnit = random.unit();
    return traits;
}

namespace {

QJsonObject recordToJson(const BackupRecord &record)
{
    return {
        {u"BackupId"_s, QString::number(record.backupId)},
        {u"Start"_s, record.startSecs},
        {u"End"_s, record.endSecs},
        {u"Status"_s, record.status},
        {u"Type"_s, record.type},
        {u"Mode"_s, record.mode},
        {u"Method"_s, record.method},
        {u"Size"_s, QString::number(record.size)},
        {u"MetaStatus"_s, record.metaStatus},
        {u"StoreStatus"_s, record.storeStatus},
        {u"StorageClass"_s, record.storageClass},
        {u"Databases"_s, QJsonArray::fromStringList(record.databases)},
    };
}

BackupRecord recordFromJson(const QJsonObject &json)
{
    BackupRecord record;
    record.backupId = json.value(u"BackupId"_s).toString().toLongLong();
    record.startSecs = json.value(u"Start"_s).toInteger();
    record.endSecs = json.value(u"End"_s).toInteger();
    record.status = json.value(u"Status"_s).toString();
    record.type = json.value(u"Type"_s).toString();
    record.mode = json.value(u"Mode"_s).toString();
    record.method = json.value(u"Method"_s).toString();
    record.size = json.value(u"Size"_s).toString().toLongLong();
    record.metaStatus = json.value(u"MetaStatus"_s).toString();
    record.storeStatus = json.value(u"StoreStatus"_s).toString();
    record.storageClass = json.value(u"StorageClass"_s).toString();
    for (const QJsonValue &database : json.value(u"Databases"_s).toArray())
        record.databases.append(database.toString());
    return record;
}

} // namespace

BackupCatalog::BackupCatalog(quint32 seed, int backupsPerInstance, const QDateTime &epoch)
    : m_seed(seed)
    , m_backupsPerInstance(std::clamp(backupsPerInstance, 0, maxBackupsPerInstance))
    , m_epochSecs(epoch.toSecsSinceEpoch())
{
}

BackupRecord BackupCatalog::generated(const RdsInstance &instance, int k) const
{
    const EngineKind kind = engineKind(instance);
    const Traits traits = this->traits(instance.index, int(kind), k);
    BackupRecord record;
    record.backupId = generatedIdBase + instance.index * idsPerInstance + k;
    record.startSecs = traits.startSecs;
    record.endSecs = traits.endSecs;
    record.method = methodName(Method(traits.method));
    record.type = traits.incremental ? u"IncrementalBackup"_s : u"FullBackup"_s;
    record.status = traits.failed ? u"Failed"_s : u"Success"_s;
    record.mode = traits.manual ? u"Manual"_s : u"Automated"_s;
    // Log-uniform between 256 KiB and 1.5 GiB, like real sets of small and large databases.
    const double low = std::log(256.0 * 1024);
    const double high = std::log(1.5 * 1024 * 1024 * 1024);
    record.size = traits.failed ? 0 : qint64(std::exp(low + traits.sizeUnit * (high - low)));
    if ((kind == EngineKind::MySqlLocal || kind == EngineKind::MySqlCloud) && traits.method != Snapshot && !traits.failed)
        record.metaStatus = k % 17 == 3 ? u"LARGE"_s : u"OK"_s;
    const qint64 ageSecs = m_epochSecs - record.endSecs;
    record.storeStatus = ageSecs > 7 * daySecs ? u"Enabled"_s : u"Disabled"_s;
    record.storageClass = ageSecs > 90 * daySecs ? u"1"_s : u"0"_s;
    return record;
}

void BackupCatalog::addCreated(const QString &instanceId, const BackupRecord &record)
{
    m_created[instanceId].append(record);
    m_snapshotSizes.remove(instanceId);
}

bool BackupCatalog::matches(const BackupRecord &record, const Filter &filter) const
{
    if (filter.backupId && record.backupId != *filter.backupId)
        return false;
    if (!filter.status.isEmpty() && record.status != filter.status)
        return false;
    if (!filter.mode.isEmpty() && record.mode != filter.mode)
        return false;
    if (!filter.type.isEmpty() && record.type != filter.type)
        return false;
    return record.startSecs >= filter.fromSecs && record.startSecs <= filter.toSecs;
}

BackupCatalog::Page BackupCatalog::query(const RdsInstance &instance, const Filter &filter,
                                         qint64 offset, int limit) const
{
    Page page;
    const auto take = [&](const BackupRecord &record) {
        if (!matches(record, filter))
            return;
        if (page.total >= offset && page.items.size() < limit)
            page.items.append(record);
        ++page.total;
    };
    const QList<BackupRecord> created = m_created.value(instance.id);
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        take(*it);

    if (filter.backupId) {
        const qint64 k = *filter.backupId - generatedIdBase - instance.index * idsPerInstance;
        if (k >= 0 && k < m_backupsPerInstance)
            take(generated(instance, int(k)));
        return page;
    }

    // Start times fall as k grows, so the time window is a range of k found by bisection.
    const int engine = int(engineKind(instance));
    const auto firstStartingAtOrBefore = [&](qint64 secs) {
        int low = 0;
        int high = m_backupsPerInstance;
        while (low < high) {
            const int middle = low + (high - low) / 2;
            if (traits(instance.index, engine, middle).startSecs <= secs)
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    };
    const int first = firstStartingAtOrBefore(filter.toSecs);
    const int end = filter.fromSecs == std::numeric_limits<qint64>::min() ? m_backupsPerInstance
                                                                          : firstStartingAtOrBefore(filter.fromSecs - 1);
    const bool filtered = !filter.status.isEmpty() || !filter.mode.isEmpty() || !filter.type.isEmpty();
    if (!filtered) {
        // Every set in the window matches: count them and build only the page.
        const qint64 pageStart = std::max<qint64>(0, offset - page.total);
        for (qint64 k = first + pageStart; k < end && page.items.size() < limit; ++k)
            page.items.append(generated(instance, int(k)));
        page.total += end - first;
        return page;
    }
    const bool wantFailed = filter.status == u"Failed"_s;
    const bool wantManual = filter.mode == u"Manual"_s;
    const bool wantIncremental = filter.type == u"IncrementalBackup"_s;
    for (int k = first; k < end; ++k) {
        const Traits candidate = traits(instance.index, engine, k);
        if ((!filter.status.isEmpty() && candidate.failed != wantFailed)
            || (!filter.mode.isEmpty() && candidate.manual != wantManual)
            || (!filter.type.isEmpty() && candidate.incremental != wantIncremental))
            continue;
        if (page.total >= offset && page.items.size() < limit)
            page.items.append(generated(instance, k));
        ++page.total;
    }
    return page;
}

std::optional<BackupRecord> BackupCatalog::find(const RdsInstance &instance, qint64 backupId) const
{
    Filter filter;
    filter.backupId = backupId;
    const Page page = query(instance, filter, 0, 1);
    if (page.items.isEmpty())
        return std::nullopt;
    return page.items.first();
}

qint64 BackupCatalog::snapshotChainSize(const RdsInstance &instance) const
{
    const auto cached = m_snapshotSizes.constFind(instance.id);
    if (cached != m_snapshotSizes.constEnd())
        return *cached;
    qint64 total = 0;
    if (instance.isCloudDisk()) {
        for (const BackupRecord &record : m_created.value(instance.id))
            if (record.method == u"Snapshot"_s && record.status == u"Success"_s)
                total += record.size;
        for (int k = 0; k < m_backupsPerInstance; ++k) {
            const Traits candidate = traits(instance.index, int(engineKind(instance)), k);
            if (candidate.method == Snapshot && !candidate.failed)
                total += generated(instance, k).size;
        }
    }
    m_snapshotSizes.insert(instance.id, total);
    return total;
}

QList<CrossRegionBackup> BackupCatalog::crossRegionBackups(const RdsInstance &instance) const
{
    QList<CrossRegionBackup> copies;
    if (instance.crossBackupRegion.isEmpty())
        return copies;
    const int window = std::min(m_backupsPerInstance, crossCopyWindow);
    for (int k = 0; k < window; ++k) {
        const BackupRecord source = generated(instance, k);
        if (source.method == u"Snapshot"_s)
            continue;
        CrossRegionBackup copy;
        copy.crossBackupId = crossIdBase + instance.index * idsPerInstance + k;
        copy.sourceInstanceIndex = instance.index;
        copy.source = source;
        copy.region = instance.crossBackupRegion;
        copy.failed = source.status == u"Failed"_s || k % 7 == 6;
        copies.append(copy);
    }
    return copies;
}

std::optional<CrossRegionBackup> BackupCatalog::findCrossRegionBackup(const QList<RdsInstance> &instances,
                                                                      qint64 crossBackupId) const
{
    const qint64 relative = crossBackupId - crossIdBase;
    if (relative < 0)
        return std::nullopt;
    const qint64 index = relative / idsPerInstance;
    if (index >= instances.size())
        return std::nullopt;
    for (const CrossRegionBackup &copy : crossRegionBackups(instances.at(index)))
        if (copy.crossBackupId == crossBackupId)
            return copy;
    return std::nullopt;
}

QJsonObject BackupCatalog::saveCreated() const
{
    QJsonObject saved;
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it) {
        QJsonArray records;
        for (const BackupRecord &record : it.value())
            records.append(recordToJson(record));
        saved.insert(it.key(), records);
    }
    return saved;
}

void BackupCatalog::restoreCreated(const QJsonObject &saved)
{
    m_created.clear();
    m_snapshotSizes.clear();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        for (const QJsonValue &record : it.value().toArray())
            m_created[it.key()].append(recordFromJson(record.toObject()));
}

} // namespace rdsbm::cloudsim
