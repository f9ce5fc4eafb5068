#pragma once

#include "app/domain/dbinstance.h"
#include "ui/restore/dbsrestoreplan.h"

#include <QWizard>

namespace rdsbm::ui {

class ApplicationContext;
class DbsSummaryPage;

// Alibaba Cloud Database Backup (DBS) restore task (seed 002): backup plan, backup set or point
// in time, destination with the fields its type needs, databases and conflict policy, summary
// with the typed confirmation; CreateRestoreTask, then StartRestoreTask when asked. One
// ClientToken is made when the wizard opens and sent with every attempt.
class DbsRestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PlanPageId, RestorePointPageId, DestinationPageId, ObjectsPageId, SummaryPageId };

    // `selected`: an instance of the account whose plans are listed; its plan is preselected.
    DbsRestoreWizard(ApplicationContext &context, const DbInstance &selected, QWidget *parent = nullptr);

    const DbsRestorePlan &plan() const { return m_plan; }
    QString submittedJobId() const;

Q_SIGNALS:
    void jobSubmitted(const QString &localJobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DbsRestorePlan m_plan;
    DbsSummaryPage *m_summaryPage;
};

} // namespace rdsbm::ui
