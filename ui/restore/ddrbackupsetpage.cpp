#include "ui/restore/ddrbackupsetpage.h"

#include "app/models/displayformat.h"
#include "ui/restore/ddrrestoreplan.h"
#include "ui/restore/ddrrestorewizard.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

constexpr int indexRole = Qt::UserRole + 1;

} // namespace

DdrBackupSetPage::DdrBackupSetPage(DdrRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_introLabel(new QLabel(this))
    , m_backupTree(new QTreeWidget(this))
{
    setObjectName(u"ddrBackupSetPage"_s);
    m_backupTree->setObjectName(u"crossRegionBackupTreeWidget"_s);
    m_backupTree->setColumnCount(ColumnCount);
    m_backupTree->setRootIsDecorated(false);
    m_backupTree->setUniformRowHeights(true);
    m_backupTree->setAllColumnsShowFocus(true);
    m_backupTree->header()->setStretchLastSection(true);
    m_introLabel->setWordWrap(true);
    m_introLabel->setBuddy(m_backupTree);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_backupTree, 1);

    connect(m_backupTree, &QTreeWidget::itemSelectionChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void DdrBackupSetPage::initializePage()
{
    // Same source as last time: keep the list and what was picked.
    const QString source = m_plan.sourceInstance ? m_plan.sourceInstance->id : QString();
    if (source == m_listedFor && m_backupTree->topLevelItemCount() == m_plan.crossRegionBackups.size())
        return;
    m_listedFor = source;
    fillList();
}

void DdrBackupSetPage::fillList()
{
    const QString selectedId = m_plan.backupSet ? m_plan.backupSet->crossBackupId : QString();
    m_backupTree->clear();
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_plan.crossRegionBackups.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_plan.crossRegionBackups.at(a).backupStartTime > m_plan.crossRegionBackups.at(b).backupStartTime;
    });
    for (const qsizetype i : order) {
        const alibaba::CrossRegionBackup &copy = m_plan.crossRegionBackups.at(i);
        auto *item = new QTreeWidgetItem(m_backupTree);
        item->setData(IdColumn, indexRole, int(i));
        item->setText(IdColumn, copy.crossBackupId);
        item->setText(RegionColumn, copy.crossBackupRegion);
        item->setText(StartColumn, models::formatTime(copy.backupStartTime));
        item->setText(ConsistentColumn, models::formatTime(copy.consistentTime));
        item->setText(MethodColumn, copy.backupMethod == u"L"_s ? tr("Logical") : tr("Physical"));
        item->setText(TypeColumn, copy.backupType == u"I"_s ? tr("Incremental") : tr("Full"));
        item->setText(SizeColumn, copy.setSizeBytes >= 0 ? models::formatSize(copy.setSizeBytes) : QString());
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        QString reason;
        if (copy.backupSetStatus != 0)
            reason = tr("This copy failed and cannot be restored.");
        else if (copy.backupMethod == u"L"_s)
            reason = tr("A logical backup cannot be restored by database and table.");
        item->setText(NoteColumn, reason.isEmpty() ? tr("Can be restored") : reason);
        if (!reason.isEmpty()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            for (int column = 0; column < ColumnCount; ++column)
                item->setToolTip(column, reason);
        } else if (copy.crossBackupId == selectedId) {
            m_backupTree->setCurrentItem(item);
        }
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_backupTree->resizeColumnToContents(column);
    if (!m_backupTree->currentItem()) {
        // Start on the newest restorable copy, so the keyboard user can just press Next.
        for (int row = 0; row < m_backupTree->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = m_backupTree->topLevelItem(row);
            if (item->flags() & Qt::ItemIsEnabled) {
                m_backupTree->setCurrentItem(item);
                break;
            }
        }
    }
    Q_EMIT completeChanged();
}

int DdrBackupSetPage::selectedIndex() const
{
    const QList<QTreeWidgetItem *> selected = m_backupTree->selectedItems();
    if (selected.isEmpty() || !(selected.first()->flags() & Qt::ItemIsEnabled))
        return -1;
    return selected.first()->data(IdColumn, indexRole).toInt();
}

bool DdrBackupSetPage::isComplete() const
{
    return selectedIndex() >= 0;
}

bool DdrBackupSetPage::validatePage()
{
    const int index = selectedIndex();
    if (index < 0)
        return false;
    const alibaba::CrossRegionBackup &copy = m_plan.crossRegionBackups.at(index);
    if (!m_plan.backupSet || m_plan.backupSet->crossBackupRegion != copy.crossBackupRegion) {
        m_plan.targetInstance.reset();
        m_plan.targetDatabases.reset();
    }
    m_plan.backupSet = copy;
    m_plan.restoreType = alibaba::RestoreDdrType::BackupSet;
    m_plan.restoreTime = {};
    return true;
}

int DdrBackupSetPage::nextId() const
{
    return DdrRestoreWizard::TargetPageId;
}

void DdrBackupSetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DdrBackupSetPage::retranslateUi()
{
    setTitle(tr("Cross-region backup set"));
    setSubTitle(tr("Choose the copy to restore. It is restored in the region that holds it."));
    m_introLabel->setText(tr("Cross-region &backup sets of the source instance, newest first:"));
    m_backupTree->setAccessibleName(tr("Cross-region backup sets"));
    m_backupTree->setHeaderLabels({tr("Backup set ID"), tr("Kept in"), tr("Started"), tr("Consistent at"),
                                   tr("Method"), tr("Type"), tr("Size"), tr("Notes")});
    if (m_backupTree->topLevelItemCount() > 0)
        fillList();
}

} // namespace rdsbm::ui
