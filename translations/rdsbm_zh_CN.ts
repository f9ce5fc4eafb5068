<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiResultText</name>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>服务返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>服务拒绝了该请求。</translation>
    </message>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>无法连接到服务：%1</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The service's answer could not be read: %1</source>
        <translation>无法读取服务的响应：%1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>BackupJobStatusSource</name>
    <message>
        <source>The backup job %1 ended in the state Failed.</source>
        <translation>备份任务 %1 以 Failed 状态结束。</translation>
    </message>
    <message>
        <source>No backup job runs on %1 and no manual backup set started after the request: it may never have arrived. Create the backup again if it is still needed.</source>
        <translation>实例 %1 上没有正在运行的备份任务，请求发出后也没有开始新的手动备份集：该请求可能未送达。如仍需要备份，请重新创建。</translation>
    </message>
    <message>
        <source>No backup job runs on %1 any more; the manual backup set %2, started after the request, may be its result. Check it before creating another backup.</source>
        <translation>实例 %1 上已没有正在运行的备份任务；请求发出后开始的手动备份集 %2 可能就是其结果。请先检查该备份集，再决定是否创建新的备份。</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>--%1 must be an ISO 8601 time in UTC such as 2026-11-20T08:00:00Z; "%2" is not one.</source>
        <translation>--%1 必须是 ISO 8601 格式的 UTC 时间，例如 2026-11-20T08:00:00Z；“%2”不符合要求。</translation>
    </message>
    <message>
        <source>--%1 must be given in UTC, ending in Z (for example 2026-11-20T08:00:00Z); "%2" is not.</source>
        <translation>--%1 必须使用 UTC 时间并以 Z 结尾（例如 2026-11-20T08:00:00Z）；“%2”不符合要求。</translation>
    </message>
    <message>
        <source>--%1: standard input could not be read.</source>
        <translation>--%1：无法读取标准输入。</translation>
    </message>
    <message>
        <source>--%1: the file %2 could not be read (%3).</source>
        <translation>--%1：无法读取文件 %2（%3）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3; "%4" is not.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数；“%4”不符合要求。</translation>
    </message>
</context>
<context>
    <name>ClientToken</name>
    <message>
        <source>ClientToken is required: make one per user action and reuse it on every retry.</source>
        <translation>ClientToken 为必填项：每次用户操作生成一个，并在每次重试时重复使用。</translation>
    </message>
    <message>
        <source>ClientToken may contain only printable ASCII characters.</source>
        <translation>ClientToken 只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>ClientToken must be at most %1 characters long; it has %2.</source>
        <translation>ClientToken 最多 %1 个字符，当前为 %2 个。</translation>
    </message>
</context>
<context>
    <name>CloudJobJson</name>
    <message>
        <source>A job has no local id.</source>
        <translation>某个任务没有本地 ID。</translation>
    </message>
    <message>
        <source>Job %1 has an unknown kind, state or provider.</source>
        <translation>任务 %1 的类型、状态或云服务商未知。</translation>
    </message>
</context>
<context>
    <name>CreateBackupParameters</name>
    <message>
        <source>DBName is required when BackupStrategy is db: name the databases to back up.</source>
        <translation>BackupStrategy 为 db 时必须填写 DBName：请指定要备份的数据库。</translation>
    </message>
    <message>
        <source>DBName is only accepted with BackupStrategy db (a single-database backup).</source>
        <translation>只有 BackupStrategy 为 db（单库备份）时才能指定 DBName。</translation>
    </message>
    <message>
        <source>DBName "%1" is not a valid database name: use lowercase letters, digits and underscores, start with a letter, end with a letter or digit, at most 16 characters.</source>
        <translation>DBName “%1” 不是有效的数据库名称：数据库名称由小写字母、数字和下划线组成，以字母开头，以字母或数字结尾，最长 16 个字符。</translation>
    </message>
    <message>
        <source>DBName lists the database "%1" twice.</source>
        <translation>DBName 中数据库“%1”出现了两次。</translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a logical (MySQL) or full physical (SQL Server) backup, not to a snapshot.</source>
        <translation>BackupStrategy 仅适用于逻辑备份（MySQL）或全量物理备份（SQL Server），不适用于快照备份。</translation>
    </message>
    <message>
        <source>BackupType applies only when BackupMethod is Physical.</source>
        <translation>BackupType 仅在 BackupMethod 为 Physical 时有效。</translation>
    </message>
    <message>
        <source>BackupMethod Logical is not available on SQL Server, which supports only physical backups (or Snapshot on cloud disks).</source>
        <translation>SQL Server 不支持 BackupMethod Logical：SQL Server 仅支持物理备份（云盘实例也可使用 Snapshot）。</translation>
    </message>
    <message>
        <source>For a MariaDB snapshot backup, set BackupMethod to Physical.</source>
        <translation>MariaDB 实例进行快照备份时，请将 BackupMethod 设置为 Physical。</translation>
    </message>
    <message>
        <source>BackupType is for SQL Server only; leave it out for %1.</source>
        <translation>BackupType 仅适用于 SQL Server；%1 无需填写此参数。</translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a MySQL logical backup or an SQL Server full physical backup (BackupMethod Physical with BackupType FullBackup).</source>
        <translation>BackupStrategy 仅适用于 MySQL 逻辑备份或 SQL Server 全量物理备份（BackupMethod 为 Physical 且 BackupType 为 FullBackup）。</translation>
    </message>
</context>
<context>
    <name>DbsClient</name>
    <message>
        <source>DescribeBackupPlanList returned page %1 (PageNum %2) with no plan that was not on an earlier page.</source>
        <translation>DescribeBackupPlanList 返回的第 %1 页（PageNum %2）中没有前几页未出现过的备份计划。</translation>
    </message>
    <message>
        <source>BeginTimestampForRestore is required: the start of the period to look at.</source>
        <translation>BeginTimestampForRestore 为必填项：要查询的时间段的开始时间。</translation>
    </message>
    <message>
        <source>EndTimestampForRestore is required: the end of the period to look at.</source>
        <translation>EndTimestampForRestore 为必填项：要查询的时间段的结束时间。</translation>
    </message>
    <message>
        <source>EndTimestampForRestore must not be before BeginTimestampForRestore.</source>
        <translation>EndTimestampForRestore 不能早于 BeginTimestampForRestore。</translation>
    </message>
</context>
<context>
    <name>DbsRestoreStatusSource</name>
    <message>
        <source>No restore task named %1 was found in the plan %2: the request may never have arrived. It can only be sent again with the destination password (RDSBM_DEST_PASSWORD); running the same command again with --client-token %3 is safe.</source>
        <translation>在备份计划 %2 中未找到名为 %1 的恢复任务：该请求可能未送达。只有提供目标数据库密码（RDSBM_DEST_PASSWORD）才能重新发送；使用 --client-token %3 再次运行同一命令是安全的。</translation>
    </message>
    <message>
        <source>Several restore tasks are named %1 in the plan %2: which one is this job's is unknown.</source>
        <translation>备份计划 %2 中有多个名为 %1 的恢复任务：无法确定哪一个属于此任务。</translation>
    </message>
</context>
<context>
    <name>DdrRestoreStatusSource</name>
    <message>
        <source>The instance %1 never showed the status Restoring after the request; check its databases to see whether the restore happened.</source>
        <translation>请求发出后，实例 %1 始终未出现 Restoring 状态；请检查其数据库，确认恢复是否已执行。</translation>
    </message>
    <message>
        <source>The journal's copy of this RestoreDdrTable request cannot be sent again unchanged; whether the restore into %1 started is unknown.</source>
        <translation>任务记录中保存的这个 RestoreDdrTable 请求无法原样重新发送；无法确定到 %1 的恢复是否已开始。</translation>
    </message>
</context>
<context>
    <name>DescribeBackupsParameters</name>
    <message>
        <source>EndTime must be later than StartTime (both are sent to the minute, in UTC).</source>
        <translation>EndTime 必须晚于 StartTime（两者均精确到分钟，以 UTC 时间发送）。</translation>
    </message>
</context>
<context>
    <name>DescribeCrossRegionBackupsParameters</name>
    <message>
        <source>%1 must be a whole number; "%2" is not.</source>
        <translation>%1 必须是整数；“%2”不符合要求。</translation>
    </message>
    <message>
        <source>StartTime and EndTime go together: give both or neither.</source>
        <translation>StartTime 和 EndTime 必须同时指定或同时省略。</translation>
    </message>
    <message>
        <source>EndTime must be later than StartTime.</source>
        <translation>EndTime 必须晚于 StartTime。</translation>
    </message>
</context>
<context>
    <name>HuaweiJobStatusSource</name>
    <message>
        <source>The instance %1 no longer exists.</source>
        <translation>实例 %1 已不存在。</translation>
    </message>
    <message>
        <source>The instance %1 is %2, not RESTORING: the restore request may never have arrived, or has finished already. It is not sent again; check the instance's data before restoring again.</source>
        <translation>实例 %1 的状态为 %2，而不是 RESTORING：恢复请求可能未送达，也可能已经完成。该请求不会重新发送；再次恢复前，请先检查实例的数据。</translation>
    </message>
    <message>
        <source>The job cannot be queried and the instance %1 is ACTIVE without having been seen RESTORING: whether the restore ran is unknown.</source>
        <translation>无法查询该任务，且实例 %1 处于 ACTIVE 状态、从未出现过 RESTORING 状态：无法确定恢复是否已执行。</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>无法读取任务记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2).</source>
        <translation>任务记录文件 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version.</source>
        <translation>任务记录文件 %1 由更高版本的程序写入。</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>无法写入任务记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The job journal %1 is locked by another program.</source>
        <translation>任务记录文件 %1 已被其他程序锁定。</translation>
    </message>
</context>
<context>
    <name>ParameterCheck</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; "%3" is not one of them.</source>
        <translation>%1 必须是 %2 之一；“%3”不在其中。</translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation>%1 不是有效的时间。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; %3 is not one of them.</source>
        <translation>%1 必须是 %2 之一；%3 不在其中。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation>%1 必须介于 %2 和 %3 之间；%4 不符合要求。</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number (1 or more); %2 is not.</source>
        <translation>%1 必须是正整数（1 或以上）；%2 不符合要求。</translation>
    </message>
</context>
<context>
    <name>RdsClient</name>
    <message>
        <source>DBInstanceId must name one instance, not a list.</source>
        <translation>DBInstanceId 只能指定一个实例，不能是列表。</translation>
    </message>
    <message>
        <source>DescribeDatabases returned page %1 with no database that was not on an earlier page.</source>
        <translation>DescribeDatabases 返回的第 %1 页中没有前几页未出现过的数据库。</translation>
    </message>
    <message>
        <source>BackupJobId must be a whole number; "%1" is not.</source>
        <translation>BackupJobId 必须是整数；“%1”不符合要求。</translation>
    </message>
    <message>
        <source>CrossBackupId must be a whole number; "%1" is not.</source>
        <translation>CrossBackupId 必须是整数；“%1”不符合要求。</translation>
    </message>
</context>
<context>
    <name>RdsReplyParser</name>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply lists no instance in %1.</source>
        <translation>响应的 %1 中未列出任何实例。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>响应中没有字段 %1。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage (0 to 100).</source>
        <translation>响应字段 %1 不是百分比（0 到 100）。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>响应字段 %1 不是字符串。</translation>
    </message>
    <message>
        <source>The reply's RecoveryEndTime is before its RecoveryBeginTime.</source>
        <translation>响应中的 RecoveryEndTime 早于 RecoveryBeginTime。</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation>响应中没有字段 %1。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>响应字段 %1 不是字符串。</translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation>响应字段 %1 为空。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation>响应字段 %1 不是整数。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a count (a whole number, zero or more).</source>
        <translation>响应字段 %1 不是计数值（大于或等于 0 的整数）。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an unsigned 64-bit decimal number.</source>
        <translation>响应字段 %1 不是无符号 64 位十进制数。</translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation>响应字段 %1 不是 true 或 false。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a UTC time (yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ).</source>
        <translation>响应字段 %1 不是 UTC 时间（yyyy-MM-ddTHH:mm:ssZ 或 yyyy-MM-ddTHH:mmZ）。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation>响应字段 %1 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation>响应字段 %1 不是对象。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation>响应字段 %1 不是列表。</translation>
    </message>
</context>
<context>
    <name>RestoreDdrTableParameters</name>
    <message>
        <source>BackupId (the cross-region backup set) is required when RestoreType is 0.</source>
        <translation>RestoreType 为 0 时必须传入 BackupId（跨地域备份集 ID）。</translation>
    </message>
    <message>
        <source>RestoreTime goes with RestoreType 1 (point in time), not with a backup set.</source>
        <translation>RestoreTime 用于 RestoreType 1（按时间点恢复），不能与备份集一起使用。</translation>
    </message>
    <message>
        <source>BackupId goes with RestoreType 0 (backup set), not with a point in time.</source>
        <translation>BackupId 用于 RestoreType 0（按备份集恢复），不能与时间点一起使用。</translation>
    </message>
    <message>
        <source>RestoreTime is required when RestoreType is 1: give a UTC time (yyyy-MM-ddTHH:mm:ssZ).</source>
        <translation>RestoreType 为 1 时必须传入 RestoreTime：请填写 UTC 时间（yyyy-MM-ddTHH:mm:ssZ）。</translation>
    </message>
    <message>
        <source>RestoreTime must be earlier than the current time; %1 is not.</source>
        <translation>RestoreTime 需要早于当前时间；%1 不符合要求。</translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside the restorable window, %2 to %3 (UTC).</source>
        <translation>RestoreTime %1 不在可恢复时间段内（%2 至 %3，UTC）。</translation>
    </message>
    <message>
        <source>SourceRegion (the source instance's region) is required when RestoreType is 1.</source>
        <translation>RestoreType 为 1 时必须传入 SourceRegion（源实例所在地域）。</translation>
    </message>
    <message>
        <source>SourceDBInstanceName (the source instance's ID) is required when RestoreType is 1.</source>
        <translation>RestoreType 为 1 时必须传入 SourceDBInstanceName（源实例 ID）。</translation>
    </message>
</context>
<context>
    <name>TableMeta</name>
    <message>
        <source>TableMeta is empty: give a JSON list of the databases to restore.</source>
        <translation>TableMeta 为空：请以 JSON 列表指定要恢复的数据库。</translation>
    </message>
    <message>
        <source>TableMeta is not valid JSON (%1 at character %2).</source>
        <translation>TableMeta 不是有效的 JSON（%1，位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>TableMeta must be a JSON list of database entries, like [{"type":"db","name":"db1","newname":"db1_new"}].</source>
        <translation>TableMeta 必须是由数据库条目组成的 JSON 列表，例如 [{"type":"db","name":"db1","newname":"db1_new"}]。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 is not an object.</source>
        <translation>TableMeta 的第 %1 个条目不是对象。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 must have "type": "db".</source>
        <translation>TableMeta 的第 %1 个条目必须包含 "type": "db"。</translation>
    </message>
    <message>
        <source>TableMeta entry %1: "name" and "newname" must be strings.</source>
        <translation>TableMeta 的第 %1 个条目："name" 和 "newname" 必须是字符串。</translation>
    </message>
    <message>
        <source>TableMeta entry %1: "tables" must be a list.</source>
        <translation>TableMeta 的第 %1 个条目："tables" 必须是列表。</translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2 must be an object with "type": "table".</source>
        <translation>TableMeta 第 %1 个条目中的第 %2 个表必须是包含 "type": "table" 的对象。</translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2: "name" and "newname" must be strings.</source>
        <translation>TableMeta 第 %1 个条目中的第 %2 个表："name" 和 "newname" 必须是字符串。</translation>
    </message>
    <message>
        <source>TableMeta must list at least one database to restore.</source>
        <translation>TableMeta 必须至少列出一个要恢复的数据库。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 needs both the database's name and its new name ("name" and "newname").</source>
        <translation>TableMeta 的第 %1 个条目必须同时指定数据库的名称和新名称（"name" 和 "newname"）。</translation>
    </message>
    <message>
        <source>TableMeta lists the database %1 more than once.</source>
        <translation>TableMeta 中多次列出了数据库 %1。</translation>
    </message>
    <message>
        <source>TableMeta restores two databases under the same new name %1.</source>
        <translation>TableMeta 将两个数据库恢复为同一个新名称 %1。</translation>
    </message>
    <message>
        <source>TableMeta cannot restore into the system database %1: choose another new name.</source>
        <translation>TableMeta 不能恢复到系统数据库 %1：请选择其他新名称。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 (database %2): table %3 needs both its name and its new name.</source>
        <translation>TableMeta 的第 %1 个条目（数据库 %2）：表 %3 必须同时指定名称和新名称。</translation>
    </message>
    <message>
        <source>TableMeta lists the table %1.%2 more than once.</source>
        <translation>TableMeta 中多次列出了表 %1.%2。</translation>
    </message>
    <message>
        <source>TableMeta restores two tables of %1 under the same new name %2.</source>
        <translation>TableMeta 将 %1 中的两个表恢复为同一个新名称 %2。</translation>
    </message>
    <message>
        <source>The backup has no database named %1, so TableMeta cannot restore it.</source>
        <translation>备份集中不存在名为 %1 的数据库，TableMeta 无法恢复该数据库。</translation>
    </message>
    <message>
        <source>Restoring into the source instance, the database %1 needs a new name different from its own.</source>
        <translation>恢复到源实例时，数据库 %1 的新名称必须与原名称不同。</translation>
    </message>
    <message>
        <source>Restoring into the source instance, the table %1.%2 needs a new name (or its database a new name).</source>
        <translation>恢复到源实例时，表 %1.%2 需要新名称（或为其所在数据库指定新名称）。</translation>
    </message>
    <message>
        <source>The target instance already has a database named %1: choose another new name.</source>
        <translation>目标实例中已存在名为 %1 的数据库：请更换新名称。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation>适用于 Alibaba Cloud RDS、DBS 和 Huawei Cloud RDS 的备份与恢复工具。</translation>
    </message>
    <message>
        <source>Start with the built-in cloud simulator: no account, no network.</source>
        <translation>使用内置的云模拟器启动：无需账号，无需网络。</translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW or ja.</source>
        <translation>语言：en、zh_CN、zh_TW 或 ja。</translation>
    </message>
    <message>
        <source>Base URL for both providers.</source>
        <translation>两个云服务商共用的基础 URL。</translation>
    </message>
    <message>
        <source>Base URL for Alibaba Cloud.</source>
        <translation>Alibaba Cloud 的基础 URL。</translation>
    </message>
    <message>
        <source>Base URL for Huawei Cloud.</source>
        <translation>Huawei Cloud 的基础 URL。</translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation>--lang 必须是 en、zh_CN、zh_TW、ja 之一。</translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL.</source>
        <translation>--%1 需要 http 或 https URL。</translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation>RDS Backup Manager</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>无法启动演示：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::DbsRestoreRequest</name>
    <message>
        <source>DestinationEndpointInstanceType is required: one of %1.</source>
        <translation>DestinationEndpointInstanceType 为必填项：取值为 %1 之一。</translation>
    </message>
    <message>
        <source>%1 is required when DestinationEndpointInstanceType is %2.</source>
        <translation>DestinationEndpointInstanceType 为 %2 时必须填写 %1。</translation>
    </message>
    <message>
        <source>RestoreObjects is required when DestinationEndpointInstanceType is %1: name at least one database to restore.</source>
        <translation>DestinationEndpointInstanceType 为 %1 时必须填写 RestoreObjects：请至少指定一个要恢复的数据库。</translation>
    </message>
    <message>
        <source>RestoreDir is required when DestinationEndpointInstanceType is Agent and the backup plan backs up a MySQL database.</source>
        <translation>DestinationEndpointInstanceType 为 Agent 且备份计划的备份对象为 MySQL 数据库时，必须填写 RestoreDir。</translation>
    </message>
    <message>
        <source>DestinationEndpointPort must be a port number from 1 to 65535.</source>
        <translation>DestinationEndpointPort 必须是 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>BackupGatewayId must be a positive whole number.</source>
        <translation>BackupGatewayId 必须是正整数。</translation>
    </message>
    <message>
        <source>DestinationEndpointDatabaseName is required when the database is a PostgreSQL or MongoDB database.</source>
        <translation>数据库为 PostgreSQL 或 MongoDB 数据库时，必须填写 DestinationEndpointDatabaseName。</translation>
    </message>
    <message>
        <source>%1 is required except for an SQL Server database connected over a DBS backup gateway or a Redis database.</source>
        <translation>除通过 DBS 备份网关接入的 SQL Server 数据库或 Redis 数据库外，必须填写 %1。</translation>
    </message>
    <message>
        <source>DestinationEndpointOracleSID is required when the source database is an Oracle database.</source>
        <translation>源数据库为 Oracle 数据库时，必须填写 DestinationEndpointOracleSID。</translation>
    </message>
    <message>
        <source>Give either BackupSetId or RestoreTime, not both: a restore starts from one full backup set or from one point in time.</source>
        <translation>BackupSetId 和 RestoreTime 只能指定其一：一次恢复只能基于一个全量备份集或一个时间点。</translation>
    </message>
    <message>
        <source>BackupSetId or RestoreTime is required: choose a full backup set or a point in time to restore.</source>
        <translation>必须指定 BackupSetId 或 RestoreTime：请选择要恢复的全量备份集或时间点。</translation>
    </message>
    <message>
        <source>RestoreTime must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then).</source>
        <translation>RestoreTime 必须晚于 1970-01-01T00:00:00Z（发送的值为自该时刻起的毫秒数）。</translation>
    </message>
    <message>
        <source>CrossRoleName is required with CrossAliyunId: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation>指定 CrossAliyunId 时必须同时指定 CrossRoleName：跨 Alibaba Cloud 账号恢复需要同时提供账号和 RAM 角色。</translation>
    </message>
    <message>
        <source>CrossAliyunId is required with CrossRoleName: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation>指定 CrossRoleName 时必须同时指定 CrossAliyunId：跨 Alibaba Cloud 账号恢复需要同时提供账号和 RAM 角色。</translation>
    </message>
    <message>
        <source>CrossAliyunId must be the digits of an Alibaba Cloud account UID.</source>
        <translation>CrossAliyunId 必须是 Alibaba Cloud 账号的 UID（仅包含数字）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 不能包含空格。</translation>
    </message>
</context>
<context>
    <name>rdsbm::HuaweiRestoreRequest</name>
    <message>
        <source>source.instance_id is required: the instance whose backup or history is restored.</source>
        <translation>source.instance_id 为必填项：要恢复其备份或历史数据的实例。</translation>
    </message>
    <message>
        <source>target.instance_id is required: the instance restored into (the source itself for the current instance).</source>
        <translation>target.instance_id 为必填项：恢复的目标实例（恢复到当前实例时即为源实例本身）。</translation>
    </message>
    <message>
        <source>source.backup_id is required when source.type is backup.</source>
        <translation>source.type 为 backup 时，source.backup_id 必选。</translation>
    </message>
    <message>
        <source>source.restore_time is only used when source.type is timestamp: choose a backup or a point in time, not both.</source>
        <translation>source.restore_time 仅在 source.type 为 timestamp 时使用：请选择备份或时间点，不能同时选择。</translation>
    </message>
    <message>
        <source>source.backup_id %1 is not the selected backup %2.</source>
        <translation>source.backup_id %1 不是所选的备份 %2。</translation>
    </message>
    <message>
        <source>Backup %1 belongs to instance %2, not to the source instance %3.</source>
        <translation>备份 %1 属于实例 %2，而不是源实例 %3。</translation>
    </message>
    <message>
        <source>Backup %1 is %2: only a COMPLETED backup can be restored.</source>
        <translation>备份 %1 的状态为 %2：只能恢复状态为 COMPLETED 的备份。</translation>
    </message>
    <message>
        <source>Backup %1 is an incremental backup: restore a full backup, or restore to a point in time instead.</source>
        <translation>备份 %1 是增量备份：请恢复全量备份，或改为按时间点恢复。</translation>
    </message>
    <message>
        <source>source.backup_id is only used when source.type is backup: choose a backup or a point in time, not both.</source>
        <translation>source.backup_id 仅在 source.type 为 backup 时使用：请选择备份或时间点，不能同时选择。</translation>
    </message>
    <message>
        <source>source.restore_time is required when source.type is timestamp.</source>
        <translation>source.type 为 timestamp 时，source.restore_time 必选。</translation>
    </message>
    <message>
        <source>source.restore_time must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then, UTC).</source>
        <translation>source.restore_time 必须晚于 1970-01-01T00:00:00Z（发送的值为自该时刻起的毫秒数，UTC）。</translation>
    </message>
    <message>
        <source>source.restore_time cannot be checked: the restorable time ranges of instance %1 were not loaded.</source>
        <translation>无法检查 source.restore_time：未加载实例 %1 的可恢复时间段。</translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: it cannot be restored to a point in time.</source>
        <translation>实例 %1 没有可恢复时间段：无法按时间点恢复。</translation>
    </message>
    <message>
        <source>source.restore_time %1 is outside every restorable time range of instance %2.</source>
        <translation>source.restore_time %1 不在实例 %2 的任何可恢复时间段内。</translation>
    </message>
    <message>
        <source>Instance %1 runs PostgreSQL: the v3 restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation>实例 %1 的数据库类型为 PostgreSQL：v3 恢复到已有或当前实例接口不支持 PostgreSQL。</translation>
    </message>
    <message>
        <source>The source and target instances must use the same database type: %1 is %2, %3 is %4.</source>
        <translation>源实例和目标实例的数据库类型必须一致：%1 为 %2，%3 为 %4。</translation>
    </message>
    <message>
        <source>The source and target instances must use the same database version: %1 is %2 %3, %4 is %5 %6.</source>
        <translation>源实例和目标实例的数据库版本必须一致：%1 为 %2 %3，%4 为 %5 %6。</translation>
    </message>
    <message>
        <source>The data volumes of %1 and %2 are not known, so the rule that the target's volume is at least as large as the source's cannot be checked. Reload the instances.</source>
        <translation>%1 和 %2 的数据卷大小未知，无法检查“目标实例的数据卷总大小大于或等于源实例的数据卷总大小”这一约束。请重新加载实例。</translation>
    </message>
    <message>
        <source>The total data volume of the target instance %1 (%2 GB) must be greater than or equal to that of the source instance %3 (%4 GB).</source>
        <translation>目标实例 %1 的数据卷总大小（%2 GB）必须大于或等于源实例 %3 的数据卷总大小（%4 GB）。</translation>
    </message>
    <message>
        <source>Restoring to an instance other than the current one does not support Microsoft SQL Server yet.</source>
        <translation>恢复到非当前实例时，暂不支持 Microsoft SQL Server。</translation>
    </message>
</context>
<context>
    <name>rdsbm::RestoreObjects</name>
    <message>
        <source>RestoreObjects is required for this destination type: name at least one database to restore.</source>
        <translation>该目标类型必须填写 RestoreObjects：请至少指定一个要恢复的数据库。</translation>
    </message>
    <message>
        <source>%1 is required: the name of the database to restore.</source>
        <translation>%1 为必填项：要恢复的数据库名称。</translation>
    </message>
    <message>
        <source>%1 needs %2: a schema can only be renamed when it is named.</source>
        <translation>%1 需要同时指定 %2：只有指定了 Schema 才能重命名 Schema。</translation>
    </message>
    <message>
        <source>%1 restores database %2 a second time: name each database once.</source>
        <translation>%1 再次恢复了数据库 %2：每个数据库只能指定一次。</translation>
    </message>
    <message>
        <source>%1 gives database %2 a destination name another object already uses: each restored database needs its own name.</source>
        <translation>%1 为数据库 %2 指定的目标名称已被其他对象使用：每个恢复的数据库都需要各自的名称。</translation>
    </message>
    <message>
        <source>RestoreObjects must be a JSON array of objects such as [{"DBName":"source","NewDBName":"destination"}].</source>
        <translation>RestoreObjects 必须是由对象组成的 JSON 数组，例如 [{"DBName":"source","NewDBName":"destination"}]。</translation>
    </message>
    <message>
        <source>%1 must be an object with DBName and NewDBName.</source>
        <translation>%1 必须是包含 DBName 和 NewDBName 的对象。</translation>
    </message>
    <message>
        <source>%1 is not a RestoreObjects key: use DBName, NewDBName, SchemaName or NewSchemaName.</source>
        <translation>%1 不是 RestoreObjects 的键：请使用 DBName、NewDBName、SchemaName 或 NewSchemaName。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>%1 must not start or end with a space.</source>
        <translation>%1 的开头和结尾不能有空格。</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::EnvironmentCredentials</name>
    <message>
        <source>%1 is set but %2 is not; both are needed.</source>
        <translation>已设置 %1，但未设置 %2；两者都必须设置。</translation>
    </message>
    <message>
        <source>%1 must be 32 lower-case hexadecimal characters.</source>
        <translation>%1 必须是 32 个小写十六进制字符。</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ImportedProfileWriter</name>
    <message>
        <source>A profile named "%1" already exists and was left unchanged.</source>
        <translation>名为“%1”的账号配置已存在，未做更改。</translation>
    </message>
    <message>
        <source>The secret of "%1" could not be stored in the keychain: %2</source>
        <translation>无法将“%1”的密钥保存到系统钥匙串：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ProfileStore</name>
    <message>
        <source>There is no profile named "%1".</source>
        <translation>不存在名为“%1”的账号配置。</translation>
    </message>
</context>
<context>
    <name>rdsbm::alibaba::ConcurrentBackupLister</name>
    <message>
        <source>DescribeBackups answered page %1 when page %2 was asked for.</source>
        <translation>请求的是第 %2 页，但 DescribeBackups 返回了第 %1 页。</translation>
    </message>
    <message>
        <source>The backup list changed while it was read (TotalRecordCount went from %1 to %2). List the backups again.</source>
        <translation>读取期间备份集列表发生了变化（TotalRecordCount 从 %1 变为 %2）。请重新列出备份集。</translation>
    </message>
    <message>
        <source>DescribeBackups page %1 lists %2 backups where %3 were expected; the list changed while it was read. List the backups again.</source>
        <translation>DescribeBackups 第 %1 页列出了 %2 个备份集，应为 %3 个；读取期间列表发生了变化。请重新列出备份集。</translation>
    </message>
    <message>
        <source>Expected %1 backups but received %2 different ones; the list changed while it was read. List the backups again.</source>
        <translation>应有 %1 个备份集，但收到了 %2 个不同的备份集；读取期间列表发生了变化。请重新列出备份集。</translation>
    </message>
</context>
<context>
    <name>rdsbm::catalog::BackupLinks</name>
    <message>
        <source>The account %1 is no longer configured.</source>
        <translation>账号 %1 已不在配置中。</translation>
    </message>
    <message>
        <source>The backup has no downloadable file.</source>
        <translation>该备份没有可下载的文件。</translation>
    </message>
    <message>
        <source>The backup set %1 has no download link.</source>
        <translation>备份集 %1 没有下载链接。</translation>
    </message>
    <message>
        <source>The backup set %1 no longer exists.</source>
        <translation>备份集 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::AlibabaBackupsCommand</name>
    <message>
        <source>Pages read: %1 of %2</source>
        <translation>已读取页数：%1 / %2</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliApplication</name>
    <message>
        <source>--provider %1 does not match the command "%2".</source>
        <translation>--provider %1 与命令“%2”不匹配。</translation>
    </message>
    <message>
        <source>--endpoint needs an http or https URL such as https://rds.aliyuncs.com; "%1" is not one.</source>
        <translation>--endpoint 需要 http 或 https URL，例如 https://rds.aliyuncs.com；“%1”不符合要求。</translation>
    </message>
    <message>
        <source>--endpoint and --demo exclude each other: --demo uses the built-in simulator.</source>
        <translation>--endpoint 和 --demo 不能同时使用：--demo 使用内置模拟器。</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>无法启动内置模拟器：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliError</name>
    <message>
        <source>request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 and no error details.</source>
        <translation>服务返回了 HTTP 状态码 %1，但没有错误详情。</translation>
    </message>
    <message>
        <source>The service's reply could not be read.</source>
        <translation>无法读取服务的响应。</translation>
    </message>
    <message>
        <source>The service did not answer in time, even after retries.</source>
        <translation>即使经过重试，服务仍未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>无法连接到服务。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Command</name>
    <message>
        <source>--%1 is required (%2).</source>
        <translation>--%1 为必填项（%2）。</translation>
    </message>
    <message>
        <source>rdsbm reads it from RDSBM_DEST_PASSWORD, or asks for it on a terminal; it is never an option.</source>
        <translation>rdsbm 从 RDSBM_DEST_PASSWORD 读取该值，或在终端中询问；该值不能作为选项传入。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CommandLine</name>
    <message>
        <source>--provider must be alibaba or huawei.</source>
        <translation>--provider 必须是 alibaba 或 huawei。</translation>
    </message>
    <message>
        <source>--output must be table or json.</source>
        <translation>--output 必须是 table 或 json。</translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation>--lang 必须是 en、zh_CN、zh_TW、ja 之一。</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 86400.</source>
        <translation>--timeout 必须是 1 到 86400 之间的整数秒数。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run rdsbm --help for the list.</source>
        <translation>未知命令“%1”。运行 rdsbm --help 查看命令列表。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for "rdsbm %2".</source>
        <translation>“rdsbm %2”不支持选项 --%1。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 需要一个值（%2）。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 指定了两次。</translation>
    </message>
    <message>
        <source>No command given. Run rdsbm --help for the list.</source>
        <translation>未指定命令。运行 rdsbm --help 查看命令列表。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Usage: rdsbm %1 [options]</source>
        <translation>用法：rdsbm %1 [选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Usage: rdsbm &lt;command&gt; [options]</source>
        <translation>用法：rdsbm &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation>适用于 Alibaba Cloud RDS、DBS 和 Huawei Cloud RDS 的备份与恢复工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 2 invalid usage or input, nothing sent; 3 the service answered with an error; 4 network failure or timeout after retries; 5 a downloaded file failed verification; 6 a confirmation was refused or missing; 1 a local failure (the job journal or a file could not be written).</source>
        <translation>退出码：0 成功；2 用法或输入无效，未发送任何请求；3 服务返回错误；4 重试后仍网络故障或超时；5 下载的文件校验失败；6 确认被拒绝或缺失；1 本地故障（无法写入任务记录文件或其他文件）。</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>Alibaba Cloud access key ID (with ALIBABA_CLOUD_ACCESS_KEY_SECRET, optionally ALIBABA_CLOUD_SECURITY_TOKEN).</source>
        <translation>Alibaba Cloud AccessKey ID（需同时设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET，可选设置 ALIBABA_CLOUD_SECURITY_TOKEN）。</translation>
    </message>
    <message>
        <source>Huawei Cloud access key (with HUAWEICLOUD_SDK_SK, optionally HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation>Huawei Cloud 访问密钥 ID（AK）（需同时设置 HUAWEICLOUD_SDK_SK，可选设置 HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>The destination database password of rdsbm dbs restore; without it, rdsbm asks on the terminal.</source>
        <translation>rdsbm dbs restore 使用的目标数据库密码；未设置时，rdsbm 会在终端中询问。</translation>
    </message>
    <message>
        <source>Where the job journal is kept (shared with the desktop application); default: the application's data folder.</source>
        <translation>任务记录文件的存放位置（与桌面应用程序共用）；默认为应用程序的数据文件夹。</translation>
    </message>
    <message>
        <source>How often running jobs are asked about, in milliseconds (default 3000).</source>
        <translation>查询运行中任务状态的时间间隔，单位为毫秒（默认 3000）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Confirmation</name>
    <message>
        <source>Nothing existing is overwritten.</source>
        <translation>不会覆盖任何已有数据。</translation>
    </message>
    <message>
        <source>This overwrites:</source>
        <translation>此操作将覆盖：</translation>
    </message>
    <message>
        <source>This command changes data and there is no terminal to confirm it on: nothing was sent. Run it again with --yes to confirm.</source>
        <translation>此命令会更改数据，但没有可用于确认的终端：未发送任何请求。请加上 --yes 再次运行以确认。</translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <extracomment>The user must type the English word "yes" (or "y") to go on.</extracomment>
        <translation>输入 yes 继续： </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>未确认：未发送任何请求。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DbsRestoreCommand</name>
    <message>
        <source>Give either --backup-set-id (BackupSetId) or --restore-time (RestoreTime), not both and not neither.</source>
        <translation>--backup-set-id（BackupSetId）和 --restore-time（RestoreTime）必须且只能指定其一。</translation>
    </message>
    <message>
        <source>--cross-aliyun-id (CrossAliyunId) and --cross-role (CrossRoleName) go together.</source>
        <translation>--cross-aliyun-id（CrossAliyunId）和 --cross-role（CrossRoleName）必须同时指定。</translation>
    </message>
    <message>
        <source>--dest-type (DestinationEndpointInstanceType) must be one of RDS, ECS, Express, Agent, DDS, Other, dg; "%1" is not.</source>
        <translation>--dest-type（DestinationEndpointInstanceType）必须是 RDS、ECS、Express、Agent、DDS、Other、dg 之一；“%1”不符合要求。</translation>
    </message>
    <message>
        <source>--conflict (DuplicateConflict) must be failure or renamenew; "%1" is not.</source>
        <translation>--conflict（DuplicateConflict）必须是 failure 或 renamenew；“%1”不符合要求。</translation>
    </message>
    <message>
        <source>Password of %1 at the destination (DestinationEndpointPassword): </source>
        <translation>目标端账号 %1 的密码（DestinationEndpointPassword）： </translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DownloadBackupCommand</name>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>--out: %1 exists already; it is never overwritten. Choose another path or remove it.</source>
        <translation>--out：%1 已存在，且不会被覆盖。请选择其他路径或将其删除。</translation>
    </message>
    <message>
        <source>The instance %1 has no backup set %2.</source>
        <translation>实例 %1 没有备份集 %2。</translation>
    </message>
    <message>
        <source>The backup set %1 has no intranet download link (BackupIntranetDownloadURL).</source>
        <translation>备份集 %1 没有内网下载链接（BackupIntranetDownloadURL）。</translation>
    </message>
    <message>
        <source>The backup set %1 has no download link (BackupDownloadURL).</source>
        <translation>备份集 %1 没有外网下载链接（BackupDownloadURL）。</translation>
    </message>
    <message>
        <source>The download link expired; asking for the backup set again.</source>
        <translation>下载链接已过期；正在重新查询该备份集。</translation>
    </message>
    <message>
        <source>The transfer stopped (attempt %1); going on from byte %2 in %3 s.</source>
        <translation>传输中断（第 %1 次尝试）；将在 %3 秒后从第 %2 字节处继续。</translation>
    </message>
    <message>
        <source>Resuming from %1 bytes already in %2.</source>
        <translation>从 %2 中已有的 %1 字节处继续下载。</translation>
    </message>
    <message>
        <source>Downloading backup set %1 (%2 bytes) to %3.</source>
        <translation>正在将备份集 %1（%2 字节）下载到 %3。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (%3%)</source>
        <translation>%1 / %2 字节（%3%）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>CRC-64 verified: %1.</source>
        <translation>CRC-64 校验通过：%1。</translation>
    </message>
    <message>
        <source>expected CRC-64 %1, computed %2</source>
        <translation>预期 CRC-64 为 %1，计算结果为 %2</translation>
    </message>
    <message>
        <source>Run the same command again to go on from %1.part.</source>
        <translation>再次运行同一命令即可从 %1.part 继续下载。</translation>
    </message>
    <message>
        <source>--out: %1 cannot be written: %2</source>
        <translation>--out：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::HuaweiRestoreCommand</name>
    <message>
        <source>Give either --backup-id (source.type backup) or --restore-time (source.type timestamp), not both and not neither.</source>
        <translation>--backup-id（source.type backup）和 --restore-time（source.type timestamp）必须且只能指定其一。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobFollower</name>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Asking about job %1 failed (%2); trying again.</source>
        <translation>查询任务 %1 失败（%2）；正在重试。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobsWaitCommand</name>
    <message>
        <source>rdsbm jobs wait takes one job id (the localId that rdsbm jobs list shows).</source>
        <translation>rdsbm jobs wait 需要一个任务 ID（即 rdsbm jobs list 显示的 localId）。</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal of %2.</source>
        <translation>%2 的任务记录中没有任务 %1。</translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation>无法确定任务 %1 的结果。</translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation>任务 %1 以 %2 状态结束。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::OperationCommand</name>
    <message>
        <source>Job %1 recorded; if this command is interrupted, follow it with: rdsbm jobs wait %1</source>
        <translation>已记录任务 %1；如果此命令被中断，可运行以下命令继续跟踪：rdsbm jobs wait %1</translation>
    </message>
    <message>
        <source>ClientToken: %1 (to retry this same request, pass --client-token %1)</source>
        <translation>ClientToken：%1（如需重试同一请求，请传入 --client-token %1）</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>无法记录该任务，因此未发送任何请求：%1</translation>
    </message>
    <message>
        <source>The job %1 stays recorded; rdsbm jobs wait %1 finds out what happened.</source>
        <translation>任务 %1 仍保留在记录中；运行 rdsbm jobs wait %1 可查明其结果。</translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation>无法确定任务 %1 的结果。</translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation>任务 %1 以 %2 状态结束。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::RestoreDdrCommand</name>
    <message>
        <source>Give either --backup-set-id (RestoreType 0, from a backup set) or --restore-time (RestoreType 1, a point in time), not both and not neither.</source>
        <translation>--backup-set-id（RestoreType 0，按备份集恢复）和 --restore-time（RestoreType 1，按时间点恢复）必须且只能指定其一。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsBackupPlanQuery</name>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation>PageNum 从 0 开始计数，不能为负数。</translation>
    </message>
    <message>
        <source>Each BackupPlanId must be a single, non-empty id.</source>
        <translation>每个 BackupPlanId 都必须是单个非空 ID。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsReplyParser</name>
    <message>
        <source>The reply field %1 has no BeginTimestampForRestore or EndTimestampForRestore.</source>
        <translation>响应字段 %1 中没有 BeginTimestampForRestore 或 EndTimestampForRestore。</translation>
    </message>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation>响应字段 %1 的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>响应中没有字段 %1。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply field %1 is %2, more than 100 percent.</source>
        <translation>响应字段 %1 为 %2，超过了 100%。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsRestoreTaskQuery</name>
    <message>
        <source>Give either BackupPlanId or RestoreTaskId, not both.</source>
        <translation>BackupPlanId 和 RestoreTaskId 只能指定其一。</translation>
    </message>
    <message>
        <source>BackupPlanId or RestoreTaskId is required: the plan whose restore tasks to list, or the tasks themselves.</source>
        <translation>必须指定 BackupPlanId 或 RestoreTaskId：即要列出其恢复任务的备份计划，或恢复任务本身。</translation>
    </message>
    <message>
        <source>Each RestoreTaskId must be a single, non-empty id.</source>
        <translation>每个 RestoreTaskId 都必须是单个非空 ID。</translation>
    </message>
    <message>
        <source>EndTimestamp must not be before StartTimestamp.</source>
        <translation>EndTimestamp 不能早于 StartTimestamp。</translation>
    </message>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation>PageNum 从 0 开始计数，不能为负数。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::BackupDownload</name>
    <message>
        <source>No file name was given for the download.</source>
        <translation>未指定下载的文件名。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or allow the file to be replaced.</source>
        <translation>%1 已存在。请选择其他文件名，或允许替换该文件。</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <source>Could not resume writing %1: %2</source>
        <translation>无法继续写入 %1：%2</translation>
    </message>
    <message>
        <source>No download link is known yet.</source>
        <translation>尚无可用的下载链接。</translation>
    </message>
    <message>
        <source>The download link expired at %1.</source>
        <translation>下载链接已于 %1 过期。</translation>
    </message>
    <message>
        <source>%1 No fresh link can be requested for this download.</source>
        <translation>%1 无法为此下载请求新的链接。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The link was renewed %n time(s) without any data arriving.</source>
        <translation>
            <numerusform>%1 链接已更新 %n 次，但仍未收到任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained.</source>
        <translation>下载链接已过期，且无法获取新的链接。</translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained: %1</source>
        <translation>下载链接已过期，且无法获取新的链接：%1</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The connection broke after %1 bytes: %2</source>
        <translation>已接收 %1 字节后连接中断：%2</translation>
    </message>
    <message>
        <source>The server ended the transfer at %1 of %2 bytes.</source>
        <translation>服务器在 %1 / %2 字节处结束了传输。</translation>
    </message>
    <message>
        <source>The server refused the download link (HTTP 403); it has probably expired.</source>
        <translation>服务器拒绝了下载链接（HTTP 403）；链接可能已过期。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>服务器返回 HTTP %1（%2）。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>服务器对 %3 返回 HTTP %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The download failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后下载失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty %1 to start over: %2</source>
        <translation>无法清空 %1 以重新开始：%2</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the backup's Checksum is %2.</source>
        <translation>下载的文件已损坏：其 CRC-64 为 %1，但备份集的校验值（Checksum）为 %2。</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the server reported %2.</source>
        <translation>下载的文件已损坏：其 CRC-64 为 %1，但服务器报告的值为 %2。</translation>
    </message>
    <message>
        <source>%1 Moving the bytes to %2 failed too: %3</source>
        <translation>%1 将数据移动到 %2 也失败了：%3</translation>
    </message>
    <message>
        <source>%1 The bytes were kept as %2 and nothing was written to %3.</source>
        <translation>%1 数据已保留为 %2，未写入 %3。</translation>
    </message>
    <message>
        <source>No checksum is known for this backup, so the download cannot be verified. The bytes were kept in %1.</source>
        <translation>该备份没有已知的校验值，无法校验下载的内容。数据已保留在 %1 中。</translation>
    </message>
    <message>
        <source>%1 appeared during the download and was not replaced; the downloaded file is %2.</source>
        <translation>下载期间出现了 %1，该文件未被替换；下载的文件为 %2。</translation>
    </message>
    <message>
        <source>Could not move the downloaded file to %1: %2</source>
        <translation>无法将下载的文件移动到 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1; its CRC-64 %2 matched.</source>
        <translation>已保存 %1；其 CRC-64 %2 校验一致。</translation>
    </message>
    <message>
        <source>Saved %1 without verification: no checksum is known for this backup.</source>
        <translation>已保存 %1，但未经校验：该备份没有已知的校验值。</translation>
    </message>
    <message numerus="yes">
        <source>The download was canceled; %1 keeps the %n byte(s) received so far.</source>
        <translation>
            <numerusform>下载已取消；%1 保留了目前已接收的 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>%1 秒内未收到任何数据。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::DownloadQueue</name>
    <message>
        <source>Could not read the list of unfinished downloads %1: %2</source>
        <translation>无法读取未完成下载列表 %1：%2</translation>
    </message>
    <message>
        <source>The list of unfinished downloads %1 is damaged and was not read.</source>
        <translation>未完成下载列表 %1 已损坏，未读取。</translation>
    </message>
    <message>
        <source>The download was removed from the queue.</source>
        <translation>该下载已从队列中移除。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::PartialFileChecksum</name>
    <message>
        <source>Could not read %1 to resume it: %2</source>
        <translation>无法读取 %1 以继续下载：%2</translation>
    </message>
    <message>
        <source>Could not read %1 to resume it: it ended after %2 of %3 bytes.</source>
        <translation>无法读取 %1 以继续下载：文件在 %2 / %3 字节处就结束了。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiBackupFilter</name>
    <message>
        <source>instance_id is required: backups are listed per instance.</source>
        <translation>instance_id 为必填项：备份按实例列出。</translation>
    </message>
    <message>
        <source>backup_type must be one of %1.</source>
        <translation>backup_type 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>status must be one of %1.</source>
        <translation>status 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>begin_time and end_time go together: give both or neither.</source>
        <translation>begin_time 和 end_time 必须同时指定或同时省略。</translation>
    </message>
    <message>
        <source>end_time must be later than begin_time.</source>
        <translation>end_time 必须晚于 begin_time。</translation>
    </message>
    <message>
        <source>The number of backups to list must be at least 1.</source>
        <translation>要列出的备份数量至少为 1。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiInstanceFilter</name>
    <message>
        <source>tags can filter on at most 10 key=value pairs.</source>
        <translation>tags 最多只能按 10 个 key=value 对进行过滤。</translation>
    </message>
    <message>
        <source>Each tag filter needs a key without ',' or '=' and a value without ','.</source>
        <translation>每个标签过滤条件都需要一个不含 ',' 或 '=' 的键，以及一个不含 ',' 的值。</translation>
    </message>
    <message>
        <source>The number of instances to list must be at least 1.</source>
        <translation>要列出的实例数量至少为 1。</translation>
    </message>
    <message>
        <source>%1 cannot be '*' alone: a leading '*' makes a fuzzy search for what follows it.</source>
        <translation>%1 不能只有一个 '*'：开头的 '*' 表示对其后的内容进行模糊搜索。</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (case-sensitive).</source>
        <translation>%1 必须是 %2 之一（区分大小写）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiRdsClient</name>
    <message>
        <source>IAM has no project named %1 for this account: check the region, or set the project id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation>IAM 中没有此账号名为 %1 的项目：请检查地域，或在账号配置中设置项目 ID（HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>IAM has %1 projects named %2 (%3): choose one and set its id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation>IAM 中有 %1 个名为 %2 的项目（%3）：请选择其中一个，并在账号配置中设置其 ID（HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>instance_id is required: restorable times are listed per instance.</source>
        <translation>instance_id 为必填项：可恢复时间段按实例查询。</translation>
    </message>
    <message>
        <source>id is required: the job to look up.</source>
        <translation>id 为必填项：要查询的任务。</translation>
    </message>
    <message>
        <source>backup_id is required: the backup whose files to list.</source>
        <translation>backup_id 为必填项：要列出其文件的备份。</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作已取消。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyParser</name>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation>响应字段 %1 的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage such as "60%".</source>
        <translation>响应字段 %1 不是类似 "60%" 的百分比。</translation>
    </message>
    <message>
        <source>The reply field %1 is "%2", not Running, Completed or Failed.</source>
        <translation>响应字段 %1 为“%2”，不是 Running、Completed 或 Failed。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>响应中没有字段 %1。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation>响应中没有字段 %1。</translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation>响应字段 %1 为空。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>响应字段 %1 不是字符串。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation>响应字段 %1 不是整数。</translation>
    </message>
    <message>
        <source>The reply field %1 is negative; a count is zero or more.</source>
        <translation>响应字段 %1 为负数；计数值必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation>响应字段 %1 不是 true 或 false。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a time such as 2018-08-06T12:41:14+0800.</source>
        <translation>响应字段 %1 不是类似 2018-08-06T12:41:14+0800 的时间。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation>响应字段 %1 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation>响应字段 %1 不是对象。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation>响应字段 %1 不是列表。</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::BackupTableModel</name>
    <message>
        <source>CRC-64 of the backup file: %1</source>
        <translation>备份文件的 CRC-64：%1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>备份集 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>备份类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>备份方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>备份模式</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>发起方</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::DownloadTableModel</name>
    <message>
        <source>Expected CRC-64 %1, received %2.</source>
        <translation>预期 CRC-64 为 %1，实际收到 %2。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Bytes received of the file's size, e.g. "12.5 MB of 300 MB".</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>Download speed, e.g. "2.5 MB/s".</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds left, e.g. "42 s".</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Checking the partial file</source>
        <translation>正在检查部分下载的文件</translation>
    </message>
    <message>
        <source>Getting a fresh link</source>
        <translation>正在获取新链接</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>等待重试</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Mismatch: kept as .corrupt</source>
        <extracomment>The downloaded bytes did not match the checksum; they were kept as FILE.corrupt.</extracomment>
        <translation>不一致：已保留为 .corrupt</translation>
    </message>
    <message>
        <source>Unverified: no checksum</source>
        <translation>未校验：无校验值</translation>
    </message>
    <message>
        <source>Checked when complete</source>
        <translation>下载完成后校验</translation>
    </message>
    <message>
        <source>No checksum to check</source>
        <translation>无校验值可供校验</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::InstanceTreeModel</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · %5</source>
        <translation>%1 · %2 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储空间</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::JobTableModel</name>
    <message>
        <source>The application stopped while this job was being submitted and the provider could not tell whether it arrived. Check the instance before submitting it again.</source>
        <translation>提交此任务时应用程序已停止，且云服务商无法确认请求是否已送达。再次提交前，请先检查实例。</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation>跨地域恢复</translation>
    </message>
    <message>
        <source>DBS restore</source>
        <translation>DBS 恢复</translation>
    </message>
    <message>
        <source>Huawei Cloud restore</source>
        <translation>Huawei Cloud 恢复</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown: check with the provider</source>
        <extracomment>The provider could not say whether a job sent just before a crash arrived.</extracomment>
        <translation>未知：请向云服务商核实</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>云服务商状态</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation>云服务商任务 ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CallDeadline</name>
    <message numerus="yes">
        <source>No reply within the time limit of %n second(s).</source>
        <translation>
            <numerusform>在 %n 秒的时限内未收到响应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CreateBackupOperation</name>
    <message>
        <source>The instance %1 is %2: CreateBackup needs it Running.</source>
        <translation>实例 %1 的状态为 %2：CreateBackup 要求实例状态为 Running。</translation>
    </message>
    <message>
        <source>A new backup set of the instance %1 (%2 %3, %4) will be created.</source>
        <translation>将为实例 %1（%2 %3，%4）创建新的备份集。</translation>
    </message>
    <message>
        <source>BackupMethod: %1</source>
        <translation>BackupMethod：%1</translation>
    </message>
    <message>
        <source>Physical (the default)</source>
        <translation>Physical（默认值）</translation>
    </message>
    <message>
        <source>BackupStrategy: %1</source>
        <translation>BackupStrategy：%1</translation>
    </message>
    <message>
        <source>DBName: %1</source>
        <translation>DBName：%1</translation>
    </message>
    <message>
        <source>BackupType: %1</source>
        <translation>BackupType：%1</translation>
    </message>
    <message>
        <source>Auto (the default)</source>
        <translation>Auto（默认值）</translation>
    </message>
    <message>
        <source>The backup request was canceled after it was sent; it may still have started a backup job.</source>
        <translation>备份请求在发出后被取消；备份任务可能仍已启动。</translation>
    </message>
    <message>
        <source>No usable reply to CreateBackup (%1): looking for a running backup job of %2 before sending anything again.</source>
        <translation>CreateBackup 未收到可用的响应（%1）：在重新发送之前，先查找 %2 正在运行的备份任务。</translation>
    </message>
    <message>
        <source>CreateBackup got no usable reply, and the running backup jobs could not be listed (%1): the backup may or may not have started.</source>
        <translation>CreateBackup 未收到可用的响应，且无法列出正在运行的备份任务（%1）：备份可能已启动，也可能未启动。</translation>
    </message>
    <message>
        <source>Found the running backup job %1 of %2: following it instead of sending again.</source>
        <translation>找到了 %2 正在运行的备份任务 %1：将跟踪该任务，不再重新发送请求。</translation>
    </message>
    <message>
        <source>No backup job runs on %1: the request did not take effect; sending it again.</source>
        <translation>%1 上没有正在运行的备份任务：请求未生效；正在重新发送。</translation>
    </message>
    <message>
        <source>The service says a backup job exists on %1, but none is listed as running: the backup may have finished already.</source>
        <translation>服务返回 %1 上已存在备份任务，但列表中没有正在运行的任务：备份可能已经完成。</translation>
    </message>
    <message numerus="yes">
        <source>CreateBackup got no usable reply %n time(s) and no backup job is running on %1: the backup may have finished or failed already.</source>
        <translation>
            <numerusform>CreateBackup %n 次未收到可用的响应，且 %1 上没有正在运行的备份任务：备份可能已经完成或失败。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::DbsRestoreOperation</name>
    <message>
        <source>There is no backup plan %1 in the region %2 (BackupPlanId).</source>
        <translation>地域 %2 中没有备份计划 %1（BackupPlanId）。</translation>
    </message>
    <message>
        <source>The restore task %1 will restore the backup plan %2 (%3) to the %4 destination %5 in %6.</source>
        <translation>恢复任务 %1 将把备份计划 %2（%3）恢复到 %6 的 %4 目标 %5。</translation>
    </message>
    <message>
        <source>BackupSetId: %1</source>
        <translation>BackupSetId：%1</translation>
    </message>
    <message>
        <source>RestoreTime: %1</source>
        <translation>RestoreTime：%1</translation>
    </message>
    <message>
        <source>ClientToken: %1</source>
        <translation>ClientToken：%1</translation>
    </message>
    <message>
        <source>The task starts once created (StartRestoreTask).</source>
        <translation>任务创建后立即启动（StartRestoreTask）。</translation>
    </message>
    <message>
        <source>The task is created but not started.</source>
        <translation>任务仅创建，不启动。</translation>
    </message>
    <message>
        <source>Database %1, restored as %2</source>
        <translation>数据库 %1，恢复为 %2</translation>
    </message>
    <message>
        <source>The database %1 at the destination; objects that exist already are restored under new names (renamenew).</source>
        <translation>目标端的数据库 %1；已存在的同名对象将以新名称恢复（renamenew）。</translation>
    </message>
    <message>
        <source>The database %1 at the destination; the task fails if objects of the same name exist (failure).</source>
        <translation>目标端的数据库 %1；如存在同名对象，任务将失败（failure）。</translation>
    </message>
    <message>
        <source>CreateRestoreTask got no usable reply; running the same command again with --client-token %1 is safe: the service creates the task at most once.</source>
        <translation>CreateRestoreTask 未收到可用的响应；使用 --client-token %1 再次运行同一命令是安全的：服务最多只会创建一次该任务。</translation>
    </message>
    <message>
        <source>The restore task %1 was created but StartRestoreTask failed.</source>
        <translation>恢复任务 %1 已创建，但 StartRestoreTask 失败。</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::HuaweiRestoreOperation</name>
    <message>
        <source>There is no instance %1 in the region %2 (source.instance_id).</source>
        <translation>地域 %2 中没有实例 %1（source.instance_id）。</translation>
    </message>
    <message>
        <source>There is no instance %1 in the region %2 (target.instance_id).</source>
        <translation>地域 %2 中没有实例 %1（target.instance_id）。</translation>
    </message>
    <message>
        <source>The instance %1 is %2: it can only be restored into while it is ACTIVE.</source>
        <translation>实例 %1 的状态为 %2：只有处于 ACTIVE 状态的实例才能作为恢复目标。</translation>
    </message>
    <message>
        <source>The instance %1 has no backup %2 (source.backup_id).</source>
        <translation>实例 %1 没有备份 %2（source.backup_id）。</translation>
    </message>
    <message>
        <source>the backup %1 of %2</source>
        <translation>%2 的备份 %1</translation>
    </message>
    <message>
        <source>the data of %1 as it was at %2</source>
        <translation>%1 在 %2 时的数据</translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be restored to %3.</source>
        <translation>实例 %1（%2）将恢复为 %3。</translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be overwritten with %3.</source>
        <translation>实例 %1（%2）将被 %3 覆盖。</translation>
    </message>
    <message>
        <source>Source: %1 (%2, %3 %4)</source>
        <translation>源实例：%1（%2，%3 %4）</translation>
    </message>
    <message>
        <source>Target: %1 (%2, %3 %4, %5 GB)</source>
        <translation>目标实例：%1（%2，%3 %4，%5 GB）</translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation>实例 %1 上的所有数据库都将被替换，其中现有的数据将丢失。</translation>
    </message>
    <message>
        <source>The restore request was canceled after it was sent; it may still have started.</source>
        <translation>恢复请求在发出后被取消；恢复可能仍已开始。</translation>
    </message>
    <message>
        <source>No usable reply to the restore request (%1): looking at the status of %2.</source>
        <translation>恢复请求未收到可用的响应（%1）：正在查看 %2 的状态。</translation>
    </message>
    <message>
        <source>The instance %1 is RESTORING: the request arrived.</source>
        <translation>实例 %1 处于 RESTORING 状态：请求已送达。</translation>
    </message>
    <message>
        <source>The restore request got no usable reply and the instance %1 is not RESTORING: it may not have arrived, or may start later. It is not sent again; check the instance before restoring again.</source>
        <translation>恢复请求未收到可用的响应，且实例 %1 未处于 RESTORING 状态：请求可能未送达，也可能稍后才开始。该请求不会重新发送；再次恢复前，请先检查实例。</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::RestoreDdrTableOperation</name>
    <message>
        <source>The instance %1 is %2: RestoreDdrTable needs it Running.</source>
        <translation>实例 %1 的状态为 %2：RestoreDdrTable 要求实例状态为 Running。</translation>
    </message>
    <message>
        <source>Databases and tables of the cross-region backup set %1 will be restored into the instance %2 (%3).</source>
        <translation>跨地域备份集 %1 中的库表将恢复到实例 %2（%3）。</translation>
    </message>
    <message>
        <source>Databases and tables of the instance %1 (%2) as they were at %3 will be restored into the instance %4 (%5).</source>
        <translation>实例 %1（%2）在 %3 时的库表将恢复到实例 %4（%5）。</translation>
    </message>
    <message>
        <source>ClientToken: %1</source>
        <translation>ClientToken：%1</translation>
    </message>
    <message>
        <source>Database %1, restored whole as %2</source>
        <translation>数据库 %1，整库恢复为 %2</translation>
    </message>
    <message>
        <source>Table %1.%2, restored as %3.%4</source>
        <translation>表 %1.%2，恢复为 %3.%4</translation>
    </message>
    <message>
        <source>The table %1 is written into the existing database %2 of %3.</source>
        <translation>表 %1 将写入 %3 中已有的数据库 %2。</translation>
    </message>
    <message>
        <source>RestoreDdrTable got no usable reply; sending it again with the same ClientToken %1 is safe: the service runs it at most once.</source>
        <translation>RestoreDdrTable 未收到可用的响应；使用相同的 ClientToken %1 重新发送是安全的：服务最多只会执行一次。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::AccountsController</name>
    <message>
        <source>The account %1 was added.</source>
        <translation>已添加账号 %1。</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo could not be started. Run %1 --demo instead.</source>
        <translation>无法启动演示。请改为运行 %1 --demo。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts from the CLI…</source>
        <translation>从 CLI 导入账号(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose an account in the instance browser first.</source>
        <translation>请先在实例浏览器中选择一个账号。</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>账号 %1 已保存。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove the account %1? Its secret is deleted from the system keychain. Its jobs and downloaded files stay.</source>
        <translation>确定删除账号 %1 吗？其密钥将从系统钥匙串中删除，其任务和已下载的文件保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The account %1 was removed.</source>
        <translation>账号 %1 已删除。</translation>
    </message>
    <message>
        <source>The account %1 was removed, but its secret could not be deleted from the keychain: %2</source>
        <translation>账号 %1 已删除，但无法从钥匙串中删除其密钥：%2</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>编辑账号(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>删除账号(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ActivityNotifier</name>
    <message>
        <source>%1 on %2 succeeded.</source>
        <translation>%2 上的%1任务已成功。</translation>
    </message>
    <message>
        <source>%1 on %2 was canceled.</source>
        <translation>%2 上的%1任务已取消。</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3 %4</source>
        <translation>%2 上的%1任务失败：%3 %4</translation>
    </message>
    <message>
        <source>%1 on %2 failed.</source>
        <translation>%2 上的%1任务失败。</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>任务已完成</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>任务失败</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <source>%1 was downloaded and matches its checksum.</source>
        <translation>%1 已下载，且与其校验值一致。</translation>
    </message>
    <message>
        <source>%1 was downloaded; the provider gave no checksum to verify it.</source>
        <translation>%1 已下载；云服务商未提供校验值，无法校验。</translation>
    </message>
    <message>
        <source>Download failed verification</source>
        <translation>下载校验失败</translation>
    </message>
    <message>
        <source>%1 does not match its checksum; the bytes were kept as a .corrupt file.</source>
        <translation>%1 与其校验值不一致；数据已保留为 .corrupt 文件。</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ApplicationContext</name>
    <message>
        <source>The profile %1 was left out: its secret could not be read from the system keychain (%2).</source>
        <translation>已跳过账号配置 %1：无法从系统钥匙串读取其密钥（%2）。</translation>
    </message>
    <message>
        <source>the entry is empty</source>
        <translation>该条目为空</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDetailsPanel</name>
    <message>
        <source>Backup set %1</source>
        <translation>备份集 %1</translation>
    </message>
    <message>
        <source>No backup set selected</source>
        <translation>未选择备份集</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1 (CRC-64)</source>
        <translation>%1（CRC-64）</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>Downloading and verifying…</source>
        <translation>正在下载并校验…</translation>
    </message>
    <message>
        <source>Verified: the file matches the checksum</source>
        <translation>已校验：文件与校验值一致</translation>
    </message>
    <message>
        <source>Mismatch: the file does not match the checksum</source>
        <translation>不一致：文件与校验值不一致</translation>
    </message>
    <message>
        <source>Unverified: downloaded, but no checksum was given</source>
        <translation>未校验：已下载，但未提供校验值</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档存储</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>常规存储</translation>
    </message>
    <message>
        <source>Available (expires; fetched fresh before each download)</source>
        <translation>可用（会过期；每次下载前重新获取）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Available (from inside the region's VPC only)</source>
        <translation>可用（仅限在该地域的 VPC 内访问）</translation>
    </message>
    <message>
        <source>Backup set ID:</source>
        <translation>备份集 ID：</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>备份类型：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>备份方式：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>备份模式：</translation>
    </message>
    <message>
        <source>Initiator:</source>
        <translation>发起方：</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation>校验值：</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>校验结果：</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>是否可用：</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>元数据：</translation>
    </message>
    <message>
        <source>Storage state:</source>
        <translation>存储状态：</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>存储类型：</translation>
    </message>
    <message>
        <source>Consistent time:</source>
        <translation>一致性时间点：</translation>
    </message>
    <message>
        <source>Expected expiry:</source>
        <translation>预计过期时间：</translation>
    </message>
    <message>
        <source>Host instance:</source>
        <translation>所在实例编号：</translation>
    </message>
    <message>
        <source>Download link:</source>
        <translation>外网下载链接：</translation>
    </message>
    <message>
        <source>Intranet link:</source>
        <translation>内网下载链接：</translation>
    </message>
    <message>
        <source>Per-database files:</source>
        <translation>单库备份文件：</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制外网链接</translation>
    </message>
    <message>
        <source>Copy intranet link</source>
        <translation>复制内网链接</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>下载(&amp;D)…</translation>
    </message>
    <message>
        <source>Download (intranet)…</source>
        <translation>下载（内网）…</translation>
    </message>
    <message>
        <source>Asked for from Huawei Cloud when the download starts</source>
        <translation>开始下载时向 Huawei Cloud 获取</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDownloadStarter</name>
    <message>
        <source>Save Backup Set %1</source>
        <translation>保存备份集 %1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupFilterBar</name>
    <message>
        <source>Search backup sets (ID, status, method, checksum)…</source>
        <translation>搜索备份集（ID、状态、备份类型、校验值）…</translation>
    </message>
    <message>
        <source>Search backup sets</source>
        <translation>搜索备份集</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>备份类型(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>备份方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation>开始时间从(&amp;B)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Earliest start time</source>
        <translation>最早开始时间</translation>
    </message>
    <message>
        <source>Latest start time</source>
        <translation>最晚开始时间</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupsPane</name>
    <message numerus="yes">
        <source>%n backup set(s) shown</source>
        <translation>
            <numerusform>显示 %n 个备份集</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（共 %2 个）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::CreateBackupDialog</name>
    <message>
        <source>Physical backup</source>
        <translation>物理备份</translation>
    </message>
    <message>
        <source>Logical backup</source>
        <translation>逻辑备份</translation>
    </message>
    <message>
        <source>Snapshot backup</source>
        <translation>快照备份</translation>
    </message>
    <message>
        <source>Automatic: full or incremental</source>
        <translation>自动选择全量或增量备份</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>全量备份</translation>
    </message>
    <message>
        <source>The whole instance</source>
        <translation>整个实例</translation>
    </message>
    <message>
        <source>Selected databases</source>
        <translation>所选数据库</translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2, %3%).</source>
        <translation>备份任务 %1 正在运行（%2，%3%）。</translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2).</source>
        <translation>备份任务 %1 正在运行（%2）。</translation>
    </message>
    <message>
        <source>CreateBackup accepts database names of lowercase letters, digits and underscores only.</source>
        <translation>CreateBackup 仅接受由小写字母、数字和下划线组成的数据库名称。</translation>
    </message>
    <message>
        <source>Checking that the instance is Running…</source>
        <translation>正在检查实例状态是否为 Running…</translation>
    </message>
    <message>
        <source>The instance is Running.</source>
        <translation>实例状态为 Running。</translation>
    </message>
    <message>
        <source>The instance is %1: it must be Running to be backed up.</source>
        <translation>实例状态为 %1：只有状态为 Running 的实例才能备份。</translation>
    </message>
    <message>
        <source>The instance's status could not be read: %1</source>
        <translation>无法读取实例的状态：%1</translation>
    </message>
    <message>
        <source>Checking for a backup job already running…</source>
        <translation>正在检查是否已有正在运行的备份任务…</translation>
    </message>
    <message>
        <source>No backup job is running on the instance.</source>
        <translation>该实例上没有正在运行的备份任务。</translation>
    </message>
    <message>
        <source>%1 Only one backup job runs at a time: wait until it ends.</source>
        <translation>%1 同一时间只能运行一个备份任务：请等待其结束。</translation>
    </message>
    <message>
        <source>Running backup jobs could not be listed: %1</source>
        <translation>无法列出正在运行的备份任务：%1</translation>
    </message>
    <message>
        <source>Counting today's backup sets…</source>
        <translation>正在统计今天的备份集…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) today, of the %1 an instance may create per day.</source>
        <translation>
            <numerusform>今天已有 %n 个备份集，单个实例每天最多可创建 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today's backup sets could not be counted (at most %1 a day).</source>
        <translation>无法统计今天的备份集（每天最多 %1 个）。</translation>
    </message>
    <message>
        <source>Checking the instance once more…</source>
        <translation>正在再次检查实例…</translation>
    </message>
    <message>
        <source>Sending CreateBackup…</source>
        <translation>正在发送 CreateBackup…</translation>
    </message>
    <message>
        <source>The instance could not be checked.</source>
        <translation>无法检查实例。</translation>
    </message>
    <message>
        <source>Backup job %1 was created; it is followed here and in the job monitor.</source>
        <translation>已创建备份任务 %1；将在此处和任务监视器中跟踪其进度。</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>无法记录该任务，因此未发送任何请求：%1</translation>
    </message>
    <message>
        <source>The service refused the backup.</source>
        <translation>服务拒绝了该备份请求。</translation>
    </message>
    <message>
        <source>The backup job %1 finished.</source>
        <translation>备份任务 %1 已完成。</translation>
    </message>
    <message>
        <source>The backup job %1 ended without a backup set: %2 %3</source>
        <translation>备份任务 %1 已结束，但未生成备份集：%2 %3</translation>
    </message>
    <message>
        <source>Backup job %1 is running.</source>
        <translation>备份任务 %1 正在运行。</translation>
    </message>
    <message>
        <source>Backup job %1 is running: %2.</source>
        <translation>备份任务 %1 正在运行：%2。</translation>
    </message>
    <message>
        <source>Create Backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>A new backup set of %1 (%2, %3 %4) in %5.</source>
        <translation>将为位于 %5 的 %1（%2，%3 %4）创建新的备份集。</translation>
    </message>
    <message>
        <source>Before the backup can start</source>
        <translation>开始备份前需满足的条件</translation>
    </message>
    <message>
        <source>Backup &amp;method:</source>
        <translation>备份类型(&amp;M)：</translation>
    </message>
    <message>
        <source>Backup &amp;type:</source>
        <translation>备份方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translation>备份策略(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>要备份的数据库</translation>
    </message>
    <message>
        <source>Only the choices %1 %2 accepts are offered.</source>
        <translation>仅列出 %1 %2 支持的选项。</translation>
    </message>
    <message>
        <source>&amp;Create Backup</source>
        <translation>创建备份(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsDestinationPage</name>
    <message>
        <source>%1 needs no endpoint fields.</source>
        <translation>%1 无需填写目标端连接字段。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要填写 %2。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>恢复目标</translation>
    </message>
    <message>
        <source>Where the restored databases are written. Only the fields the destination type needs are shown.</source>
        <translation>恢复的数据库将写入此处。仅显示该目标类型所需的字段。</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>任务名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Destination &amp;type:</source>
        <translation>目标类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>连接地址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Backup &amp;gateway ID:</source>
        <translation>备份网关 ID(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>数据库名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Oracle &amp;SID:</source>
        <translation>Oracle SID(&amp;S)：</translation>
    </message>
    <message>
        <source>Restore &amp;directory:</source>
        <translation>恢复目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Program director&amp;y:</source>
        <translation>程序目录(&amp;Y)：</translation>
    </message>
    <message>
        <source>Source account &amp;UID (optional):</source>
        <translation>源账号 UID（可选）(&amp;U)：</translation>
    </message>
    <message>
        <source>RAM ro&amp;le for it (optional):</source>
        <translation>对应的 RAM 角色（可选）(&amp;L)：</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>作为参数 %1 发送</translation>
    </message>
    <message>
        <source>RDS: an ApsaraDB RDS instance</source>
        <translation>RDS：ApsaraDB RDS 实例</translation>
    </message>
    <message>
        <source>ECS: a database on an ECS instance</source>
        <translation>ECS：ECS 实例上的数据库</translation>
    </message>
    <message>
        <source>Express: over Express Connect, VPN Gateway or Smart Access Gateway</source>
        <translation>Express：通过 Express Connect、VPN Gateway 或 Smart Access Gateway 接入</translation>
    </message>
    <message>
        <source>Agent: over a DBS backup gateway</source>
        <translation>Agent：通过 DBS 备份网关接入</translation>
    </message>
    <message>
        <source>DDS: an ApsaraDB for MongoDB instance</source>
        <translation>DDS：ApsaraDB for MongoDB 实例</translation>
    </message>
    <message>
        <source>Other: by IP address and port</source>
        <translation>Other：通过 IP 地址和端口接入</translation>
    </message>
    <message>
        <source>dg: over Database Gateway, without a public address</source>
        <translation>dg：通过 Database Gateway 接入，无公网地址</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsObjectsPage</name>
    <message>
        <source>Databases to restore</source>
        <translation>要恢复的数据库</translation>
    </message>
    <message>
        <source>List the databases to restore (RestoreObjects) and the names they get at the destination.</source>
        <translation>列出要恢复的数据库（RestoreObjects）及其在目标端的名称。</translation>
    </message>
    <message>
        <source>The plan does not say which databases it backs up.</source>
        <translation>该备份计划未说明备份了哪些数据库。</translation>
    </message>
    <message>
        <source>Databases the plan backs up: %1</source>
        <translation>该备份计划备份的数据库：%1</translation>
    </message>
    <message>
        <source>If a name is &amp;taken:</source>
        <translation>遇到同名对象时(&amp;T)：</translation>
    </message>
    <message>
        <source>Fail the task (failure)</source>
        <translation>任务失败（failure）</translation>
    </message>
    <message>
        <source>Restore under a new name (renamenew)</source>
        <translation>以新名称恢复（renamenew）</translation>
    </message>
    <message>
        <source>The restore task fails if an object of the same name exists at the destination: nothing there is overwritten.</source>
        <translation>如果目标端存在同名对象，恢复任务将失败：不会覆盖目标端的任何内容。</translation>
    </message>
    <message>
        <source>Objects whose name is taken are restored under new names, from the second occurrence on.</source>
        <translation>名称已被占用的对象将以新名称恢复（从第二个同名对象开始）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsPlanPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The backup plans could not be listed.</source>
        <translation>无法列出备份计划。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The plan has not made a backup yet.</source>
        <translation>该备份计划尚未进行过备份。</translation>
    </message>
    <message>
        <source>What the plan can be restored to could not be read.</source>
        <translation>无法读取该备份计划的可恢复范围。</translation>
    </message>
    <message>
        <source>The backup plan %1 has no full backup set and no restorable time range yet: there is nothing to restore.</source>
        <translation>备份计划 %1 尚无全量备份集，也没有可恢复时间段：没有可恢复的内容。</translation>
    </message>
    <message>
        <source>Listing the backup plans of %1…</source>
        <translation>正在列出 %1 的备份计划…</translation>
    </message>
    <message>
        <source>Reading what the plan can be restored to…</source>
        <translation>正在读取该备份计划的可恢复范围…</translation>
    </message>
    <message>
        <source>Backup plan</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source>Choose the Database Backup (DBS) plan whose backups are restored.</source>
        <translation>选择要从中恢复备份的数据库备份（DBS）备份计划。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Backup &amp;plans:</source>
        <translation>备份计划(&amp;P)：</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation>计划 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestorePointPage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation>• 从 %1 到 %2</translation>
    </message>
    <message>
        <source>The plan keeps no log backup, so only its full backup sets can be restored.</source>
        <translation>该备份计划未保留日志备份，因此只能恢复其全量备份集。</translation>
    </message>
    <message>
        <source>Any moment in these ranges can be restored:
%1</source>
        <translation>可以恢复到以下时间段内的任意时刻：
%1</translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside every restorable range of the plan.</source>
        <translation>RestoreTime %1 不在该备份计划的任何可恢复时间段内。</translation>
    </message>
    <message>
        <source>Backup set or point in time</source>
        <translation>备份集或时间点</translation>
    </message>
    <message>
        <source>Restore one full backup set (BackupSetId), or the data as it was at a moment (RestoreTime).</source>
        <translation>恢复某个全量备份集（BackupSetId），或恢复某一时刻的数据（RestoreTime）。</translation>
    </message>
    <message>
        <source>A full &amp;backup set:</source>
        <translation>全量备份集(&amp;B)：</translation>
    </message>
    <message>
        <source>A &amp;point in time:</source>
        <translation>时间点(&amp;P)：</translation>
    </message>
    <message>
        <source>Full backup sets</source>
        <translation>全量备份集</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>要恢复到的时间点</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>备份集 ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation>一致性时间点</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestoreWizard</name>
    <message>
        <source>DBS Restore Task</source>
        <translation>DBS 恢复任务</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsSummaryPage</name>
    <message>
        <source>To confirm, type the address of the destination, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>要确认，请输入目标端地址 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>I understand that this restore writes into %1.</source>
        <translation>我了解此次恢复将写入 %1。</translation>
    </message>
    <message>
        <source>then, with the RestoreTaskId it returns:</source>
        <translation>然后，使用返回的 RestoreTaskId：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The full backup set %1</source>
        <translation>全量备份集 %1</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>时间点 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%2，位于 %3</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 恢复为 %2</translation>
    </message>
    <message>
        <source>Everything in the backup</source>
        <translation>备份中的全部内容</translation>
    </message>
    <message>
        <source>Known once the plan has been checked.</source>
        <translation>检查备份计划后显示。</translation>
    </message>
    <message>
        <source>Backup plan:</source>
        <translation>备份计划：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢复自：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>恢复目标：</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>将被覆盖：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>启动：</translation>
    </message>
    <message>
        <source>&amp;Start the task now (StartRestoreTask)</source>
        <translation>立即启动任务（StartRestoreTask）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrBackupSetPage</name>
    <message>
        <source>Logical</source>
        <translation>逻辑备份</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理备份</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量备份</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>全量备份</translation>
    </message>
    <message>
        <source>This copy failed and cannot be restored.</source>
        <translation>该备份副本失败，无法用于恢复。</translation>
    </message>
    <message>
        <source>A logical backup cannot be restored by database and table.</source>
        <translation>逻辑备份不支持库表恢复。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>可以恢复</translation>
    </message>
    <message>
        <source>Cross-region backup set</source>
        <translation>跨地域备份集</translation>
    </message>
    <message>
        <source>Choose the copy to restore. It is restored in the region that holds it.</source>
        <translation>选择要恢复的备份副本。恢复将在保存该副本的地域中进行。</translation>
    </message>
    <message>
        <source>Cross-region &amp;backup sets of the source instance, newest first:</source>
        <translation>源实例的跨地域备份集（按时间从新到旧）(&amp;B)：</translation>
    </message>
    <message>
        <source>Cross-region backup sets</source>
        <translation>跨地域备份集</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>备份集 ID</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>所在地域</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation>一致性时间点</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>备份类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>备份方式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrPointInTimePage</name>
    <message>
        <source>The source instance has no cross-region backup to start a point-in-time restore from.</source>
        <translation>源实例没有可用于按时间点恢复的跨地域备份。</translation>
    </message>
    <message>
        <source>The restorable time range could not be read.</source>
        <translation>无法读取可恢复时间段。</translation>
    </message>
    <message>
        <source>Reading the restorable time range…</source>
        <translation>正在读取可恢复时间段…</translation>
    </message>
    <message>
        <source>The source instance can be restored to any moment from %1 to %2.
In UTC: %3 to %4.</source>
        <translation>源实例可以恢复到 %1 至 %2 之间的任意时刻。
UTC 时间：%3 至 %4。</translation>
    </message>
    <message>
        <source>Sent as %1 (UTC)</source>
        <translation>发送值：%1（UTC）</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation>选择要恢复其数据的时刻。时间以您所在的时区显示。</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>恢复到(&amp;T)：</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>要恢复到的时间点</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrRestoreWizard</name>
    <message>
        <source>Cross-region Restore (RDS)</source>
        <translation>跨地域恢复（RDS）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrSourcePage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: databases and tables can be restored across regions from MySQL instances only.</source>
        <translation>%1：仅 MySQL 实例支持跨地域库表恢复。</translation>
    </message>
    <message>
        <source>A read-only instance keeps no backups of its own.</source>
        <translation>只读实例本身不保留备份。</translation>
    </message>
    <message>
        <source>The cross-region backups of the instance could not be listed.</source>
        <translation>无法列出该实例的跨地域备份。</translation>
    </message>
    <message>
        <source>The databases of the source instance could not be listed.</source>
        <translation>无法列出源实例的数据库。</translation>
    </message>
    <message>
        <source>Instance %1 has no usable cross-region backup (a successful physical copy in another region), so there is nothing to restore across regions. Turn on cross-region backup for it first.</source>
        <translation>实例 %1 没有可用的跨地域备份（在其他地域成功生成的物理备份副本），因此无法进行跨地域恢复。请先为其开启跨地域备份。</translation>
    </message>
    <message>
        <source>Looking up the instance's cross-region backups and databases…</source>
        <translation>正在查询该实例的跨地域备份和数据库…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>恢复源</translation>
    </message>
    <message>
        <source>Choose the instance whose backups were copied to another region, and what to restore.</source>
        <translation>选择备份已复制到其他地域的实例，以及要恢复的内容。</translation>
    </message>
    <message>
        <source>Source &amp;region:</source>
        <translation>源地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation>源实例(&amp;I)：</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>源实例</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢复自：</translation>
    </message>
    <message>
        <source>A cross-region &amp;backup set</source>
        <translation>跨地域备份集(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>时间点(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrSummaryPage</name>
    <message>
        <source>I understand that this restore writes into the instance %1.</source>
        <translation>我了解此次恢复将写入实例 %1。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4) in %5</source>
        <translation>%1（%2，%3 %4），位于 %5</translation>
    </message>
    <message>
        <source>The cross-region backup set %1, kept in %2, consistent at %3</source>
        <translation>跨地域备份集 %1，保存在 %2，一致性时间点为 %3</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>时间点 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>The database %1, whole, as %2</source>
        <translation>整个数据库 %1，恢复为 %2</translation>
    </message>
    <message>
        <source>The table %1.%2 as %3.%4</source>
        <translation>表 %1.%2，恢复为 %3.%4</translation>
    </message>
    <message>
        <source>Known once the target instance has been checked.</source>
        <translation>检查目标实例后显示。</translation>
    </message>
    <message>
        <source>Nothing that exists now: every database and table is created under its new name.</source>
        <translation>不覆盖任何现有内容：所有库表都将以新名称创建。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源实例：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢复自：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标实例：</translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation>恢复内容：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>将被覆盖：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTablesPage</name>
    <message>
        <source>Databases and tables</source>
        <translation>库表</translation>
    </message>
    <message>
        <source>List what to restore and the names it gets on the target. Leave Table empty to restore a whole database.</source>
        <translation>列出要恢复的内容及其在目标实例上的名称。“表”留空即恢复整个数据库。</translation>
    </message>
    <message>
        <source>The databases in the backup are not known.</source>
        <translation>无法获知备份中有哪些数据库。</translation>
    </message>
    <message>
        <source>Databases in the backup: %1</source>
        <translation>备份中的数据库：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation>无法列出地域 %1 的实例。</translation>
    </message>
    <message>
        <source>Can be restored into</source>
        <translation>可作为恢复目标</translation>
    </message>
    <message>
        <source>Runs %1: databases and tables are restored into MySQL instances only.</source>
        <translation>数据库类型为 %1：库表只能恢复到 MySQL 实例。</translation>
    </message>
    <message>
        <source>A read-only instance cannot be restored into.</source>
        <translation>只读实例不能作为恢复目标。</translation>
    </message>
    <message>
        <source>Its status is %1: the target must be Running.</source>
        <translation>其状态为 %1：目标实例必须处于 Running 状态。</translation>
    </message>
    <message>
        <source>MySQL %1, the source runs %2</source>
        <translation>MySQL %1，源实例版本为 %2</translation>
    </message>
    <message>
        <source>The databases of the target instance could not be listed.</source>
        <translation>无法列出目标实例的数据库。</translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation>目标实例</translation>
    </message>
    <message>
        <source>Choose the existing instance the databases and tables are restored into.</source>
        <translation>选择要将库表恢复到的已有实例。</translation>
    </message>
    <message>
        <source>&amp;Instances in %1, the region that holds the copies:</source>
        <translation>%1 中的实例（保存备份副本的地域）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation>正在列出 %1 的实例…</translation>
    </message>
    <message>
        <source>Reading the target instance's databases…</source>
        <translation>正在读取目标实例的数据库…</translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation>%1 中没有可接受此次恢复的实例。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%1 个实例中有 %n 个可接受此次恢复；其他实例会显示原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DownloadsDock</name>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>No downloads. Select a backup set and choose Download to save its file here; unfinished downloads resume at the next start.</source>
        <translation>暂无下载。选择一个备份集并选择“下载”，即可将其文件保存到这里；未完成的下载会在下次启动时继续。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue a paused download, or try a failed one again from where it stopped.</source>
        <translation>继续已暂停的下载，或从中断处重试失败的下载。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the download and remove it from the list; the partial file stays on disk.</source>
        <translation>停止下载并将其从列表中移除；已下载的部分文件会保留在磁盘上。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已完成</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiBackupPage</name>
    <message>
        <source>An incremental backup cannot be restored on its own: choose a full backup, or a point in time.</source>
        <translation>增量备份无法单独恢复：请选择全量备份或时间点。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>可以恢复</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose the completed backup to restore.</source>
        <translation>选择要恢复的已完成备份。</translation>
    </message>
    <message>
        <source>Completed &amp;backups of the source instance, newest first:</source>
        <translation>源实例的已完成备份（按时间从新到旧）(&amp;B)：</translation>
    </message>
    <message>
        <source>Completed backups</source>
        <translation>已完成的备份</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>备份 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>备份方式</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiRestoreWizard</name>
    <message>
        <source>Huawei Cloud Restore</source>
        <translation>Huawei Cloud 恢复</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSourcePage</name>
    <message>
        <source>The restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation>恢复到已有或当前实例不支持 PostgreSQL。</translation>
    </message>
    <message>
        <source>The backups of the instance could not be listed.</source>
        <translation>无法列出该实例的备份。</translation>
    </message>
    <message>
        <source>Instance %1 has no completed backup to restore from. Restore to a point in time instead, or create a backup first.</source>
        <translation>实例 %1 没有可用于恢复的已完成备份。请改为按时间点恢复，或先创建备份。</translation>
    </message>
    <message>
        <source>The restorable time ranges could not be read.</source>
        <translation>无法读取可恢复时间段。</translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: restore from a backup instead.</source>
        <translation>实例 %1 没有可恢复时间段：请改为使用备份恢复。</translation>
    </message>
    <message>
        <source>Reading the instance's restorable time ranges…</source>
        <translation>正在读取该实例的可恢复时间段…</translation>
    </message>
    <message>
        <source>Listing the instance's backups…</source>
        <translation>正在列出该实例的备份…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>恢复源</translation>
    </message>
    <message>
        <source>Choose the instance whose backup or history is restored, and how.</source>
        <translation>选择要恢复其备份或历史数据的实例，以及恢复方式。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation>源实例(&amp;I)：</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>源实例</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢复自：</translation>
    </message>
    <message>
        <source>A &amp;backup</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>时间点(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSummaryPage</name>
    <message>
        <source>I understand that every database on %1 is replaced.</source>
        <translation>我了解 %1 上的所有数据库都将被替换。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4, %5 GB) in %6</source>
        <translation>%1（%2，%3 %4，%5 GB），位于 %6</translation>
    </message>
    <message>
        <source>%1 — the current instance</source>
        <translation>%1 — 当前实例</translation>
    </message>
    <message>
        <source>The backup %1 (%2), taken %3</source>
        <translation>备份 %1（%2），创建于 %3</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>时间点 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation>实例 %1 上的所有数据库都将被替换，其中现有的数据将丢失。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源实例：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢复自：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标实例：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>将被覆盖：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation>无法列出地域 %1 的实例。</translation>
    </message>
    <message>
        <source>Its status is %1: the target must be ACTIVE.</source>
        <translation>其状态为 %1：目标实例必须处于 ACTIVE 状态。</translation>
    </message>
    <message>
        <source>The current instance: the source itself is restored</source>
        <translation>当前实例：恢复源实例本身</translation>
    </message>
    <message>
        <source>Another instance: it is overwritten</source>
        <translation>其他实例：该实例将被覆盖</translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation>目标实例</translation>
    </message>
    <message>
        <source>Restore the current instance, or overwrite another instance of the same region.</source>
        <translation>恢复当前实例，或覆盖同一地域中的其他实例。</translation>
    </message>
    <message>
        <source>&amp;Instances in %1:</source>
        <translation>%1 中的实例(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation>正在列出 %1 的实例…</translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation>%1 中没有可接受此次恢复的实例。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%1 个实例中有 %n 个可接受此次恢复；其他实例会显示原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTimePage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation>• 从 %1 到 %2</translation>
    </message>
    <message>
        <source>The instance has no restorable time range.</source>
        <translation>该实例没有可恢复时间段。</translation>
    </message>
    <message>
        <source>The instance can be restored to any moment in these ranges:
%1</source>
        <translation>该实例可以恢复到以下时间段内的任意时刻：
%1</translation>
    </message>
    <message>
        <source>Sent as %1 (UTC), %2 ms</source>
        <translation>发送值：%1（UTC），即 %2 毫秒</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation>选择要恢复其数据的时刻。时间以您所在的时区显示。</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>恢复到(&amp;T)：</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>要恢复到的时间点</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::InstancePicker</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 cannot be chosen: %2</source>
        <translation>无法选择 %1：%2</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>是否可选</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::JobsDock</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>云服务商状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation>云服务商任务 ID</translation>
    </message>
    <message>
        <source>Local job ID</source>
        <translation>本地任务 ID</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>ClientToken</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>Select a job to see every detail of it.</source>
        <translation>选择一个任务即可查看其全部详情。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>No jobs yet. Backups and restores you start appear here and are followed to their end, also across restarts.</source>
        <translation>暂无任务。您启动的备份和恢复会显示在这里，并会一直跟踪到结束，应用程序重启后也会继续跟踪。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Copy Error Report</source>
        <translation>复制错误报告</translation>
    </message>
    <message>
        <source>Copies the error code, message and request ID, which the provider's support asks for.</source>
        <translation>复制错误码、错误信息和请求 ID，联系云服务商技术支持时需要提供这些信息。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::MainWindow</name>
    <message>
        <source>About RDS Backup Manager</source>
        <translation>关于 RDS Backup Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;Backups and restores for Alibaba Cloud RDS, Database Backup (DBS) and Huawei Cloud RDS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;适用于 Alibaba Cloud RDS、数据库备份（DBS）和 Huawei Cloud RDS 的备份与恢复工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>正在加载实例…</translation>
    </message>
    <message>
        <source>Loading backup sets: page %1 of %2…</source>
        <translation>正在加载备份集：第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Loading backup sets…</source>
        <translation>正在加载备份集…</translation>
    </message>
    <message>
        <source>Could not load the backup sets: %1</source>
        <translation>无法加载备份集：%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Demo mode: simulated clouds on this computer</source>
        <translation>演示模式：在本机上模拟的云环境</translation>
    </message>
    <message>
        <source>RDS Backup Manager — Demo</source>
        <translation>RDS Backup Manager — 演示</translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation>RDS Backup Manager</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload instances and backup sets (%1)</source>
        <translation>重新加载实例和备份集（%1）</translation>
    </message>
    <message>
        <source>&amp;Find Backup Set…</source>
        <translation>查找备份集(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About RDS Backup Manager</source>
        <translation>关于 RDS Backup Manager(&amp;A)</translation>
    </message>
    <message>
        <source>Some saved work could not be read at start-up (see the details). A damaged file is kept beside the new one, never overwritten.</source>
        <translation>启动时有部分已保存的工作无法读取（见详细信息）。损坏的文件会保留在新文件旁边，不会被覆盖。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProblemLabel</name>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>无法连接到服务：%1</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>服务返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The service's answer could not be read: %1</source>
        <translation>无法读取服务的响应：%1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileDialog</name>
    <message>
        <source>A profile named %1 already exists. Choose another name.</source>
        <translation>名为 %1 的账号配置已存在。请使用其他名称。</translation>
    </message>
    <message>
        <source>The default region</source>
        <translation>默认地域</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>其他地域</translation>
    </message>
    <message>
        <source>The AccessKey ID is required.</source>
        <translation>AccessKey ID 为必填项。</translation>
    </message>
    <message>
        <source>The access key (AK) is required.</source>
        <translation>访问密钥 ID（AK）为必填项。</translation>
    </message>
    <message>
        <source>The AccessKey secret is required.</source>
        <translation>AccessKey Secret 为必填项。</translation>
    </message>
    <message>
        <source>The secret key (SK) is required.</source>
        <translation>秘密访问密钥（SK）为必填项。</translation>
    </message>
    <message>
        <source>The endpoint "%1" is not a valid address.</source>
        <translation>服务接入点“%1”不是有效的地址。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The connection was not tested: %1</source>
        <translation>未测试连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The account can use %n region(s).</source>
        <translation>
            <numerusform>连接成功。该账号可以使用 %n 个地域。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The project of %1 is %2.</source>
        <translation>连接成功。%1 的项目为 %2。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Message from the service: %1</source>
        <translation>服务返回的信息：%1</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain, so the profile was not saved: %1</source>
        <translation>无法将密钥保存到系统钥匙串，因此未保存账号配置：%1</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation>密钥保存在系统钥匙串中，不会写入设置文件。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>云服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Other regions:</source>
        <translation>其他地域(&amp;O)：</translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation>AccessKey ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥 ID（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>秘密访问密钥（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation>安全令牌(&amp;U)：</translation>
    </message>
    <message>
        <source>En&amp;dpoint:</source>
        <translation>服务接入点(&amp;D)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名方式(&amp;G)：</translation>
    </message>
    <message>
        <source>For example: production</source>
        <translation>例如：production</translation>
    </message>
    <message>
        <source>Alibaba Cloud (RDS and DBS)</source>
        <translation>Alibaba Cloud（RDS 和 DBS）</translation>
    </message>
    <message>
        <source>Huawei Cloud (RDS)</source>
        <translation>Huawei Cloud（RDS）</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>可选，以逗号分隔</translation>
    </message>
    <message>
        <source>Leave empty to show the instances of every region the account can use.</source>
        <translation>留空则显示该账号可用的所有地域中的实例。</translation>
    </message>
    <message>
        <source>Each region is shown with its own IAM project.</source>
        <translation>每个地域使用其各自的 IAM 项目。</translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation>仅用于 STS 临时凭证</translation>
    </message>
    <message>
        <source>Only for temporary AK/SK</source>
        <translation>仅用于临时 AK/SK</translation>
    </message>
    <message>
        <source>Optional: leave empty for the provider's own endpoints</source>
        <translation>可选：留空则使用云服务商自己的服务接入点</translation>
    </message>
    <message>
        <source>An address that replaces the provider's endpoints, such as a simulator or a proxy.</source>
        <translation>用于替代云服务商服务接入点的地址，例如模拟器或代理。</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Calls DescribeRegions with these credentials.</source>
        <translation>使用这些凭证调用 DescribeRegions。</translation>
    </message>
    <message>
        <source>Looks up the region's project in IAM with these credentials.</source>
        <translation>使用这些凭证在 IAM 中查询该地域的项目。</translation>
    </message>
    <message>
        <source>Cop&amp;y Result</source>
        <translation>复制结果(&amp;Y)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>编辑账号</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileImportDialog</name>
    <message>
        <source>Choose the CLI's Configuration File</source>
        <translation>选择 CLI 的配置文件</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>To be entered</source>
        <translation>待输入</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>已存在同名的账号配置。</translation>
    </message>
    <message>
        <source>The file holds no profile that can be imported.</source>
        <translation>该文件中没有可导入的账号配置。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) can be imported. Untick the ones you do not want.</source>
        <translation>
            <numerusform>可导入 %n 个账号配置。请取消勾选不需要的项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the profiles…</source>
        <translation>正在保存账号配置…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个账号配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>aliyun CLI (Alibaba Cloud)</source>
        <translation>aliyun CLI（Alibaba Cloud）</translation>
    </message>
    <message>
        <source>KooCLI, hcloud (Huawei Cloud)</source>
        <translation>KooCLI / hcloud（Huawei Cloud）</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>找到的账号配置</translation>
    </message>
    <message>
        <source>&amp;Replace saved profiles that have the same name</source>
        <translation>替换已保存的同名账号配置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RequestPreview</name>
    <message>
        <source>Request that will be sent</source>
        <translation>将发送的请求</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreActions</name>
    <message>
        <source>&amp;Operations</source>
        <translation>操作(&amp;O)</translation>
    </message>
    <message>
        <source>Create &amp;Backup…</source>
        <translation>创建备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Create a backup set of the selected Alibaba Cloud instance (%1)</source>
        <translation>为所选的 Alibaba Cloud 实例创建备份集（%1）</translation>
    </message>
    <message>
        <source>&amp;Cross-region Restore (RDS)…</source>
        <translation>跨地域恢复（RDS）(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore databases and tables of a cross-region backup into an existing instance</source>
        <translation>将跨地域备份中的库表恢复到已有实例</translation>
    </message>
    <message>
        <source>&amp;DBS Restore Task…</source>
        <translation>DBS 恢复任务(&amp;D)…</translation>
    </message>
    <message>
        <source>Create and start a Database Backup (DBS) restore task</source>
        <translation>创建并启动数据库备份（DBS）恢复任务</translation>
    </message>
    <message>
        <source>&amp;Huawei Restore…</source>
        <translation>Huawei Cloud 恢复(&amp;H)…</translation>
    </message>
    <message>
        <source>Restore a Huawei Cloud instance from a backup or to a point in time</source>
        <translation>通过备份或按时间点恢复 Huawei Cloud 实例</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreConfirmation</name>
    <message>
        <source>Finish stays disabled until the ID matches exactly.</source>
        <translation>在 ID 完全一致之前，“完成”按钮保持禁用。</translation>
    </message>
    <message>
        <source>The ID matches.</source>
        <translation>ID 一致。</translation>
    </message>
    <message>
        <source>This is not the target instance's ID.</source>
        <translation>这不是目标实例的 ID。</translation>
    </message>
    <message>
        <source>Confirm the target</source>
        <translation>确认目标</translation>
    </message>
    <message>
        <source>To confirm, type the ID of the target instance, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>要确认，请输入目标实例的 ID &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Target instance ID confirmation</source>
        <translation>目标实例 ID 确认</translation>
    </message>
    <message>
        <source>I understand what the restore overwrites</source>
        <translation>我了解此次恢复将覆盖的内容</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreObjectsEditor</name>
    <message>
        <source>The backup plan does not back up a database named %1 (RestoreObjects[%2].DBName).</source>
        <translation>备份计划未备份名为 %1 的数据库（RestoreObjects[%2].DBName）。</translation>
    </message>
    <message>
        <source>Database (DBName)</source>
        <translation>数据库（DBName）</translation>
    </message>
    <message>
        <source>New name (NewDBName)</source>
        <translation>新名称（NewDBName）</translation>
    </message>
    <message>
        <source>Schema (SchemaName)</source>
        <translation>Schema（SchemaName）</translation>
    </message>
    <message>
        <source>New schema (NewSchemaName)</source>
        <translation>新 Schema（NewSchemaName）</translation>
    </message>
    <message>
        <source>Databases to restore</source>
        <translation>要恢复的数据库</translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation>添加数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreSummaryPage</name>
    <message>
        <source>Checking the source and the target once more…</source>
        <translation>正在再次检查源和目标…</translation>
    </message>
    <message>
        <source>The check before sending could not be made.</source>
        <translation>无法完成发送前的检查。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Accepted by the service; follow it in the job monitor.</source>
        <translation>服务已接受请求；可在任务监视器中跟踪。</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>无法记录该任务，因此未发送任何请求：%1</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>服务拒绝了该请求。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check what will happen. Finish sends the request once you have typed the target's ID.</source>
        <translation>请确认将要执行的操作。输入目标的 ID 后，单击“完成”即会发送请求。</translation>
    </message>
    <message>
        <source>&amp;Request that will be sent:</source>
        <translation>将发送的请求(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::TableMetaEditor</name>
    <message>
        <source>Row %1 of TableMeta needs the name of the database to restore.</source>
        <translation>TableMeta 第 %1 行需要填写要恢复的数据库名称。</translation>
    </message>
    <message>
        <source>The database %1 is listed both whole and table by table: keep either the row without a table or the table rows.</source>
        <translation>数据库 %1 既按整库列出，又按表列出：请只保留不含表的行，或只保留表的行。</translation>
    </message>
    <message>
        <source>The rows of the database %1 give it different new names: use the same new name in each.</source>
        <translation>数据库 %1 的各行为其指定了不同的新名称：请在每一行中使用相同的新名称。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>新数据库名</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>新表名</translation>
    </message>
    <message>
        <source>Leave empty to restore the whole database.</source>
        <translation>留空即恢复整个数据库。</translation>
    </message>
    <message>
        <source>Databases and tables to restore</source>
        <translation>要恢复的库表</translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation>添加数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Table</source>
        <translation>添加表(&amp;T)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::WelcomePage</name>
    <message>
        <source>Welcome to RDS Backup Manager</source>
        <translation>欢迎使用 RDS Backup Manager</translation>
    </message>
    <message>
        <source>Find the backup sets of your Alibaba Cloud RDS and Huawei Cloud RDS instances, download them with their checksums verified, and restore them knowing exactly what will be overwritten. There is no account yet.</source>
        <translation>查找 Alibaba Cloud RDS 和 Huawei Cloud RDS 实例的备份集，下载备份文件并核对校验值，在确切了解哪些内容将被覆盖的前提下进行恢复。目前还没有账号。</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Restarts the application with simulated clouds on this computer: sample instances and backups, no account and no network needed.</source>
        <translation>使用本机上模拟的云环境重新启动应用程序：提供示例实例和备份，无需账号，无需网络。</translation>
    </message>
    <message>
        <source>&amp;Add an Account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Enter an AccessKey of Alibaba Cloud or an AK/SK of Huawei Cloud. The secret is kept in the system keychain.</source>
        <translation>输入 Alibaba Cloud 的 AccessKey 或 Huawei Cloud 的 AK/SK。密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;Import from the CLI…</source>
        <translation>从 CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Reads the profiles of the aliyun CLI or of Huawei Cloud's KooCLI (hcloud) and lets you pick the ones to add.</source>
        <translation>读取 aliyun CLI 或 Huawei Cloud KooCLI（hcloud）的账号配置，并让您选择要添加的账号。</translation>
    </message>
    <message>
        <source>The environment variables the providers' SDKs read (ALIBABA_CLOUD_ACCESS_KEY_ID, HUAWEICLOUD_SDK_AK, ...) are used too when they are set at start-up.</source>
        <translation>如果启动时已设置云服务商 SDK 读取的环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID、HUAWEICLOUD_SDK_AK 等），也会使用这些变量。</translation>
    </message>
</context>
</TS>
