#include "app/cli/downloadbackupcommand.h"

#include "app/cli/rejectedcall.h"
#include "app/operations/calldeadline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

using downloads::DownloadOutcome;

void DownloadBackupCommand::start()
{
    if (!requireOptions({{u"instance"_s, u"DBInstanceId"_s}, {u"backup-id"_s, u"BackupId"_s}, {u"out"_s, u"PATH"_s}}))
        return;
    m_instanceId = option(u"instance"_s);
    m_backupId = option(u"backup-id"_s);
    m_path = QFileInfo(option(u"out"_s)).absoluteFilePath();
    m_intranet = hasOption(u"intranet"_s);
    const QFileInfo target(m_path);
    if (!target.absoluteDir().exists())
        return fail(invalidInput(u"InvalidOutputPath"_s,
                                 tr("--out: the folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()))));
    if (target.exists())
        return fail(invalidInput(u"OutputExists"_s,
                                 tr("--out: %1 exists already; it is never overwritten. Choose another path or "
                                    "remove it.")
                                     .arg(QDir::toNativeSeparators(m_path))));
    // Nothing is asked of the service for a file that could not be written anyway. The probe
    // opens PATH.part the way the download will (appending, so a partial file is left intact).
    QFile probe(m_path + u".part"_s);
    const bool partExisted = probe.exists();
    if (!probe.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(invalidInput(u"InvalidOutputPath"_s,
                                 tr("--out: %1 cannot be written: %2")
                                     .arg(QDir::toNativeSeparators(probe.fileName()), probe.errorString())));
    probe.close();
    if (!partExisted)
        probe.remove();
    withAlibaba([this](const AlibabaTarget &account) {
        m_client = rdsClient(account);
        describeBackup([this](std::optional<BackupSet> backup, const transport::ApiResult &result) {
            if (!backup)
                return failCall(result, u"alibaba"_s, u"DescribeBackups"_s);
            startDownload(*backup);
        });
    });
}

void DownloadBackupCommand::describeBackup(
    std::function<void(std::optional<BackupSet> backup, const transport::ApiResult &result)> next)
{
    alibaba::DescribeBackupsParameters parameters;
    parameters.dbInstanceId = m_instanceId;
    parameters.backupId = m_backupId;
    operations::CallDeadline deadline;
    const alibaba::StartedCall started = m_client->describeBackups(
        parameters, this, [this, next, deadline](transport::TypedReply<alibaba::BackupPage> reply) {
            deadline.apply(reply.result);
            if (!reply.ok())
                return next(std::nullopt, reply.result);
            for (const BackupSet &backup : reply.value->backups)
                if (backup.id == m_backupId)
                    return next(backup, reply.result);
            transport::ApiResult missing = reply.result;
            missing.outcome = transport::Outcome::ServiceError;
            missing.errorCode = u"InvalidBackupId.NotFound"_s;
            missing.errorMessage = tr("The instance %1 has no backup set %2.").arg(m_instanceId, m_backupId);
            next(std::nullopt, missing);
        });
    if (!started.wasSent())
        return failProblems(started.rejected);
    deadline.arm(started.call, cli().timeouts.reads, [call = started.call] {
        if (call)
            call->cancel();
    });
}

QUrl DownloadBackupCommand::linkOf(const BackupSet &backup) const
{
    return m_intranet ? backup.intranetDownloadUrl : backup.downloadUrl;
}

void DownloadBackupCommand::startDownload(const BackupSet &backup)
{
    if (linkOf(backup).isEmpty()) {
        return fail(CliError{ExitCode::ServiceError, u"BackupNotDownloadable"_s,
                             m_intranet ? tr("The backup set %1 has no intranet download link (BackupIntranetDownloadURL).")
                                              .arg(m_backupId)
                                        : tr("The backup set %1 has no download link (BackupDownloadURL).").arg(m_backupId),
                             {}, {}});
    }
    downloads::DownloadRequest request;
    request.url = linkOf(backup);
    request.targetPath = m_path;
    request.expectedChecksum = backup.checksum;
    request.expectedSize = backup.sizeBytes;
    request.overwriteExisting = false;
    request.allowUnverified = false;

    m_download = new downloads::BackupDownload(cli().transport, request, this);
    downloads::DownloadOptions options;
    if (cli().timeouts.reads)
        options.transferTimeout = *cli().timeouts.reads;
    m_download->setOptions(options);
    m_download->setLinkRefresher([this](downloads::LinkDelivery deliver) {
        note(tr("The download link expired; asking for the backup set again."));
        describeBackup([this, deliver](std::optional<BackupSet> fresh, const transport::ApiResult &result) {
            if (!fresh || linkOf(*fresh).isEmpty())
                return deliver({}, result.summary());
            deliver(linkOf(*fresh), {});
        });
    });
    connect(m_download, &downloads::BackupDownload::progressChanged, this, &DownloadBackupCommand::onProgress);
    connect(m_download, &downloads::BackupDownload::retryScheduled, this,
            [this](int failedAttempts, std::chrono::milliseconds delay) {
                note(tr("The transfer stopped (attempt %1); going on from byte %2 in %3 s.")
                         .arg(failedAttempts)
                         .arg(m_download->bytesReceived())
                         .arg(double(delay.count()) / 1000.0, 0, 'f', 1));
            });
    connect(m_download, &downloads::BackupDownload::finished, this, &DownloadBackupCommand::onFinished);

    const QFileInfo part(m_download->partPath());
    if (part.exists() && part.size() > 0)
        note(tr("Resuming from %1 bytes already in %2.").arg(part.size()).arg(QDir::toNativeSeparators(part.filePath())));
    else
        note(tr("Downloading backup set %1 (%2 bytes) to %3.")
                 .arg(m_backupId)
                 .arg(backup.sizeBytes)
                 .arg(QDir::toNativeSeparators(m_download->partPath())));
    m_sinceLastNote.start();
    m_download->start();
}

void DownloadBackupCommand::onProgress(qint64 received, qint64 total)
{
    if (m_sinceLastNote.elapsed() < 1000)
        return;
    m_sinceLastNote.restart();
    if (total > 0)
        note(tr("%1 of %2 bytes (%3%)").arg(received).arg(total).arg(received * 100 / total));
    else
        note(tr("%1 bytes").arg(received));
}

void DownloadBackupCommand::onFinished()
{
    const downloads::DownloadResult &result = m_download->result();
    auto checksumText = [](const std::optional<std::uint64_t> &value) {
        return value ? QString::number(*value) : QString();
    };
    switch (result.outcome) {
    case DownloadOutcome::Verified:
        note(tr("CRC-64 verified: %1.").arg(checksumText(result.actualChecksum)));
        return finishWithObject(QJsonObject{
            {u"DBInstanceId"_s, m_instanceId},
            {u"BackupId"_s, m_backupId},
            {u"Path"_s, QDir::toNativeSeparators(result.finalPath)},
            {u"Bytes"_s, result.bytes},
            {u"Checksum"_s, checksumText(result.expectedChecksum)},
            {u"ChecksumVerified"_s, true},
        });
    case DownloadOutcome::ChecksumMismatch:
        return fail(CliError{ExitCode::VerificationFailed, u"ChecksumMismatch"_s, result.message,
                             tr("expected CRC-64 %1, computed %2")
                                 .arg(checksumText(result.expectedChecksum), checksumText(result.actualChecksum)),
                             {}});
    case DownloadOutcome::ChecksumUnavailable:
    case DownloadOutcome::Unverified:
        return fail(CliError{ExitCode::VerificationFailed, u"ChecksumUnavailable"_s, result.message, {}, {}});
    case DownloadOutcome::NetworkError:
    case DownloadOutcome::Canceled:
        return fail(CliError{ExitCode::NetworkError, u"NetworkError"_s, result.message,
                             tr("Run the same command again to go on from %1.part.")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             {}});
    case DownloadOutcome::DiskError:
        return fail(CliError{ExitCode::LocalFailure, u"DiskError"_s, result.message, {}, {}});
    case DownloadOutcome::HttpError:
        return fail(CliError{ExitCode::ServiceError, u"HTTP%1"_s.arg(result.httpStatus), result.message, {}, {}});
    case DownloadOutcome::LinkExpired:
        return fail(CliError{ExitCode::ServiceError, u"LinkExpired"_s, result.message, {}, {}});
    case DownloadOutcome::Pending:
        break;
    }
}

} // namespace rdsbm::cli
