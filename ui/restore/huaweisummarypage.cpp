#include "ui/restore/huaweisummarypage.h"

#include "app/catalog/instancecatalog.h"
#include "app/models/displayformat.h"
#include "app/operations/huaweirestoreoperation.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/huaweirestoreplan.h"
#include "ui/restore/requestpreview.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

HuaweiSummaryPage::HuaweiSummaryPage(ApplicationContext &context, HuaweiRestorePlan &plan, QWidget *parent)
    : RestoreSummaryPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_sourceValue(addSummaryRow(m_sourceLabel, u"summarySourceLabel"_s))
    , m_pointValue(addSummaryRow(m_pointLabel, u"summaryRestorePointLabel"_s))
    , m_targetValue(addSummaryRow(m_targetLabel, u"summaryTargetLabel"_s))
    , m_overwriteValue(addSummaryRow(m_overwriteLabel, u"summaryOverwritesLabel"_s))
{
    setObjectName(u"huaweiSummaryPage"_s);
    retranslateUi();
}

operations::LongOperation *HuaweiSummaryPage::createOperation()
{
    huawei::HuaweiRdsClient *client = m_context.instances().huaweiClient(m_plan.profileName, m_plan.regionId);
    return new operations::HuaweiRestoreOperation(m_context.jobs(), *client, m_plan.choice(), m_plan.profileName,
                                                  this);
}

QString HuaweiSummaryPage::targetInstanceId() const
{
    return m_plan.targetInstance ? m_plan.targetInstance->id : QString();
}

QString HuaweiSummaryPage::acknowledgement() const
{
    return tr("I understand that every database on %1 is replaced.").arg(targetInstanceId());
}

void HuaweiSummaryPage::showRequest(RequestPreview *preview)
{
    huawei::HuaweiRdsClient *client = m_context.instances().huaweiClient(m_plan.profileName, m_plan.regionId);
    if (!client)
        return;
    QString projectId = client->knownProjectId();
    if (projectId.isEmpty())
        projectId = client->account().projectId;
    if (projectId.isEmpty())
        projectId = u"{project_id}"_s;
    const huawei::HuaweiCall call = client->restoreCall(projectId, m_plan.request());
    preview->showBody(QString::fromLatin1(call.method) + u' ' + call.path, call.body);
}

void HuaweiSummaryPage::showSummary()
{
    const auto describe = [this](const std::optional<DbInstance> &instance) {
        return instance ? tr("%1 (%2, %3 %4, %5 GB) in %6")
                              .arg(instance->id, instance->description, instance->engine, instance->engineVersion)
                              .arg(instance->storageGb)
                              .arg(instance->regionId)
                        : QString();
    };
    m_sourceValue->setText(describe(m_plan.sourceInstance));
    const bool current = m_plan.sourceInstance && m_plan.targetInstance
        && m_plan.sourceInstance->id == m_plan.targetInstance->id;
    m_targetValue->setText(current ? tr("%1 — the current instance").arg(describe(m_plan.targetInstance))
                                   : describe(m_plan.targetInstance));
    if (m_plan.sourceType == HuaweiRestoreSource::Backup && m_plan.backup)
        m_pointValue->setText(tr("The backup %1 (%2), taken %3")
                                  .arg(m_plan.backup->id, m_plan.backup->name, models::formatTime(m_plan.backup->startTime)));
    else
        m_pointValue->setText(tr("The point in time %1 (%2 UTC)")
                                  .arg(models::formatTime(m_plan.restoreTime), m_plan.restoreTime.toUTC().toString(Qt::ISODate)));
    const QStringList overwrites = isPrepared() ? operation()->preview().overwrites : QStringList();
    m_overwriteValue->setText(overwrites.isEmpty()
                                  ? tr("Every database on the instance %1 is replaced; what it holds now is lost.")
                                        .arg(targetInstanceId())
                                  : overwrites.join(u'\n'));
}

void HuaweiSummaryPage::retranslateUi()
{
    RestoreSummaryPage::retranslateUi();
    m_sourceLabel->setText(tr("Source:"));
    m_pointLabel->setText(tr("Restore from:"));
    m_targetLabel->setText(tr("Target:"));
    m_overwriteLabel->setText(tr("Overwritten:"));
    showSummary();
}

} // namespace rdsbm::ui
