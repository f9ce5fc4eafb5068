#pragma once

#include "app/domain/cloudjob.h"

#include <QDockWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rdsbm::jobs {
class JobTracker;
}
namespace rdsbm::models {
class JobTableModel;
}

namespace rdsbm::ui {

// The job monitor: every backup and restore job the JobTracker follows, newest first, with its
// state, progress, provider status and elapsed time, and beside it every field of the selected
// job, copyable (provider ids, error code, message and request id).
class JobsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobsDock(jobs::JobTracker &tracker, QWidget *parent = nullptr);

    models::JobTableModel &model() const { return *m_model; }
    QTableView *tableView() const { return m_tableView; }
    std::optional<CloudJob> selectedJob() const;
    void showJob(const QString &localId);

    // The selected job as text, one "Label: value" line per field that has a value.
    static QString detailsText(const CloudJob &job);
    // What to give support: code, message, request id and provider ids.
    static QString errorReportText(const CloudJob &job);
    // The provider's request id recorded with the job, if any.
    static QString requestIdOf(const CloudJob &job);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDetails();

    models::JobTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_tableView;
    QLabel *m_emptyLabel;
    QPlainTextEdit *m_detailsTextEdit;
    QPushButton *m_copyDetailsButton;
    QPushButton *m_copyErrorButton;
};

} // namespace rdsbm::ui
