#include "ui/restore/restoreobjectseditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

RestoreObjectsEditor::RestoreObjectsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    setObjectName(u"restoreObjectsEditor"_s);
    m_table->setObjectName(u"restoreObjectsTableWidget"_s);
    m_addButton->setObjectName(u"addRestoreObjectButton"_s);
    m_removeButton->setObjectName(u"removeRestoreObjectButton"_s);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing starts editing; moving with the arrow keys does not.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *removeAction = new QAction(m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &RestoreObjectsEditor::removeCurrentRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &RestoreObjectsEditor::addDatabase);
    connect(m_removeButton, &QPushButton::clicked, this, &RestoreObjectsEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &RestoreObjectsEditor::revalidate);
    retranslateUi();
    revalidate();
}

void RestoreObjectsEditor::setPlanDatabases(const QStringList &databases)
{
    m_planDatabases = databases;
    revalidate();
}

void RestoreObjectsEditor::setRequired(bool required)
{
    m_required = required;
    revalidate();
}

bool RestoreObjectsEditor::isEmpty() const
{
    return m_table->rowCount() == 0;
}

QString RestoreObjectsEditor::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void RestoreObjectsEditor::addRow(const QString &database, const QString &newDatabase)
{
    QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts{database, newDatabase, {}, {}};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    blocker.unblock();
    revalidate();
}

void RestoreObjectsEditor::addDatabase()
{
    QStringList listed;
    for (int row = 0; row < m_table->rowCount(); ++row)
        listed.append(cellText(row, DatabaseColumn));
    QString next;
    for (const QString &name : std::as_const(m_planDatabases)) {
        if (!listed.contains(name)) {
            next = name;
            break;
        }
    }
    addRow(next, next);
    m_table->setCurrentCell(m_table->rowCount() - 1, next.isEmpty() ? DatabaseColumn : NewDatabaseColumn);
    m_table->setFocus();
}

void RestoreObjectsEditor::removeCurrentRow()
{
    if (m_table->currentRow() < 0)
        return;
    m_table->removeRow(m_table->currentRow());
    revalidate();
}

RestoreObjects RestoreObjectsEditor::restoreObjects() const
{
    RestoreObjects objects;
    for (int row = 0; row < m_table->rowCount(); ++row)
        objects.add({cellText(row, DatabaseColumn).trimmed(), cellText(row, NewDatabaseColumn).trimmed(),
                     cellText(row, SchemaColumn).trimmed(), cellText(row, NewSchemaColumn).trimmed()});
    return objects;
}

void RestoreObjectsEditor::revalidate()
{
    const RestoreObjects objects = restoreObjects();
    InputProblems problems = objects.validate(m_required);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString name = objects.objects().at(i).dbName;
        if (!name.isEmpty() && !m_planDatabases.isEmpty() && !m_planDatabases.contains(name))
            problems.append({u"%1[%2].DBName"_s.arg(RestoreObjects::fieldName).arg(i), u"InvalidParameter"_s,
                             tr("The backup plan does not back up a database named %1 (RestoreObjects[%2].DBName).")
                                 .arg(name)
                                 .arg(i)});
    }
    m_problems = problems;
    Q_EMIT changed();
}

void RestoreObjectsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
    QWidget::changeEvent(event);
}

void RestoreObjectsEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Database (DBName)"), tr("New name (NewDBName)"), tr("Schema (SchemaName)"),
                                        tr("New schema (NewSchemaName)")});
    m_table->setAccessibleName(tr("Databases to restore"));
    m_addButton->setText(tr("Add &Database"));
    m_removeButton->setText(tr("Remo&ve Row"));
    m_removeButton->setToolTip(tr("Removes the selected row (Delete)"));
}

} // namespace rdsbm::ui
