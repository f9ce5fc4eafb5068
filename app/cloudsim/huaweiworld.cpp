#include "app/cloudsim/huaweiworld.h"

#include "app/cloudsim/stablerandom.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// Log backups keep arriving while an instance runs; the newest is this far behind.
constexpr qint64 logLagMs = 5 * minuteMs;

const std::array<QString, 4> regions = {u"cn-north-4"_s, u"cn-east-3"_s, u"cn-south-1"_s,
                                        u"ap-southeast-1"_s};

struct Profile
{
    QString engine;
    QString version;
    QString completeVersion;
    QString status;
    QString type;
    int volumeGb;
    QString volumeType;
    QString flavorRef;
    int cpu;
    int memoryGb;
};

// Twelve shapes, dealt out in order across regions, so that with the default four instances
// per region the account holds every engine and state, and every restore rule has a case:
// a bigger and a smaller MySQL 8.0 target, a second engine version, SQL Server, a busy and a
// frozen instance.
const std::array<Profile, 12> &profiles()
{
    static const std::array<Profile, 12> table = {{
        {u"MySQL"_s, u"8.0"_s, u"8.0.28"_s, u"ACTIVE"_s, u"Ha"_s, 100, u"CLOUDSSD"_s, u"rds.mysql.n1.large.2.ha"_s, 2, 4},
        {u"MySQL"_s, u"8.0"_s, u"8.0.28"_s, u"ACTIVE"_s, u"Single"_s, 200, u"CLOUDSSD"_s, u"rds.mysql.n1.xlarge.2"_s, 4, 8},
        {u"PostgreSQL"_s, u"14"_s, u"14.4"_s, u"ACTIVE"_s, u"Single"_s, 100, u"ULTRAHIGH"_s, u"rds.pg.n1.large.2"_s, 2, 4},
        {u"SQLServer"_s, u"2019_SE"_s, u"15.0.4198.2"_s, u"ACTIVE"_s, u"Single"_s, 120, u"CLOUDSSD"_s, u"rds.mssql.se.s3.large.2"_s, 2, 8},
        {u"MySQL"_s, u"5.7"_s, u"5.7.38"_s, u"ACTIVE"_s, u"Ha"_s, 150, u"ULTRAHIGH"_s, u"rds.mysql.n1.large.2.ha"_s, 2, 4},
        {u"MySQL"_s, u"8.0"_s, u"8.0.28"_s, u"BACKING UP"_s, u"Single"_s, 100, u"CLOUDSSD"_s, u"rds.mysql.n1.large.2"_s, 2, 4},
        {u"MySQL"_s, u"5.7"_s, u"5.7.38"_s, u"FROZEN"_s, u"Single"_s, 100, u"CLOUDSSD"_s, u"rds.mysql.n1.large.2"_s, 2, 4},
        {u"PostgreSQL"_s, u"12"_s, u"12.11"_s, u"ACTIVE"_s, u"Single"_s, 80, u"CLOUDSSD"_s, u"rds.pg.n1.large.2"_s, 2, 4},
        {u"MySQL"_s, u"8.0"_s, u"8.0.28"_s, u"ACTIVE"_s, u"Single"_s, 40, u"CLOUDSSD"_s, u"rds.mysql.n1.large.2"_s, 2, 4},
        {u"PostgreSQL"_s, u"14"_s, u"14.4"_s, u"RESTORING"_s, u"Ha"_s, 200, u"ULTRAHIGH"_s, u"rds.pg.n1.xlarge.2.ha"_s, 4, 8},
        {u"SQLServer"_s, u"2019_SE"_s, u"15.0.4198.2"_s, u"ACTIVE"_s, u"Single"_s, 200, u"CLOUDSSD"_s, u"rds.mssql.se.s3.xlarge.2"_s, 4, 16},
        {u"MySQL"_s, u"5.7"_s, u"5.7.38"_s, u"ACTIVE"_s, u"Single"_s, 300, u"CLOUDSSD"_s, u"rds.mysql.n1.xlarge.2"_s, 4, 8},
    }};
    return table;
}

const std::array<QString, 12> nameWords = {u"orders"_s,  u"billing"_s, u"inventory"_s, u"analytics"_s,
                                           u"crm"_s,     u"payments"_s, u"users"_s,    u"catalog"_s,
                                           u"ledger"_s,  u"reports"_s, u"search"_s,    u"audit"_s};

QString hex32(std::uint64_t seed, const QString &what)
{
    return StableRandom::hex64(StableRandom::hash(what, seed))
        + StableRandom::hex64(StableRandom::hash(what + u'#', seed));
}

QString hex8(quint32 value)
{
    return QString::number(value, 16).rightJustified(8, u'0');
}

QString enginePrefix(const QString &engine)
{
    if (engine == u"PostgreSQL")
        return u"pg"_s;
    if (engine == u"SQLServer")
        return u"mssql"_s;
    return u"mysql"_s;
}

QString compactTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyyMMddHHmmss"_s);
}

} // namespace

const QString HuaweiWorld::defaultRegion = u"cn-north-4"_s;

HuaweiWorld::HuaweiWorld(const SimulatorConfig &config, const QDateTime &anchor)
    : m_seed(config.seed),
      m_backupsPerInstance(std::max(0, config.backupsPerInstance)),
      m_secondsPerStep(std::max(config.jobSecondsPerStep, 0.001)),
      m_anchorMs(anchor.toMSecsSinceEpoch())
{
    m_domainId = hex32(m_seed, u"domain"_s);
    generateProjects(config);
    generateInstances(std::max(0, config.instancesPerRegion));
}

void HuaweiWorld::generateProjects(const SimulatorConfig &config)
{
    for (const QString &region : regions) {
        const QString id = region == defaultRegion ? config.huaweiProjectId
                                                   : hex32(m_seed, u"project/"_s + region);
        m_projects.append({region, id});
    }
}

void HuaweiWorld::generateInstances(int instancesPerRegion)
{
    const qint64 stepMs = qint64(m_secondsPerStep * 1000.0);
    for (qsizetype r = 0; r < m_projects.size(); ++r) {
        const HuaweiProject &project = m_projects.at(r);
        for (int i = 0; i < instancesPerRegion; ++i) {
            const Profile &profile = profiles()[(r * instancesPerRegion + i) % profiles().size()];
            const QString tag = u"instance/"_s + project.region + u'/' + QString::number(i);
            StableRandom random(StableRandom::hash(tag, m_seed));

            HuaweiInstance instance;
            instance.index = int(m_instances.size());
            instance.id = hex32(m_seed, tag) + u"in01"_s;
            instance.name = enginePrefix(profile.engine) + u'-'
                + nameWords[random.next() % nameWords.size()] + u'-'
                + QString::number(i + 1).rightJustified(2, u'0');
            instance.region = project.region;
            instance.projectId = project.id;
            instance.engine = profile.engine;
            instance.version = profile.version;
            instance.completeVersion = profile.completeVersion;
            instance.type = profile.type;
            instance.generatedStatus = profile.status;
            if (profile.status == u"BACKING UP")
                instance.settlesAtMs = m_anchorMs + 30 * stepMs;
            else if (profile.status == u"RESTORING")
                instance.settlesAtMs = m_anchorMs + 45 * stepMs;
            instance.volumeGb = profile.volumeGb;
            instance.volumeType = profile.volumeType;
            instance.flavorRef = profile.flavorRef;
            instance.cpu = profile.cpu;
            instance.memoryGb = profile.memoryGb;
            instance.port = profile.engine == u"PostgreSQL" ? 5432
                : profile.engine == u"SQLServer"            ? 1433
                                                            : 3306;
            instance.privateIp = u"192.168.%1.%2"_s.arg(r).arg(10 + i);
            instance.availabilityZone = project.region + (i % 2 == 0 ? u"a"_s : u"b"_s);
            instance.backupHourUtc = int(random.between(15, 22));
            instance.createdMs = m_anchorMs - (qint64(m_backupsPerInstance) + 24 * random.between(30, 400)) * hourMs;
            if (profile.engine == u"SQLServer")
                instance.databases = {u"sales"_s, u"hr"_s};
            m_instances.append(instance);
        }
    }
}

const HuaweiProject *HuaweiWorld::projectById(const QString &projectId) const
{
    for (const HuaweiProject &project : m_projects)
        if (project.id == projectId)
            return &project;
    return nullptr;
}

QList<const HuaweiInstance *> HuaweiWorld::instancesIn(const QString &projectId) const
{
    QList<const HuaweiInstance *> found;
    for (const HuaweiInstance &instance : m_instances)
        if (instance.projectId == projectId)
            found.append(&instance);
    return found;
}

const HuaweiInstance *HuaweiWorld::instance(const QString &projectId, const QString &instanceId) const
{
    const HuaweiInstance *found = instanceById(instanceId);
    return found && found->projectId == projectId ? found : nullptr;
}

const HuaweiInstance *HuaweiWorld::instanceById(const QString &instanceId) const
{
    for (const HuaweiInstance &instance : m_instances)
        if (instance.id == instanceId)
            return &instance;
    return nullptr;
}

std::uint64_t HuaweiWorld::backupFingerprint(int instanceIndex, int sequence) const
{
    const std::uint64_t position = (std::uint64_t(quint32(instanceIndex)) << 32) | quint32(sequence);
    return StableRandom::mix(StableRandom::mix(m_seed + 0x6261636BULL) ^ position);
}

const QList<HuaweiBackup> &HuaweiWorld::backupsOf(const HuaweiInstance &instance) const
{
    auto found = m_backups.find(instance.index);
    if (found == m_backups.end())
        found = m_backups.insert(instance.index, generateBackups(instance));
    return found.value();
}

QList<HuaweiBackup> HuaweiWorld::generateBackups(const HuaweiInstance &instance) const
{
    QList<HuaweiBackup> backups;
    backups.reserve(m_backupsPerInstance);
    const qint64 lastFullHour = m_anchorMs - m_anchorMs % hourMs;
    for (int sequence = 0; sequence < m_backupsPerInstance; ++sequence) {
        const std::uint64_t fingerprint = backupFingerprint(instance.index, sequence);
        StableRandom random(fingerprint);
        const qint64 slotStart = lastFullHour - qint64(sequence + 1) * hourMs;

        HuaweiBackup backup;
        backup.sequence = sequence;
        // Sequences 2 and 9 are manual full backups, the second one failed: with the default
        // few dozen backups every instance has one of each to restore from or be refused.
        if (sequence == 2 || sequence == 9)
            backup.type = HuaweiBackupType::Manual;
        else if ((slotStart / hourMs) % 24 == instance.backupHourUtc)
            backup.type = HuaweiBackupType::Auto;
        else if (fingerprint % 23 == 0)
            backup.type = HuaweiBackupType::Manual;
        else if (instance.engine == u"SQLServer" && fingerprint % 11 == 1)
            backup.type = HuaweiBackupType::Fragment;
        else
            backup.type = HuaweiBackupType::Incremental;

        if (isFullBackup(backup.type)) {
            backup.beginMs = slotStart + random.between(1, 15) * minuteMs + random.between(0, 59) * secondMs;
            backup.endMs = backup.beginMs + random.between(3, 25) * minuteMs + random.between(0, 59) * secondMs;
        } else {
            backup.beginMs = slotStart;
            backup.endMs = slotStart + hourMs;
        }

        if (sequence == 0 && instance.generatedStatus == u"BACKING UP") {
            backup.type = HuaweiBackupType::Manual;
            backup.status = HuaweiBackupStatus::Building;
            backup.beginMs = m_anchorMs - minuteMs;
            backup.endMs = 0;
            backup.settlesAtMs = instance.settlesAtMs;
        } else if (sequence == 5 || sequence == 9 || (sequence != 2 && fingerprint % 31 == 7)) {
            backup.status = HuaweiBackupStatus::Failed;
        }
        backups.append(backup);
    }
    return backups;
}

HuaweiBackup HuaweiWorld::backupAt(const HuaweiBackup &backup, qint64 nowMs)
{
    HuaweiBackup current = backup;
    if (current.status == HuaweiBackupStatus::Building && current.settlesAtMs > 0
        && nowMs >= current.settlesAtMs) {
        current.status = HuaweiBackupStatus::Completed;
        current.endMs = current.settlesAtMs;
    }
    return current;
}

QString HuaweiWorld::statusAt(const HuaweiInstance &instance, qint64 nowMs)
{
    if (instance.settlesAtMs > 0 && nowMs >= instance.settlesAtMs)
        return u"ACTIVE"_s;
    return instance.generatedStatus;
}

QString HuaweiWorld::backupId(const HuaweiInstance &instance, const HuaweiBackup &backup) const
{
    const std::uint64_t masks = StableRandom::mix(m_seed ^ 0xB0B0CAFEULL);
    return hex8(quint32(instance.index) ^ quint32(masks)) + hex8(quint32(backup.sequence) ^ quint32(masks >> 32))
        + StableRandom::hex64(backupFingerprint(instance.index, backup.sequence)) + u"br01"_s;
}

std::optional<HuaweiWorld::BackupLocation> HuaweiWorld::findBackup(const QString &projectId,
                                                                   const QString &backupId) const
{
    if (backupId.size() != 36 || !backupId.endsWith(u"br01"))
        return std::nullopt;
    const std::uint64_t masks = StableRandom::mix(m_seed ^ 0xB0B0CAFEULL);
    bool indexOk = false;
    bool sequenceOk = false;
    const quint32 index = backupId.left(8).toUInt(&indexOk, 16) ^ quint32(masks);
    const quint32 sequence = backupId.mid(8, 8).toUInt(&sequenceOk, 16) ^ quint32(masks >> 32);
    if (!indexOk || !sequenceOk || index >= quint32(m_instances.size())
        || sequence >= quint32(m_backupsPerInstance))
        return std::nullopt;
    const HuaweiInstance &owner = m_instances.at(index);
    if (owner.projectId != projectId)
        return std::nullopt;
    const HuaweiBackup &backup = backupsOf(owner).at(sequence);
    if (this->backupId(owner, backup) != backupId)
        return std::nullopt;
    return BackupLocation{&owner, &backup};
}

QString HuaweiWorld::backupName(const HuaweiInstance &instance, const HuaweiBackup &backup) const
{
    static const std::array<QString, 4> kinds = {u"auto"_s, u"manual"_s, u"differential"_s,
                                                 u"incremental"_s};
    return instance.name + u'-' + kinds[std::size_t(backup.type)] + u'-' + compactTime(backup.beginMs);
}

QList<HuaweiBackupFile> HuaweiWorld::filesOf(const HuaweiInstance &instance,
                                             const HuaweiBackup &backup, qint64 nowMs) const
{
    if (backupAt(backup, nowMs).status != HuaweiBackupStatus::Completed)
        return {};
    const QString id = backupId(instance, backup);
    const bool full = isFullBackup(backup.type);
    const qint64 datasetBytes = StableRandom(StableRandom::hash(instance.id, m_seed))
                                    .between(6 << 20, 120 << 20);
    StableRandom random(backupFingerprint(instance.index, backup.sequence) ^ 0x66696C65ULL);
    auto fileBytes = [&] {
        return full ? datasetBytes * random.between(90, 110) / 100 + random.between(0, 4095)
                    : random.between(24 << 10, 6 << 20);
    };

    QList<HuaweiBackupFile> files;
    if (instance.engine == u"SQLServer") {
        for (const QString &database : instance.databases) {
            HuaweiBackupFile file;
            file.name = database + u'_' + id + (full ? u".bak"_s : u".trn"_s);
            file.bytes = fileBytes() / instance.databases.size();
            file.databaseName = database;
            files.append(file);
        }
    } else {
        HuaweiBackupFile file;
        if (instance.engine == u"PostgreSQL")
            file.name = id + (full ? u".tar.gz"_s : u"_wal.tar.gz"_s);
        else
            file.name = full ? id + u".qp"_s
                             : u"mysql-bin."_s + QString::number(900000 - backup.sequence).rightJustified(6, u'0');
        file.bytes = fileBytes();
        files.append(file);
    }
    for (HuaweiBackupFile &file : files)
        file.key = u"huawei/"_s + instance.id + u'/' + id + u'/' + file.name;
    return files;
}

qint64 HuaweiWorld::sizeKb(const HuaweiInstance &instance, const HuaweiBackup &backup, qint64 nowMs) const
{
    qint64 kilobytes = 0;
    for (const HuaweiBackupFile &file : filesOf(instance, backup, nowMs))
        kilobytes += (file.bytes + 1023) / 1024;
    return kilobytes;
}

QList<HuaweiRestoreWindow> HuaweiWorld::restoreWindows(const HuaweiInstance &instance, qint64 nowMs) const
{
    const QList<HuaweiBackup> &backups = backupsOf(instance);
    const qint64 retentionStart = m_anchorMs - qint64(instance.keepDays) * dayMs;

    // The oldest completed full backup still kept; failing that, the newest one there is.
    const HuaweiBackup *base = nullptr;
    for (const HuaweiBackup &stored : backups) {
        const HuaweiBackup backup = backupAt(stored, nowMs);
        if (!isFullBackup(backup.type) || backup.status != HuaweiBackupStatus::Completed)
            continue;
        if (backup.beginMs >= retentionStart || !base)
            base = &stored;
        if (backup.beginMs < retentionStart)
            break;
    }
    if (!base)
        return {};

    const qint64 start = base->endMs;
    qint64 end = start;
    QList<HuaweiRestoreWindow> gaps;
    for (const HuaweiBackup &stored : backups) {
        const HuaweiBackup backup = backupAt(stored, nowMs);
        if (backup.beginMs < start)
            break;
        if (backup.status == HuaweiBackupStatus::Completed)
            end = std::max(end, backup.endMs);
        else if (backup.status == HuaweiBackupStatus::Failed && !isFullBackup(backup.type))
            gaps.prepend({backup.beginMs, backup.endMs});
    }
    const QString status = statusAt(instance, nowMs);
    if (status != u"FROZEN" && status != u"FAILED")
        end = std::max(end, nowMs - logLagMs);

    QList<HuaweiRestoreWindow> windows;
    qint64 cursor = start;
    for (const HuaweiRestoreWindow &gap : std::as_const(gaps)) {
        if (gap.startMs > cursor)
            windows.append({cursor, std::min(gap.startMs, end)});
        cursor = std::max(cursor, gap.endMs);
    }
    if (cursor < end)
        windows.append({cursor, end});
    return windows;
}

} // namespace rdsbm::cloudsim
