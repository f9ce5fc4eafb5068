#include "ui/restore/huaweisourcepage.h"

#include "app/catalog/instancecatalog.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/huaweirestoreplan.h"
#include "ui/restore/huaweirestorewizard.h"
#include "ui/restore/instancepicker.h"
#include "ui/restore/problemlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

HuaweiSourcePage::HuaweiSourcePage(ApplicationContext &context, HuaweiRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_requests(this)
    , m_regionLabel(new QLabel(this))
    , m_regionComboBox(new QComboBox(this))
    , m_instanceLabel(new QLabel(this))
    , m_instancePicker(new InstancePicker(this))
    , m_noteLabel(new QLabel(this))
    , m_methodLabel(new QLabel(this))
    , m_backupRadioButton(new QRadioButton(this))
    , m_timestampRadioButton(new QRadioButton(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"huaweiSourcePage"_s);
    m_regionComboBox->setObjectName(u"sourceRegionComboBox"_s);
    m_instancePicker->setObjectName(u"sourceInstancePicker"_s);
    m_backupRadioButton->setObjectName(u"restoreFromBackupRadioButton"_s);
    m_timestampRadioButton->setObjectName(u"restoreToTimeRadioButton"_s);
    m_statusLabel->setObjectName(u"sourceStatusLabel"_s);
    m_problemLabel->setObjectName(u"sourceProblemLabel"_s);
    m_regionLabel->setBuddy(m_regionComboBox);
    m_instanceLabel->setBuddy(m_instancePicker);
    m_statusLabel->setWordWrap(true);
    m_backupRadioButton->setChecked(m_plan.sourceType == HuaweiRestoreSource::Backup);
    m_timestampRadioButton->setChecked(m_plan.sourceType == HuaweiRestoreSource::Timestamp);

    auto *regionRow = new QFormLayout;
    regionRow->addRow(m_regionLabel, m_regionComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(regionRow);
    layout->addWidget(m_instanceLabel);
    layout->addWidget(m_instancePicker, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_methodLabel);
    layout->addWidget(m_backupRadioButton);
    layout->addWidget(m_timestampRadioButton);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemLabel);

    m_noteLabel->setObjectName(u"instanceNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_instancePicker, &InstancePicker::currentNoteChanged, m_noteLabel, &QLabel::setText);
    connect(m_regionComboBox, &QComboBox::currentIndexChanged, this, &HuaweiSourcePage::fillInstances);
    connect(m_instancePicker, &InstancePicker::currentInstanceChanged, this, [this] {
        m_checked = false;
        m_problemLabel->clearProblems();
        Q_EMIT completeChanged();
    });
    connect(m_backupRadioButton, &QRadioButton::toggled, this, [this] {
        m_checked = false;
        m_problemLabel->clearProblems();
    });
    retranslateUi();
}

void HuaweiSourcePage::initializePage()
{
    if (m_regionComboBox->count() == 0)
        fillRegions();
}

void HuaweiSourcePage::fillRegions()
{
    const QSignalBlocker blocker(m_regionComboBox);
    m_regionComboBox->clear();
    for (const catalog::RegionInstances &region : m_context.instances().regions())
        if (region.profileName == m_plan.profileName && region.provider == Provider::Huawei)
            m_regionComboBox->addItem(region.regionId, region.regionId);
    const int index = m_regionComboBox->findData(m_plan.regionId);
    m_regionComboBox->setCurrentIndex(index >= 0 ? index : 0);
    fillInstances();
}

void HuaweiSourcePage::fillInstances()
{
    const QString regionId = m_regionComboBox->currentData().toString();
    QList<InstanceCandidate> candidates;
    for (const catalog::RegionInstances &region : m_context.instances().regions()) {
        if (region.profileName != m_plan.profileName || region.regionId != regionId)
            continue;
        for (const DbInstance &instance : region.instances) {
            InstanceCandidate candidate{instance, {}, {}};
            if (instance.engine.compare(u"PostgreSQL"_s, Qt::CaseInsensitive) == 0)
                candidate.exclusionReason = tr("The restore to an existing or the current instance does not support "
                                               "PostgreSQL.");
            candidates.append(candidate);
        }
    }
    m_instancePicker->setCandidates(candidates);
    if (m_plan.sourceInstance)
        m_instancePicker->selectInstance(m_plan.sourceInstance->id);
}

bool HuaweiSourcePage::isComplete() const
{
    return !m_checking && m_instancePicker->currentInstance().has_value();
}

int HuaweiSourcePage::nextId() const
{
    return m_timestampRadioButton->isChecked() ? HuaweiRestoreWizard::TimePageId : HuaweiRestoreWizard::BackupPageId;
}

bool HuaweiSourcePage::validatePage()
{
    if (m_checked) {
        m_checked = false;
        return true;
    }
    if (!m_checking)
        startCheck();
    return false;
}

// The backups or the time ranges of the chosen instance, so the next page opens on real choices.
void HuaweiSourcePage::startCheck()
{
    const auto instance = m_instancePicker->currentInstance();
    if (!instance)
        return;
    if (!m_plan.sourceInstance || m_plan.sourceInstance->id != instance->id) {
        m_plan.backup.reset();
        m_plan.backups.clear();
        m_plan.restoreWindows.reset();
        m_plan.targetInstance.reset();
    }
    m_plan.sourceInstance = instance;
    m_plan.regionId = instance->regionId;
    m_plan.sourceType = m_timestampRadioButton->isChecked() ? HuaweiRestoreSource::Timestamp
                                                            : HuaweiRestoreSource::Backup;
    huawei::HuaweiRdsClient *client = m_context.instances().huaweiClient(m_plan.profileName, instance->regionId);
    if (!client)
        return;
    m_problemLabel->clearProblems();
    setChecking(true);
    huawei::HuaweiStarted started;
    if (m_plan.sourceType == HuaweiRestoreSource::Backup) {
        huawei::HuaweiBackupFilter filter;
        filter.instanceId = instance->id;
        started = client->listBackups(filter, m_requests.renew(), [this](auto reply) {
            setChecking(false);
            if (!reply.ok()) {
                m_problemLabel->showFailure(tr("The backups of the instance could not be listed."), reply.result,
                                            u"huawei"_s, u"ListBackups"_s);
                return;
            }
            m_plan.backups.clear();
            for (const BackupSet &backup : *reply.value)
                if (backup.status == u"COMPLETED"_s)
                    m_plan.backups.append(backup);
            if (m_plan.backups.isEmpty()) {
                m_problemLabel->showMessage(tr("Instance %1 has no completed backup to restore from. Restore to a "
                                               "point in time instead, or create a backup first.")
                                                .arg(m_plan.sourceInstance->id));
                return;
            }
            m_checked = true;
            QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
        });
    } else {
        started = client->listRestoreTimes(instance->id, QDate(), m_requests.renew(), [this](auto reply) {
            setChecking(false);
            if (!reply.ok()) {
                m_problemLabel->showFailure(tr("The restorable time ranges could not be read."), reply.result,
                                            u"huawei"_s, u"ListRestoreTimes"_s);
                return;
            }
            m_plan.restoreWindows = *reply.value;
            if (reply.value->isEmpty()) {
                m_problemLabel->showMessage(tr("Instance %1 has no restorable time range: restore from a backup "
                                               "instead.")
                                                .arg(m_plan.sourceInstance->id));
                return;
            }
            m_checked = true;
            QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
        });
    }
    if (!started.wasSent()) {
        m_requests.drop();
        setChecking(false);
        m_problemLabel->showProblems(started.rejected);
    }
}

void HuaweiSourcePage::setChecking(bool checking)
{
    m_checking = checking;
    m_statusLabel->setText(!checking ? QString()
                           : m_timestampRadioButton->isChecked()
                               ? tr("Reading the instance's restorable time ranges…")
                               : tr("Listing the instance's backups…"));
    Q_EMIT completeChanged();
}

void HuaweiSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void HuaweiSourcePage::retranslateUi()
{
    setTitle(tr("Source"));
    setSubTitle(tr("Choose the instance whose backup or history is restored, and how."));
    m_regionLabel->setText(tr("&Region:"));
    m_instanceLabel->setText(tr("Source &instance:"));
    m_instancePicker->setAccessibleName(tr("Source instance"));
    m_methodLabel->setText(tr("Restore from:"));
    m_backupRadioButton->setText(tr("A &backup"));
    m_timestampRadioButton->setText(tr("A &point in time"));
    if (m_regionComboBox->count() > 0)
        fillInstances();
}

} // namespace rdsbm::ui
