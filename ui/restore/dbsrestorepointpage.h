#pragma once

#include "app/domain/restorewindow.h"
#include "app/providers/dbs/dbsrestorerange.h"

#include <QWizardPage>

class QDateTimeEdit;
class QLabel;
class QRadioButton;
class QTreeWidget;

namespace rdsbm::ui {

class ProblemLabel;
struct DbsRestorePlan;

// A full backup set of the plan (BackupSetId) or a point in time inside one of its restorable
// ranges (RestoreTime): one or the other, as the seed demands.
class DbsRestorePointPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DbsRestorePointPage(DbsRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateMode();
    QList<dbs::DbsFullBackupPoint> points() const;
    QList<RestoreWindow> windows() const;
    bool timeIsValid() const;

    DbsRestorePlan &m_plan;
    QRadioButton *m_backupSetRadioButton;
    QTreeWidget *m_backupSetTree;
    QRadioButton *m_timeRadioButton;
    QLabel *m_windowsLabel;
    QDateTimeEdit *m_timeEdit;
    ProblemLabel *m_problemLabel;
    QString m_filledFor;
};

} // namespace rdsbm::ui
