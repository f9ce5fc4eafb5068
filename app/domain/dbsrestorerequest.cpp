#include "app/domain/dbsrestorerequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm {

namespace {

struct DbsRestoreRequestText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::DbsRestoreRequest)
};

const auto missingCode = u"MissingParameter"_s;
const auto invalidCode = u"InvalidParameter"_s;

QString engineKey(const QString &databaseType)
{
    return databaseType.trimmed().toLower().remove(u' ');
}

bool isSqlServer(const QString &databaseType)
{
    const QString key = engineKey(databaseType);
    return key == u"mssql" || key == u"sqlserver";
}

bool hasInnerSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

struct Checker
{
    InputProblems problems;

    void missing(const QString &field, const QString &message) { problems.append({field, missingCode, message}); }
    void invalid(const QString &field, const QString &message) { problems.append({field, invalidCode, message}); }

    void required(const QString &field, const QString &value)
    {
        if (value.trimmed().isEmpty())
            missing(field, DbsRestoreRequestText::tr("%1 is required.").arg(field));
    }
    void noSpaces(const QString &field, const QString &value)
    {
        if (!value.isEmpty() && hasInnerSpace(value))
            invalid(field, DbsRestoreRequestText::tr("%1 must not contain spaces.").arg(field));
    }
};

QString destinationTypeList()
{
    QStringList values;
    for (DbsDestinationType type : DbsDestinationTypes::all())
        values.append(DbsDestinationTypes::apiValue(type));
    return values.join(u", "_s);
}

} // namespace

QList<DbsDestinationType> DbsDestinationTypes::all()
{
    return {DbsDestinationType::Rds,   DbsDestinationType::Ecs,   DbsDestinationType::Express,
            DbsDestinationType::Agent, DbsDestinationType::Dds,   DbsDestinationType::Other,
            DbsDestinationType::Dg};
}

QString DbsDestinationTypes::apiValue(DbsDestinationType type)
{
    switch (type) {
    case DbsDestinationType::Rds: return u"RDS"_s;
    case DbsDestinationType::Ecs: return u"ECS"_s;
    case DbsDestinationType::Express: return u"Express"_s;
    case DbsDestinationType::Agent: return u"Agent"_s;
    case DbsDestinationType::Dds: return u"DDS"_s;
    case DbsDestinationType::Other: return u"Other"_s;
    case DbsDestinationType::Dg: return u"dg"_s;
    }
    return {};
}

std::optional<DbsDestinationType> DbsDestinationTypes::fromApiValue(const QString &value)
{
    for (DbsDestinationType type : all()) {
        if (apiValue(type) == value)
            return type;
    }
    return std::nullopt;
}

bool DbsDestinationTypes::needs(DbsDestinationType type, DbsDestinationField field)
{
    using T = DbsDestinationType;
    switch (field) {
    case DbsDestinationField::Region:
        return type == T::Rds || type == T::Ecs || type == T::Dds || type == T::Express || type == T::Agent;
    case DbsDestinationField::InstanceId:
        return type == T::Rds || type == T::Ecs || type == T::Dds || type == T::Express;
    case DbsDestinationField::Ip:
        return type == T::Express || type == T::Agent || type == T::Other;
    case DbsDestinationField::Port:
        return type == T::Express || type == T::Agent || type == T::Other || type == T::Ecs;
    case DbsDestinationField::BackupGatewayId:
        return type == T::Agent;
    case DbsDestinationField::RestoreObjects:
        return type != T::Agent;
    }
    return false;
}

QString DbsDestinationTypes::parameterName(DbsDestinationField field)
{
    switch (field) {
    case DbsDestinationField::Region: return u"DestinationEndpointRegion"_s;
    case DbsDestinationField::InstanceId: return u"DestinationEndpointInstanceID"_s;
    case DbsDestinationField::Ip: return u"DestinationEndpointIP"_s;
    case DbsDestinationField::Port: return u"DestinationEndpointPort"_s;
    case DbsDestinationField::BackupGatewayId: return u"BackupGatewayId"_s;
    case DbsDestinationField::RestoreObjects: return RestoreObjects::fieldName.toString();
    }
    return {};
}

QString DbsDuplicateConflicts::apiValue(DbsDuplicateConflict conflict)
{
    return conflict == DbsDuplicateConflict::RenameNew ? u"renamenew"_s : u"failure"_s;
}

std::optional<DbsDuplicateConflict> DbsDuplicateConflicts::fromApiValue(const QString &value)
{
    if (value == u"failure")
        return DbsDuplicateConflict::Failure;
    if (value == u"renamenew")
        return DbsDuplicateConflict::RenameNew;
    return std::nullopt;
}

bool DbsRestoreRequest::needsDatabaseName() const
{
    const QString key = engineKey(sourceDatabaseType);
    return key == u"postgresql" || key == u"mongodb" || destinationType == DbsDestinationType::Dds;
}

bool DbsRestoreRequest::needsCredentials() const
{
    if (engineKey(sourceDatabaseType) == u"redis")
        return false;
    return !(isSqlServer(sourceDatabaseType) && destinationType == DbsDestinationType::Agent);
}

bool DbsRestoreRequest::needsOracleSid() const
{
    return engineKey(sourceDatabaseType) == u"oracle";
}

bool DbsRestoreRequest::needsRestoreDir() const
{
    return destinationType == DbsDestinationType::Agent && engineKey(sourceDatabaseType) == u"mysql";
}

InputProblems DbsRestoreRequest::validate() const
{
    Checker check;
    check.required(u"BackupPlanId"_s, backupPlanId);
    check.noSpaces(u"BackupPlanId"_s, backupPlanId.trimmed());
    check.required(u"RestoreTaskName"_s, restoreTaskName);

    if (!destinationType) {
        check.missing(u"DestinationEndpointInstanceType"_s,
                      DbsRestoreRequestText::tr("DestinationEndpointInstanceType is required: one of %1.").arg(destinationTypeList()));
    } else {
        const DbsDestinationType type = *destinationType;
        const QString typeName = DbsDestinationTypes::apiValue(type);
        const auto needed = [&](DbsDestinationField field) { return DbsDestinationTypes::needs(type, field); };
        const auto requiredForType = [&](DbsDestinationField field, bool present) {
            if (needed(field) && !present) {
                const QString name = DbsDestinationTypes::parameterName(field);
                check.missing(name, DbsRestoreRequestText::tr("%1 is required when DestinationEndpointInstanceType is %2.")
                                        .arg(name, typeName));
            }
        };
        requiredForType(DbsDestinationField::Region, !destinationRegion.trimmed().isEmpty());
        requiredForType(DbsDestinationField::InstanceId, !destinationInstanceId.trimmed().isEmpty());
        requiredForType(DbsDestinationField::Ip, !destinationIp.trimmed().isEmpty());
        requiredForType(DbsDestinationField::Port, destinationPort.has_value());
        requiredForType(DbsDestinationField::BackupGatewayId, backupGatewayId.has_value());

        const InputProblems objectProblems = restoreObjects.validate(needed(DbsDestinationField::RestoreObjects));
        if (!objectProblems.isEmpty() && restoreObjects.isEmpty()) {
            check.missing(RestoreObjects::fieldName.toString(),
                          DbsRestoreRequestText::tr("RestoreObjects is required when DestinationEndpointInstanceType is %1: name at "
                             "least one database to restore.")
                              .arg(typeName));
        } else {
            check.problems.append(objectProblems);
        }

        if (needsRestoreDir() && restoreDir.trimmed().isEmpty())
            check.missing(u"RestoreDir"_s, DbsRestoreRequestText::tr("RestoreDir is required when DestinationEndpointInstanceType is "
                                               "Agent and the backup plan backs up a MySQL database."));
    }

    check.noSpaces(u"DestinationEndpointRegion"_s, destinationRegion);
    check.noSpaces(u"DestinationEndpointInstanceID"_s, destinationInstanceId);
    check.noSpaces(u"DestinationEndpointIP"_s, destinationIp);
    if (destinationPort && (*destinationPort < 1 || *destinationPort > 65535))
        check.invalid(u"DestinationEndpointPort"_s,
                      DbsRestoreRequestText::tr("DestinationEndpointPort must be a port number from 1 to 65535."));
    if (backupGatewayId && *backupGatewayId <= 0)
        check.invalid(u"BackupGatewayId"_s, DbsRestoreRequestText::tr("BackupGatewayId must be a positive whole number."));

    if (needsDatabaseName() && destinationDatabaseName.trimmed().isEmpty())
        check.missing(u"DestinationEndpointDatabaseName"_s,
                      DbsRestoreRequestText::tr("DestinationEndpointDatabaseName is required when the database is a PostgreSQL or "
                         "MongoDB database."));
    if (needsCredentials()) {
        const auto why = DbsRestoreRequestText::tr("%1 is required except for an SQL Server database connected over a DBS backup "
                            "gateway or a Redis database.");
        if (destinationUserName.trimmed().isEmpty())
            check.missing(u"DestinationEndpointUserName"_s, why.arg(u"DestinationEndpointUserName"_s));
        if (destinationPassword.isEmpty())
            check.missing(u"DestinationEndpointPassword"_s, why.arg(u"DestinationEndpointPassword"_s));
    }
    if (needsOracleSid() && destinationOracleSid.trimmed().isEmpty())
        check.missing(u"DestinationEndpointOracleSID"_s,
                      DbsRestoreRequestText::tr("DestinationEndpointOracleSID is required when the source database is an Oracle "
                         "database."));

    const bool hasBackupSet = !backupSetId.trimmed().isEmpty();
    const bool hasTime = restoreTime.isValid();
    if (hasBackupSet && hasTime)
        check.invalid(u"RestoreTime"_s, DbsRestoreRequestText::tr("Give either BackupSetId or RestoreTime, not both: a restore starts "
                                           "from one full backup set or from one point in time."));
    else if (!hasBackupSet && !hasTime)
        check.missing(u"BackupSetId"_s, DbsRestoreRequestText::tr("BackupSetId or RestoreTime is required: choose a full backup set "
                                           "or a point in time to restore."));
    if (hasTime && restoreTime.toMSecsSinceEpoch() <= 0)
        check.invalid(u"RestoreTime"_s, DbsRestoreRequestText::tr("RestoreTime must be after 1970-01-01T00:00:00Z (it is sent in "
                                           "milliseconds since then)."));
    check.noSpaces(u"BackupSetId"_s, backupSetId.trimmed());

    const bool hasCrossId = !crossAliyunId.trimmed().isEmpty();
    const bool hasCrossRole = !crossRoleName.trimmed().isEmpty();
    if (hasCrossId && !hasCrossRole)
        check.missing(u"CrossRoleName"_s, DbsRestoreRequestText::tr("CrossRoleName is required with CrossAliyunId: a restore across "
                                             "Alibaba Cloud accounts needs both the account and the RAM role."));
    if (hasCrossRole && !hasCrossId)
        check.missing(u"CrossAliyunId"_s, DbsRestoreRequestText::tr("CrossAliyunId is required with CrossRoleName: a restore across "
                                             "Alibaba Cloud accounts needs both the account and the RAM role."));
    if (hasCrossId && !std::all_of(crossAliyunId.cbegin(), crossAliyunId.cend(), [](QChar c) { return c.isDigit(); }))
        check.invalid(u"CrossAliyunId"_s, DbsRestoreRequestText::tr("CrossAliyunId must be the digits of an Alibaba Cloud account UID."));

    return check.problems;
}

QJsonObject DbsRestoreRequest::journalParameters() const
{
    QJsonObject parameters{{u"BackupPlanId"_s, backupPlanId}, {u"RestoreTaskName"_s, restoreTaskName}};
    if (destinationType)
        parameters.insert(u"DestinationEndpointInstanceType"_s, DbsDestinationTypes::apiValue(*destinationType));
    const auto putText = [&parameters](const QString &name, const QString &value) {
        if (!value.isEmpty())
            parameters.insert(name, value);
    };
    putText(u"DestinationEndpointRegion"_s, destinationRegion);
    putText(u"DestinationEndpointInstanceID"_s, destinationInstanceId);
    putText(u"DestinationEndpointIP"_s, destinationIp);
    if (destinationPort)
        parameters.insert(u"DestinationEndpointPort"_s, *destinationPort);
    putText(u"DestinationEndpointDatabaseName"_s, destinationDatabaseName);
    putText(u"DestinationEndpointUserName"_s, destinationUserName);
    putText(u"DestinationEndpointOracleSID"_s, destinationOracleSid);
    if (backupGatewayId)
        parameters.insert(u"BackupGatewayId"_s, QString::number(*backupGatewayId));
    if (!restoreObjects.isEmpty())
        parameters.insert(RestoreObjects::fieldName.toString(), QString::fromUtf8(restoreObjects.toJson()));
    putText(u"BackupSetId"_s, backupSetId);
    if (restoreTime.isValid())
        parameters.insert(u"RestoreTime"_s, QString::number(restoreTime.toMSecsSinceEpoch()));
    putText(u"RestoreDir"_s, restoreDir);
    putText(u"RestoreHome"_s, restoreHome);
    if (duplicateConflict)
        parameters.insert(u"DuplicateConflict"_s, DbsDuplicateConflicts::apiValue(*duplicateConflict));
    putText(u"CrossAliyunId"_s, crossAliyunId);
    putText(u"CrossRoleName"_s, crossRoleName);
    putText(u"SourceDatabaseType"_s, sourceDatabaseType);
    return parameters;
}

} // namespace rdsbm
