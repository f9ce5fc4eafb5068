#pragma once

#include <QDockWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace rdsbm::downloads {
class DownloadQueue;
}
namespace rdsbm::models {
class DownloadTableModel;
}

namespace rdsbm::ui {

// Every backup file being downloaded, one row each with its progress, speed, time left and
// verification, and the buttons that act on the selected one. Unfinished downloads come back
// after a restart, since the rows follow the DownloadQueue's persisted list.
class DownloadsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DownloadsDock(downloads::DownloadQueue &queue, QWidget *parent = nullptr);

    models::DownloadTableModel &model() const { return *m_model; }
    QTableView *tableView() const { return m_tableView; }
    // Selects the download's row and brings the dock forward.
    void showDownload(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateControls();
    std::optional<int> currentRow() const;
    QString currentId() const;
    void openFolder();

    downloads::DownloadQueue &m_queue;
    models::DownloadTableModel *m_model;
    QTableView *m_tableView;
    QLabel *m_emptyLabel;
    QLabel *m_problemLabel;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openFolderButton;
    QPushButton *m_clearFinishedButton;
};

} // namespace rdsbm::ui
