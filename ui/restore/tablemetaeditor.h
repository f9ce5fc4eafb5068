#pragma once

#include "app/domain/inputproblem.h"
#include "app/domain/tablemeta.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace rdsbm::ui {

// The TableMeta of a restore as a table the user types into: one row per database restored
// whole (Table left empty) or per table, each with its new name. Checked on every keystroke with
// the domain's rules and the seed's codes; rows with a problem are marked.
class TableMetaEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { DatabaseColumn, NewDatabaseColumn, TableColumn, NewTableColumn, ColumnCount };

    explicit TableMetaEditor(QWidget *parent = nullptr);

    // What the checks know: the databases in the backup and on the target (nullopt: not known).
    void setKnownDatabases(const std::optional<QStringList> &source, const std::optional<QStringList> &target,
                           bool restoringToSource);

    TableMeta tableMeta() const;
    const InputProblems &problems() const { return m_problems; }
    bool isEmpty() const;

    // Appends a row; an empty `table` restores the database whole.
    void addRow(const QString &database, const QString &newDatabase, const QString &table = {},
                const QString &newTable = {});
    QTableWidget *tableWidget() const { return m_table; }

public Q_SLOTS:
    void addDatabase();
    void addTable();
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Group
    {
        QString key;
        QList<int> wholeRows;
        QList<int> tableRows;
    };

    void retranslateUi();
    void revalidate();
    QList<Group> groups() const;
    QString cellText(int row, int column) const;
    TableMeta buildMeta(const QList<Group> &groups) const;
    void markRows(const QSet<int> &rows, const QHash<int, QString> &reasons);
    QString suggestedNewName(const QString &database) const;

    QTableWidget *m_table;
    QPushButton *m_addDatabaseButton;
    QPushButton *m_addTableButton;
    QPushButton *m_removeButton;
    std::optional<QStringList> m_sourceDatabases;
    std::optional<QStringList> m_targetDatabases;
    bool m_restoringToSource = false;
    InputProblems m_problems;
};

} // namespace rdsbm::ui
