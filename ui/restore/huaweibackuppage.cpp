#include "ui/restore/huaweibackuppage.h"

#include "app/models/displayformat.h"
#include "ui/restore/huaweirestoreplan.h"
#include "ui/restore/huaweirestorewizard.h"

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

HuaweiBackupPage::HuaweiBackupPage(HuaweiRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_introLabel(new QLabel(this))
    , m_backupTree(new QTreeWidget(this))
{
    setObjectName(u"huaweiBackupPage"_s);
    m_backupTree->setObjectName(u"huaweiBackupTreeWidget"_s);
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

void HuaweiBackupPage::initializePage()
{
    const QString source = m_plan.sourceInstance ? m_plan.sourceInstance->id : QString();
    if (source == m_listedFor && m_backupTree->topLevelItemCount() == m_plan.backups.size())
        return;
    m_listedFor = source;
    fillList();
}

void HuaweiBackupPage::fillList()
{
    const QString selectedId = m_plan.backup ? m_plan.backup->id : QString();
    m_backupTree->clear();
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_plan.backups.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_plan.backups.at(a).startTime > m_plan.backups.at(b).startTime;
    });
    for (const qsizetype i : order) {
        const BackupSet &backup = m_plan.backups.at(i);
        auto *item = new QTreeWidgetItem(m_backupTree);
        item->setData(IdColumn, indexRole, int(i));
        item->setText(IdColumn, backup.id);
        item->setText(NameColumn, backup.name);
        item->setText(TypeColumn, backup.type);
        item->setText(StartColumn, models::formatTime(backup.startTime));
        item->setText(EndColumn, models::formatTime(backup.endTime));
        item->setText(SizeColumn, backup.sizeBytes >= 0 ? models::formatSize(backup.sizeBytes) : QString());
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        const bool incremental = backup.type == u"incremental"_s;
        const QString note = incremental ? tr("An incremental backup cannot be restored on its own: choose a full "
                                              "backup, or a point in time.")
                                         : tr("Can be restored");
        item->setText(NoteColumn, note);
        if (incremental) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            for (int column = 0; column < ColumnCount; ++column)
                item->setToolTip(column, note);
        } else if (backup.id == selectedId) {
            m_backupTree->setCurrentItem(item);
        }
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_backupTree->resizeColumnToContents(column);
    if (!m_backupTree->currentItem()) {
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

int HuaweiBackupPage::selectedIndex() const
{
    const QList<QTreeWidgetItem *> selected = m_backupTree->selectedItems();
    if (selected.isEmpty() || !(selected.first()->flags() & Qt::ItemIsEnabled))
        return -1;
    return selected.first()->data(IdColumn, indexRole).toInt();
}

bool HuaweiBackupPage::isComplete() const
{
    return selectedIndex() >= 0;
}

bool HuaweiBackupPage::validatePage()
{
    const int index = selectedIndex();
    if (index < 0)
        return false;
    m_plan.backup = m_plan.backups.at(index);
    m_plan.sourceType = HuaweiRestoreSource::Backup;
    m_plan.restoreTime = {};
    return true;
}

int HuaweiBackupPage::nextId() const
{
    return HuaweiRestoreWizard::TargetPageId;
}

void HuaweiBackupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void HuaweiBackupPage::retranslateUi()
{
    setTitle(tr("Backup"));
    setSubTitle(tr("Choose the completed backup to restore."));
    m_introLabel->setText(tr("Completed &backups of the source instance, newest first:"));
    m_backupTree->setAccessibleName(tr("Completed backups"));
    m_backupTree->setHeaderLabels({tr("Backup ID"), tr("Name"), tr("Type"), tr("Started"), tr("Finished"),
                                   tr("Size"), tr("Notes")});
    if (m_backupTree->topLevelItemCount() > 0)
        fillList();
}

} // namespace rdsbm::ui
