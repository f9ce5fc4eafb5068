#pragma once

#include "app/domain/inputproblem.h"
#include "app/domain/restoreobjects.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rdsbm::ui {

// The RestoreObjects of a DBS restore as a table: one row per database, with its new name and,
// for engines with schemas, the schema and its new name. Checked as typed.
class RestoreObjectsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { DatabaseColumn, NewDatabaseColumn, SchemaColumn, NewSchemaColumn, ColumnCount };

    explicit RestoreObjectsEditor(QWidget *parent = nullptr);

    // The databases the backup plan holds: offered by Add Database and checked against.
    void setPlanDatabases(const QStringList &databases);
    void setRequired(bool required);

    RestoreObjects restoreObjects() const;
    const InputProblems &problems() const { return m_problems; }
    bool isEmpty() const;
    void addRow(const QString &database, const QString &newDatabase = {});
    QTableWidget *tableWidget() const { return m_table; }

public Q_SLOTS:
    void addDatabase();
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void revalidate();
    QString cellText(int row, int column) const;

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QStringList m_planDatabases;
    bool m_required = true;
    InputProblems m_problems;
};

} // namespace rdsbm::ui
