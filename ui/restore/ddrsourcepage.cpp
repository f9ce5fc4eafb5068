#include "ui/restore/ddrsourcepage.h"

#include "app/catalog/instancecatalog.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/ddrrestoreplan.h"
#include "ui/restore/ddrrestorewizard.h"
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

DdrSourcePage::DdrSourcePage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent)
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
    , m_backupSetRadioButton(new QRadioButton(this))
    , m_pointInTimeRadioButton(new QRadioButton(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"ddrSourcePage"_s);
    m_regionComboBox->setObjectName(u"sourceRegionComboBox"_s);
    m_instancePicker->setObjectName(u"sourceInstancePicker"_s);
    m_backupSetRadioButton->setObjectName(u"restoreByBackupSetRadioButton"_s);
    m_pointInTimeRadioButton->setObjectName(u"restoreByTimeRadioButton"_s);
    m_statusLabel->setObjectName(u"sourceStatusLabel"_s);
    m_problemLabel->setObjectName(u"sourceProblemLabel"_s);
    m_regionLabel->setBuddy(m_regionComboBox);
    m_instanceLabel->setBuddy(m_instancePicker);
    m_backupSetRadioButton->setChecked(true);
    m_statusLabel->setWordWrap(true);

    auto *regionRow = new QFormLayout;
    regionRow->addRow(m_regionLabel, m_regionComboBox);
    auto *methods = new QVBoxLayout;
    methods->addWidget(m_methodLabel);
    methods->addWidget(m_backupSetRadioButton);
    methods->addWidget(m_pointInTimeRadioButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(regionRow);
    layout->addWidget(m_instanceLabel);
    layout->addWidget(m_instancePicker, 1);
    layout->addWidget(m_noteLabel);
    layout->addLayout(methods);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemLabel);

    m_noteLabel->setObjectName(u"instanceNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_instancePicker, &InstancePicker::currentNoteChanged, m_noteLabel, &QLabel::setText);
    connect(m_regionComboBox, &QComboBox::currentIndexChanged, this, &DdrSourcePage::fillInstances);
    connect(m_instancePicker, &InstancePicker::currentInstanceChanged, this, [this] {
        m_checked = false;
        m_problemLabel->clearProblems();
        Q_EMIT completeChanged();
    });
    connect(m_backupSetRadioButton, &QRadioButton::toggled, this, [this] { m_checked = false; });
    retranslateUi();
}

void DdrSourcePage::initializePage()
{
    if (m_regionComboBox->count() == 0) {
        fillRegions();
        if (m_plan.sourceInstance)
            m_instancePicker->selectInstance(m_plan.sourceInstance->id);
    }
}

void DdrSourcePage::fillRegions()
{
    const QSignalBlocker blocker(m_regionComboBox);
    m_regionComboBox->clear();
    for (const catalog::RegionInstances &region : m_context.instances().regions()) {
        if (region.profileName != m_plan.profileName || region.provider != Provider::Alibaba)
            continue;
        const QString label = region.regionName.isEmpty() || region.regionName == region.regionId
            ? region.regionId
            : tr("%1 (%2)").arg(region.regionName, region.regionId);
        m_regionComboBox->addItem(label, region.regionId);
    }
    const QString wanted = m_plan.sourceInstance ? m_plan.sourceInstance->regionId : QString();
    const int index = m_regionComboBox->findData(wanted);
    m_regionComboBox->setCurrentIndex(index >= 0 ? index : 0);
    fillInstances();
}

// The catalog's instances of the region; only a MySQL primary can be the source of a database and
// table restore.
void DdrSourcePage::fillInstances()
{
    const QString regionId = m_regionComboBox->currentData().toString();
    QList<InstanceCandidate> candidates;
    for (const catalog::RegionInstances &region : m_context.instances().regions()) {
        if (region.profileName != m_plan.profileName || region.regionId != regionId)
            continue;
        for (const DbInstance &instance : region.instances) {
            InstanceCandidate candidate{instance, {}, {}};
            if (instance.engine != u"MySQL"_s)
                candidate.exclusionReason = tr("%1: databases and tables can be restored across regions "
                                               "from MySQL instances only.")
                                                .arg(instance.engine);
            else if (instance.instanceType == u"Readonly"_s)
                candidate.exclusionReason = tr("A read-only instance keeps no backups of its own.");
            candidates.append(candidate);
        }
    }
    m_instancePicker->setCandidates(candidates);
    if (m_plan.sourceInstance)
        m_instancePicker->selectInstance(m_plan.sourceInstance->id);
}

bool DdrSourcePage::isComplete() const
{
    return !m_checking && m_instancePicker->currentInstance().has_value();
}

int DdrSourcePage::nextId() const
{
    return m_pointInTimeRadioButton->isChecked() ? DdrRestoreWizard::PointInTimePageId
                                                 : DdrRestoreWizard::BackupSetPageId;
}

bool DdrSourcePage::validatePage()
{
    if (m_checked) {
        m_checked = false;
        return true;
    }
    if (!m_checking)
        startCheck();
    return false;
}

// Asks for the instance's cross-region copies and its databases at once; both must answer.
void DdrSourcePage::startCheck()
{
    const auto instance = m_instancePicker->currentInstance();
    if (!instance)
        return;
    m_problemLabel->clearProblems();
    const bool changedSource = !m_plan.sourceInstance || m_plan.sourceInstance->id != instance->id;
    m_plan.sourceInstance = instance;
    m_plan.restoreType = m_pointInTimeRadioButton->isChecked() ? alibaba::RestoreDdrType::PointInTime
                                                               : alibaba::RestoreDdrType::BackupSet;
    if (changedSource) {
        m_plan.backupSet.reset();
        m_plan.restorableWindow.reset();
        m_plan.targetInstance.reset();
        m_plan.targetDatabases.reset();
    }
    const alibaba::RdsClient client = m_context.instances().rdsClient(m_plan.profileName, instance->regionId);
    QObject *scope = m_requests.renew();
    m_pendingAnswers = 2;
    m_checkFailed = false;
    setChecking(true);

    alibaba::DescribeCrossRegionBackupsParameters parameters;
    parameters.dbInstanceId = instance->id;
    parameters.pageSize = 100;
    const auto copies = client.describeCrossRegionBackups(parameters, scope, [this](auto reply) {
        if (reply.ok()) {
            m_plan.crossRegionBackups = reply.value->backups;
        } else if (!m_checkFailed) {
            m_checkFailed = true;
            m_problemLabel->showFailure(tr("The cross-region backups of the instance could not be listed."),
                                        reply.result, u"alibaba"_s, u"DescribeCrossRegionBackups"_s);
        }
        finishCheck();
    });
    const auto databases = client.describeAllDatabases(instance->id, scope, [this](auto reply) {
        if (reply.ok()) {
            QStringList names;
            for (const alibaba::DatabaseInfo &database : reply.value->databases)
                names.append(database.name);
            m_plan.sourceDatabases = names;
        } else if (!m_checkFailed) {
            m_checkFailed = true;
            m_problemLabel->showFailure(tr("The databases of the source instance could not be listed."),
                                        reply.result, u"alibaba"_s, u"DescribeDatabases"_s);
        }
        finishCheck();
    });
    if (!copies.wasSent() || !databases.wasSent()) {
        m_requests.drop();
        setChecking(false);
        m_problemLabel->showProblems(copies.rejected + databases.rejected);
    }
}

void DdrSourcePage::finishCheck()
{
    if (--m_pendingAnswers > 0)
        return;
    setChecking(false);
    if (m_checkFailed)
        return;
    const bool usable = std::any_of(m_plan.crossRegionBackups.cbegin(), m_plan.crossRegionBackups.cend(),
                                    [](const alibaba::CrossRegionBackup &copy) {
                                        return copy.backupSetStatus == 0 && copy.backupMethod != u"L"_s;
                                    });
    if (!usable) {
        m_problemLabel->showMessage(
            tr("Instance %1 has no usable cross-region backup (a successful physical copy in another region), "
               "so there is nothing to restore across regions. Turn on cross-region backup for it first.")
                .arg(m_plan.sourceInstance->id));
        return;
    }
    m_checked = true;
    QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
}

void DdrSourcePage::setChecking(bool checking)
{
    m_checking = checking;
    m_statusLabel->setText(checking ? tr("Looking up the instance's cross-region backups and databases…")
                                    : QString());
    Q_EMIT completeChanged();
}

void DdrSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DdrSourcePage::retranslateUi()
{
    setTitle(tr("Source"));
    setSubTitle(tr("Choose the instance whose backups were copied to another region, and what to restore."));
    m_regionLabel->setText(tr("Source &region:"));
    m_instanceLabel->setText(tr("Source &instance:"));
    m_instancePicker->setAccessibleName(tr("Source instance"));
    m_methodLabel->setText(tr("Restore from:"));
    m_backupSetRadioButton->setText(tr("A cross-region &backup set"));
    m_pointInTimeRadioButton->setText(tr("A &point in time"));
    if (m_regionComboBox->count() > 0)
        fillInstances();
}

} // namespace rdsbm::ui
