#pragma once

#include "app/providers/dbs/dbsbackupplan.h"
#include "ui/restore/requestscope.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace rdsbm::ui {

class ApplicationContext;
class ProblemLabel;
struct DbsRestorePlan;

// The DBS backup plan to restore from (DescribeBackupPlanList). Next asks what the plan can be
// restored to (DescribeRestoreRangeInfo) before moving on.
class DbsPlanPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, DatabaseTypeColumn, SourceColumn, StatusColumn, NoteColumn, ColumnCount };

    DbsPlanPage(ApplicationContext &context, DbsRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRegions();
    void loadPlans();
    void showPlans();
    std::optional<dbs::DbsBackupPlan> selectedPlan() const;
    void startCheck();
    void setBusy(bool loading, bool checking);

    ApplicationContext &m_context;
    DbsRestorePlan &m_plan;
    RequestScope m_listRequests;
    RequestScope m_checkRequests;
    QLabel *m_regionLabel;
    QComboBox *m_regionComboBox;
    QLabel *m_plansLabel;
    QTreeWidget *m_planTree;
    QLabel *m_statusLabel;
    ProblemLabel *m_problemLabel;
    QList<dbs::DbsBackupPlan> m_plans;
    bool m_loading = false;
    bool m_checking = false;
    bool m_checked = false;
};

} // namespace rdsbm::ui
