#include "app/cloudsim/tablemeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

TableMeta::Parsed failure(const QString &code)
{
    TableMeta::Parsed parsed;
    parsed.errorCode = code;
    return parsed;
}

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

bool TableMeta::isSystemDatabase(const QString &name)
{
    static const QSet<QString> system{u"mysql"_s, u"sys"_s, u"information_schema"_s,
                                      u"performance_schema"_s, u"__recycle_bin__"_s};
    return system.contains(name.toLower());
}

TableMeta::Parsed TableMeta::parse(const QString &metaText)
{
    const QString trimmed = metaText.trimmed();
    if (trimmed.isEmpty() || trimmed == u"null"_s)
        return failure(u"InvalidParamTableMeta"_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty())
        return failure(u"InvalidParamTableMeta"_s);

    Parsed parsed;
    QSet<QString> newDatabaseNames;
    for (const QJsonValue &entry : document.array()) {
        if (!entry.isObject())
            return failure(u"InvalidParamTableMeta"_s);
        const QJsonObject object = entry.toObject();
        const QString type = text(object, u"type"_s);
        if (!type.isEmpty() && type != u"db"_s)
            return failure(u"InvalidParamTableMeta.Content"_s);
        DatabaseRestore database;
        database.name = text(object, u"name"_s);
        database.newName = text(object, u"newname"_s);
        if (database.name.isEmpty() || database.newName.isEmpty())
            return failure(u"InvalidParamTableMeta.Content"_s);
        if (isSystemDatabase(database.newName) || newDatabaseNames.contains(database.newName))
            return failure(u"InvalidParamTableMeta.Duplicate"_s);
        newDatabaseNames.insert(database.newName);

        const QJsonValue tables = object.value(u"tables"_s);
        if (!tables.isUndefined() && !tables.isNull() && !tables.isArray())
            return failure(u"InvalidParamTableMeta.Content"_s);
        QSet<QString> newTableNames;
        for (const QJsonValue &tableValue : tables.toArray()) {
            const QJsonObject table = tableValue.toObject();
            const QString tableType = text(table, u"type"_s);
            if (!tableValue.isObject() || (!tableType.isEmpty() && tableType != u"table"_s))
                return failure(u"InvalidParamTableMeta.Content"_s);
            TableRename rename{text(table, u"name"_s), text(table, u"newname"_s)};
            if (rename.name.isEmpty() || rename.newName.isEmpty())
                return failure(u"InvalidParamTableMeta.Content"_s);
            if (newTableNames.contains(rename.newName))
                return failure(u"InvalidParamTableMeta.Duplicate"_s);
            newTableNames.insert(rename.newName);
            database.tables.append(rename);
        }
        parsed.databases.append(database);
    }
    return parsed;
}

} // namespace rdsbm::cloudsim
