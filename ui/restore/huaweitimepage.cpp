#include "ui/restore/huaweitimepage.h"

#include "app/models/displayformat.h"
#include "ui/restore/huaweirestoreplan.h"
#include "ui/restore/huaweirestorewizard.h"
#include "ui/restore/problemlabel.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

HuaweiTimePage::HuaweiTimePage(HuaweiRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_windowsLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_timeEdit(new QDateTimeEdit(this))
    , m_utcLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"huaweiTimePage"_s);
    m_windowsLabel->setObjectName(u"restoreWindowLabel"_s);
    m_timeEdit->setObjectName(u"restoreTimeDateTimeEdit"_s);
    m_utcLabel->setObjectName(u"restoreTimeUtcLabel"_s);
    m_problemLabel->setObjectName(u"restoreTimeProblemLabel"_s);
    m_windowsLabel->setWordWrap(true);
    m_windowsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeLabel->setBuddy(m_timeEdit);
    m_timeEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_timeEdit->setCalendarPopup(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_timeLabel, m_timeEdit);
    form->addRow(QString(), m_utcLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_windowsLabel);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);

    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, &HuaweiTimePage::checkTime);
    retranslateUi();
}

void HuaweiTimePage::initializePage()
{
    showWindows();
}

void HuaweiTimePage::showWindows()
{
    const QList<RestoreWindow> windows = m_plan.restoreWindows.value_or(QList<RestoreWindow>());
    QStringList lines;
    QDateTime earliest;
    QDateTime latest;
    for (const RestoreWindow &window : windows) {
        lines.append(tr("• from %1 to %2").arg(models::formatTime(window.start), models::formatTime(window.end)));
        if (!earliest.isValid() || window.start < earliest)
            earliest = window.start;
        if (!latest.isValid() || window.end > latest)
            latest = window.end;
    }
    m_windowsLabel->setText(windows.isEmpty() ? tr("The instance has no restorable time range.")
                                              : tr("The instance can be restored to any moment in these ranges:\n%1")
                                                    .arg(lines.join(u'\n')));
    m_timeEdit->setEnabled(!windows.isEmpty());
    if (!windows.isEmpty()) {
        const QSignalBlocker blocker(m_timeEdit);
        m_timeEdit->setDateTimeRange(earliest.toLocalTime(), latest.toLocalTime());
        const QDateTime chosen = m_plan.restoreTime.isValid() && RestoreWindow::anyContains(windows, m_plan.restoreTime)
            ? m_plan.restoreTime
            : latest;
        m_timeEdit->setDateTime(chosen.toLocalTime());
    }
    checkTime();
}

void HuaweiTimePage::checkTime()
{
    const QDateTime utc = m_timeEdit->dateTime().toUTC();
    m_utcLabel->setText(m_timeEdit->isEnabled()
                            ? tr("Sent as %1 (UTC), %2 ms").arg(utc.toString(Qt::ISODate)).arg(utc.toMSecsSinceEpoch())
                            : QString());
    HuaweiRestorePlan trial = m_plan;
    trial.sourceType = HuaweiRestoreSource::Timestamp;
    trial.backup.reset();
    trial.restoreTime = utc;
    trial.targetInstance = trial.sourceInstance; // the target's rules are the next page's business
    InputProblems timeProblems;
    for (const InputProblem &problem : trial.request().validate())
        if (problem.field == u"source.restore_time"_s)
            timeProblems.append(problem);
    const bool wasValid = m_timeValid;
    m_timeValid = m_timeEdit->isEnabled() && timeProblems.isEmpty();
    m_problemLabel->showProblems(timeProblems);
    if (wasValid != m_timeValid)
        Q_EMIT completeChanged();
}

bool HuaweiTimePage::isComplete() const
{
    return m_timeValid;
}

bool HuaweiTimePage::validatePage()
{
    if (!m_timeValid)
        return false;
    m_plan.sourceType = HuaweiRestoreSource::Timestamp;
    m_plan.backup.reset();
    m_plan.restoreTime = m_timeEdit->dateTime().toUTC();
    return true;
}

int HuaweiTimePage::nextId() const
{
    return HuaweiRestoreWizard::TargetPageId;
}

void HuaweiTimePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void HuaweiTimePage::retranslateUi()
{
    setTitle(tr("Point in time"));
    setSubTitle(tr("Choose the moment whose data is restored. Times are in your time zone."));
    m_timeLabel->setText(tr("Restore &to:"));
    m_timeEdit->setAccessibleName(tr("Point in time to restore to"));
    showWindows();
}

} // namespace rdsbm::ui
