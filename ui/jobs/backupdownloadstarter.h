#pragma once

#include "app/domain/backupset.h"

#include <QObject>
#include <QPointer>

class QFileDialog;

namespace rdsbm::ui {

class ApplicationContext;
class BackupsPane;
class DownloadsDock;

// What the details panel's Download buttons do: ask where to save the file (a dialog opened
// with open()), queue the download with the backup's checksum and size, and keep the panel's
// verification line in step with that download.
class BackupDownloadStarter : public QObject
{
    Q_OBJECT

public:
    BackupDownloadStarter(ApplicationContext &context, BackupsPane &pane, DownloadsDock &dock,
                          QObject *parent = nullptr);

    // Opens the save dialog for `backup`; the download starts when a file is chosen.
    void requestDownload(const BackupSet &backup, bool intranet);
    // Queues the download of `backup` to `path`; returns the queue's id, or empty when the
    // shown instance is gone.
    QString startDownload(const BackupSet &backup, bool intranet, const QString &path);

    QFileDialog *saveDialog() const;

    static QString suggestedFileName(const BackupSet &backup, bool intranet);

private:
    void updateVerification();

    ApplicationContext &m_context;
    BackupsPane &m_pane;
    DownloadsDock &m_dock;
    QPointer<QFileDialog> m_dialog;
};

} // namespace rdsbm::ui
