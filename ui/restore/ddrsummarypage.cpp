#include "ui/restore/ddrsummarypage.h"

#include "app/catalog/instancecatalog.h"
#include "app/models/displayformat.h"
#include "app/operations/restoreddrtableoperation.h"
#include "app/providers/alibaba/alibabatime.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/ddrrestoreplan.h"
#include "ui/restore/requestpreview.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DdrSummaryPage::DdrSummaryPage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent)
    : RestoreSummaryPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_sourceValue(addSummaryRow(m_sourceLabel, u"summarySourceLabel"_s))
    , m_pointValue(addSummaryRow(m_pointLabel, u"summaryRestorePointLabel"_s))
    , m_targetValue(addSummaryRow(m_targetLabel, u"summaryTargetLabel"_s))
    , m_restoredValue(addSummaryRow(m_restoredLabel, u"summaryRestoredLabel"_s))
    , m_overwriteValue(addSummaryRow(m_overwriteLabel, u"summaryOverwritesLabel"_s))
{
    setObjectName(u"ddrSummaryPage"_s);
    retranslateUi();
}

operations::LongOperation *DdrSummaryPage::createOperation()
{
    const alibaba::RestoreDdrTableParameters parameters = m_plan.parameters();
    const alibaba::RdsClient client = m_context.instances().rdsClient(m_plan.profileName, parameters.regionId);
    return new operations::RestoreDdrTableOperation(m_context.jobs(), client, parameters, m_plan.profileName, this);
}

QString DdrSummaryPage::targetInstanceId() const
{
    return m_plan.targetInstance ? m_plan.targetInstance->id : QString();
}

QString DdrSummaryPage::acknowledgement() const
{
    return tr("I understand that this restore writes into the instance %1.").arg(targetInstanceId());
}

void DdrSummaryPage::showRequest(RequestPreview *preview)
{
    const alibaba::RestoreDdrTableParameters parameters = m_plan.parameters();
    preview->showParameters(u"Action=RestoreDdrTable\nVersion=2014-08-15"_s, parameters.toQuery(parameters.regionId));
}

void DdrSummaryPage::showSummary()
{
    const auto describe = [this](const std::optional<DbInstance> &instance) {
        return instance ? tr("%1 (%2, %3 %4) in %5")
                              .arg(instance->id, instance->description, instance->engine, instance->engineVersion,
                                   instance->regionId)
                        : QString();
    };
    m_sourceValue->setText(describe(m_plan.sourceInstance));
    m_targetValue->setText(describe(m_plan.targetInstance));
    if (m_plan.restoreType == alibaba::RestoreDdrType::BackupSet && m_plan.backupSet)
        m_pointValue->setText(tr("The cross-region backup set %1, kept in %2, consistent at %3")
                                  .arg(m_plan.backupSet->crossBackupId, m_plan.backupSet->crossBackupRegion,
                                       models::formatTime(m_plan.backupSet->consistentTime)));
    else
        m_pointValue->setText(tr("The point in time %1 (%2 UTC)")
                                  .arg(models::formatTime(m_plan.restoreTime),
                                       alibaba::AlibabaTime::toSeconds(m_plan.restoreTime)));

    QStringList restored;
    for (const TableMeta::Database &database : m_plan.tableMeta.databases()) {
        if (database.tables.isEmpty())
            restored.append(tr("The database %1, whole, as %2").arg(database.name, database.newName));
        for (const TableMeta::Table &table : database.tables)
            restored.append(tr("The table %1.%2 as %3.%4").arg(database.name, table.name, database.newName,
                                                             table.newName));
    }
    m_restoredValue->setText(restored.join(u'\n'));
    if (!isPrepared()) {
        m_overwriteValue->setText(tr("Known once the target instance has been checked."));
        return;
    }
    const QStringList overwrites = operation()->preview().overwrites;
    m_overwriteValue->setText(overwrites.isEmpty() ? tr("Nothing that exists now: every database and table is "
                                                        "created under its new name.")
                                                   : overwrites.join(u'\n'));
}

void DdrSummaryPage::retranslateUi()
{
    RestoreSummaryPage::retranslateUi();
    m_sourceLabel->setText(tr("Source:"));
    m_pointLabel->setText(tr("Restore from:"));
    m_targetLabel->setText(tr("Target:"));
    m_restoredLabel->setText(tr("Restored:"));
    m_overwriteLabel->setText(tr("Overwritten:"));
    showSummary();
}

} // namespace rdsbm::ui
