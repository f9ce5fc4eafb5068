#pragma once

#include "ui/restore/huaweirestoreplan.h"

#include <QWizard>

namespace rdsbm::ui {

class ApplicationContext;
class HuaweiSummaryPage;

// Huawei Cloud RDS restore to the current or an existing instance (seed 004): source, backup or
// point in time, target (instances that break the seed's constraints shown with the reason),
// summary with the typed confirmation.
class HuaweiRestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, BackupPageId, TimePageId, TargetPageId, SummaryPageId };

    // `source` preselects the source instance (and its account and region).
    HuaweiRestoreWizard(ApplicationContext &context, const DbInstance &source, QWidget *parent = nullptr);

    const HuaweiRestorePlan &plan() const { return m_plan; }
    // The backup selected in the main window: chosen on the backup page unless the user picks another.
    void setPreferredBackup(const BackupSet &backup) { m_plan.backup = backup; }
    QString submittedJobId() const;

Q_SIGNALS:
    void jobSubmitted(const QString &localJobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HuaweiRestorePlan m_plan;
    HuaweiSummaryPage *m_summaryPage;
};

} // namespace rdsbm::ui
