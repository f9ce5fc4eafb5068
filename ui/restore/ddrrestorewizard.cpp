#include "ui/restore/ddrrestorewizard.h"

#include "app/providers/alibaba/clienttoken.h"
#include "ui/restore/ddrbackupsetpage.h"
#include "ui/restore/ddrpointintimepage.h"
#include "ui/restore/ddrsourcepage.h"
#include "ui/restore/ddrsummarypage.h"
#include "ui/restore/ddrtablespage.h"
#include "ui/restore/ddrtargetpage.h"

#include "ui/restore/wizardsize.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DdrRestoreWizard::DdrRestoreWizard(ApplicationContext &context, const DbInstance &source, QWidget *parent)
    : QWizard(parent)
    , m_summaryPage(new DdrSummaryPage(context, m_plan))
{
    setObjectName(u"ddrRestoreWizard"_s);
    m_plan.profileName = source.profileName;
    m_plan.sourceInstance = source;
    m_plan.clientToken = alibaba::ClientToken::generate();

    setPage(SourcePageId, new DdrSourcePage(context, m_plan));
    setPage(BackupSetPageId, new DdrBackupSetPage(m_plan));
    setPage(PointInTimePageId, new DdrPointInTimePage(context, m_plan));
    setPage(TargetPageId, new DdrTargetPage(context, m_plan));
    setPage(TablesPageId, new DdrTablesPage(m_plan));
    setPage(SummaryPageId, m_summaryPage);
    setStartId(SourcePageId);
    setOption(QWizard::NoBackButtonOnStartPage);
    setWizardStyle(QWizard::ModernStyle);
    resize(preferredWizardSize(this));
    connect(m_summaryPage, &DdrSummaryPage::jobSubmitted, this, &DdrRestoreWizard::jobSubmitted);
    retranslateUi();
}

QString DdrRestoreWizard::submittedJobId() const
{
    return m_summaryPage->submittedJobId();
}

void DdrRestoreWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void DdrRestoreWizard::retranslateUi()
{
    setWindowTitle(tr("Cross-region Restore (RDS)"));
}

} // namespace rdsbm::ui
