#include "ui/restore/ddrtablespage.h"

#include "ui/restore/ddrrestoreplan.h"
#include "ui/restore/ddrrestorewizard.h"
#include "ui/restore/problemlabel.h"
#include "ui/restore/tablemetaeditor.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

DdrTablesPage::DdrTablesPage(DdrRestorePlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_databasesLabel(new QLabel(this))
    , m_editor(new TableMetaEditor(this))
    , m_problemLabel(new ProblemLabel(this))
{
    setObjectName(u"ddrTablesPage"_s);
    m_databasesLabel->setObjectName(u"backupDatabasesLabel"_s);
    m_problemLabel->setObjectName(u"tableMetaProblemLabel"_s);
    m_databasesLabel->setWordWrap(true);
    m_databasesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_databasesLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problemLabel);

    connect(m_editor, &TableMetaEditor::changed, this, [this] {
        showProblems();
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

void DdrTablesPage::initializePage()
{
    const bool intoSource = m_plan.sourceInstance && m_plan.targetInstance
        && m_plan.sourceInstance->id == m_plan.targetInstance->id;
    m_editor->setKnownDatabases(m_plan.sourceDatabases, m_plan.targetDatabases, intoSource);
    retranslateUi();
}

void DdrTablesPage::showProblems()
{
    // An empty list is not worth a red line before anything was typed; Next stays disabled anyway.
    if (m_editor->isEmpty())
        m_problemLabel->clearProblems();
    else
        m_problemLabel->showProblems(m_editor->problems());
}

bool DdrTablesPage::isComplete() const
{
    return !m_editor->isEmpty() && m_editor->problems().isEmpty();
}

bool DdrTablesPage::validatePage()
{
    if (!isComplete())
        return false;
    m_plan.tableMeta = m_editor->tableMeta();
    return true;
}

int DdrTablesPage::nextId() const
{
    return DdrRestoreWizard::SummaryPageId;
}

void DdrTablesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DdrTablesPage::retranslateUi()
{
    setTitle(tr("Databases and tables"));
    setSubTitle(tr("List what to restore and the names it gets on the target. Leave Table empty to restore a "
                   "whole database."));
    const QStringList databases = m_plan.sourceDatabases.value_or(QStringList());
    m_databasesLabel->setText(databases.isEmpty()
                                  ? tr("The databases in the backup are not known.")
                                  : tr("Databases in the backup: %1").arg(databases.join(u", "_s)));
}

} // namespace rdsbm::ui
