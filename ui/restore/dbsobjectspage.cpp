#include "ui/restore/dbsobjectspage.h"

#include "ui/restore/dbsrestoreplan.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/problemlabel.h"
#include "ui/restore/restoreobjectseditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DbsObjectsPage::DbsObjectsPage(DbsRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_databasesLabel(new QLabel(this))
    , m_editor(new RestoreObjectsEditor(this))
    , m_conflictLabel(new QLabel(this))
    , m_conflictComboBox(new QComboBox(this))
    , m_conflictHelpLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"dbsObjectsPage"_s);
    m_databasesLabel->setObjectName(u"planDatabasesLabel"_s);
    m_conflictComboBox->setObjectName(u"duplicateConflictComboBox"_s);
    m_problemLabel->setObjectName(u"restoreObjectsProblemLabel"_s);
    m_databasesLabel->setWordWrap(true);
    m_conflictHelpLabel->setWordWrap(true);
    m_conflictLabel->setBuddy(m_conflictComboBox);
    m_conflictComboBox->addItem(QString(), DbsDuplicateConflicts::apiValue(DbsDuplicateConflict::Failure));
    m_conflictComboBox->addItem(QString(), DbsDuplicateConflicts::apiValue(DbsDuplicateConflict::RenameNew));

    auto *conflictRow = new QFormLayout;
    conflictRow->addRow(m_conflictLabel, m_conflictComboBox);
    conflictRow->addRow(QString(), m_conflictHelpLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_databasesLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problemLabel);
    layout->addLayout(conflictRow);

    connect(m_editor, &RestoreObjectsEditor::changed, this, [this] {
        showProblems();
        Q_EMIT completeChanged();
    });
    connect(m_conflictComboBox, &QComboBox::currentIndexChanged, this, &DbsObjectsPage::retranslateUi);
    retranslateUi();
}

void DbsObjectsPage::initializePage()
{
    m_editor->setPlanDatabases(m_plan.planDatabases());
    const DbsDestinationType type = m_plan.request.destinationType.value_or(DbsDestinationType::Rds);
    m_editor->setRequired(DbsDestinationTypes::needs(type, DbsDestinationField::RestoreObjects));
    retranslateUi();
}

void DbsObjectsPage::showProblems()
{
    m_problemLabel->showProblems(m_editor->isEmpty() ? InputProblems() : m_editor->problems());
}

bool DbsObjectsPage::isComplete() const
{
    return m_editor->problems().isEmpty();
}

bool DbsObjectsPage::validatePage()
{
    if (!isComplete())
        return false;
    m_plan.request.restoreObjects = m_editor->restoreObjects();
    m_plan.request.duplicateConflict = DbsDuplicateConflicts::fromApiValue(m_conflictComboBox->currentData().toString());
    return true;
}

int DbsObjectsPage::nextId() const
{
    return DbsRestoreWizard::SummaryPageId;
}

void DbsObjectsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DbsObjectsPage::retranslateUi()
{
    setTitle(tr("Databases to restore"));
    setSubTitle(tr("List the databases to restore (RestoreObjects) and the names they get at the destination."));
    const QStringList databases = m_plan.planDatabases();
    m_databasesLabel->setText(databases.isEmpty() ? tr("The plan does not say which databases it backs up.")
                                                  : tr("Databases the plan backs up: %1").arg(databases.join(u", "_s)));
    m_conflictLabel->setText(tr("If a name is &taken:"));
    m_conflictComboBox->setItemText(0, tr("Fail the task (failure)"));
    m_conflictComboBox->setItemText(1, tr("Restore under a new name (renamenew)"));
    m_conflictHelpLabel->setText(m_conflictComboBox->currentIndex() == 0
                                     ? tr("The restore task fails if an object of the same name exists at the "
                                          "destination: nothing there is overwritten.")
                                     : tr("Objects whose name is taken are restored under new names, from the second "
                                          "occurrence on."));
}

} // namespace rdsbm::ui
