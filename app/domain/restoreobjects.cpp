#include "app/domain/restoreobjects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm {

namespace {

const auto dbNameKey = u"DBName"_s;
const auto newDbNameKey = u"NewDBName"_s;
const auto schemaNameKey = u"SchemaName"_s;
const auto newSchemaNameKey = u"NewSchemaName"_s;

struct RestoreObjectsText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::RestoreObjects)
};

QString elementPath(qsizetype index)
{
    return u"%1[%2]"_s.arg(RestoreObjects::fieldName).arg(index);
}

QString memberPath(qsizetype index, const QString &key)
{
    return elementPath(index) + u'.' + key;
}

void invalid(InputProblems &problems, const QString &field, const QString &message)
{
    problems.append({field, u"InvalidParameter"_s, message});
}

void checkName(InputProblems &problems, qsizetype index, const QString &key, const QString &name)
{
    if (name.isEmpty())
        return;
    if (name.trimmed() != name)
        invalid(problems, memberPath(index, key),
                RestoreObjectsText::tr("%1 must not start or end with a space.").arg(memberPath(index, key)));
}

QString destinationKey(const RestoreObject &object)
{
    return object.effectiveNewDbName() + u'\n' + object.effectiveNewSchemaName();
}

QString sourceKey(const RestoreObject &object)
{
    return object.dbName + u'\n' + object.schemaName;
}

} // namespace

InputProblems RestoreObjects::validate(bool required) const
{
    InputProblems problems;
    if (m_objects.isEmpty()) {
        if (required)
            problems.append({fieldName.toString(), u"MissingParameter"_s,
                             RestoreObjectsText::tr("RestoreObjects is required for this destination type: name at "
                                "least one database to restore.")});
        return problems;
    }

    QSet<QString> sources;
    QSet<QString> destinations;
    for (qsizetype index = 0; index < m_objects.size(); ++index) {
        const RestoreObject &object = m_objects.at(index);
        if (object.dbName.trimmed().isEmpty()) {
            problems.append({memberPath(index, dbNameKey), u"MissingParameter"_s,
                             RestoreObjectsText::tr("%1 is required: the name of the database to restore.")
                                 .arg(memberPath(index, dbNameKey))});
            continue;
        }
        checkName(problems, index, dbNameKey, object.dbName);
        checkName(problems, index, newDbNameKey, object.newDbName);
        checkName(problems, index, schemaNameKey, object.schemaName);
        checkName(problems, index, newSchemaNameKey, object.newSchemaName);
        if (!object.newSchemaName.isEmpty() && object.schemaName.isEmpty())
            invalid(problems, memberPath(index, newSchemaNameKey),
                    RestoreObjectsText::tr("%1 needs %2: a schema can only be renamed when it is named.")
                        .arg(memberPath(index, newSchemaNameKey), memberPath(index, schemaNameKey)));
        if (sources.contains(sourceKey(object)))
            invalid(problems, elementPath(index),
                    RestoreObjectsText::tr("%1 restores database %2 a second time: name each database once.")
                        .arg(elementPath(index), object.dbName));
        if (destinations.contains(destinationKey(object)))
            invalid(problems, memberPath(index, newDbNameKey),
                    RestoreObjectsText::tr("%1 gives database %2 a destination name another object already uses: each "
                       "restored database needs its own name.")
                        .arg(memberPath(index, newDbNameKey), object.effectiveNewDbName()));
        sources.insert(sourceKey(object));
        destinations.insert(destinationKey(object));
    }
    return problems;
}

QByteArray RestoreObjects::toJson() const
{
    QJsonArray array;
    for (const RestoreObject &object : m_objects) {
        QJsonObject entry{{dbNameKey, object.dbName}, {newDbNameKey, object.effectiveNewDbName()}};
        if (!object.schemaName.isEmpty())
            entry.insert(schemaNameKey, object.schemaName);
        if (!object.newSchemaName.isEmpty())
            entry.insert(newSchemaNameKey, object.newSchemaName);
        array.append(entry);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<RestoreObjects> RestoreObjects::fromJson(const QByteArray &json, InputProblems &problems)
{
    const qsizetype problemsBefore = problems.size();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        invalid(problems, fieldName.toString(),
                RestoreObjectsText::tr("RestoreObjects must be a JSON array of objects such as "
                   "[{\"DBName\":\"source\",\"NewDBName\":\"destination\"}]."));
        return std::nullopt;
    }

    const QStringList knownKeys{dbNameKey, newDbNameKey, schemaNameKey, newSchemaNameKey};
    RestoreObjects result;
    const QJsonArray array = document.array();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue element = array.at(index);
        if (!element.isObject()) {
            invalid(problems, elementPath(index),
                    RestoreObjectsText::tr("%1 must be an object with DBName and NewDBName.").arg(elementPath(index)));
            continue;
        }
        const QJsonObject object = element.toObject();
        bool elementValid = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKeys.contains(it.key())) {
                invalid(problems, memberPath(index, it.key()),
                        RestoreObjectsText::tr("%1 is not a RestoreObjects key: use DBName, NewDBName, SchemaName or "
                           "NewSchemaName.")
                            .arg(memberPath(index, it.key())));
                elementValid = false;
            } else if (!it.value().isString() && !it.value().isNull()) {
                invalid(problems, memberPath(index, it.key()),
                        RestoreObjectsText::tr("%1 must be a string.").arg(memberPath(index, it.key())));
                elementValid = false;
            }
        }
        if (!elementValid)
            continue;
        result.add({object.value(dbNameKey).toString(), object.value(newDbNameKey).toString(),
                    object.value(schemaNameKey).toString(), object.value(newSchemaNameKey).toString()});
    }
    if (problems.size() != problemsBefore)
        return std::nullopt;
    return result;
}

} // namespace rdsbm
