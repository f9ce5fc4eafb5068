#pragma once

#include "app/cli/command.h"
#include "app/domain/backupset.h"
#include "app/downloads/backupdownload.h"

#include <QElapsedTimer>

#include <optional>

namespace rdsbm::cli {

// rdsbm alibaba backups download: DescribeBackups for the set's link and Checksum, then the file
// streamed to PATH.part (resumed from it when run again), its CRC-64 computed on the fly, renamed
// to PATH only once it matches; on a mismatch the bytes become PATH.corrupt and the exit code is 5.
// An expired link is asked for again (DescribeBackups).
class DownloadBackupCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void describeBackup(std::function<void(std::optional<BackupSet> backup, const transport::ApiResult &result)> next);
    void startDownload(const BackupSet &backup);
    QUrl linkOf(const BackupSet &backup) const;
    void onProgress(qint64 received, qint64 total);
    void onFinished();

    std::optional<alibaba::RdsClient> m_client;
    QString m_instanceId;
    QString m_backupId;
    QString m_path;
    bool m_intranet = false;
    downloads::BackupDownload *m_download = nullptr;
    QElapsedTimer m_sinceLastNote;
};

} // namespace rdsbm::cli
