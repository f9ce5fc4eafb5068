#pragma once

#include "app/cloudsim/alibabarpccall.h"

#include <QHash>

namespace rdsbm::cloudsim {

class AlibabaWorld;
class JsonWriter;
class BackupFileStore;
class SimStats;
struct BackupRecord;
struct RdsInstance;

// RDS 2014-08-15 data backups: DescribeBackups (seed 003: every field, filters, PageSize 30/50/100
// only, totals as strings, newest first, links and CRC-64 from the file store), CreateBackup
// (seed 001: method/strategy/type/DBName rules, Running instance, no read-only instance, one job
// at a time, 20 a day) and DescribeBackupTasks (the job's states, reference 3.7).
class RdsBackupActions
{
public:
    static constexpr int dailyBackupLimit = 20;

    RdsBackupActions(AlibabaWorld &world, const BackupFileStore &files, SimStats &stats);

    void registerInto(RpcActionTable &table);

    SimResponse describeBackups(const AlibabaRpcCall &call) const;
    SimResponse createBackup(const AlibabaRpcCall &call);
    SimResponse describeBackupTasks(const AlibabaRpcCall &call) const;

    // The key under which the file store serves a backup set's bytes (and one database's part).
    static QString fileKey(const RdsInstance &instance, const BackupRecord &record,
                           const QString &database = {});

private:
    void writeBackup(JsonWriter &out, const RdsInstance &instance, const BackupRecord &record) const;
    // The file store reads up to a block of bytes per checksum; a listing asks for the same
    // sets again and again, so their checksums are kept (bounded).
    QString checksumOf(const QString &fileKey, qint64 size) const;

    AlibabaWorld &m_world;
    const BackupFileStore &m_files;
    SimStats &m_stats;
    mutable QHash<QString, QString> m_checksums;
};

} // namespace rdsbm::cloudsim
