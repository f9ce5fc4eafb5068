#include "ui/restore/dbsrestorewizard.h"

#include "app/providers/alibaba/clienttoken.h"
#include "ui/restore/dbsdestinationpage.h"
#include "ui/restore/dbsobjectspage.h"
#include "ui/restore/dbsplanpage.h"
#include "ui/restore/dbsrestorepointpage.h"
#include "ui/restore/dbssummarypage.h"

#include "ui/restore/wizardsize.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DbsRestoreWizard::DbsRestoreWizard(ApplicationContext &context, const DbInstance &selected, QWidget *parent)
    : QWizard(parent)
    , m_summaryPage(new DbsSummaryPage(context, m_plan))
{
    setObjectName(u"dbsRestoreWizard"_s);
    m_plan.profileName = selected.profileName;
    m_plan.regionId = selected.regionId;
    m_plan.preferredSourceInstanceId = selected.id;
    m_plan.clientToken = alibaba::ClientToken::generate();

    setPage(PlanPageId, new DbsPlanPage(context, m_plan));
    setPage(RestorePointPageId, new DbsRestorePointPage(m_plan));
    setPage(DestinationPageId, new DbsDestinationPage(context, m_plan));
    setPage(ObjectsPageId, new DbsObjectsPage(m_plan));
    setPage(SummaryPageId, m_summaryPage);
    setStartId(PlanPageId);
    setOption(QWizard::NoBackButtonOnStartPage);
    setWizardStyle(QWizard::ModernStyle);
    resize(preferredWizardSize(this));
    connect(m_summaryPage, &DbsSummaryPage::jobSubmitted, this, &DbsRestoreWizard::jobSubmitted);
    retranslateUi();
}

QString DbsRestoreWizard::submittedJobId() const
{
    return m_summaryPage->submittedJobId();
}

void DbsRestoreWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void DbsRestoreWizard::retranslateUi()
{
    setWindowTitle(tr("DBS Restore Task"));
}

} // namespace rdsbm::ui
