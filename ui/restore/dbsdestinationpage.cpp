#include "ui/restore/dbsdestinationpage.h"

#include "app/catalog/instancecatalog.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/dbsrestoreplan.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/problemlabel.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

// The parameters this page sets: their problems are shown here, the others on their own pages.
bool isDestinationField(const QString &field)
{
    return field.startsWith(u"DestinationEndpoint"_s) || field == u"BackupGatewayId"_s || field == u"RestoreDir"_s
        || field == u"RestoreTaskName"_s || field == u"CrossAliyunId"_s || field == u"CrossRoleName"_s;
}

} // namespace

DbsDestinationPage::DbsDestinationPage(ApplicationContext &context, DbsRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_plan(plan)
    , m_form(new QFormLayout)
    , m_nameLabel(new QLabel(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_typeComboBox(new QComboBox(this))
    , m_needsLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_regionComboBox(new QComboBox(this))
    , m_instanceLabel(new QLabel(this))
    , m_instanceComboBox(new QComboBox(this))
    , m_ipLineEdit(addLineEdit(m_ipLabel, u"destinationIpLineEdit"_s))
    , m_portLineEdit(addLineEdit(m_portLabel, u"destinationPortLineEdit"_s))
    , m_gatewayLineEdit(addLineEdit(m_gatewayLabel, u"backupGatewayIdLineEdit"_s))
    , m_databaseLineEdit(addLineEdit(m_databaseLabel, u"destinationDatabaseLineEdit"_s))
    , m_userLineEdit(addLineEdit(m_userLabel, u"destinationUserLineEdit"_s))
    , m_passwordLineEdit(addLineEdit(m_passwordLabel, u"destinationPasswordLineEdit"_s))
    , m_oracleSidLineEdit(addLineEdit(m_oracleSidLabel, u"destinationOracleSidLineEdit"_s))
    , m_restoreDirLineEdit(addLineEdit(m_restoreDirLabel, u"restoreDirLineEdit"_s))
    , m_restoreHomeLineEdit(addLineEdit(m_restoreHomeLabel, u"restoreHomeLineEdit"_s))
    , m_crossAliyunIdLineEdit(addLineEdit(m_crossAliyunIdLabel, u"crossAliyunIdLineEdit"_s))
    , m_crossRoleLineEdit(addLineEdit(m_crossRoleLabel, u"crossRoleNameLineEdit"_s))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"dbsDestinationPage"_s);
    m_nameLineEdit->setObjectName(u"restoreTaskNameLineEdit"_s);
    m_typeComboBox->setObjectName(u"destinationTypeComboBox"_s);
    m_needsLabel->setObjectName(u"destinationNeedsLabel"_s);
    m_regionComboBox->setObjectName(u"destinationRegionComboBox"_s);
    m_instanceComboBox->setObjectName(u"destinationInstanceComboBox"_s);
    m_problemLabel->setObjectName(u"destinationProblemLabel"_s);
    m_instanceComboBox->setEditable(true);
    m_instanceComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_needsLabel->setWordWrap(true);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_portLineEdit->setValidator(new QIntValidator(1, 65535, m_portLineEdit));
    m_gatewayLineEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{1,19}"_s), this));
    m_nameLabel->setBuddy(m_nameLineEdit);
    m_typeLabel->setBuddy(m_typeComboBox);
    m_regionLabel->setBuddy(m_regionComboBox);
    m_instanceLabel->setBuddy(m_instanceComboBox);
    for (DbsDestinationType type : DbsDestinationTypes::all())
        m_typeComboBox->addItem(DbsDestinationTypes::apiValue(type), DbsDestinationTypes::apiValue(type));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->insertRow(0, m_nameLabel, m_nameLineEdit);
    m_form->insertRow(1, m_typeLabel, m_typeComboBox);
    m_form->insertRow(2, QString(), m_needsLabel);
    m_form->insertRow(3, m_regionLabel, m_regionComboBox);
    m_form->insertRow(4, m_instanceLabel, m_instanceComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);

    connect(m_typeComboBox, &QComboBox::currentIndexChanged, this, &DbsDestinationPage::updateFields);
    connect(m_regionComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillInstances();
        revalidate();
    });
    connect(m_instanceComboBox, &QComboBox::currentTextChanged, this, &DbsDestinationPage::revalidate);
    for (QLineEdit *edit : {m_nameLineEdit, m_ipLineEdit, m_portLineEdit, m_gatewayLineEdit, m_databaseLineEdit,
                            m_userLineEdit, m_passwordLineEdit, m_oracleSidLineEdit, m_restoreDirLineEdit,
                            m_restoreHomeLineEdit, m_crossAliyunIdLineEdit, m_crossRoleLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &DbsDestinationPage::revalidate);
    retranslateUi();
}

QLineEdit *DbsDestinationPage::addLineEdit(QLabel *&label, const QString &objectName)
{
    label = new QLabel(this);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    label->setBuddy(edit);
    m_form->addRow(label, edit);
    return edit;
}

void DbsDestinationPage::initializePage()
{
    if (m_regionComboBox->count() == 0)
        fillRegions();
    const QString planId = m_plan.plan ? m_plan.plan->backupPlanId : QString();
    if (planId != m_filledFor) {
        m_filledFor = planId;
        if (m_nameLineEdit->text().isEmpty() && m_plan.plan)
            m_nameLineEdit->setText(u"restore-%1-%2"_s.arg(m_plan.plan->backupPlanName,
                                                           QDateTime::currentDateTime().toString(u"yyyyMMddHHmm"_s)));
        // An RDS plan is restored to RDS by default, anything else to where it came from.
        const QString sourceType = m_plan.plan ? m_plan.plan->sourceEndpointInstanceType : QString();
        const int typeIndex = m_typeComboBox->findData(sourceType);
        if (typeIndex >= 0)
            m_typeComboBox->setCurrentIndex(typeIndex);
        const int regionIndex = m_regionComboBox->findData(m_plan.plan ? m_plan.plan->sourceEndpointRegion : QString());
        if (regionIndex >= 0)
            m_regionComboBox->setCurrentIndex(regionIndex);
        fillInstances();
    }
    updateFields();
}

void DbsDestinationPage::fillRegions()
{
    const QSignalBlocker blocker(m_regionComboBox);
    for (const catalog::RegionInstances &region : m_context.instances().regions())
        if (region.profileName == m_plan.profileName && region.provider == Provider::Alibaba)
            m_regionComboBox->addItem(region.regionId, region.regionId);
    const int index = m_regionComboBox->findData(m_plan.regionId);
    m_regionComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

// For an RDS destination: the region's instances of the plan's engine, as the catalog knows them.
void DbsDestinationPage::fillInstances()
{
    const QString typed = m_instanceComboBox->currentText();
    const QString regionId = m_regionComboBox->currentData().toString();
    const QString engine = m_plan.plan ? m_plan.plan->databaseType : QString();
    const QSignalBlocker blocker(m_instanceComboBox);
    m_instanceComboBox->clear();
    for (const catalog::RegionInstances &region : m_context.instances().regions()) {
        if (region.profileName != m_plan.profileName || region.regionId != regionId)
            continue;
        for (const DbInstance &instance : region.instances)
            if (instance.engine.compare(engine, Qt::CaseInsensitive) == 0 && instance.instanceType != u"Readonly"_s)
                m_instanceComboBox->addItem(instance.id, instance.id);
    }
    if (!typed.isEmpty() && m_instanceComboBox->findText(typed) < 0)
        m_instanceComboBox->setEditText(typed);
    else if (!typed.isEmpty())
        m_instanceComboBox->setCurrentIndex(m_instanceComboBox->findText(typed));
}

DbsRestoreRequest DbsDestinationPage::request() const
{
    DbsRestoreRequest request = m_plan.request;
    request.restoreTaskName = m_nameLineEdit->text().trimmed();
    request.destinationType = DbsDestinationTypes::fromApiValue(m_typeComboBox->currentData().toString());
    const DbsDestinationType type = request.destinationType.value_or(DbsDestinationType::Rds);
    const auto shown = [type](DbsDestinationField field) { return DbsDestinationTypes::needs(type, field); };
    // Fields the type does not use are not sent, even when something was typed before a switch.
    request.destinationRegion = shown(DbsDestinationField::Region) ? m_regionComboBox->currentData().toString() : QString();
    request.destinationInstanceId = shown(DbsDestinationField::InstanceId) ? m_instanceComboBox->currentText().trimmed()
                                                                           : QString();
    request.destinationIp = shown(DbsDestinationField::Ip) ? m_ipLineEdit->text().trimmed() : QString();
    request.destinationPort.reset();
    if (shown(DbsDestinationField::Port) && !m_portLineEdit->text().isEmpty())
        request.destinationPort = m_portLineEdit->text().toInt();
    request.backupGatewayId.reset();
    if (shown(DbsDestinationField::BackupGatewayId) && !m_gatewayLineEdit->text().isEmpty())
        request.backupGatewayId = m_gatewayLineEdit->text().toLongLong();
    request.destinationDatabaseName = request.needsDatabaseName() ? m_databaseLineEdit->text().trimmed() : QString();
    request.destinationUserName = request.needsCredentials() ? m_userLineEdit->text().trimmed() : QString();
    request.destinationPassword = request.needsCredentials() ? m_passwordLineEdit->text() : QString();
    request.destinationOracleSid = request.needsOracleSid() ? m_oracleSidLineEdit->text().trimmed() : QString();
    request.restoreDir = request.needsRestoreDir() ? m_restoreDirLineEdit->text().trimmed() : QString();
    request.restoreHome = type == DbsDestinationType::Agent ? m_restoreHomeLineEdit->text().trimmed() : QString();
    request.crossAliyunId = m_crossAliyunIdLineEdit->text().trimmed();
    request.crossRoleName = m_crossRoleLineEdit->text().trimmed();
    return request;
}

// Shows exactly the rows the chosen type and the plan's engine need (seed 002's notes).
void DbsDestinationPage::updateFields()
{
    const DbsRestoreRequest current = request();
    const DbsDestinationType type = current.destinationType.value_or(DbsDestinationType::Rds);
    const auto needs = [type](DbsDestinationField field) { return DbsDestinationTypes::needs(type, field); };
    m_form->setRowVisible(m_regionComboBox, needs(DbsDestinationField::Region));
    m_form->setRowVisible(m_instanceComboBox, needs(DbsDestinationField::InstanceId));
    m_form->setRowVisible(m_ipLineEdit, needs(DbsDestinationField::Ip));
    m_form->setRowVisible(m_portLineEdit, needs(DbsDestinationField::Port));
    m_form->setRowVisible(m_gatewayLineEdit, needs(DbsDestinationField::BackupGatewayId));
    m_form->setRowVisible(m_databaseLineEdit, current.needsDatabaseName());
    m_form->setRowVisible(m_userLineEdit, current.needsCredentials());
    m_form->setRowVisible(m_passwordLineEdit, current.needsCredentials());
    m_form->setRowVisible(m_oracleSidLineEdit, current.needsOracleSid());
    m_form->setRowVisible(m_restoreDirLineEdit, current.needsRestoreDir());
    m_form->setRowVisible(m_restoreHomeLineEdit, type == DbsDestinationType::Agent);
    m_instanceComboBox->setEditable(true);

    QStringList needed;
    for (DbsDestinationField field : {DbsDestinationField::Region, DbsDestinationField::InstanceId,
                                      DbsDestinationField::Ip, DbsDestinationField::Port,
                                      DbsDestinationField::BackupGatewayId})
        if (needs(field))
            needed.append(DbsDestinationTypes::parameterName(field));
    m_needsLabel->setText(needed.isEmpty()
                              ? tr("%1 needs no endpoint fields.").arg(DbsDestinationTypes::apiValue(type))
                              : tr("%1 needs %2.").arg(DbsDestinationTypes::apiValue(type), needed.join(u", "_s)));
    revalidate();
}

void DbsDestinationPage::revalidate()
{
    InputProblems problems;
    for (const InputProblem &problem : request().validate())
        if (isDestinationField(problem.field))
            problems.append(problem);
    m_problems = problems;
    m_problemLabel->showProblems(problems);
    Q_EMIT completeChanged();
}

bool DbsDestinationPage::isComplete() const
{
    return m_problems.isEmpty();
}

bool DbsDestinationPage::validatePage()
{
    if (!isComplete())
        return false;
    m_plan.request = request();
    return true;
}

int DbsDestinationPage::nextId() const
{
    return DbsRestoreWizard::ObjectsPageId;
}

void DbsDestinationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateFields();
    }
    QWizardPage::changeEvent(event);
}

void DbsDestinationPage::retranslateUi()
{
    setTitle(tr("Destination"));
    setSubTitle(tr("Where the restored databases are written. Only the fields the destination type needs are shown."));
    m_nameLabel->setText(tr("Task &name:"));
    m_typeLabel->setText(tr("Destination &type:"));
    m_regionLabel->setText(tr("&Region:"));
    m_instanceLabel->setText(tr("&Instance ID:"));
    m_ipLabel->setText(tr("&Address:"));
    m_portLabel->setText(tr("P&ort:"));
    m_gatewayLabel->setText(tr("Backup &gateway ID:"));
    m_databaseLabel->setText(tr("&Database name:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_oracleSidLabel->setText(tr("Oracle &SID:"));
    m_restoreDirLabel->setText(tr("Restore &directory:"));
    m_restoreHomeLabel->setText(tr("Program director&y:"));
    m_crossAliyunIdLabel->setText(tr("Source account &UID (optional):"));
    m_crossRoleLabel->setText(tr("RAM ro&le for it (optional):"));
    const QList<std::pair<QWidget *, QString>> parameters{
        {m_nameLineEdit, u"RestoreTaskName"_s},
        {m_typeComboBox, u"DestinationEndpointInstanceType"_s},
        {m_regionComboBox, u"DestinationEndpointRegion"_s},
        {m_instanceComboBox, u"DestinationEndpointInstanceID"_s},
        {m_ipLineEdit, u"DestinationEndpointIP"_s},
        {m_portLineEdit, u"DestinationEndpointPort"_s},
        {m_gatewayLineEdit, u"BackupGatewayId"_s},
        {m_databaseLineEdit, u"DestinationEndpointDatabaseName"_s},
        {m_userLineEdit, u"DestinationEndpointUserName"_s},
        {m_passwordLineEdit, u"DestinationEndpointPassword"_s},
        {m_oracleSidLineEdit, u"DestinationEndpointOracleSID"_s},
        {m_restoreDirLineEdit, u"RestoreDir"_s},
        {m_restoreHomeLineEdit, u"RestoreHome"_s},
        {m_crossAliyunIdLineEdit, u"CrossAliyunId"_s},
        {m_crossRoleLineEdit, u"CrossRoleName"_s},
    };
    // The parameter name, so a problem that names it leads to its field.
    for (const auto &[widget, parameter] : parameters) {
        widget->setToolTip(tr("Sent as %1").arg(parameter));
        widget->setAccessibleDescription(parameter);
    }
    const QStringList descriptions{
        tr("RDS: an ApsaraDB RDS instance"),
        tr("ECS: a database on an ECS instance"),
        tr("Express: over Express Connect, VPN Gateway or Smart Access Gateway"),
        tr("Agent: over a DBS backup gateway"),
        tr("DDS: an ApsaraDB for MongoDB instance"),
        tr("Other: by IP address and port"),
        tr("dg: over Database Gateway, without a public address"),
    };
    for (int i = 0; i < m_typeComboBox->count() && i < descriptions.size(); ++i)
        m_typeComboBox->setItemText(i, descriptions.at(i));
}

} // namespace rdsbm::ui
