#include "ui/restore/dbsplanpage.h"

#include "app/catalog/instancecatalog.h"
#include "app/providers/dbs/dbsclient.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/dbsrestoreplan.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/problemlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

constexpr int indexRole = Qt::UserRole + 1;

} // namespace

DbsPlanPage::DbsPlanPage(ApplicationContext &context, DbsRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_listRequests(this)
    , m_checkRequests(this)
    , m_regionLabel(new QLabel(this))
    , m_regionComboBox(new QComboBox(this))
    , m_plansLabel(new QLabel(this))
    , m_planTree(new QTreeWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"dbsPlanPage"_s);
    m_regionComboBox->setObjectName(u"planRegionComboBox"_s);
    m_planTree->setObjectName(u"backupPlanTreeWidget"_s);
    m_statusLabel->setObjectName(u"planStatusLabel"_s);
    m_problemLabel->setObjectName(u"planProblemLabel"_s);
    m_regionLabel->setBuddy(m_regionComboBox);
    m_plansLabel->setBuddy(m_planTree);
    m_statusLabel->setWordWrap(true);
    m_planTree->setColumnCount(ColumnCount);
    m_planTree->setRootIsDecorated(false);
    m_planTree->setUniformRowHeights(true);
    m_planTree->setAllColumnsShowFocus(true);
    m_planTree->header()->setStretchLastSection(true);

    auto *regionRow = new QFormLayout;
    regionRow->addRow(m_regionLabel, m_regionComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(regionRow);
    layout->addWidget(m_plansLabel);
    layout->addWidget(m_planTree, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemLabel);

    connect(m_regionComboBox, &QComboBox::currentIndexChanged, this, &DbsPlanPage::loadPlans);
    connect(m_planTree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_checked = false;
        m_problemLabel->clearProblems();
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

void DbsPlanPage::initializePage()
{
    if (m_regionComboBox->count() == 0)
        fillRegions();
}

void DbsPlanPage::fillRegions()
{
    {
        const QSignalBlocker blocker(m_regionComboBox);
        for (const catalog::RegionInstances &region : m_context.instances().regions())
            if (region.profileName == m_plan.profileName && region.provider == Provider::Alibaba)
                m_regionComboBox->addItem(region.regionName.isEmpty() || region.regionName == region.regionId
                                              ? region.regionId
                                              : tr("%1 (%2)").arg(region.regionName, region.regionId),
                                          region.regionId);
        const int index = m_regionComboBox->findData(m_plan.regionId);
        m_regionComboBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    loadPlans();
}

void DbsPlanPage::loadPlans()
{
    m_plan.regionId = m_regionComboBox->currentData().toString();
    m_plans.clear();
    showPlans();
    m_problemLabel->clearProblems();
    const dbs::DbsClient client(m_context.transport(),
                                m_context.instances().rdsClient(m_plan.profileName, m_plan.regionId).requestFactory());
    dbs::DbsBackupPlanQuery query;
    query.region = m_plan.regionId;
    setBusy(true, false);
    const auto started = client.describeAllBackupPlans(query, m_listRequests.renew(), [this](auto reply) {
        setBusy(false, false);
        if (!reply.ok()) {
            m_problemLabel->showFailure(tr("The backup plans could not be listed."), reply.result, u"dbs"_s,
                                        u"DescribeBackupPlanList"_s);
            return;
        }
        m_plans = *reply.value;
        showPlans();
    });
    if (!started.wasSent()) {
        setBusy(false, false);
        m_problemLabel->showProblems(started.rejected);
    }
}

// A plan that has not backed anything up yet has nothing to restore; it stays listed with why.
void DbsPlanPage::showPlans()
{
    const QString wanted = m_plan.plan ? m_plan.plan->backupPlanId : QString();
    const QSignalBlocker blocker(m_planTree);
    m_planTree->clear();
    QTreeWidgetItem *preferred = nullptr;
    for (qsizetype i = 0; i < m_plans.size(); ++i) {
        const dbs::DbsBackupPlan &plan = m_plans.at(i);
        auto *item = new QTreeWidgetItem(m_planTree);
        item->setData(IdColumn, indexRole, int(i));
        item->setText(IdColumn, plan.backupPlanId);
        item->setText(NameColumn, plan.backupPlanName);
        item->setText(DatabaseTypeColumn, plan.databaseType);
        const QString where = plan.sourceEndpointInstanceId.isEmpty() ? plan.sourceEndpointIpPort
                                                                      : plan.sourceEndpointInstanceId;
        item->setText(SourceColumn, tr("%1: %2").arg(plan.sourceEndpointInstanceType, where));
        item->setText(StatusColumn, plan.backupPlanStatus);
        const bool empty = plan.backupPlanStatus == u"wait"_s || plan.backupPlanStatus == u"init"_s;
        const QString note = empty ? tr("The plan has not made a backup yet.") : QString();
        item->setText(NoteColumn, note);
        if (empty) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            for (int column = 0; column < ColumnCount; ++column)
                item->setToolTip(column, note);
            continue;
        }
        if (plan.backupPlanId == wanted
            || (!preferred && wanted.isEmpty() && plan.sourceEndpointInstanceId == m_plan.preferredSourceInstanceId))
            preferred = item;
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_planTree->resizeColumnToContents(column);
    if (preferred)
        m_planTree->setCurrentItem(preferred);
    Q_EMIT completeChanged();
}

std::optional<dbs::DbsBackupPlan> DbsPlanPage::selectedPlan() const
{
    const QList<QTreeWidgetItem *> selected = m_planTree->selectedItems();
    if (selected.isEmpty() || !(selected.first()->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    const int index = selected.first()->data(IdColumn, indexRole).toInt();
    if (index < 0 || index >= m_plans.size())
        return std::nullopt;
    return m_plans.at(index);
}

bool DbsPlanPage::isComplete() const
{
    return !m_loading && !m_checking && selectedPlan().has_value();
}

bool DbsPlanPage::validatePage()
{
    if (m_checked) {
        m_checked = false;
        return true;
    }
    if (!m_checking)
        startCheck();
    return false;
}

// What the plan can be restored to: its full backup sets and, with log backups, time ranges.
void DbsPlanPage::startCheck()
{
    const auto plan = selectedPlan();
    if (!plan)
        return;
    if (!m_plan.plan || m_plan.plan->backupPlanId != plan->backupPlanId) {
        m_plan.request.backupSetId.clear();
        m_plan.request.restoreTime = {};
    }
    m_plan.plan = plan;
    m_plan.request.backupPlanId = plan->backupPlanId;
    m_plan.request.sourceDatabaseType = plan->databaseType;
    QDateTime begin = plan->beginTimestampForRestore.isValid() ? plan->beginTimestampForRestore
                                                               : plan->backupPlanCreateTime;
    QDateTime end = plan->endTimestampForRestore.isValid() ? plan->endTimestampForRestore
                                                           : QDateTime::currentDateTimeUtc();
    if (!begin.isValid())
        begin = end.addYears(-2);
    const dbs::DbsClient client(m_context.transport(),
                                m_context.instances().rdsClient(m_plan.profileName, m_plan.regionId).requestFactory());
    setBusy(false, true);
    const auto started = client.describeRestoreRangeInfo(
        plan->backupPlanId, begin, end, false, m_checkRequests.renew(), [this](auto reply) {
            setBusy(false, false);
            if (!reply.ok()) {
                m_problemLabel->showFailure(tr("What the plan can be restored to could not be read."), reply.result,
                                            u"dbs"_s, u"DescribeRestoreRangeInfo"_s);
                return;
            }
            m_plan.ranges = *reply.value;
            const bool anything = std::any_of(m_plan.ranges.cbegin(), m_plan.ranges.cend(), [](const auto &range) {
                return !range.fullBackups.isEmpty() || range.kind == dbs::DbsRestoreRange::Kind::Range;
            });
            if (!anything) {
                m_problemLabel->showMessage(tr("The backup plan %1 has no full backup set and no restorable time "
                                               "range yet: there is nothing to restore.")
                                                .arg(m_plan.plan->backupPlanId));
                return;
            }
            m_checked = true;
            QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
        });
    if (!started.wasSent()) {
        setBusy(false, false);
        m_problemLabel->showProblems(started.rejected);
    }
}

void DbsPlanPage::setBusy(bool loading, bool checking)
{
    m_loading = loading;
    m_checking = checking;
    m_statusLabel->setText(loading    ? tr("Listing the backup plans of %1…").arg(m_plan.regionId)
                           : checking ? tr("Reading what the plan can be restored to…")
                                      : QString());
    Q_EMIT completeChanged();
}

int DbsPlanPage::nextId() const
{
    return DbsRestoreWizard::RestorePointPageId;
}

void DbsPlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showPlans();
    }
    QWizardPage::changeEvent(event);
}

void DbsPlanPage::retranslateUi()
{
    setTitle(tr("Backup plan"));
    setSubTitle(tr("Choose the Database Backup (DBS) plan whose backups are restored."));
    m_regionLabel->setText(tr("&Region:"));
    m_plansLabel->setText(tr("Backup &plans:"));
    m_planTree->setAccessibleName(tr("Backup plans"));
    m_planTree->setHeaderLabels({tr("Plan ID"), tr("Name"), tr("Database"), tr("Source"), tr("Status"), tr("Notes")});
}

} // namespace rdsbm::ui
