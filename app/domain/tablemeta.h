#pragma once

#include "app/domain/inputproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdsbm {

// The TableMeta parameter of RestoreDdrTable (seed 000) and RestoreTable: which databases and
// tables to restore and under which names,
//   [{"type":"db","name":"db1","newname":"db1","tables":[{"type":"table","name":"t1","newname":"t1_backup"}]}]
// A database listed without tables is restored whole.
class TableMeta
{
    Q_DECLARE_TR_FUNCTIONS(TableMeta)

public:
    struct Table
    {
        QString name;
        QString newName;

        friend bool operator==(const Table &, const Table &) = default;
    };

    struct Database
    {
        QString name;
        QString newName;
        QList<Table> tables;

        friend bool operator==(const Database &, const Database &) = default;
    };

    static constexpr QStringView fieldName = u"TableMeta";

    TableMeta() = default;

    TableMeta &addDatabase(const QString &name, const QString &newName);
    // Adds the table to the first entry for `database`; adds that database under its own name
    // first when it is not listed yet.
    TableMeta &addTable(const QString &database, const QString &name, const QString &newName);

    const QList<Database> &databases() const { return m_databases; }
    bool isEmpty() const { return m_databases.isEmpty(); }

    // The compact JSON the API takes.
    QString toJson() const;
    // Reads TableMeta JSON as a user or a file gives it. On failure returns nothing and fills
    // `problems` (InvalidParamTableMeta: not JSON, or not shaped like the seed's example).
    static std::optional<TableMeta> fromJson(const QString &json, InputProblems &problems);

    // The rules that need nothing but the TableMeta itself: an entry at all, old and new names
    // (InvalidParamTableMeta.Content), no duplicate database or table and no system database as a
    // new name (InvalidParamTableMeta.Duplicate).
    InputProblems validate() const;

    // Each problem names the seed's error code and its place, e.g. "TableMeta[0].tables[1].newname".
    // Those rules, and when known: every database is in the backup (`sourceDatabases`,
    // InvalidSourceRestoreDBName.NotFound); a database restored whole does not take the name of one
    // the target instance has (`targetDatabases`, InvalidDBName.Duplicate); and, restoring into the
    // source instance, every restored database or table gets a new name
    // (InvalidParamTableMetaForRestore.Content). std::nullopt: not known, not checked.
    InputProblems validate(const std::optional<QStringList> &sourceDatabases,
                           const std::optional<QStringList> &targetDatabases,
                           bool restoringToSource) const;

    // The databases MySQL keeps for itself; no restore may write into them.
    static const QStringList &systemDatabases();

    friend bool operator==(const TableMeta &, const TableMeta &) = default;

private:
    QList<Database> m_databases;
};

} // namespace rdsbm
