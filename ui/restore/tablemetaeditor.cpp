#include "ui/restore/tablemetaeditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

QString keyOf(const QString &name)
{
    return name.trimmed().toLower();
}

// "TableMeta[2].tables[1]" -> {2, 1}; "TableMeta[2]" -> {2, -1}; "TableMeta" -> {-1, -1}.
std::pair<int, int> placeOf(const QString &field)
{
    static const QRegularExpression pattern(u"^TableMeta(?:\\[(\\d+)\\])?(?:\\.tables\\[(\\d+)\\])?"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return {-1, -1};
    const int database = match.captured(1).isEmpty() ? -1 : match.captured(1).toInt();
    const int table = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();
    return {database, table};
}

} // namespace

TableMetaEditor::TableMetaEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addDatabaseButton(new QPushButton(this))
    , m_addTableButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    setObjectName(u"tableMetaEditor"_s);
    m_table->setObjectName(u"tableMetaTableWidget"_s);
    m_addDatabaseButton->setObjectName(u"addDatabaseButton"_s);
    m_addTableButton->setObjectName(u"addTableButton"_s);
    m_removeButton->setObjectName(u"removeRowButton"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing starts editing; moving with the arrow keys does not.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *removeAction = new QAction(m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &TableMetaEditor::removeCurrentRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addDatabaseButton);
    buttons->addWidget(m_addTableButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addDatabaseButton, &QPushButton::clicked, this, &TableMetaEditor::addDatabase);
    connect(m_addTableButton, &QPushButton::clicked, this, &TableMetaEditor::addTable);
    connect(m_removeButton, &QPushButton::clicked, this, &TableMetaEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &TableMetaEditor::revalidate);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_addTableButton->setEnabled(m_table->currentRow() >= 0);
        m_removeButton->setEnabled(m_table->currentRow() >= 0);
    });
    m_addTableButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    retranslateUi();
    revalidate();
}

void TableMetaEditor::setKnownDatabases(const std::optional<QStringList> &source,
                                        const std::optional<QStringList> &target, bool restoringToSource)
{
    m_sourceDatabases = source;
    m_targetDatabases = target;
    m_restoringToSource = restoringToSource;
    revalidate();
}

bool TableMetaEditor::isEmpty() const
{
    return m_table->rowCount() == 0;
}

QString TableMetaEditor::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void TableMetaEditor::addRow(const QString &database, const QString &newDatabase, const QString &table,
                             const QString &newTable)
{
    QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts{database, newDatabase, table, newTable};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    blocker.unblock();
    revalidate();
}

// A name nobody uses yet: the same name unless that would collide on the target.
QString TableMetaEditor::suggestedNewName(const QString &database) const
{
    if (database.isEmpty())
        return {};
    const bool taken = m_restoringToSource
        || (m_targetDatabases && std::any_of(m_targetDatabases->cbegin(), m_targetDatabases->cend(),
                                              [&](const QString &name) { return keyOf(name) == keyOf(database); }));
    return taken ? database + u"_restored"_s : database;
}

void TableMetaEditor::addDatabase()
{
    QSet<QString> listed;
    for (int row = 0; row < m_table->rowCount(); ++row)
        listed.insert(keyOf(cellText(row, DatabaseColumn)));
    QString next;
    for (const QString &name : m_sourceDatabases.value_or(QStringList())) {
        if (!listed.contains(keyOf(name))) {
            next = name;
            break;
        }
    }
    addRow(next, suggestedNewName(next));
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, next.isEmpty() ? DatabaseColumn : NewDatabaseColumn);
    m_table->setFocus();
}

void TableMetaEditor::addTable()
{
    const int current = m_table->currentRow();
    if (current < 0)
        return;
    const QString database = cellText(current, DatabaseColumn);
    const QString newDatabase = cellText(current, NewDatabaseColumn);
    // A database row becomes its first table row rather than staying as a whole-database entry.
    if (cellText(current, TableColumn).isEmpty()) {
        m_table->setCurrentCell(current, TableColumn);
        m_table->editItem(m_table->item(current, TableColumn));
        return;
    }
    addRow(database, newDatabase);
    m_table->setCurrentCell(m_table->rowCount() - 1, TableColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, TableColumn));
}

void TableMetaEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    revalidate();
}

QList<TableMetaEditor::Group> TableMetaEditor::groups() const
{
    QList<Group> groups;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = keyOf(cellText(row, DatabaseColumn));
        if (key.isEmpty())
            continue;
        auto found = std::find_if(groups.begin(), groups.end(), [&key](const Group &group) { return group.key == key; });
        if (found == groups.end()) {
            groups.append({key, {}, {}});
            found = groups.end() - 1;
        }
        (cellText(row, TableColumn).isEmpty() ? found->wholeRows : found->tableRows).append(row);
    }
    return groups;
}

// One entry per database, in the order first typed; the first row names it.
TableMeta TableMetaEditor::buildMeta(const QList<Group> &groups) const
{
    TableMeta meta;
    for (const Group &group : groups) {
        const int first = group.wholeRows.isEmpty() ? group.tableRows.first() : group.wholeRows.first();
        const QString database = cellText(first, DatabaseColumn);
        meta.addDatabase(database, cellText(first, NewDatabaseColumn));
        if (!group.wholeRows.isEmpty())
            continue;
        for (int row : group.tableRows)
            meta.addTable(database, cellText(row, TableColumn), cellText(row, NewTableColumn));
    }
    return meta;
}

TableMeta TableMetaEditor::tableMeta() const
{
    return buildMeta(groups());
}

void TableMetaEditor::revalidate()
{
    const QList<Group> rowGroups = groups();
    InputProblems problems;
    QSet<int> badRows;
    QHash<int, QString> reasons;
    const auto flag = [&](int row, const QString &message) {
        badRows.insert(row);
        reasons[row] += (reasons.contains(row) ? u"\n"_s : QString()) + message;
    };

    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!cellText(row, DatabaseColumn).isEmpty())
            continue;
        const QString message = tr("Row %1 of TableMeta needs the name of the database to restore.").arg(row + 1);
        problems.append({u"TableMeta"_s, u"InvalidParamTableMeta.Content"_s, message});
        flag(row, message);
    }
    for (const Group &group : rowGroups) {
        const QList<int> rows = group.wholeRows + group.tableRows;
        const QString database = cellText(rows.first(), DatabaseColumn);
        if (!group.wholeRows.isEmpty() && !group.tableRows.isEmpty()) {
            const QString message = tr("The database %1 is listed both whole and table by table: keep either the "
                                       "row without a table or the table rows.")
                                        .arg(database);
            problems.append({u"TableMeta"_s, u"InvalidParamTableMeta.Duplicate"_s, message});
            for (int row : rows)
                flag(row, message);
        }
        QSet<QString> newNames;
        for (int row : rows)
            newNames.insert(keyOf(cellText(row, NewDatabaseColumn)));
        if (newNames.size() > 1) {
            const QString message =
                tr("The rows of the database %1 give it different new names: use the same new name in each.")
                    .arg(database);
            problems.append({u"TableMeta"_s, u"InvalidParamTableMeta.Content"_s, message});
            for (int row : rows)
                flag(row, message);
        }
    }

    const TableMeta meta = buildMeta(rowGroups);
    for (const InputProblem &problem : meta.validate(m_sourceDatabases, m_targetDatabases, m_restoringToSource)) {
        problems.append(problem);
        const auto [database, table] = placeOf(problem.field);
        if (database < 0 || database >= rowGroups.size())
            continue;
        const Group &group = rowGroups.at(database);
        if (table >= 0 && table < group.tableRows.size()) {
            flag(group.tableRows.at(table), problem.message);
        } else {
            for (int row : group.wholeRows + group.tableRows)
                flag(row, problem.message);
        }
    }
    // An empty editor is reported by TableMeta::validate() too; it is only worth a row mark once typed into.
    m_problems = problems;
    markRows(badRows, reasons);
    Q_EMIT changed();
}

void TableMetaEditor::markRows(const QSet<int> &rows, const QHash<int, QString> &reasons)
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor problemColour = dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xe0, 0xe0);
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                continue;
            item->setBackground(rows.contains(row) ? QBrush(problemColour) : QBrush());
            item->setToolTip(reasons.value(row));
        }
    }
}

void TableMetaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
    QWidget::changeEvent(event);
}

void TableMetaEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Database"), tr("New database name"), tr("Table"), tr("New table name")});
    m_table->horizontalHeaderItem(TableColumn)->setToolTip(tr("Leave empty to restore the whole database."));
    m_table->setAccessibleName(tr("Databases and tables to restore"));
    m_addDatabaseButton->setText(tr("Add &Database"));
    m_addTableButton->setText(tr("Add &Table"));
    m_removeButton->setText(tr("Remo&ve Row"));
    m_removeButton->setToolTip(tr("Removes the selected row (Delete)"));
}

} // namespace rdsbm::ui
