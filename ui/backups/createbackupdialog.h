#pragma once

#include "app/domain/cloudjob.h"
#include "app/domain/dbinstance.h"
#include "ui/restore/requestscope.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace rdsbm::alibaba {
struct CreateBackupParameters;
}
namespace rdsbm::operations {
class CreateBackupOperation;
}

namespace rdsbm::ui {

class ApplicationContext;
class ProblemLabel;

// CreateBackup (seed 001) for one Alibaba instance: only the method, strategy, databases and type
// the instance's engine accepts are offered, and the seed's conditions are checked and shown
// before anything is sent (the instance Running, no backup job running, at most 20 backup sets a
// day). The backup is submitted through CreateBackupOperation, then followed here until it ends;
// closing the dialog leaves it to the job monitor.
class CreateBackupDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int dailyLimit = 20;

    CreateBackupDialog(ApplicationContext &context, const DbInstance &instance, QWidget *parent = nullptr);

    const DbInstance &instance() const { return m_instance; }
    // The local id of the job once submitted, else empty.
    const QString &jobId() const { return m_jobId; }
    alibaba::CreateBackupParameters parameters() const;
    bool canSubmit() const;
    // Readiness of the conditions; each is known once its check answered.
    bool conditionsChecked() const;

Q_SIGNALS:
    void jobSubmitted(const QString &localJobId);
    void conditionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Check { Pending, Passed, Failed, Unknown };

    void retranslateUi();
    void startChecks();
    void fillMethods();
    void updateChoices();
    void updateConditions();
    void validate();
    void submit();
    void onPrepared();
    void onFinished();
    void showJob(const CloudJob &job);
    static QString mark(Check check);

    ApplicationContext &m_context;
    DbInstance m_instance;
    RequestScope m_requests;
    QPointer<operations::CreateBackupOperation> m_operation;
    QString m_jobId;

    QLabel *m_instanceLabel;
    QLabel *m_conditionsTitleLabel;
    QLabel *m_statusConditionLabel;
    QLabel *m_jobConditionLabel;
    QLabel *m_limitConditionLabel;
    QFormLayout *m_form;
    QLabel *m_methodLabel;
    QComboBox *m_methodComboBox;
    QLabel *m_strategyLabel;
    QComboBox *m_strategyComboBox;
    QLabel *m_typeLabel;
    QComboBox *m_typeComboBox;
    QLabel *m_databasesLabel;
    QListWidget *m_databaseList;
    QLabel *m_choicesNoteLabel;
    ProblemLabel *m_problemLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createButton;

    Check m_statusCheck = Check::Pending;
    Check m_jobCheck = Check::Pending;
    Check m_limitCheck = Check::Pending;
    QString m_liveStatus;
    QString m_runningJobText;
    qint64 m_backupsToday = -1;
    bool m_submitting = false;
};

} // namespace rdsbm::ui
