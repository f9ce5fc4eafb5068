#pragma once

#include "ui/restore/ddrrestoreplan.h"

#include <QWizard>

namespace rdsbm::ui {

class ApplicationContext;
class DdrSummaryPage;

// Alibaba RDS cross-region restore into an existing instance (seed 000, RestoreDdrTable):
// source, backup set or point in time, target, databases and tables, summary with the typed
// confirmation. One ClientToken is made when the wizard opens and sent with every attempt.
class DdrRestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, BackupSetPageId, PointInTimePageId, TargetPageId, TablesPageId, SummaryPageId };

    // `source` preselects the source instance (and its account); it may be changed on the first page.
    DdrRestoreWizard(ApplicationContext &context, const DbInstance &source, QWidget *parent = nullptr);

    const DdrRestorePlan &plan() const { return m_plan; }
    // The local id of the job once the service has accepted it, else empty.
    QString submittedJobId() const;

Q_SIGNALS:
    void jobSubmitted(const QString &localJobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DdrRestorePlan m_plan;
    DdrSummaryPage *m_summaryPage;
};

} // namespace rdsbm::ui
