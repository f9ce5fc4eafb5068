#include "ui/restore/huaweirestorewizard.h"

#include "ui/restore/huaweibackuppage.h"
#include "ui/restore/huaweisourcepage.h"
#include "ui/restore/huaweisummarypage.h"
#include "ui/restore/huaweitargetpage.h"
#include "ui/restore/huaweitimepage.h"

#include "ui/restore/wizardsize.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

HuaweiRestoreWizard::HuaweiRestoreWizard(ApplicationContext &context, const DbInstance &source, QWidget *parent)
    : QWizard(parent)
    , m_summaryPage(new HuaweiSummaryPage(context, m_plan))
{
    setObjectName(u"huaweiRestoreWizard"_s);
    m_plan.profileName = source.profileName;
    m_plan.regionId = source.regionId;
    m_plan.sourceInstance = source;

    setPage(SourcePageId, new HuaweiSourcePage(context, m_plan));
    setPage(BackupPageId, new HuaweiBackupPage(m_plan));
    setPage(TimePageId, new HuaweiTimePage(m_plan));
    setPage(TargetPageId, new HuaweiTargetPage(context, m_plan));
    setPage(SummaryPageId, m_summaryPage);
    setStartId(SourcePageId);
    setOption(QWizard::NoBackButtonOnStartPage);
    setWizardStyle(QWizard::ModernStyle);
    resize(preferredWizardSize(this));
    connect(m_summaryPage, &HuaweiSummaryPage::jobSubmitted, this, &HuaweiRestoreWizard::jobSubmitted);
    retranslateUi();
}

QString HuaweiRestoreWizard::submittedJobId() const
{
    return m_summaryPage->submittedJobId();
}

void HuaweiRestoreWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void HuaweiRestoreWizard::retranslateUi()
{
    setWindowTitle(tr("Huawei Cloud Restore"));
}

} // namespace rdsbm::ui
