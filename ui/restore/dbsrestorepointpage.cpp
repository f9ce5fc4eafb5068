#include "ui/restore/dbsrestorepointpage.h"

#include "app/models/displayformat.h"
#include "ui/restore/dbsrestoreplan.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/problemlabel.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DbsRestorePointPage::DbsRestorePointPage(DbsRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_backupSetRadioButton(new QRadioButton(this))
    , m_backupSetTree(new QTreeWidget(this))
    , m_timeRadioButton(new QRadioButton(this))
    , m_windowsLabel(new QLabel(this))
    , m_timeEdit(new QDateTimeEdit(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"dbsRestorePointPage"_s);
    m_backupSetRadioButton->setObjectName(u"restoreFromBackupSetRadioButton"_s);
    m_backupSetTree->setObjectName(u"fullBackupTreeWidget"_s);
    m_timeRadioButton->setObjectName(u"restoreToTimeRadioButton"_s);
    m_windowsLabel->setObjectName(u"restoreWindowLabel"_s);
    m_timeEdit->setObjectName(u"restoreTimeDateTimeEdit"_s);
    m_problemLabel->setObjectName(u"restorePointProblemLabel"_s);
    m_backupSetTree->setColumnCount(3);
    m_backupSetTree->setRootIsDecorated(false);
    m_backupSetTree->setUniformRowHeights(true);
    m_backupSetTree->setAllColumnsShowFocus(true);
    m_backupSetTree->header()->setStretchLastSection(true);
    m_windowsLabel->setWordWrap(true);
    m_windowsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_timeEdit->setCalendarPopup(true);
    m_backupSetRadioButton->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_backupSetRadioButton);
    layout->addWidget(m_backupSetTree, 1);
    layout->addWidget(m_timeRadioButton);
    layout->addWidget(m_windowsLabel);
    layout->addWidget(m_timeEdit, 0, Qt::AlignLeft);
    layout->addWidget(m_problemLabel);

    connect(m_backupSetRadioButton, &QRadioButton::toggled, this, &DbsRestorePointPage::updateMode);
    connect(m_backupSetTree, &QTreeWidget::itemSelectionChanged, this, &QWizardPage::completeChanged);
    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, &DbsRestorePointPage::updateMode);
    retranslateUi();
}

QList<dbs::DbsFullBackupPoint> DbsRestorePointPage::points() const
{
    QList<dbs::DbsFullBackupPoint> all;
    QStringList seen;
    for (const dbs::DbsRestoreRange &range : m_plan.ranges)
        for (const dbs::DbsFullBackupPoint &point : range.fullBackups)
            if (!seen.contains(point.backupSetId)) {
                seen.append(point.backupSetId);
                all.append(point);
            }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.endTime > b.endTime; });
    return all;
}

QList<RestoreWindow> DbsRestorePointPage::windows() const
{
    QList<RestoreWindow> all;
    for (const dbs::DbsRestoreRange &range : m_plan.ranges)
        if (range.kind == dbs::DbsRestoreRange::Kind::Range)
            all.append(range.window());
    return all;
}

void DbsRestorePointPage::initializePage()
{
    const QString planId = m_plan.plan ? m_plan.plan->backupPlanId : QString();
    if (planId != m_filledFor) {
        m_filledFor = planId;
        fill();
    }
}

void DbsRestorePointPage::fill()
{
    m_backupSetTree->clear();
    for (const dbs::DbsFullBackupPoint &point : points()) {
        auto *item = new QTreeWidgetItem(m_backupSetTree);
        item->setText(0, point.backupSetId);
        item->setText(1, models::formatTime(point.startTime));
        item->setText(2, models::formatTime(point.endTime));
        if (point.backupSetId == m_plan.request.backupSetId || !m_backupSetTree->currentItem())
            m_backupSetTree->setCurrentItem(item);
    }
    for (int column = 0; column < 2; ++column)
        m_backupSetTree->resizeColumnToContents(column);

    const QList<RestoreWindow> ranges = windows();
    QStringList lines;
    QDateTime earliest;
    QDateTime latest;
    for (const RestoreWindow &window : ranges) {
        lines.append(tr("• from %1 to %2").arg(models::formatTime(window.start), models::formatTime(window.end)));
        earliest = earliest.isValid() ? std::min(earliest, window.start) : window.start;
        latest = latest.isValid() ? std::max(latest, window.end) : window.end;
    }
    m_timeRadioButton->setEnabled(!ranges.isEmpty());
    if (ranges.isEmpty()) {
        m_windowsLabel->setText(tr("The plan keeps no log backup, so only its full backup sets can be restored."));
        m_backupSetRadioButton->setChecked(true);
    } else {
        m_windowsLabel->setText(tr("Any moment in these ranges can be restored:\n%1").arg(lines.join(u'\n')));
        const QSignalBlocker blocker(m_timeEdit);
        m_timeEdit->setDateTimeRange(earliest.toLocalTime(), latest.toLocalTime());
        m_timeEdit->setDateTime((m_plan.request.restoreTime.isValid() ? m_plan.request.restoreTime : latest).toLocalTime());
    }
    if (m_backupSetTree->topLevelItemCount() == 0 && !ranges.isEmpty())
        m_timeRadioButton->setChecked(true);
    m_backupSetRadioButton->setEnabled(m_backupSetTree->topLevelItemCount() > 0);
    updateMode();
}

bool DbsRestorePointPage::timeIsValid() const
{
    return RestoreWindow::anyContains(windows(), m_timeEdit->dateTime().toUTC());
}

void DbsRestorePointPage::updateMode()
{
    const bool bySet = m_backupSetRadioButton->isChecked();
    m_backupSetTree->setEnabled(bySet);
    m_timeEdit->setEnabled(!bySet && m_timeRadioButton->isEnabled());
    if (!bySet && !timeIsValid())
        m_problemLabel->showMessage(tr("RestoreTime %1 is outside every restorable range of the plan.")
                                        .arg(m_timeEdit->dateTime().toUTC().toString(Qt::ISODate)));
    else
        m_problemLabel->clearProblems();
    Q_EMIT completeChanged();
}

bool DbsRestorePointPage::isComplete() const
{
    if (m_backupSetRadioButton->isChecked())
        return !m_backupSetTree->selectedItems().isEmpty();
    return m_timeRadioButton->isEnabled() && timeIsValid();
}

bool DbsRestorePointPage::validatePage()
{
    if (!isComplete())
        return false;
    if (m_backupSetRadioButton->isChecked()) {
        m_plan.request.backupSetId = m_backupSetTree->selectedItems().first()->text(0);
        m_plan.request.restoreTime = {};
    } else {
        m_plan.request.backupSetId.clear();
        m_plan.request.restoreTime = m_timeEdit->dateTime().toUTC();
    }
    return true;
}

int DbsRestorePointPage::nextId() const
{
    return DbsRestoreWizard::DestinationPageId;
}

void DbsRestorePointPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_filledFor.isEmpty())
            fill();
    }
    QWizardPage::changeEvent(event);
}

void DbsRestorePointPage::retranslateUi()
{
    setTitle(tr("Backup set or point in time"));
    setSubTitle(tr("Restore one full backup set (BackupSetId), or the data as it was at a moment (RestoreTime)."));
    m_backupSetRadioButton->setText(tr("A full &backup set:"));
    m_timeRadioButton->setText(tr("A &point in time:"));
    m_backupSetTree->setAccessibleName(tr("Full backup sets"));
    m_timeEdit->setAccessibleName(tr("Point in time to restore to"));
    m_backupSetTree->setHeaderLabels({tr("Backup set ID"), tr("Started"), tr("Consistent at")});
}

} // namespace rdsbm::ui
