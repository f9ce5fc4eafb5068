#include "ui/restore/huaweitargetpage.h"

#include "app/catalog/instancecatalog.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/huaweirestoreplan.h"
#include "ui/restore/huaweirestorewizard.h"
#include "ui/restore/instancepicker.h"
#include "ui/restore/problemlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

HuaweiTargetPage::HuaweiTargetPage(ApplicationContext &context, HuaweiRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_requests(this)
    , m_introLabel(new QLabel(this))
    , m_instancePicker(new InstancePicker(this))
    , m_noteLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"huaweiTargetPage"_s);
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
    connect(m_refreshButton, &QPushButton::clicked, this, &HuaweiTargetPage::loadInstances);
    connect(m_instancePicker, &InstancePicker::currentInstanceChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void HuaweiTargetPage::initializePage()
{
    if (m_plan.regionId != m_listedRegion || m_instances.isEmpty())
        loadInstances();
    else
        showInstances(); // the source or its backup may have changed, and with them the rules
}

void HuaweiTargetPage::loadInstances()
{
    m_listedRegion = m_plan.regionId;
    huawei::HuaweiRdsClient *client = m_context.instances().huaweiClient(m_plan.profileName, m_listedRegion);
    if (!client)
        return;
    m_loading = true;
    m_problemLabel->clearProblems();
    retranslateUi();
    Q_EMIT completeChanged();
    const auto started = client->listInstances({}, m_requests.renew(), [this](auto reply) {
        m_loading = false;
        if (reply.ok())
            m_instances = *reply.value;
        else
            m_problemLabel->showFailure(tr("The instances of region %1 could not be listed.").arg(m_listedRegion),
                                        reply.result, u"huawei"_s, u"ListInstances"_s);
        showInstances();
        retranslateUi();
        Q_EMIT completeChanged();
    });
    if (!started.wasSent()) {
        m_loading = false;
        m_problemLabel->showProblems(started.rejected);
        retranslateUi();
        Q_EMIT completeChanged();
    }
}

// Each instance is checked as the target of this very restore; the rules that refuse it are
// its reason. The source comes first: restoring the current instance is the common case.
void HuaweiTargetPage::showInstances()
{
    QList<InstanceCandidate> candidates;
    QList<InstanceCandidate> others;
    for (const DbInstance &instance : std::as_const(m_instances)) {
        HuaweiRestorePlan trial = m_plan;
        trial.targetInstance = instance;
        QStringList reasons;
        if (instance.status != u"ACTIVE"_s)
            reasons.append(tr("Its status is %1: the target must be ACTIVE.").arg(instance.status));
        for (const InputProblem &problem : trial.request().validate())
            if (problem.field != u"source.backup_id"_s && problem.field != u"source.restore_time"_s
                && !reasons.contains(problem.message))
                reasons.append(problem.message);
        const bool current = m_plan.sourceInstance && instance.id == m_plan.sourceInstance->id;
        InstanceCandidate candidate{instance, reasons.join(u' '),
                                    current ? tr("The current instance: the source itself is restored")
                                            : tr("Another instance: it is overwritten")};
        (current ? candidates : others).append(candidate);
    }
    candidates += others;
    m_instancePicker->setCandidates(candidates);
    if (m_plan.targetInstance)
        m_instancePicker->selectInstance(m_plan.targetInstance->id);
    else if (m_plan.sourceInstance)
        m_instancePicker->selectInstance(m_plan.sourceInstance->id);
}

bool HuaweiTargetPage::isComplete() const
{
    return !m_loading && m_instancePicker->currentInstance().has_value();
}

bool HuaweiTargetPage::validatePage()
{
    const auto target = m_instancePicker->currentInstance();
    if (!target)
        return false;
    m_plan.targetInstance = target;
    return true;
}

int HuaweiTargetPage::nextId() const
{
    return HuaweiRestoreWizard::SummaryPageId;
}

void HuaweiTargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showInstances();
    }
    QWizardPage::changeEvent(event);
}

void HuaweiTargetPage::retranslateUi()
{
    setTitle(tr("Target instance"));
    setSubTitle(tr("Restore the current instance, or overwrite another instance of the same region."));
    m_introLabel->setText(tr("&Instances in %1:").arg(m_listedRegion));
    m_instancePicker->setAccessibleName(tr("Target instance"));
    m_refreshButton->setText(tr("&Refresh"));
    if (m_loading)
        m_statusLabel->setText(tr("Listing the instances of %1…").arg(m_listedRegion));
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
