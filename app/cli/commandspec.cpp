#include "app/cli/commandspec.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

// Descriptions are marked for translation here and translated where they are printed
// (context "rdsbm::cli::Help").
#define RDSBM_CLI_TEXT(text) QT_TRANSLATE_NOOP("rdsbm::cli::Help", text)

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options{
        {u"provider"_s, u"alibaba|huawei"_s, RDSBM_CLI_TEXT("Provider; implied by the command group.")},
        {u"region"_s, u"ID"_s, RDSBM_CLI_TEXT("Region ID (default cn-hangzhou for Alibaba, cn-north-4 for Huawei).")},
        {u"endpoint"_s, u"URL"_s, RDSBM_CLI_TEXT("Replace the provider's base URL (scheme, host, port) for every service.")},
        {u"profile"_s, u"NAME"_s, RDSBM_CLI_TEXT("Use a saved profile.")},
        {u"demo"_s, {}, RDSBM_CLI_TEXT("Start the built-in simulator and use it: no account, no network.")},
        {u"output"_s, u"table|json"_s, RDSBM_CLI_TEXT("Output format (default table).")},
        {u"lang"_s, u"en|zh_CN|zh_TW|ja"_s, RDSBM_CLI_TEXT("Language of messages (default: the system locale).")},
        {u"timeout"_s, u"SECONDS"_s, RDSBM_CLI_TEXT("Give up on a request after this many seconds.")},
        {u"yes"_s, {}, RDSBM_CLI_TEXT("Confirm restores and backups without asking.")},
    };
    return options;
}

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs{
        {{u"alibaba"_s, u"instances"_s, u"list"_s}, RDSBM_CLI_TEXT("List RDS instances."), {}},
        {{u"alibaba"_s, u"backups"_s, u"list"_s},
         RDSBM_CLI_TEXT("List the backup sets of an instance (every page)."),
         {{u"instance"_s, u"ID"_s, RDSBM_CLI_TEXT("Instance ID (DBInstanceId).")},
          {u"start"_s, u"T"_s, RDSBM_CLI_TEXT("Start of the time range, ISO 8601 UTC.")},
          {u"end"_s, u"T"_s, RDSBM_CLI_TEXT("End of the time range, ISO 8601 UTC.")},
          {u"status"_s, u"S"_s, RDSBM_CLI_TEXT("Backup status: Success or Failed.")},
          {u"mode"_s, u"M"_s, RDSBM_CLI_TEXT("Backup mode: Automated or Manual.")},
          {u"backup-id"_s, u"ID"_s, RDSBM_CLI_TEXT("Only this backup set.")},
          {u"limit"_s, u"N"_s, RDSBM_CLI_TEXT("Stop after N backup sets.")}}},
        {{u"alibaba"_s, u"backups"_s, u"create"_s},
         RDSBM_CLI_TEXT("Create a backup set and follow the job to its end."),
         {{u"instance"_s, u"ID"_s, RDSBM_CLI_TEXT("Instance ID (DBInstanceId).")},
          {u"method"_s, u"Physical|Logical|Snapshot"_s, RDSBM_CLI_TEXT("Backup method (BackupMethod).")},
          {u"strategy"_s, u"instance|db"_s, RDSBM_CLI_TEXT("Backup strategy (BackupStrategy).")},
          {u"type"_s, u"Auto|FullBackup"_s, RDSBM_CLI_TEXT("Backup type (BackupType).")},
          {u"db"_s, u"NAME[,NAME]"_s, RDSBM_CLI_TEXT("Databases to back up, with the db strategy (DBName).")}}},
        {{u"alibaba"_s, u"backups"_s, u"download"_s},
         RDSBM_CLI_TEXT("Download a backup file and verify its CRC-64 checksum."),
         {{u"instance"_s, u"ID"_s, RDSBM_CLI_TEXT("Instance ID (DBInstanceId).")},
          {u"backup-id"_s, u"ID"_s, RDSBM_CLI_TEXT("Backup set ID (BackupId).")},
          {u"out"_s, u"PATH"_s, RDSBM_CLI_TEXT("Where to write the file.")},
          {u"intranet"_s, {}, RDSBM_CLI_TEXT("Use the intranet download link.")}}},
        {{u"alibaba"_s, u"restore-ddr"_s},
         RDSBM_CLI_TEXT("Restore databases and tables across regions into an existing instance (RestoreDdrTable)."),
         {{u"instance"_s, u"TARGET_ID"_s, RDSBM_CLI_TEXT("The existing instance restored into (DBInstanceId).")},
          {u"source-instance"_s, u"ID"_s, RDSBM_CLI_TEXT("Source instance (SourceDBInstanceName).")},
          {u"source-region"_s, u"R"_s, RDSBM_CLI_TEXT("Source region (SourceRegion).")},
          {u"backup-set-id"_s, u"ID"_s, RDSBM_CLI_TEXT("Cross-region backup set (BackupId); RestoreType 0.")},
          {u"restore-time"_s, u"T"_s, RDSBM_CLI_TEXT("Point in time, ISO 8601 UTC; RestoreType 1.")},
          {u"table-meta"_s, u"JSON|@FILE"_s, RDSBM_CLI_TEXT("Databases and tables to restore (TableMeta).")},
          {u"client-token"_s, u"TOKEN"_s, RDSBM_CLI_TEXT("Reuse the ClientToken of an earlier attempt.")}}},
        {{u"dbs"_s, u"plans"_s, u"list"_s}, RDSBM_CLI_TEXT("List DBS backup plans."), {}},
        {{u"dbs"_s, u"restore"_s},
         RDSBM_CLI_TEXT("Create a DBS restore task (CreateRestoreTask), and start it with --start."),
         {{u"plan"_s, u"ID"_s, RDSBM_CLI_TEXT("Backup plan (BackupPlanId).")},
          {u"name"_s, u"TASK_NAME"_s, RDSBM_CLI_TEXT("Restore task name (RestoreTaskName).")},
          {u"dest-type"_s, u"RDS|ECS|Express|Agent|DDS|Other|dg"_s, RDSBM_CLI_TEXT("Destination type (DestinationEndpointInstanceType).")},
          {u"dest-region"_s, u"R"_s, RDSBM_CLI_TEXT("DestinationEndpointRegion.")},
          {u"dest-instance"_s, u"ID"_s, RDSBM_CLI_TEXT("DestinationEndpointInstanceID.")},
          {u"dest-ip"_s, u"IP"_s, RDSBM_CLI_TEXT("DestinationEndpointIP.")},
          {u"dest-port"_s, u"N"_s, RDSBM_CLI_TEXT("DestinationEndpointPort.")},
          {u"dest-database"_s, u"DB"_s, RDSBM_CLI_TEXT("DestinationEndpointDatabaseName.")},
          {u"dest-user"_s, u"NAME"_s, RDSBM_CLI_TEXT("DestinationEndpointUserName; the password comes from RDSBM_DEST_PASSWORD or a prompt.")},
          {u"dest-oracle-sid"_s, u"SID"_s, RDSBM_CLI_TEXT("DestinationEndpointOracleSID.")},
          {u"gateway"_s, u"ID"_s, RDSBM_CLI_TEXT("Backup gateway (BackupGatewayId).")},
          {u"cross-aliyun-id"_s, u"ID"_s, RDSBM_CLI_TEXT("Cross-account: the other account's ID (CrossAliyunId).")},
          {u"cross-role"_s, u"NAME"_s, RDSBM_CLI_TEXT("Cross-account: the RAM role (CrossRoleName).")},
          {u"backup-set-id"_s, u"ID"_s, RDSBM_CLI_TEXT("Backup set (BackupSetId).")},
          {u"restore-time"_s, u"T"_s, RDSBM_CLI_TEXT("Point in time, ISO 8601 UTC (RestoreTime).")},
          {u"objects"_s, u"JSON|@FILE"_s, RDSBM_CLI_TEXT("Databases to restore (RestoreObjects).")},
          {u"conflict"_s, u"failure|renamenew"_s, RDSBM_CLI_TEXT("What to do with existing objects (DuplicateConflict).")},
          {u"start"_s, {}, RDSBM_CLI_TEXT("Start the task once created (StartRestoreTask).")},
          {u"client-token"_s, u"TOKEN"_s, RDSBM_CLI_TEXT("Reuse the ClientToken of an earlier attempt.")}}},
        {{u"huawei"_s, u"instances"_s, u"list"_s}, RDSBM_CLI_TEXT("List Huawei Cloud RDS instances."), {}},
        {{u"huawei"_s, u"backups"_s, u"list"_s},
         RDSBM_CLI_TEXT("List the backups of an instance (every page)."),
         {{u"instance"_s, u"ID"_s, RDSBM_CLI_TEXT("Instance ID (instance_id).")}}},
        {{u"huawei"_s, u"restore"_s},
         RDSBM_CLI_TEXT("Restore to the current or an existing instance (POST /v3/{project_id}/instances/recovery)."),
         {{u"source-instance"_s, u"ID"_s, RDSBM_CLI_TEXT("Source instance.")},
          {u"backup-id"_s, u"ID"_s, RDSBM_CLI_TEXT("Restore from this backup.")},
          {u"restore-time"_s, u"T"_s, RDSBM_CLI_TEXT("Restore to this point in time, ISO 8601 UTC.")},
          {u"target-instance"_s, u"ID"_s, RDSBM_CLI_TEXT("The instance restored into (the source itself for the current instance).")}}},
        {{u"jobs"_s, u"list"_s}, RDSBM_CLI_TEXT("List the jobs of the local journal."), {}},
        {{u"jobs"_s, u"wait"_s}, RDSBM_CLI_TEXT("Follow a job until it ends: rdsbm jobs wait JOB_ID."), {}},
    };
    return specs;
}

} // namespace rdsbm::cli
