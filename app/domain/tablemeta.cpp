#include "app/domain/tablemeta.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm {

namespace {

const QString codeFormat = u"InvalidParamTableMeta"_s;
const QString codeContent = u"InvalidParamTableMeta.Content"_s;
const QString codeDuplicate = u"InvalidParamTableMeta.Duplicate"_s;
const QString codeSourceMissing = u"InvalidSourceRestoreDBName.NotFound"_s;
const QString codeTargetExists = u"InvalidDBName.Duplicate"_s;
const QString codeSameAsSource = u"InvalidParamTableMetaForRestore.Content"_s;

// RDS MySQL runs with lower_case_table_names=1 by default, so names differing only in case collide.
QString key(const QString &name)
{
    return name.trimmed().toLower();
}

bool containsName(const QStringList &names, const QString &name)
{
    for (const QString &candidate : names)
        if (key(candidate) == key(name))
            return true;
    return false;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// "TableMeta", "TableMeta[0]", "TableMeta[0].tables[1]" (indexes as in the JSON, from 0).
QString pathOf(int database = -1, int table = -1)
{
    QString path = TableMeta::fieldName.toString();
    if (database >= 0)
        path += u"[%1]"_s.arg(database);
    if (table >= 0)
        path += u".tables[%1]"_s.arg(table);
    return path;
}

InputProblem problem(const QString &code, const QString &message, int database = -1, int table = -1)
{
    return {pathOf(database, table), code, message};
}

} // namespace

const QStringList &TableMeta::systemDatabases()
{
    static const QStringList names{u"mysql"_s, u"information_schema"_s, u"performance_schema"_s, u"sys"_s};
    return names;
}

TableMeta &TableMeta::addDatabase(const QString &name, const QString &newName)
{
    m_databases.append({name, newName, {}});
    return *this;
}

TableMeta &TableMeta::addTable(const QString &database, const QString &name, const QString &newName)
{
    for (Database &entry : m_databases) {
        if (entry.name == database) {
            entry.tables.append({name, newName});
            return *this;
        }
    }
    m_databases.append({database, database, {{name, newName}}});
    return *this;
}

QString TableMeta::toJson() const
{
    QJsonArray entries;
    for (const Database &database : m_databases) {
        QJsonObject entry{{u"type"_s, u"db"_s}, {u"name"_s, database.name}, {u"newname"_s, database.newName}};
        if (!database.tables.isEmpty()) {
            QJsonArray tables;
            for (const Table &table : database.tables)
                tables.append(QJsonObject{{u"type"_s, u"table"_s}, {u"name"_s, table.name}, {u"newname"_s, table.newName}});
            entry.insert(u"tables"_s, tables);
        }
        entries.append(entry);
    }
    return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

std::optional<TableMeta> TableMeta::fromJson(const QString &json, InputProblems &problems)
{
    const auto formatProblem = [&problems](const QString &message, int database = -1, int table = -1) {
        problems.append(problem(codeFormat, message, database, table));
        return std::nullopt;
    };

    if (isBlank(json))
        return formatProblem(tr("TableMeta is empty: give a JSON list of the databases to restore."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return formatProblem(tr("TableMeta is not valid JSON (%1 at character %2).")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!document.isArray())
        return formatProblem(tr("TableMeta must be a JSON list of database entries, "
                                "like [{\"type\":\"db\",\"name\":\"db1\",\"newname\":\"db1_new\"}]."));

    // A name that is there but not a string is a format problem; an absent one is left empty for
    // validate() to report as missing content (InvalidParamTableMeta.Content).
    const auto readName = [](const QJsonObject &object, const QString &field, QString &out) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        out = value.toString();
        return true;
    };

    TableMeta meta;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int index = int(i);
        if (!entries.at(i).isObject())
            return formatProblem(tr("TableMeta entry %1 is not an object.").arg(index + 1), index);
        const QJsonObject entry = entries.at(i).toObject();
        if (entry.value(u"type"_s).toString() != u"db"_s)
            return formatProblem(tr("TableMeta entry %1 must have \"type\": \"db\".").arg(index + 1), index);
        Database database;
        if (!readName(entry, u"name"_s, database.name) || !readName(entry, u"newname"_s, database.newName))
            return formatProblem(tr("TableMeta entry %1: \"name\" and \"newname\" must be strings.").arg(index + 1), index);
        const QJsonValue tables = entry.value(u"tables"_s);
        if (!tables.isUndefined() && !tables.isNull() && !tables.isArray())
            return formatProblem(tr("TableMeta entry %1: \"tables\" must be a list.").arg(index + 1), index);
        const QJsonArray tableList = tables.toArray();
        for (qsizetype t = 0; t < tableList.size(); ++t) {
            const int tableIndex = int(t);
            const QJsonObject tableEntry = tableList.at(t).toObject();
            if (!tableList.at(t).isObject() || tableEntry.value(u"type"_s).toString() != u"table"_s)
                return formatProblem(tr("TableMeta entry %1, table %2 must be an object with \"type\": \"table\".")
                                         .arg(index + 1)
                                         .arg(tableIndex + 1),
                                     index, tableIndex);
            Table table;
            if (!readName(tableEntry, u"name"_s, table.name) || !readName(tableEntry, u"newname"_s, table.newName))
                return formatProblem(tr("TableMeta entry %1, table %2: \"name\" and \"newname\" must be strings.")
                                         .arg(index + 1)
                                         .arg(tableIndex + 1),
                                     index, tableIndex);
            database.tables.append(table);
        }
        meta.m_databases.append(database);
    }
    return meta;
}

InputProblems TableMeta::validate() const
{
    InputProblems problems;
    if (m_databases.isEmpty()) {
        problems.append(problem(codeFormat, tr("TableMeta must list at least one database to restore.")));
        return problems;
    }

    QSet<QString> sourceNames;
    QSet<QString> newNames;
    for (qsizetype i = 0; i < m_databases.size(); ++i) {
        const int index = int(i);
        const Database &database = m_databases.at(i);
        if (isBlank(database.name) || isBlank(database.newName)) {
            problems.append(problem(codeContent,
                             tr("TableMeta entry %1 needs both the database's name and its new name (\"name\" and \"newname\").")
                                 .arg(index + 1),
                             index));
            continue;
        }
        if (sourceNames.contains(key(database.name)))
            problems.append(problem(codeDuplicate, tr("TableMeta lists the database %1 more than once.").arg(database.name), index));
        sourceNames.insert(key(database.name));
        if (newNames.contains(key(database.newName)))
            problems.append(problem(codeDuplicate,
                             tr("TableMeta restores two databases under the same new name %1.").arg(database.newName), index));
        newNames.insert(key(database.newName));
        if (containsName(systemDatabases(), database.newName))
            problems.append(problem(codeDuplicate,
                             tr("TableMeta cannot restore into the system database %1: choose another new name.")
                                 .arg(database.newName),
                             index));

        QSet<QString> tableNames;
        QSet<QString> tableNewNames;
        for (qsizetype t = 0; t < database.tables.size(); ++t) {
            const int tableIndex = int(t);
            const Table &table = database.tables.at(t);
            if (isBlank(table.name) || isBlank(table.newName)) {
                problems.append(problem(codeContent,
                                 tr("TableMeta entry %1 (database %2): table %3 needs both its name and its new name.")
                                     .arg(index + 1)
                                     .arg(database.name)
                                     .arg(tableIndex + 1),
                                 index, tableIndex));
                continue;
            }
            if (tableNames.contains(key(table.name)))
                problems.append(problem(codeDuplicate,
                                 tr("TableMeta lists the table %1.%2 more than once.").arg(database.name, table.name),
                                 index, tableIndex));
            tableNames.insert(key(table.name));
            if (tableNewNames.contains(key(table.newName)))
                problems.append(problem(codeDuplicate,
                                 tr("TableMeta restores two tables of %1 under the same new name %2.")
                                     .arg(database.name, table.newName),
                                 index, tableIndex));
            tableNewNames.insert(key(table.newName));
        }
    }
    return problems;
}

InputProblems TableMeta::validate(const std::optional<QStringList> &sourceDatabases,
                                              const std::optional<QStringList> &targetDatabases,
                                              bool restoringToSource) const
{
    InputProblems problems = validate();
    for (qsizetype i = 0; i < m_databases.size(); ++i) {
        const int index = int(i);
        const Database &database = m_databases.at(i);
        if (isBlank(database.name) || isBlank(database.newName))
            continue; // already reported as missing content

        if (sourceDatabases && !containsName(*sourceDatabases, database.name))
            problems.append(problem(codeSourceMissing,
                             tr("The backup has no database named %1, so TableMeta cannot restore it.").arg(database.name),
                             index));

        const bool sameDatabaseName = key(database.name) == key(database.newName);
        if (restoringToSource && database.tables.isEmpty() && sameDatabaseName) {
            problems.append(problem(codeSameAsSource,
                             tr("Restoring into the source instance, the database %1 needs a new name different from its own.")
                                 .arg(database.name),
                             index));
            continue;
        }
        if (restoringToSource && sameDatabaseName) {
            for (qsizetype t = 0; t < database.tables.size(); ++t) {
                const Table &table = database.tables.at(t);
                if (!isBlank(table.name) && key(table.name) == key(table.newName))
                    problems.append(problem(codeSameAsSource,
                                     tr("Restoring into the source instance, the table %1.%2 needs a new name "
                                        "(or its database a new name).")
                                         .arg(database.name, table.name),
                                     index, int(t)));
            }
        }
        // A database restored whole is created: its new name must be free on the target. Tables are
        // restored into a database that may already be there.
        if (targetDatabases && database.tables.isEmpty() && containsName(*targetDatabases, database.newName))
            problems.append(problem(codeTargetExists,
                             tr("The target instance already has a database named %1: choose another new name.")
                                 .arg(database.newName),
                             index));
    }
    return problems;
}

} // namespace rdsbm
