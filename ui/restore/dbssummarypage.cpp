#include "ui/restore/dbssummarypage.h"

#include "app/catalog/instancecatalog.h"
#include "app/models/displayformat.h"
#include "app/operations/dbsrestoreoperation.h"
#include "app/providers/dbs/createrestoretaskparameters.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/dbsrestoreplan.h"
#include "ui/restore/requestpreview.h"

#include <QCheckBox>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DbsSummaryPage::DbsSummaryPage(ApplicationContext &context, DbsRestorePlan &plan, QWidget *parent)
    : RestoreSummaryPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_planValue(addSummaryRow(m_planLabel, u"summaryPlanLabel"_s))
    , m_pointValue(addSummaryRow(m_pointLabel, u"summaryRestorePointLabel"_s))
    , m_destinationValue(addSummaryRow(m_destinationLabel, u"summaryTargetLabel"_s))
    , m_objectsValue(addSummaryRow(m_objectsLabel, u"summaryRestoredLabel"_s))
    , m_overwriteValue(addSummaryRow(m_overwriteLabel, u"summaryOverwritesLabel"_s))
    , m_startCheckBox(new QCheckBox(this))
{
    setObjectName(u"dbsSummaryPage"_s);
    m_startCheckBox->setObjectName(u"startTaskNowCheckBox"_s);
    m_startCheckBox->setChecked(m_plan.startNow);
    addSummaryRow(m_startLabel, m_startCheckBox);
    // Whether the task starts is part of what is sent: check and show again.
    connect(m_startCheckBox, &QCheckBox::toggled, this, [this](bool start) {
        m_plan.startNow = start;
        if (m_preview)
            showRequest(m_preview);
        prepare();
    });
    retranslateUi();
}

void DbsSummaryPage::initializePage()
{
    m_startCheckBox->setChecked(m_plan.startNow);
    RestoreSummaryPage::initializePage();
}

operations::LongOperation *DbsSummaryPage::createOperation()
{
    const dbs::DbsClient client(m_context.transport(),
                                m_context.instances().rdsClient(m_plan.profileName, m_plan.regionId).requestFactory());
    return new operations::DbsRestoreOperation(m_context.jobs(), client, m_plan.request, m_plan.clientToken,
                                               m_plan.startNow, m_plan.profileName, this);
}

// An instance by its ID; a destination known only by its address by that address.
QString DbsSummaryPage::targetInstanceId() const
{
    if (!m_plan.request.destinationInstanceId.isEmpty())
        return m_plan.request.destinationInstanceId;
    return m_plan.request.destinationIp;
}

QString DbsSummaryPage::confirmationPrompt() const
{
    if (!m_plan.request.destinationInstanceId.isEmpty())
        return {};
    return tr("To confirm, type the address of the destination, <b>%1</b>:");
}

QString DbsSummaryPage::acknowledgement() const
{
    return tr("I understand that this restore writes into %1.").arg(targetInstanceId());
}

void DbsSummaryPage::showRequest(RequestPreview *preview)
{
    m_preview = preview;
    const dbs::CreateRestoreTaskParameters parameters{m_plan.request, m_plan.clientToken};
    QString text = RequestPreview::formatParameters(u"Action=CreateRestoreTask\nVersion=2019-03-06"_s,
                                                    parameters.toQuery(), {u"DestinationEndpointPassword"_s});
    if (m_plan.startNow)
        text += u"\n\n"_s + tr("then, with the RestoreTaskId it returns:") + u"\nAction=StartRestoreTask"_s;
    preview->setPlainText(text);
}

void DbsSummaryPage::showSummary()
{
    const DbsRestoreRequest &request = m_plan.request;
    m_planValue->setText(m_plan.plan ? tr("%1 (%2, %3)").arg(m_plan.plan->backupPlanId, m_plan.plan->backupPlanName,
                                                             m_plan.plan->databaseType)
                                     : QString());
    m_pointValue->setText(!request.backupSetId.isEmpty()
                              ? tr("The full backup set %1").arg(request.backupSetId)
                              : tr("The point in time %1 (%2 UTC)")
                                    .arg(models::formatTime(request.restoreTime),
                                         request.restoreTime.toUTC().toString(Qt::ISODate)));
    const QString type = request.destinationType ? DbsDestinationTypes::apiValue(*request.destinationType) : QString();
    QString where = request.destinationInstanceId;
    if (!request.destinationIp.isEmpty())
        where = request.destinationIp + (request.destinationPort ? u":%1"_s.arg(*request.destinationPort) : QString());
    m_destinationValue->setText(request.destinationRegion.isEmpty()
                                    ? tr("%1: %2").arg(type, where)
                                    : tr("%1: %2 in %3").arg(type, where, request.destinationRegion));
    QStringList objects;
    for (const RestoreObject &object : request.restoreObjects.objects())
        objects.append(tr("%1 as %2").arg(object.dbName, object.effectiveNewDbName()));
    m_objectsValue->setText(objects.isEmpty() ? tr("Everything in the backup") : objects.join(u'\n'));
    const QStringList overwrites = isPrepared() ? operation()->preview().overwrites : QStringList();
    m_overwriteValue->setText(overwrites.isEmpty() ? tr("Known once the plan has been checked.")
                                                   : overwrites.join(u'\n'));
}

void DbsSummaryPage::retranslateUi()
{
    RestoreSummaryPage::retranslateUi();
    m_planLabel->setText(tr("Backup plan:"));
    m_pointLabel->setText(tr("Restore from:"));
    m_destinationLabel->setText(tr("Destination:"));
    m_objectsLabel->setText(tr("Databases:"));
    m_overwriteLabel->setText(tr("Overwritten:"));
    m_startLabel->setText(tr("Start:"));
    m_startCheckBox->setText(tr("&Start the task now (StartRestoreTask)"));
    showSummary();
}

} // namespace rdsbm::ui
