#include "ui/restore/ddrtargetpage.h"

#include "app/catalog/instancecatalog.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/ddrrestoreplan.h"
#include "ui/restore/ddrrestorewizard.h"
#include "ui/restore/instancepicker.h"
#include "ui/restore/problemlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DdrTargetPage::DdrTargetPage(ApplicationContext &context, DdrRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_listRequests(this)
    , m_checkRequests(this)
    , m_introLabel(new QLabel(this))
    , m_instancePicker(new InstancePicker(this))
    , m_noteLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"ddrTargetPage"_s);
    m_instancePicker->setObjectName(u"targetInstancePicker"_s);
    m_refreshButton->setObjectName(u"refreshTargetsButton"_s);
    m_statusLabel->setObjectName(u"targetStatusLabel"_s);
    m_problemLabel->setObjectName(u"targetProblemLabel"_s);
    m_introLabel->setWordWrap(true);
    m_introLabel->setBuddy(m_instancePicker);
    m_statusLabel->setWordWrap(true);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_instancePicker, 1);
    layout->addWidget(m_noteLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_problemLabel);

    m_noteLabel->setObjectName(u"instanceNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_instancePicker, &InstancePicker::currentNoteChanged, m_noteLabel, &QLabel::setText);
    connect(m_refreshButton, &QPushButton::clicked, this, &DdrTargetPage::loadInstances);
    connect(m_instancePicker, &InstancePicker::currentInstanceChanged, this, [this] {
        m_checked = false;
        m_problemLabel->clearProblems();
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

void DdrTargetPage::initializePage()
{
    if (m_plan.destinationRegion() != m_listedRegion || m_instances.isEmpty())
        loadInstances();
    else
        retranslateUi();
}

void DdrTargetPage::loadInstances()
{
    m_listedRegion = m_plan.destinationRegion();
    m_loading = true;
    m_problemLabel->clearProblems();
    retranslateUi();
    Q_EMIT completeChanged();
    const alibaba::RdsClient client = m_context.instances().rdsClient(m_plan.profileName, m_listedRegion);
    const auto started = client.describeAllDBInstances({}, m_listRequests.renew(), [this](auto reply) {
        m_loading = false;
        if (reply.ok())
            m_instances = reply.value->instances;
        else
            m_problemLabel->showFailure(tr("The instances of region %1 could not be listed.").arg(m_listedRegion),
                                        reply.result, u"alibaba"_s, u"DescribeDBInstances"_s);
        showInstances();
        retranslateUi();
        Q_EMIT completeChanged();
    });
    if (!started.wasSent()) {
        m_loading = false;
        m_problemLabel->showProblems(started.rejected);
        retranslateUi();
    }
}

// RestoreDdrTable writes into a running MySQL primary of the region that keeps the copies.
void DdrTargetPage::showInstances()
{
    QList<InstanceCandidate> candidates;
    for (const DbInstance &instance : std::as_const(m_instances)) {
        InstanceCandidate candidate{instance, {}, tr("Can be restored into")};
        if (instance.engine != u"MySQL"_s)
            candidate.exclusionReason =
                tr("Runs %1: databases and tables are restored into MySQL instances only.").arg(instance.engine);
        else if (instance.instanceType == u"Readonly"_s)
            candidate.exclusionReason = tr("A read-only instance cannot be restored into.");
        else if (instance.status != u"Running"_s)
            candidate.exclusionReason = tr("Its status is %1: the target must be Running.").arg(instance.status);
        else if (m_plan.sourceInstance && instance.engineVersion != m_plan.sourceInstance->engineVersion)
            candidate.note = tr("MySQL %1, the source runs %2").arg(instance.engineVersion,
                                                                    m_plan.sourceInstance->engineVersion);
        candidates.append(candidate);
    }
    m_instancePicker->setCandidates(candidates);
    if (m_plan.targetInstance)
        m_instancePicker->selectInstance(m_plan.targetInstance->id);
}

bool DdrTargetPage::isComplete() const
{
    return !m_loading && !m_checking && m_instancePicker->currentInstance().has_value();
}

bool DdrTargetPage::validatePage()
{
    if (m_checked) {
        m_checked = false;
        return true;
    }
    if (!m_checking)
        startCheck();
    return false;
}

void DdrTargetPage::startCheck()
{
    const auto target = m_instancePicker->currentInstance();
    if (!target)
        return;
    if (!m_plan.targetInstance || m_plan.targetInstance->id != target->id)
        m_plan.targetDatabases.reset();
    m_plan.targetInstance = target;
    m_checking = true;
    m_problemLabel->clearProblems();
    retranslateUi();
    Q_EMIT completeChanged();
    const alibaba::RdsClient client = m_context.instances().rdsClient(m_plan.profileName, target->regionId);
    const auto started = client.describeAllDatabases(target->id, m_checkRequests.renew(), [this](auto reply) {
        m_checking = false;
        retranslateUi();
        Q_EMIT completeChanged();
        if (!reply.ok()) {
            m_problemLabel->showFailure(tr("The databases of the target instance could not be listed."),
                                        reply.result, u"alibaba"_s, u"DescribeDatabases"_s);
            return;
        }
        QStringList names;
        for (const alibaba::DatabaseInfo &database : reply.value->databases)
            names.append(database.name);
        m_plan.targetDatabases = names;
        m_checked = true;
        QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
    });
    if (!started.wasSent()) {
        m_checking = false;
        m_problemLabel->showProblems(started.rejected);
        retranslateUi();
        Q_EMIT completeChanged();
    }
}

int DdrTargetPage::nextId() const
{
    return DdrRestoreWizard::TablesPageId;
}

void DdrTargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showInstances();
    }
    QWizardPage::changeEvent(event);
}

void DdrTargetPage::retranslateUi()
{
    setTitle(tr("Target instance"));
    setSubTitle(tr("Choose the existing instance the databases and tables are restored into."));
    m_introLabel->setText(tr("&Instances in %1, the region that holds the copies:").arg(m_listedRegion));
    m_instancePicker->setAccessibleName(tr("Target instance"));
    m_refreshButton->setText(tr("&Refresh"));
    if (m_loading)
        m_statusLabel->setText(tr("Listing the instances of %1…").arg(m_listedRegion));
    else if (m_checking)
        m_statusLabel->setText(tr("Reading the target instance's databases…"));
    else if (!m_instances.isEmpty() && m_instancePicker->eligibleCount() == 0)
        m_statusLabel->setText(tr("No instance of %1 can take this restore.").arg(m_listedRegion));
    else if (!m_instances.isEmpty())
        m_statusLabel->setText(tr("%n of %1 instance(s) can take this restore; the others say why.", nullptr,
                                  m_instancePicker->eligibleCount())
                                   .arg(m_instances.size()));
    else
        m_statusLabel->clear();
}

} // namespace rdsbm::ui
