#include "ui/restore/ddrpointintimepage.h"

#include "app/catalog/instancecatalog.h"
#include "app/models/displayformat.h"
#include "app/providers/alibaba/alibabatime.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/ddrrestoreplan.h"
#include "ui/restore/ddrrestorewizard.h"
#include "ui/restore/problemlabel.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DdrPointInTimePage::DdrPointInTimePage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_requests(this)
    , m_windowLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_timeEdit(new QDateTimeEdit(this))
    , m_utcLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"ddrPointInTimePage"_s);
    m_windowLabel->setObjectName(u"restoreWindowLabel"_s);
    m_timeEdit->setObjectName(u"restoreTimeDateTimeEdit"_s);
    m_utcLabel->setObjectName(u"restoreTimeUtcLabel"_s);
    m_problemLabel->setObjectName(u"restoreTimeProblemLabel"_s);
    m_windowLabel->setWordWrap(true);
    m_windowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeLabel->setBuddy(m_timeEdit);
    m_timeEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setEnabled(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_timeLabel, m_timeEdit);
    form->addRow(QString(), m_utcLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_windowLabel);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);

    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, &DdrPointInTimePage::checkTime);
    retranslateUi();
}

void DdrPointInTimePage::initializePage()
{
    const QString source = m_plan.sourceInstance ? m_plan.sourceInstance->id : QString();
    if (source != m_windowFor || !m_plan.restorableWindow)
        loadWindow();
}

// The widest window: the one that begins with the oldest copy that can be restored from.
void DdrPointInTimePage::loadWindow()
{
    m_windowFor = m_plan.sourceInstance ? m_plan.sourceInstance->id : QString();
    m_plan.restorableWindow.reset();
    const alibaba::CrossRegionBackup *oldest = nullptr;
    for (const alibaba::CrossRegionBackup &copy : m_plan.crossRegionBackups) {
        if (copy.backupSetStatus != 0 || copy.backupMethod == u"L"_s)
            continue;
        if (!oldest || copy.backupEndTime < oldest->backupEndTime)
            oldest = &copy;
    }
    if (!oldest || !m_plan.sourceInstance) {
        m_problemLabel->showMessage(tr("The source instance has no cross-region backup to start a point-in-time "
                                       "restore from."));
        showWindow();
        return;
    }
    m_loading = true;
    m_problemLabel->clearProblems();
    showWindow();
    const alibaba::RdsClient client =
        m_context.instances().rdsClient(m_plan.profileName, m_plan.sourceInstance->regionId);
    const auto started = client.describeAvailableRecoveryTime(
        oldest->crossBackupId, m_plan.sourceInstance->id, m_requests.renew(), [this](auto reply) {
            m_loading = false;
            if (reply.ok())
                m_plan.restorableWindow = reply.value->window();
            else
                m_problemLabel->showFailure(tr("The restorable time range could not be read."), reply.result,
                                            u"alibaba"_s, u"DescribeAvailableRecoveryTime"_s);
            showWindow();
        });
    if (!started.wasSent()) {
        m_loading = false;
        m_problemLabel->showProblems(started.rejected);
        showWindow();
    }
}

void DdrPointInTimePage::showWindow()
{
    const auto &window = m_plan.restorableWindow;
    if (m_loading) {
        m_windowLabel->setText(tr("Reading the restorable time range…"));
    } else if (window) {
        m_windowLabel->setText(tr("The source instance can be restored to any moment from %1 to %2.\n"
                                  "In UTC: %3 to %4.")
                                   .arg(models::formatTime(window->start), models::formatTime(window->end),
                                        alibaba::AlibabaTime::toSeconds(window->start),
                                        alibaba::AlibabaTime::toSeconds(window->end)));
        const QSignalBlocker blocker(m_timeEdit);
        m_timeEdit->setDateTimeRange(window->start.toLocalTime(), window->end.toLocalTime());
        const QDateTime chosen = m_plan.restoreTime.isValid() && window->contains(m_plan.restoreTime)
            ? m_plan.restoreTime
            : window->end;
        m_timeEdit->setDateTime(chosen.toLocalTime());
    } else {
        m_windowLabel->clear();
    }
    m_timeEdit->setEnabled(!m_loading && window.has_value());
    checkTime();
}

void DdrPointInTimePage::checkTime()
{
    const QDateTime utc = m_timeEdit->dateTime().toUTC();
    m_utcLabel->setText(m_timeEdit->isEnabled() ? tr("Sent as %1 (UTC)").arg(alibaba::AlibabaTime::toSeconds(utc))
                                                : QString());
    const bool wasValid = m_timeValid;
    m_timeValid = false;
    if (m_plan.restorableWindow && !m_loading) {
        DdrRestorePlan trial = m_plan;
        trial.restoreType = alibaba::RestoreDdrType::PointInTime;
        trial.backupSet.reset();
        trial.restoreTime = utc;
        InputProblems timeProblems;
        const alibaba::RdsClient client =
            m_context.instances().rdsClient(m_plan.profileName, m_plan.sourceInstance->regionId);
        for (const InputProblem &problem : trial.parameters().validate(client.now()))
            if (problem.field == u"RestoreTime"_s)
                timeProblems.append(problem);
        m_timeValid = timeProblems.isEmpty();
        m_problemLabel->showProblems(timeProblems);
    }
    if (wasValid != m_timeValid)
        Q_EMIT completeChanged();
}

bool DdrPointInTimePage::isComplete() const
{
    return !m_loading && m_timeValid;
}

bool DdrPointInTimePage::validatePage()
{
    if (!m_timeValid)
        return false;
    const QString region = m_plan.destinationRegion();
    m_plan.restoreType = alibaba::RestoreDdrType::PointInTime;
    m_plan.backupSet.reset();
    m_plan.restoreTime = m_timeEdit->dateTime().toUTC();
    if (m_plan.targetInstance && m_plan.targetInstance->regionId != region) {
        m_plan.targetInstance.reset();
        m_plan.targetDatabases.reset();
    }
    return true;
}

int DdrPointInTimePage::nextId() const
{
    return DdrRestoreWizard::TargetPageId;
}

void DdrPointInTimePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DdrPointInTimePage::retranslateUi()
{
    setTitle(tr("Point in time"));
    setSubTitle(tr("Choose the moment whose data is restored. Times are in your time zone."));
    m_timeLabel->setText(tr("Restore &to:"));
    m_timeEdit->setAccessibleName(tr("Point in time to restore to"));
    showWindow();
}

} // namespace rdsbm::ui
