#pragma once

#include "app/domain/inputproblem.h"
#include "app/domain/restoreobjects.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rdsbm {

// DestinationEndpointInstanceType of seed 002: where the restored database lives.
enum class DbsDestinationType { Rds, Ecs, Express, Agent, Dds, Other, Dg };

// The destination fields whose need depends on the destination type alone (seed 002's notes).
enum class DbsDestinationField { Region, InstanceId, Ip, Port, BackupGatewayId, RestoreObjects };

enum class DbsDuplicateConflict { Failure, RenameNew };

class DbsDestinationTypes
{
public:
    static QList<DbsDestinationType> all();
    // The API's spelling: RDS, ECS, Express, Agent, DDS, Other, dg (case-sensitive).
    static QString apiValue(DbsDestinationType type);
    static std::optional<DbsDestinationType> fromApiValue(const QString &value);
    // The seed's table: RDS needs a region and an instance id, Agent a gateway, and so on.
    static bool needs(DbsDestinationType type, DbsDestinationField field);
    // The parameter a destination field is sent as (DestinationEndpointRegion, ...).
    static QString parameterName(DbsDestinationField field);
};

class DbsDuplicateConflicts
{
public:
    static QString apiValue(DbsDuplicateConflict conflict); // failure, renamenew
    static std::optional<DbsDuplicateConflict> fromApiValue(const QString &value);
};

// Everything a DBS CreateRestoreTask (seed 002) needs, as the user chose it, before it is
// turned into request parameters. The password is the destination database's: it is sent and
// never written anywhere else (journalParameters() leaves it out).
struct DbsRestoreRequest
{
    QString backupPlanId;
    QString restoreTaskName;
    std::optional<DbsDestinationType> destinationType;
    // The backup plan's DatabaseType (MySQL, MSSQL, Oracle, PostgreSQL, MongoDB, Redis...): not
    // sent, but it decides which of the engine-dependent fields are required.
    QString sourceDatabaseType;

    QString destinationRegion;
    QString destinationInstanceId;
    QString destinationIp;
    std::optional<int> destinationPort;
    QString destinationDatabaseName;
    QString destinationUserName;
    QString destinationPassword;
    QString destinationOracleSid;
    std::optional<qint64> backupGatewayId;

    RestoreObjects restoreObjects;
    QString backupSetId;   // either a full backup set...
    QDateTime restoreTime; // ...or a point in time (sent as epoch milliseconds)
    QString restoreDir;
    QString restoreHome;
    std::optional<DbsDuplicateConflict> duplicateConflict;
    QString crossAliyunId;
    QString crossRoleName;

    // Every rule of seed 002 that can be checked here, each broken one with the parameter's name.
    InputProblems validate() const;

    // Which engine-dependent fields this request needs, from sourceDatabaseType.
    bool needsDatabaseName() const;
    bool needsCredentials() const;
    bool needsOracleSid() const;
    bool needsRestoreDir() const;

    // What was asked, for the job journal and for display: no password.
    QJsonObject journalParameters() const;
};

} // namespace rdsbm
