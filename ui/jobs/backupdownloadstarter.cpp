#include "ui/jobs/backupdownloadstarter.h"

#include "app/catalog/backupcatalog.h"
#include "app/catalog/backuplinks.h"
#include "app/downloads/downloadqueue.h"
#include "app/models/downloadtablemodel.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/backupdetailspanel.h"
#include "ui/backups/backupspane.h"
#include "ui/jobs/downloadsdock.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using RowState = rdsbm::models::DownloadTableModel::RowState;
using Verification = rdsbm::ui::BackupDetailsPanel::Verification;

namespace rdsbm::ui {

namespace {

const QString lastFolderKey = u"ui/downloads/lastFolder"_s;

} // namespace

BackupDownloadStarter::BackupDownloadStarter(ApplicationContext &context, BackupsPane &pane, DownloadsDock &dock,
                                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_pane(pane)
    , m_dock(dock)
{
    connect(pane.detailsPanel(), &BackupDetailsPanel::downloadRequested, this,
            &BackupDownloadStarter::requestDownload);
    connect(&pane, &BackupsPane::selectedBackupChanged, this, &BackupDownloadStarter::updateVerification);
    const auto &model = dock.model();
    connect(&model, &QAbstractItemModel::dataChanged, this, &BackupDownloadStarter::updateVerification);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&model, signal, this, &BackupDownloadStarter::updateVerification);
}

QFileDialog *BackupDownloadStarter::saveDialog() const
{
    return m_dialog;
}

QString BackupDownloadStarter::suggestedFileName(const BackupSet &backup, bool intranet)
{
    const QUrl link = intranet ? backup.intranetDownloadUrl : backup.downloadUrl;
    const QString fromLink = link.fileName();
    if (!fromLink.isEmpty())
        return fromLink;
    return u"%1_%2.backup"_s.arg(backup.instanceId, backup.id);
}

void BackupDownloadStarter::requestDownload(const BackupSet &backup, bool intranet)
{
    if (m_dialog)
        m_dialog->close();
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto *dialog = new QFileDialog(m_pane.window(), tr("Save Backup Set %1").arg(backup.id),
                                   QDir(folder).filePath(suggestedFileName(backup, intranet)));
    dialog->setObjectName(u"saveBackupFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, backup, intranet](const QString &path) {
        if (path.isEmpty())
            return;
        QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
        const QString id = startDownload(backup, intranet, path);
        if (!id.isEmpty())
            m_dock.showDownload(id);
    });
    m_dialog = dialog;
    dialog->open();
}

QString BackupDownloadStarter::startDownload(const BackupSet &backup, bool intranet, const QString &path)
{
    const auto &instance = m_context.backups().instance();
    if (!instance)
        return {};
    downloads::QueuedDownload entry;
    entry.targetPath = QFileInfo(path).absoluteFilePath();
    entry.expectedChecksum = backup.checksum;
    entry.expectedSize = backup.sizeBytes;
    // The save dialog has already asked before an existing file is replaced.
    entry.overwriteExisting = QFileInfo::exists(entry.targetPath);
    // Huawei lists no checksum: the file is still worth having, marked Unverified.
    entry.allowUnverified = !backup.checksum.has_value();
    entry.source = catalog::downloadSource(backup, instance->profileName, instance->regionId, intranet);
    const QUrl link = intranet ? backup.intranetDownloadUrl : backup.downloadUrl;
    const QString id = m_context.downloads().enqueue(entry, link);
    updateVerification();
    return id;
}

void BackupDownloadStarter::updateVerification()
{
    const auto backup = m_pane.selectedBackup();
    if (!backup)
        return;
    const auto &model = m_dock.model();
    const int row = model.rowOfBackup(backup->id);
    Verification verification = Verification::NotDownloaded;
    if (row >= 0) {
        switch (model.rowAt(row).state) {
        case RowState::Waiting:
        case RowState::Running:
        case RowState::Paused: verification = Verification::Verifying; break;
        case RowState::Verified: verification = Verification::Verified; break;
        case RowState::Unverified: verification = Verification::Unverified; break;
        case RowState::Mismatch: verification = Verification::Mismatch; break;
        case RowState::Failed:
        case RowState::Canceled: verification = Verification::NotDownloaded; break;
        }
    }
    m_pane.detailsPanel()->setVerification(verification);
}

} // namespace rdsbm::ui
