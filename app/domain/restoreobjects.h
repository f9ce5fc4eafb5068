#pragma once

#include "app/domain/inputproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rdsbm {

// One database a DBS restore brings back (seed 002, RestoreObjects): the database (and schema)
// in the backup, and the name it gets at the destination. An empty new name keeps the old one.
struct RestoreObject
{
    QString dbName;
    QString newDbName;
    QString schemaName;
    QString newSchemaName;

    QString effectiveNewDbName() const { return newDbName.isEmpty() ? dbName : newDbName; }
    QString effectiveNewSchemaName() const
    {
        return newSchemaName.isEmpty() ? schemaName : newSchemaName;
    }
    bool operator==(const RestoreObject &) const = default;
};

// The RestoreObjects parameter of CreateRestoreTask: a JSON array of
// {"DBName", "NewDBName", "SchemaName", "NewSchemaName"}. The API restores whole databases only.
class RestoreObjects
{
public:
    static constexpr QStringView fieldName = u"RestoreObjects";

    RestoreObjects() = default;
    explicit RestoreObjects(QList<RestoreObject> objects) : m_objects(std::move(objects)) {}

    void add(RestoreObject object) { m_objects.append(std::move(object)); }
    const QList<RestoreObject> &objects() const { return m_objects; }
    bool isEmpty() const { return m_objects.isEmpty(); }
    qsizetype size() const { return m_objects.size(); }

    // Every object named, no database restored twice, no two databases given the same
    // destination name, a new schema name only with a schema name. Empty is a problem only when
    // `required` (every destination type but Agent).
    InputProblems validate(bool required) const;

    // Compact JSON, the exact parameter value. NewDBName is always written (the old name when no
    // new one was given), schema names only when set.
    QByteArray toJson() const;

    // Reads what a user typed or a file holds (the seed's format). Unknown keys and values that
    // are not strings are problems naming the element.
    static std::optional<RestoreObjects> fromJson(const QByteArray &json, InputProblems &problems);

    bool operator==(const RestoreObjects &) const = default;

private:
    QList<RestoreObject> m_objects;
};

} // namespace rdsbm
