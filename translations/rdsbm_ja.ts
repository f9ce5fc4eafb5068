<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApiResultText</name>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJobStatusSource</name>
    <message>
        <source>The backup job %1 ended in the state Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup job runs on %1 and no manual backup set started after the request: it may never have arrived. Create the backup again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup job runs on %1 any more; the manual backup set %2, started after the request, may be its result. Check it before creating another backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>--%1 must be an ISO 8601 time in UTC such as 2026-11-20T08:00:00Z; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be given in UTC, ending in Z (for example 2026-11-20T08:00:00Z); &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: the file %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3; &quot;%4&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientToken</name>
    <message>
        <source>ClientToken is required: make one per user action and reuse it on every retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken may contain only printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken must be at most %1 characters long; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudJobJson</name>
    <message>
        <source>A job has no local id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has an unknown kind, state or provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateBackupParameters</name>
    <message>
        <source>DBName is required when BackupStrategy is db: name the databases to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBName is only accepted with BackupStrategy db (a single-database backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBName &quot;%1&quot; is not a valid database name: use lowercase letters, digits and underscores, start with a letter, end with a letter or digit, at most 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBName lists the database &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a logical (MySQL) or full physical (SQL Server) backup, not to a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupType applies only when BackupMethod is Physical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupMethod Logical is not available on SQL Server, which supports only physical backups (or Snapshot on cloud disks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a MariaDB snapshot backup, set BackupMethod to Physical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupType is for SQL Server only; leave it out for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a MySQL logical backup or an SQL Server full physical backup (BackupMethod Physical with BackupType FullBackup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbsClient</name>
    <message>
        <source>DescribeBackupPlanList returned page %1 (PageNum %2) with no plan that was not on an earlier page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BeginTimestampForRestore is required: the start of the period to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EndTimestampForRestore is required: the end of the period to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EndTimestampForRestore must not be before BeginTimestampForRestore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbsRestoreStatusSource</name>
    <message>
        <source>No restore task named %1 was found in the plan %2: the request may never have arrived. It can only be sent again with the destination password (RDSBM_DEST_PASSWORD); running the same command again with --client-token %3 is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several restore tasks are named %1 in the plan %2: which one is this job&apos;s is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DdrRestoreStatusSource</name>
    <message>
        <source>The instance %1 never showed the status Restoring after the request; check its databases to see whether the restore happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s copy of this RestoreDdrTable request cannot be sent again unchanged; whether the restore into %1 started is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeBackupsParameters</name>
    <message>
        <source>EndTime must be later than StartTime (both are sent to the minute, in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeCrossRegionBackupsParameters</name>
    <message>
        <source>%1 must be a whole number; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTime and EndTime go together: give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EndTime must be later than StartTime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiJobStatusSource</name>
    <message>
        <source>The instance %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 is %2, not RESTORING: the restore request may never have arrived, or has finished already. It is not sent again; check the instance&apos;s data before restoring again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot be queried and the instance %1 is ACTIVE without having been seen RESTORING: whether the restore ran is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterCheck</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; %3 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a positive whole number (1 or more); %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdsClient</name>
    <message>
        <source>DBInstanceId must name one instance, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeDatabases returned page %1 with no database that was not on an earlier page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupJobId must be a whole number; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossBackupId must be a whole number; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdsReplyParser</name>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply lists no instance in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage (0 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply&apos;s RecoveryEndTime is before its RecoveryBeginTime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a count (a whole number, zero or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an unsigned 64-bit decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a UTC time (yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDdrTableParameters</name>
    <message>
        <source>BackupId (the cross-region backup set) is required when RestoreType is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime goes with RestoreType 1 (point in time), not with a backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupId goes with RestoreType 0 (backup set), not with a point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime is required when RestoreType is 1: give a UTC time (yyyy-MM-ddTHH:mm:ssZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime must be earlier than the current time; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside the restorable window, %2 to %3 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SourceRegion (the source instance&apos;s region) is required when RestoreType is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SourceDBInstanceName (the source instance&apos;s ID) is required when RestoreType is 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableMeta</name>
    <message>
        <source>TableMeta is empty: give a JSON list of the databases to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta must be a JSON list of database entries, like [{&quot;type&quot;:&quot;db&quot;,&quot;name&quot;:&quot;db1&quot;,&quot;newname&quot;:&quot;db1_new&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1 must have &quot;type&quot;: &quot;db&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1: &quot;name&quot; and &quot;newname&quot; must be strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1: &quot;tables&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2 must be an object with &quot;type&quot;: &quot;table&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2: &quot;name&quot; and &quot;newname&quot; must be strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta must list at least one database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1 needs both the database&apos;s name and its new name (&quot;name&quot; and &quot;newname&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta lists the database %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta restores two databases under the same new name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta cannot restore into the system database %1: choose another new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta entry %1 (database %2): table %3 needs both its name and its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta lists the table %1.%2 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableMeta restores two tables of %1 under the same new name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no database named %1, so TableMeta cannot restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into the source instance, the database %1 needs a new name different from its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into the source instance, the table %1.%2 needs a new name (or its database a new name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target instance already has a database named %1: choose another new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the built-in cloud simulator: no account, no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW or ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL for both providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL for Alibaba Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL for Huawei Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::DbsRestoreRequest</name>
    <message>
        <source>DestinationEndpointInstanceType is required: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required when DestinationEndpointInstanceType is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreObjects is required when DestinationEndpointInstanceType is %1: name at least one database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreDir is required when DestinationEndpointInstanceType is Agent and the backup plan backs up a MySQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DestinationEndpointPort must be a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupGatewayId must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DestinationEndpointDatabaseName is required when the database is a PostgreSQL or MongoDB database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required except for an SQL Server database connected over a DBS backup gateway or a Redis database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DestinationEndpointOracleSID is required when the source database is an Oracle database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either BackupSetId or RestoreTime, not both: a restore starts from one full backup set or from one point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupSetId or RestoreTime is required: choose a full backup set or a point in time to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossRoleName is required with CrossAliyunId: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossAliyunId is required with CrossRoleName: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossAliyunId must be the digits of an Alibaba Cloud account UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::HuaweiRestoreRequest</name>
    <message>
        <source>source.instance_id is required: the instance whose backup or history is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target.instance_id is required: the instance restored into (the source itself for the current instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.backup_id is required when source.type is backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.restore_time is only used when source.type is timestamp: choose a backup or a point in time, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.backup_id %1 is not the selected backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 belongs to instance %2, not to the source instance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is %2: only a COMPLETED backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is an incremental backup: restore a full backup, or restore to a point in time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.backup_id is only used when source.type is backup: choose a backup or a point in time, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.restore_time is required when source.type is timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.restore_time must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.restore_time cannot be checked: the restorable time ranges of instance %1 were not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: it cannot be restored to a point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.restore_time %1 is outside every restorable time range of instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 runs PostgreSQL: the v3 restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and target instances must use the same database type: %1 is %2, %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and target instances must use the same database version: %1 is %2 %3, %4 is %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data volumes of %1 and %2 are not known, so the rule that the target&apos;s volume is at least as large as the source&apos;s cannot be checked. Reload the instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total data volume of the target instance %1 (%2 GB) must be greater than or equal to that of the source instance %3 (%4 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring to an instance other than the current one does not support Microsoft SQL Server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::RestoreObjects</name>
    <message>
        <source>RestoreObjects is required for this destination type: name at least one database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required: the name of the database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2: a schema can only be renamed when it is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restores database %2 a second time: name each database once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives database %2 a destination name another object already uses: each restored database needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreObjects must be a JSON array of objects such as [{&quot;DBName&quot;:&quot;source&quot;,&quot;NewDBName&quot;:&quot;destination&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with DBName and NewDBName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RestoreObjects key: use DBName, NewDBName, SchemaName or NewSchemaName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::EnvironmentCredentials</name>
    <message>
        <source>%1 is set but %2 is not; both are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 32 lower-case hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ImportedProfileWriter</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists and was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::alibaba::ConcurrentBackupLister</name>
    <message>
        <source>DescribeBackups answered page %1 when page %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup list changed while it was read (TotalRecordCount went from %1 to %2). List the backups again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeBackups page %1 lists %2 backups where %3 were expected; the list changed while it was read. List the backups again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 backups but received %2 different ones; the list changed while it was read. List the backups again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::catalog::BackupLinks</name>
    <message>
        <source>The account %1 is no longer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no downloadable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set %1 has no download link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::AlibabaBackupsCommand</name>
    <message>
        <source>Pages read: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliApplication</name>
    <message>
        <source>--provider %1 does not match the command &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs an http or https URL such as https://rds.aliyuncs.com; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint and --demo exclude each other: --demo uses the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliError</name>
    <message>
        <source>request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 and no error details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time, even after retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Command</name>
    <message>
        <source>--%1 is required (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdsbm reads it from RDSBM_DEST_PASSWORD, or asks for it on a terminal; it is never an option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CommandLine</name>
    <message>
        <source>--provider must be alibaba or huawei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run rdsbm --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;rdsbm %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run rdsbm --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rdsbm %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rdsbm &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 2 invalid usage or input, nothing sent; 3 the service answered with an error; 4 network failure or timeout after retries; 5 a downloaded file failed verification; 6 a confirmation was refused or missing; 1 a local failure (the job journal or a file could not be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud access key ID (with ALIBABA_CLOUD_ACCESS_KEY_SECRET, optionally ALIBABA_CLOUD_SECURITY_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud access key (with HUAWEICLOUD_SDK_SK, optionally HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination database password of rdsbm dbs restore; without it, rdsbm asks on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the job journal is kept (shared with the desktop application); default: the application&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often running jobs are asked about, in milliseconds (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Confirmation</name>
    <message>
        <source>Nothing existing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overwrites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes data and there is no terminal to confirm it on: nothing was sent. Run it again with --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <extracomment>The user must type the English word &quot;yes&quot; (or &quot;y&quot;) to go on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DbsRestoreCommand</name>
    <message>
        <source>Give either --backup-set-id (BackupSetId) or --restore-time (RestoreTime), not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cross-aliyun-id (CrossAliyunId) and --cross-role (CrossRoleName) go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dest-type (DestinationEndpointInstanceType) must be one of RDS, ECS, Express, Agent, DDS, Other, dg; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conflict (DuplicateConflict) must be failure or renamenew; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 at the destination (DestinationEndpointPassword): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DownloadBackupCommand</name>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 exists already; it is never overwritten. Choose another path or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 has no backup set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set %1 has no intranet download link (BackupIntranetDownloadURL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set %1 has no download link (BackupDownloadURL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link expired; asking for the backup set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer stopped (attempt %1); going on from byte %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming from %1 bytes already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading backup set %1 (%2 bytes) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-64 verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected CRC-64 %1, computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command again to go on from %1.part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::HuaweiRestoreCommand</name>
    <message>
        <source>Give either --backup-id (source.type backup) or --restore-time (source.type timestamp), not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobFollower</name>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking about job %1 failed (%2); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobsWaitCommand</name>
    <message>
        <source>rdsbm jobs wait takes one job id (the localId that rdsbm jobs list shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 in the journal of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::OperationCommand</name>
    <message>
        <source>Job %1 recorded; if this command is interrupted, follow it with: rdsbm jobs wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken: %1 (to retry this same request, pass --client-token %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 stays recorded; rdsbm jobs wait %1 finds out what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::RestoreDdrCommand</name>
    <message>
        <source>Give either --backup-set-id (RestoreType 0, from a backup set) or --restore-time (RestoreType 1, a point in time), not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsBackupPlanQuery</name>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each BackupPlanId must be a single, non-empty id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsReplyParser</name>
    <message>
        <source>The reply field %1 has no BeginTimestampForRestore or EndTimestampForRestore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is %2, more than 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsRestoreTaskQuery</name>
    <message>
        <source>Give either BackupPlanId or RestoreTaskId, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupPlanId or RestoreTaskId is required: the plan whose restore tasks to list, or the tasks themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RestoreTaskId must be a single, non-empty id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EndTimestamp must not be before StartTimestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::BackupDownload</name>
    <message>
        <source>No file name was given for the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or allow the file to be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume writing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No download link is known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No fresh link can be requested for this download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 The link was renewed %n time(s) without any data arriving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the transfer at %1 of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the download link (HTTP 403); it has probably expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The download failed after %n attempt(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty %1 to start over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the backup&apos;s Checksum is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the server reported %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Moving the bytes to %2 failed too: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The bytes were kept as %2 and nothing was written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum is known for this backup, so the download cannot be verified. The bytes were kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared during the download and was not replaced; the downloaded file is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the downloaded file to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; its CRC-64 %2 matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 without verification: no checksum is known for this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The download was canceled; %1 keeps the %n byte(s) received so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::DownloadQueue</name>
    <message>
        <source>Could not read the list of unfinished downloads %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of unfinished downloads %1 is damaged and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was removed from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::PartialFileChecksum</name>
    <message>
        <source>Could not read %1 to resume it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 to resume it: it ended after %2 of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiBackupFilter</name>
    <message>
        <source>instance_id is required: backups are listed per instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup_type must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin_time and end_time go together: give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_time must be later than begin_time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of backups to list must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiInstanceFilter</name>
    <message>
        <source>tags can filter on at most 10 key=value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tag filter needs a key without &apos;,&apos; or &apos;=&apos; and a value without &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of instances to list must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &apos;*&apos; alone: a leading &apos;*&apos; makes a fuzzy search for what follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiRdsClient</name>
    <message>
        <source>IAM has no project named %1 for this account: check the region, or set the project id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM has %1 projects named %2 (%3): choose one and set its id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance_id is required: restorable times are listed per instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id is required: the job to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup_id is required: the backup whose files to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyParser</name>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage such as &quot;60%&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is &quot;%2&quot;, not Running, Completed or Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is negative; a count is zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a time such as 2018-08-06T12:41:14+0800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::models::BackupTableModel</name>
    <message>
        <source>CRC-64 of the backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::models::DownloadTableModel</name>
    <message>
        <source>Expected CRC-64 %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Bytes received of the file&apos;s size, e.g. &quot;12.5 MB of 300 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>Download speed, e.g. &quot;2.5 MB/s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds left, e.g. &quot;42 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the partial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a fresh link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch: kept as .corrupt</source>
        <extracomment>The downloaded bytes did not match the checksum; they were kept as FILE.corrupt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified: no checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::models::InstanceTreeModel</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::models::JobTableModel</name>
    <message>
        <source>The application stopped while this job was being submitted and the provider could not tell whether it arrived. Check the instance before submitting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: check with the provider</source>
        <extracomment>The provider could not say whether a job sent just before a crash arrived.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CallDeadline</name>
    <message numerus="yes">
        <source>No reply within the time limit of %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CreateBackupOperation</name>
    <message>
        <source>The instance %1 is %2: CreateBackup needs it Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new backup set of the instance %1 (%2 %3, %4) will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupMethod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupStrategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBName: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupType: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup request was canceled after it was sent; it may still have started a backup job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable reply to CreateBackup (%1): looking for a running backup job of %2 before sending anything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateBackup got no usable reply, and the running backup jobs could not be listed (%1): the backup may or may not have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the running backup job %1 of %2: following it instead of sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup job runs on %1: the request did not take effect; sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service says a backup job exists on %1, but none is listed as running: the backup may have finished already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CreateBackup got no usable reply %n time(s) and no backup job is running on %1: the backup may have finished or failed already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::DbsRestoreOperation</name>
    <message>
        <source>There is no backup plan %1 in the region %2 (BackupPlanId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore task %1 will restore the backup plan %2 (%3) to the %4 destination %5 in %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupSetId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task starts once created (StartRestoreTask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is created but not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1, restored as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 at the destination; objects that exist already are restored under new names (renamenew).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 at the destination; the task fails if objects of the same name exist (failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateRestoreTask got no usable reply; running the same command again with --client-token %1 is safe: the service creates the task at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore task %1 was created but StartRestoreTask failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::HuaweiRestoreOperation</name>
    <message>
        <source>There is no instance %1 in the region %2 (source.instance_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance %1 in the region %2 (target.instance_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 is %2: it can only be restored into while it is ACTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 has no backup %2 (source.backup_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of %1 as it was at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be restored to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be overwritten with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2, %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2, %3 %4, %5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore request was canceled after it was sent; it may still have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable reply to the restore request (%1): looking at the status of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 is RESTORING: the request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore request got no usable reply and the instance %1 is not RESTORING: it may not have arrived, or may start later. It is not sent again; check the instance before restoring again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::RestoreDdrTableOperation</name>
    <message>
        <source>The instance %1 is %2: RestoreDdrTable needs it Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases and tables of the cross-region backup set %1 will be restored into the instance %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases and tables of the instance %1 (%2) as they were at %3 will be restored into the instance %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1, restored whole as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1.%2, restored as %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is written into the existing database %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreDdrTable got no usable reply; sending it again with the same ClientToken %1 is safe: the service runs it at most once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::AccountsController</name>
    <message>
        <source>The account %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started. Run %1 --demo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Accounts from the CLI…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ActivityNotifier</name>
    <message>
        <source>%1 on %2 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was downloaded and matches its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was downloaded; the provider gave no checksum to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its checksum; the bytes were kept as a .corrupt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ApplicationContext</name>
    <message>
        <source>The profile %1 was left out: its secret could not be read from the system keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDetailsPanel</name>
    <message>
        <source>Backup set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup set selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CRC-64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading and verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the file matches the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch: the file does not match the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified: downloaded, but no checksum was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available (expires; fetched fresh before each download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available (from inside the region&apos;s VPC only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-database files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy intranet link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download (intranet)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDownloadStarter</name>
    <message>
        <source>Save Backup Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupFilterBar</name>
    <message>
        <source>Search backup sets (ID, status, method, checksum)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search backup sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupsPane</name>
    <message numerus="yes">
        <source>%n backup set(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::CreateBackupDialog</name>
    <message>
        <source>Physical backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: full or incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2, %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateBackup accepts database names of lowercase letters, digits and underscores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the instance is Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is %1: it must be Running to be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a backup job already running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup job is running on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Only one backup job runs at a time: wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running backup jobs could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting today&apos;s backup sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) today, of the %1 an instance may create per day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup sets could not be counted (at most %1 a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the instance once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending CreateBackup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup job %1 was created; it is followed here and in the job monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup job %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup job %1 ended without a backup set: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup job %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup job %1 is running: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new backup set of %1 (%2, %3 %4) in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the backup can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the choices %1 %2 accepts are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsDestinationPage</name>
    <message>
        <source>%1 needs no endpoint fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the restored databases are written. Only the fields the destination type needs are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;gateway ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program director&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source account &amp;UID (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM ro&amp;le for it (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS: an ApsaraDB RDS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS: a database on an ECS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express: over Express Connect, VPN Gateway or Smart Access Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: over a DBS backup gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDS: an ApsaraDB for MongoDB instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: by IP address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dg: over Database Gateway, without a public address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsObjectsPage</name>
    <message>
        <source>Databases to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the databases to restore (RestoreObjects) and the names they get at the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not say which databases it backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases the plan backs up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a name is &amp;taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the task (failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore under a new name (renamenew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore task fails if an object of the same name exists at the destination: nothing there is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects whose name is taken are restored under new names, from the second occurrence on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsPlanPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup plans could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has not made a backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan can be restored to could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup plan %1 has no full backup set and no restorable time range yet: there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the backup plans of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the plan can be restored to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Database Backup (DBS) plan whose backups are restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestorePointPage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan keeps no log backup, so only its full backup sets can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any moment in these ranges can be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside every restorable range of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set or point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore one full backup set (BackupSetId), or the data as it was at a moment (RestoreTime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full &amp;backup set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;point in time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestoreWizard</name>
    <message>
        <source>DBS Restore Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsSummaryPage</name>
    <message>
        <source>To confirm, type the address of the destination, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this restore writes into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then, with the RestoreTaskId it returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full backup set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once the plan has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the task now (StartRestoreTask)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrBackupSetPage</name>
    <message>
        <source>Logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy failed and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logical backup cannot be restored by database and table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to restore. It is restored in the region that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region &amp;backup sets of the source instance, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region backup sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrPointInTimePage</name>
    <message>
        <source>The source instance has no cross-region backup to start a point-in-time restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restorable time range could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the restorable time range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source instance can be restored to any moment from %1 to %2.
In UTC: %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrRestoreWizard</name>
    <message>
        <source>Cross-region Restore (RDS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrSourcePage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: databases and tables can be restored across regions from MySQL instances only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only instance keeps no backups of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-region backups of the instance could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases of the source instance could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 has no usable cross-region backup (a successful physical copy in another region), so there is nothing to restore across regions. Turn on cross-region backup for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the instance&apos;s cross-region backups and databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance whose backups were copied to another region, and what to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cross-region &amp;backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrSummaryPage</name>
    <message>
        <source>I understand that this restore writes into the instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4) in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-region backup set %1, kept in %2, consistent at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1, whole, as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1.%2 as %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once the target instance has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing that exists now: every database and table is created under its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTablesPage</name>
    <message>
        <source>Databases and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what to restore and the names it gets on the target. Leave Table empty to restore a whole database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases in the backup are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases in the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be restored into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1: databases and tables are restored into MySQL instances only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only instance cannot be restored into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status is %1: the target must be Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL %1, the source runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases of the target instance could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the existing instance the databases and tables are restored into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances in %1, the region that holds the copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the target instance&apos;s databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DownloadsDock</name>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads. Select a backup set and choose Download to save its file here; unfinished downloads resume at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a paused download, or try a failed one again from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the download and remove it from the list; the partial file stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiBackupPage</name>
    <message>
        <source>An incremental backup cannot be restored on its own: choose a full backup, or a point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the completed backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;backups of the source instance, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiRestoreWizard</name>
    <message>
        <source>Huawei Cloud Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSourcePage</name>
    <message>
        <source>The restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of the instance could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 has no completed backup to restore from. Restore to a point in time instead, or create a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restorable time ranges could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: restore from a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the instance&apos;s restorable time ranges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the instance&apos;s backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance whose backup or history is restored, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSummaryPage</name>
    <message>
        <source>I understand that every database on %1 is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4, %5 GB) in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the current instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 (%2), taken %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status is %1: the target must be ACTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current instance: the source itself is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another instance: it is overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the current instance, or overwrite another instance of the same region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTimePage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has no restorable time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance can be restored to any moment in these ranges:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1 (UTC), %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::InstancePicker</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be chosen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::JobsDock</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see every detail of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Backups and restores you start appear here and are followed to their end, also across restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Error Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the error code, message and request ID, which the provider&apos;s support asks for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::MainWindow</name>
    <message>
        <source>About RDS Backup Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;Backups and restores for Alibaba Cloud RDS, Database Backup (DBS) and Huawei Cloud RDS.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading backup sets: page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading backup sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the backup sets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: simulated clouds on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS Backup Manager — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload instances and backup sets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Backup Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RDS Backup Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProblemLabel</name>
    <message>
        <source>The service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileDialog</name>
    <message>
        <source>A profile named %1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key (AK) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey secret is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key (SK) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The account can use %n region(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The project of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain, so the profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;dpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud (RDS and DBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud (RDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to show the instances of every region the account can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each region is shown with its own IAM project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: leave empty for the provider&apos;s own endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address that replaces the provider&apos;s endpoints, such as a simulator or a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls DescribeRegions with these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up the region&apos;s project in IAM with these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileImportDialog</name>
    <message>
        <source>Choose the CLI&apos;s Configuration File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no profile that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) can be imported. Untick the ones you do not want.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun CLI (Alibaba Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooCLI, hcloud (Huawei Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace saved profiles that have the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RequestPreview</name>
    <message>
        <source>Request that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreActions</name>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a backup set of the selected Alibaba Cloud instance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cross-region Restore (RDS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore databases and tables of a cross-region backup into an existing instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DBS Restore Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start a Database Backup (DBS) restore task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huawei Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Huawei Cloud instance from a backup or to a point in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreConfirmation</name>
    <message>
        <source>Finish stays disabled until the ID matches exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the target instance&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the ID of the target instance, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target instance ID confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand what the restore overwrites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreObjectsEditor</name>
    <message>
        <source>The backup plan does not back up a database named %1 (RestoreObjects[%2].DBName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (DBName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (NewDBName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema (SchemaName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schema (NewSchemaName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreSummaryPage</name>
    <message>
        <source>Checking the source and the target once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check before sending could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the service; follow it in the job monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will happen. Finish sends the request once you have typed the target&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request that will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::TableMetaEditor</name>
    <message>
        <source>Row %1 of TableMeta needs the name of the database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is listed both whole and table by table: keep either the row without a table or the table rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the database %1 give it different new names: use the same new name in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to restore the whole database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases and tables to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::WelcomePage</name>
    <message>
        <source>Welcome to RDS Backup Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the backup sets of your Alibaba Cloud RDS and Huawei Cloud RDS instances, download them with their checksums verified, and restore them knowing exactly what will be overwritten. There is no account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the application with simulated clouds on this computer: sample instances and backups, no account and no network needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an AccessKey of Alibaba Cloud or an AK/SK of Huawei Cloud. The secret is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from the CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the profiles of the aliyun CLI or of Huawei Cloud&apos;s KooCLI (hcloud) and lets you pick the ones to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variables the providers&apos; SDKs read (ALIBABA_CLOUD_ACCESS_KEY_ID, HUAWEICLOUD_SDK_AK, ...) are used too when they are set at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
