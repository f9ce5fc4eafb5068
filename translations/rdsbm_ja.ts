<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApiResultText</name>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>サービスが HTTP ステータスコード %1 を返しました。</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>サービスがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>サービスに接続できませんでした：%1</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>サービスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The service's answer could not be read: %1</source>
        <translation>サービスのレスポンスを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラーコード：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID：%1</translation>
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
        <translation>バックアップタスク %1 は Failed 状態で終了しました。</translation>
    </message>
    <message>
        <source>No backup job runs on %1 and no manual backup set started after the request: it may never have arrived. Create the backup again if it is still needed.</source>
        <translation>%1 で実行中のバックアップタスクはなく、リクエスト後に開始された手動バックアップセットもありません。リクエストが届かなかった可能性があります。まだ必要な場合は、もう一度バックアップを作成してください。</translation>
    </message>
    <message>
        <source>No backup job runs on %1 any more; the manual backup set %2, started after the request, may be its result. Check it before creating another backup.</source>
        <translation>%1 で実行中のバックアップタスクはもうありません。リクエスト後に開始された手動バックアップセット %2 がその結果である可能性があります。別のバックアップを作成する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>--%1 must be an ISO 8601 time in UTC such as 2026-11-20T08:00:00Z; "%2" is not one.</source>
        <translation>--%1 には 2026-11-20T08:00:00Z のような UTC の ISO 8601 時刻を指定してください。「%2」は該当しません。</translation>
    </message>
    <message>
        <source>--%1 must be given in UTC, ending in Z (for example 2026-11-20T08:00:00Z); "%2" is not.</source>
        <translation>--%1 は末尾が Z の UTC 時刻で指定してください（例：2026-11-20T08:00:00Z）。「%2」は該当しません。</translation>
    </message>
    <message>
        <source>--%1: standard input could not be read.</source>
        <translation>--%1：標準入力を読み取れませんでした。</translation>
    </message>
    <message>
        <source>--%1: the file %2 could not be read (%3).</source>
        <translation>--%1：ファイル %2 を読み取れませんでした（%3）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3; "%4" is not.</source>
        <translation>--%1 には %2 ～ %3 の整数を指定してください。「%4」は該当しません。</translation>
    </message>
</context>
<context>
    <name>ClientToken</name>
    <message>
        <source>ClientToken is required: make one per user action and reuse it on every retry.</source>
        <translation>ClientToken は必須です。ユーザー操作ごとに 1 つ生成し、再試行のたびに同じ値を使用してください。</translation>
    </message>
    <message>
        <source>ClientToken may contain only printable ASCII characters.</source>
        <translation>ClientToken には印字可能な ASCII 文字のみ使用できます。</translation>
    </message>
    <message>
        <source>ClientToken must be at most %1 characters long; it has %2.</source>
        <translation>ClientToken は %1 文字以内にしてください（現在 %2 文字）。</translation>
    </message>
</context>
<context>
    <name>CloudJobJson</name>
    <message>
        <source>A job has no local id.</source>
        <translation>ローカル ID のないジョブがあります。</translation>
    </message>
    <message>
        <source>Job %1 has an unknown kind, state or provider.</source>
        <translation>ジョブ %1 の種類、状態、またはプロバイダーが不明です。</translation>
    </message>
</context>
<context>
    <name>CreateBackupParameters</name>
    <message>
        <source>DBName is required when BackupStrategy is db: name the databases to back up.</source>
        <translation>BackupStrategy が db の場合、DBName は必須です。バックアップするデータベースを指定してください。</translation>
    </message>
    <message>
        <source>DBName is only accepted with BackupStrategy db (a single-database backup).</source>
        <translation>DBName は BackupStrategy が db（単一データベースのバックアップ）の場合にのみ指定できます。</translation>
    </message>
    <message>
        <source>DBName "%1" is not a valid database name: use lowercase letters, digits and underscores, start with a letter, end with a letter or digit, at most 16 characters.</source>
        <translation>DBName「%1」は有効なデータベース名ではありません。英小文字、数字、アンダースコアを使用し、英字で始まり英字または数字で終わる 16 文字以内の名前にしてください。</translation>
    </message>
    <message>
        <source>DBName lists the database "%1" twice.</source>
        <translation>DBName にデータベース「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a logical (MySQL) or full physical (SQL Server) backup, not to a snapshot.</source>
        <translation>BackupStrategy は論理バックアップ（MySQL）またはフル物理バックアップ（SQL Server）にのみ適用され、スナップショットには適用されません。</translation>
    </message>
    <message>
        <source>BackupType applies only when BackupMethod is Physical.</source>
        <translation>BackupType は BackupMethod が Physical の場合にのみ適用されます。</translation>
    </message>
    <message>
        <source>BackupMethod Logical is not available on SQL Server, which supports only physical backups (or Snapshot on cloud disks).</source>
        <translation>SQL Server では BackupMethod Logical は使用できません。SQL Server がサポートするのは物理バックアップ（クラウドディスクの場合は Snapshot）のみです。</translation>
    </message>
    <message>
        <source>For a MariaDB snapshot backup, set BackupMethod to Physical.</source>
        <translation>MariaDB のスナップショットバックアップでは、BackupMethod を Physical に設定してください。</translation>
    </message>
    <message>
        <source>BackupType is for SQL Server only; leave it out for %1.</source>
        <translation>BackupType は SQL Server 専用です。%1 では指定しないでください。</translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a MySQL logical backup or an SQL Server full physical backup (BackupMethod Physical with BackupType FullBackup).</source>
        <translation>BackupStrategy は MySQL の論理バックアップ、または SQL Server のフル物理バックアップ（BackupMethod Physical かつ BackupType FullBackup）にのみ適用されます。</translation>
    </message>
</context>
<context>
    <name>DbsClient</name>
    <message>
        <source>DescribeBackupPlanList returned page %1 (PageNum %2) with no plan that was not on an earlier page.</source>
        <translation>DescribeBackupPlanList が返したページ %1（PageNum %2）には、前のページにないバックアップスケジュールが含まれていません。</translation>
    </message>
    <message>
        <source>BeginTimestampForRestore is required: the start of the period to look at.</source>
        <translation>BeginTimestampForRestore は必須です。照会する期間の開始を指定してください。</translation>
    </message>
    <message>
        <source>EndTimestampForRestore is required: the end of the period to look at.</source>
        <translation>EndTimestampForRestore は必須です。照会する期間の終了を指定してください。</translation>
    </message>
    <message>
        <source>EndTimestampForRestore must not be before BeginTimestampForRestore.</source>
        <translation>EndTimestampForRestore を BeginTimestampForRestore より前にすることはできません。</translation>
    </message>
</context>
<context>
    <name>DbsRestoreStatusSource</name>
    <message>
        <source>No restore task named %1 was found in the plan %2: the request may never have arrived. It can only be sent again with the destination password (RDSBM_DEST_PASSWORD); running the same command again with --client-token %3 is safe.</source>
        <translation>バックアップスケジュール %2 に %1 という名前の復元タスクが見つかりません。リクエストが届かなかった可能性があります。再送信には復元先のパスワード（RDSBM_DEST_PASSWORD）が必要です。--client-token %3 を付けて同じコマンドを再実行しても安全です。</translation>
    </message>
    <message>
        <source>Several restore tasks are named %1 in the plan %2: which one is this job's is unknown.</source>
        <translation>バックアップスケジュール %2 に %1 という名前の復元タスクが複数あります。どれがこのジョブのものかは不明です。</translation>
    </message>
</context>
<context>
    <name>DdrRestoreStatusSource</name>
    <message>
        <source>The instance %1 never showed the status Restoring after the request; check its databases to see whether the restore happened.</source>
        <translation>リクエスト後、インスタンス %1 のステータスが一度も Restoring になりませんでした。データベースを確認して、復元が行われたかどうかを確かめてください。</translation>
    </message>
    <message>
        <source>The journal's copy of this RestoreDdrTable request cannot be sent again unchanged; whether the restore into %1 started is unknown.</source>
        <translation>ジャーナルに記録されたこの RestoreDdrTable リクエストは、そのままでは再送信できません。%1 への復元が開始されたかどうかは不明です。</translation>
    </message>
</context>
<context>
    <name>DescribeBackupsParameters</name>
    <message>
        <source>EndTime must be later than StartTime (both are sent to the minute, in UTC).</source>
        <translation>EndTime は StartTime より後にしてください（どちらも UTC、分単位で送信されます）。</translation>
    </message>
</context>
<context>
    <name>DescribeCrossRegionBackupsParameters</name>
    <message>
        <source>%1 must be a whole number; "%2" is not.</source>
        <translation>%1 には整数を指定してください。「%2」は整数ではありません。</translation>
    </message>
    <message>
        <source>StartTime and EndTime go together: give both or neither.</source>
        <translation>StartTime と EndTime はセットで指定します。両方を指定するか、どちらも指定しないでください。</translation>
    </message>
    <message>
        <source>EndTime must be later than StartTime.</source>
        <translation>EndTime は StartTime より後にしてください。</translation>
    </message>
</context>
<context>
    <name>HuaweiJobStatusSource</name>
    <message>
        <source>The instance %1 no longer exists.</source>
        <translation>インスタンス %1 は存在しなくなりました。</translation>
    </message>
    <message>
        <source>The instance %1 is %2, not RESTORING: the restore request may never have arrived, or has finished already. It is not sent again; check the instance's data before restoring again.</source>
        <translation>インスタンス %1 は RESTORING ではなく %2 です。復元リクエストが届かなかったか、すでに完了している可能性があります。リクエストは再送信されません。もう一度復元する前に、インスタンスのデータを確認してください。</translation>
    </message>
    <message>
        <source>The job cannot be queried and the instance %1 is ACTIVE without having been seen RESTORING: whether the restore ran is unknown.</source>
        <translation>ジョブを照会できず、インスタンス %1 は RESTORING が確認されないまま ACTIVE になっています。復元が実行されたかどうかは不明です。</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>ジョブジャーナル %1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2).</source>
        <translation>ジョブジャーナル %1 が破損しています（%2）。</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version.</source>
        <translation>ジョブジャーナル %1 は新しいバージョンで書き込まれています。</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>ジョブジャーナル %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The job journal %1 is locked by another program.</source>
        <translation>ジョブジャーナル %1 は別のプログラムがロックしています。</translation>
    </message>
</context>
<context>
    <name>ParameterCheck</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; "%3" is not one of them.</source>
        <translation>%1 には %2 のいずれかを指定してください。「%3」はいずれにも該当しません。</translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation>%1 は有効な時刻ではありません。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; %3 is not one of them.</source>
        <translation>%1 には %2 のいずれかを指定してください。%3 はいずれにも該当しません。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation>%1 には %2 ～ %3 の値を指定してください。%4 は範囲外です。</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number (1 or more); %2 is not.</source>
        <translation>%1 には正の整数（1 以上）を指定してください。%2 は該当しません。</translation>
    </message>
</context>
<context>
    <name>RdsClient</name>
    <message>
        <source>DBInstanceId must name one instance, not a list.</source>
        <translation>DBInstanceId には、リストではなく 1 つのインスタンスを指定してください。</translation>
    </message>
    <message>
        <source>DescribeDatabases returned page %1 with no database that was not on an earlier page.</source>
        <translation>DescribeDatabases が返したページ %1 には、前のページにないデータベースが含まれていません。</translation>
    </message>
    <message>
        <source>BackupJobId must be a whole number; "%1" is not.</source>
        <translation>BackupJobId には整数を指定してください。「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>CrossBackupId must be a whole number; "%1" is not.</source>
        <translation>CrossBackupId には整数を指定してください。「%1」は整数ではありません。</translation>
    </message>
</context>
<context>
    <name>RdsReplyParser</name>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>レスポンスが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The reply lists no instance in %1.</source>
        <translation>レスポンスの %1 にインスタンスが含まれていません。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>レスポンスにフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage (0 to 100).</source>
        <translation>レスポンスフィールド %1 がパーセント値（0 ～ 100）ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>レスポンスフィールド %1 が文字列ではありません。</translation>
    </message>
    <message>
        <source>The reply's RecoveryEndTime is before its RecoveryBeginTime.</source>
        <translation>レスポンスの RecoveryEndTime が RecoveryBeginTime より前になっています。</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation>レスポンスにフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>レスポンスフィールド %1 が文字列ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation>レスポンスフィールド %1 が空です。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation>レスポンスフィールド %1 が整数ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a count (a whole number, zero or more).</source>
        <translation>レスポンスフィールド %1 が件数（0 以上の整数）ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an unsigned 64-bit decimal number.</source>
        <translation>レスポンスフィールド %1 が符号なし 64 ビットの 10 進数ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation>レスポンスフィールド %1 が true または false ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a UTC time (yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ).</source>
        <translation>レスポンスフィールド %1 が UTC 時刻（yyyy-MM-ddTHH:mm:ssZ または yyyy-MM-ddTHH:mmZ）ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation>レスポンスフィールド %1 が http または https のアドレスではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation>レスポンスフィールド %1 がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation>レスポンスフィールド %1 がリストではありません。</translation>
    </message>
</context>
<context>
    <name>RestoreDdrTableParameters</name>
    <message>
        <source>BackupId (the cross-region backup set) is required when RestoreType is 0.</source>
        <translation>RestoreType が 0 の場合、BackupId（クロスリージョンバックアップセット）は必須です。</translation>
    </message>
    <message>
        <source>RestoreTime goes with RestoreType 1 (point in time), not with a backup set.</source>
        <translation>RestoreTime は RestoreType 1（特定時点）で使用します。バックアップセットからの復元では使用しません。</translation>
    </message>
    <message>
        <source>BackupId goes with RestoreType 0 (backup set), not with a point in time.</source>
        <translation>BackupId は RestoreType 0（バックアップセット）で使用します。特定時点への復元では使用しません。</translation>
    </message>
    <message>
        <source>RestoreTime is required when RestoreType is 1: give a UTC time (yyyy-MM-ddTHH:mm:ssZ).</source>
        <translation>RestoreType が 1 の場合、RestoreTime は必須です。UTC 時刻（yyyy-MM-ddTHH:mm:ssZ）を指定してください。</translation>
    </message>
    <message>
        <source>RestoreTime must be earlier than the current time; %1 is not.</source>
        <translation>RestoreTime は現在時刻より前にしてください。%1 は現在時刻より前ではありません。</translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside the restorable window, %2 to %3 (UTC).</source>
        <translation>RestoreTime %1 は復元可能な時間範囲（%2 ～ %3、UTC）外です。</translation>
    </message>
    <message>
        <source>SourceRegion (the source instance's region) is required when RestoreType is 1.</source>
        <translation>RestoreType が 1 の場合、SourceRegion（ソースインスタンスのリージョン）は必須です。</translation>
    </message>
    <message>
        <source>SourceDBInstanceName (the source instance's ID) is required when RestoreType is 1.</source>
        <translation>RestoreType が 1 の場合、SourceDBInstanceName（ソースインスタンスの ID）は必須です。</translation>
    </message>
</context>
<context>
    <name>TableMeta</name>
    <message>
        <source>TableMeta is empty: give a JSON list of the databases to restore.</source>
        <translation>TableMeta が空です。復元するデータベースの JSON リストを指定してください。</translation>
    </message>
    <message>
        <source>TableMeta is not valid JSON (%1 at character %2).</source>
        <translation>TableMeta が有効な JSON ではありません（%2 文字目：%1）。</translation>
    </message>
    <message>
        <source>TableMeta must be a JSON list of database entries, like [{"type":"db","name":"db1","newname":"db1_new"}].</source>
        <translation>TableMeta は、[{"type":"db","name":"db1","newname":"db1_new"}] のようなデータベースエントリの JSON リストである必要があります。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 is not an object.</source>
        <translation>TableMeta のエントリ %1 がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 must have "type": "db".</source>
        <translation>TableMeta のエントリ %1 には "type": "db" が必要です。</translation>
    </message>
    <message>
        <source>TableMeta entry %1: "name" and "newname" must be strings.</source>
        <translation>TableMeta のエントリ %1："name" と "newname" は文字列である必要があります。</translation>
    </message>
    <message>
        <source>TableMeta entry %1: "tables" must be a list.</source>
        <translation>TableMeta のエントリ %1："tables" はリストである必要があります。</translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2 must be an object with "type": "table".</source>
        <translation>TableMeta のエントリ %1 のテーブル %2 は、"type": "table" を持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2: "name" and "newname" must be strings.</source>
        <translation>TableMeta のエントリ %1 のテーブル %2："name" と "newname" は文字列である必要があります。</translation>
    </message>
    <message>
        <source>TableMeta must list at least one database to restore.</source>
        <translation>TableMeta には、復元するデータベースを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 needs both the database's name and its new name ("name" and "newname").</source>
        <translation>TableMeta のエントリ %1 には、データベースの名前と新しい名前（"name" と "newname"）の両方が必要です。</translation>
    </message>
    <message>
        <source>TableMeta lists the database %1 more than once.</source>
        <translation>TableMeta にデータベース %1 が複数回指定されています。</translation>
    </message>
    <message>
        <source>TableMeta restores two databases under the same new name %1.</source>
        <translation>TableMeta で 2 つのデータベースが同じ新しい名前 %1 で復元されます。</translation>
    </message>
    <message>
        <source>TableMeta cannot restore into the system database %1: choose another new name.</source>
        <translation>TableMeta でシステムデータベース %1 に復元することはできません。別の新しい名前を選択してください。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 (database %2): table %3 needs both its name and its new name.</source>
        <translation>TableMeta のエントリ %1（データベース %2）：テーブル %3 には名前と新しい名前の両方が必要です。</translation>
    </message>
    <message>
        <source>TableMeta lists the table %1.%2 more than once.</source>
        <translation>TableMeta にテーブル %1.%2 が複数回指定されています。</translation>
    </message>
    <message>
        <source>TableMeta restores two tables of %1 under the same new name %2.</source>
        <translation>TableMeta で %1 の 2 つのテーブルが同じ新しい名前 %2 で復元されます。</translation>
    </message>
    <message>
        <source>The backup has no database named %1, so TableMeta cannot restore it.</source>
        <translation>バックアップに %1 という名前のデータベースがないため、TableMeta で復元できません。</translation>
    </message>
    <message>
        <source>Restoring into the source instance, the database %1 needs a new name different from its own.</source>
        <translation>ソースインスタンスに復元する場合、データベース %1 には元の名前とは異なる新しい名前が必要です。</translation>
    </message>
    <message>
        <source>Restoring into the source instance, the table %1.%2 needs a new name (or its database a new name).</source>
        <translation>ソースインスタンスに復元する場合、テーブル %1.%2 には新しい名前（またはそのデータベースの新しい名前）が必要です。</translation>
    </message>
    <message>
        <source>The target instance already has a database named %1: choose another new name.</source>
        <translation>ターゲットインスタンスには %1 という名前のデータベースがすでに存在します。別の新しい名前を選択してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation>Alibaba Cloud RDS、DBS、Huawei Cloud RDS のバックアップと復元。</translation>
    </message>
    <message>
        <source>Start with the built-in cloud simulator: no account, no network.</source>
        <translation>内蔵のクラウドシミュレーターで起動します（アカウントもネットワークも不要）。</translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW or ja.</source>
        <translation>表示言語：en、zh_CN、zh_TW、ja のいずれか。</translation>
    </message>
    <message>
        <source>Base URL for both providers.</source>
        <translation>両方のプロバイダーのベース URL。</translation>
    </message>
    <message>
        <source>Base URL for Alibaba Cloud.</source>
        <translation>Alibaba Cloud のベース URL。</translation>
    </message>
    <message>
        <source>Base URL for Huawei Cloud.</source>
        <translation>Huawei Cloud のベース URL。</translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation>--lang には en、zh_CN、zh_TW、ja のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL.</source>
        <translation>--%1 には http または https の URL を指定してください。</translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation>RDS Backup Manager</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>デモを開始できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::DbsRestoreRequest</name>
    <message>
        <source>DestinationEndpointInstanceType is required: one of %1.</source>
        <translation>DestinationEndpointInstanceType は必須です。%1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 is required when DestinationEndpointInstanceType is %2.</source>
        <translation>DestinationEndpointInstanceType が %2 の場合、%1 は必須です。</translation>
    </message>
    <message>
        <source>RestoreObjects is required when DestinationEndpointInstanceType is %1: name at least one database to restore.</source>
        <translation>DestinationEndpointInstanceType が %1 の場合、RestoreObjects は必須です。復元するデータベースを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>RestoreDir is required when DestinationEndpointInstanceType is Agent and the backup plan backs up a MySQL database.</source>
        <translation>DestinationEndpointInstanceType が Agent で、バックアップスケジュールが MySQL データベースをバックアップしている場合、RestoreDir は必須です。</translation>
    </message>
    <message>
        <source>DestinationEndpointPort must be a port number from 1 to 65535.</source>
        <translation>DestinationEndpointPort には 1 ～ 65535 のポート番号を指定してください。</translation>
    </message>
    <message>
        <source>BackupGatewayId must be a positive whole number.</source>
        <translation>BackupGatewayId には正の整数を指定してください。</translation>
    </message>
    <message>
        <source>DestinationEndpointDatabaseName is required when the database is a PostgreSQL or MongoDB database.</source>
        <translation>データベースが PostgreSQL または MongoDB の場合、DestinationEndpointDatabaseName は必須です。</translation>
    </message>
    <message>
        <source>%1 is required except for an SQL Server database connected over a DBS backup gateway or a Redis database.</source>
        <translation>DBS バックアップゲートウェイ経由で接続された SQL Server データベース、または Redis データベースを除き、%1 は必須です。</translation>
    </message>
    <message>
        <source>DestinationEndpointOracleSID is required when the source database is an Oracle database.</source>
        <translation>ソースデータベースが Oracle データベースの場合、DestinationEndpointOracleSID は必須です。</translation>
    </message>
    <message>
        <source>Give either BackupSetId or RestoreTime, not both: a restore starts from one full backup set or from one point in time.</source>
        <translation>BackupSetId と RestoreTime はどちらか一方のみ指定してください。復元は 1 つのフルバックアップセット、または 1 つの特定時点から行われます。</translation>
    </message>
    <message>
        <source>BackupSetId or RestoreTime is required: choose a full backup set or a point in time to restore.</source>
        <translation>BackupSetId または RestoreTime は必須です。復元するフルバックアップセットまたは特定時点を選択してください。</translation>
    </message>
    <message>
        <source>RestoreTime must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then).</source>
        <translation>RestoreTime は 1970-01-01T00:00:00Z より後にしてください（この時点からのミリ秒数で送信されます）。</translation>
    </message>
    <message>
        <source>CrossRoleName is required with CrossAliyunId: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation>CrossAliyunId を指定する場合、CrossRoleName は必須です。Alibaba Cloud アカウントをまたぐ復元には、アカウントと RAM ロールの両方が必要です。</translation>
    </message>
    <message>
        <source>CrossAliyunId is required with CrossRoleName: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation>CrossRoleName を指定する場合、CrossAliyunId は必須です。Alibaba Cloud アカウントをまたぐ復元には、アカウントと RAM ロールの両方が必要です。</translation>
    </message>
    <message>
        <source>CrossAliyunId must be the digits of an Alibaba Cloud account UID.</source>
        <translation>CrossAliyunId には Alibaba Cloud アカウントの UID（数字）を指定してください。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 にスペースを含めることはできません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::HuaweiRestoreRequest</name>
    <message>
        <source>source.instance_id is required: the instance whose backup or history is restored.</source>
        <translation>source.instance_id は必須です。バックアップまたは過去のデータを復元するインスタンスを指定してください。</translation>
    </message>
    <message>
        <source>target.instance_id is required: the instance restored into (the source itself for the current instance).</source>
        <translation>target.instance_id は必須です。復元先のインスタンス（現在のインスタンスに復元する場合はソース自体）を指定してください。</translation>
    </message>
    <message>
        <source>source.backup_id is required when source.type is backup.</source>
        <translation>source.type が backup の場合、source.backup_id は必須です。</translation>
    </message>
    <message>
        <source>source.restore_time is only used when source.type is timestamp: choose a backup or a point in time, not both.</source>
        <translation>source.restore_time は source.type が timestamp の場合にのみ使用されます。バックアップと特定時点のどちらか一方を選択してください。</translation>
    </message>
    <message>
        <source>source.backup_id %1 is not the selected backup %2.</source>
        <translation>source.backup_id %1 は、選択したバックアップ %2 と一致しません。</translation>
    </message>
    <message>
        <source>Backup %1 belongs to instance %2, not to the source instance %3.</source>
        <translation>バックアップ %1 はソースインスタンス %3 ではなく、インスタンス %2 のバックアップです。</translation>
    </message>
    <message>
        <source>Backup %1 is %2: only a COMPLETED backup can be restored.</source>
        <translation>バックアップ %1 のステータスは %2 です。復元できるのは COMPLETED のバックアップのみです。</translation>
    </message>
    <message>
        <source>Backup %1 is an incremental backup: restore a full backup, or restore to a point in time instead.</source>
        <translation>バックアップ %1 は増分バックアップです。フルバックアップから復元するか、特定時点に復元してください。</translation>
    </message>
    <message>
        <source>source.backup_id is only used when source.type is backup: choose a backup or a point in time, not both.</source>
        <translation>source.backup_id は source.type が backup の場合にのみ使用されます。バックアップと特定時点のどちらか一方を選択してください。</translation>
    </message>
    <message>
        <source>source.restore_time is required when source.type is timestamp.</source>
        <translation>source.type が timestamp の場合、source.restore_time は必須です。</translation>
    </message>
    <message>
        <source>source.restore_time must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then, UTC).</source>
        <translation>source.restore_time は 1970-01-01T00:00:00Z より後にしてください（この時点からのミリ秒数、UTC で送信されます）。</translation>
    </message>
    <message>
        <source>source.restore_time cannot be checked: the restorable time ranges of instance %1 were not loaded.</source>
        <translation>source.restore_time を確認できません。インスタンス %1 の復元可能な時間範囲が読み込まれていません。</translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: it cannot be restored to a point in time.</source>
        <translation>インスタンス %1 には復元可能な時間範囲がありません。特定時点に復元することはできません。</translation>
    </message>
    <message>
        <source>source.restore_time %1 is outside every restorable time range of instance %2.</source>
        <translation>source.restore_time %1 は、インスタンス %2 のどの復元可能な時間範囲にも含まれていません。</translation>
    </message>
    <message>
        <source>Instance %1 runs PostgreSQL: the v3 restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation>インスタンス %1 は PostgreSQL を実行しています。v3 の既存または現在のインスタンスへの復元は PostgreSQL をサポートしていません。</translation>
    </message>
    <message>
        <source>The source and target instances must use the same database type: %1 is %2, %3 is %4.</source>
        <translation>ソースインスタンスとターゲットインスタンスのデータベースタイプは同じである必要があります（%1 は %2、%3 は %4）。</translation>
    </message>
    <message>
        <source>The source and target instances must use the same database version: %1 is %2 %3, %4 is %5 %6.</source>
        <translation>ソースインスタンスとターゲットインスタンスのデータベースバージョンは同じである必要があります（%1 は %2 %3、%4 は %5 %6）。</translation>
    </message>
    <message>
        <source>The data volumes of %1 and %2 are not known, so the rule that the target's volume is at least as large as the source's cannot be checked. Reload the instances.</source>
        <translation>%1 と %2 のデータボリュームのサイズが不明なため、ターゲットのボリュームがソース以上であるという条件を確認できません。インスタンスを再読み込みしてください。</translation>
    </message>
    <message>
        <source>The total data volume of the target instance %1 (%2 GB) must be greater than or equal to that of the source instance %3 (%4 GB).</source>
        <translation>ターゲットインスタンス %1 のデータボリュームの合計サイズ（%2 GB）は、ソースインスタンス %3 のサイズ（%4 GB）以上である必要があります。</translation>
    </message>
    <message>
        <source>Restoring to an instance other than the current one does not support Microsoft SQL Server yet.</source>
        <translation>現在のインスタンス以外への復元は、Microsoft SQL Server をまだサポートしていません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::RestoreObjects</name>
    <message>
        <source>RestoreObjects is required for this destination type: name at least one database to restore.</source>
        <translation>この復元先タイプでは RestoreObjects は必須です。復元するデータベースを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>%1 is required: the name of the database to restore.</source>
        <translation>%1 は必須です。復元するデータベースの名前を指定してください。</translation>
    </message>
    <message>
        <source>%1 needs %2: a schema can only be renamed when it is named.</source>
        <translation>%1 には %2 が必要です。スキーマ名を変更するには、元のスキーマ名を指定する必要があります。</translation>
    </message>
    <message>
        <source>%1 restores database %2 a second time: name each database once.</source>
        <translation>%1 でデータベース %2 が 2 回目の復元対象になっています。各データベースは 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>%1 gives database %2 a destination name another object already uses: each restored database needs its own name.</source>
        <translation>%1 でデータベース %2 に指定された復元先の名前は、別のオブジェクトですでに使用されています。復元する各データベースには固有の名前が必要です。</translation>
    </message>
    <message>
        <source>RestoreObjects must be a JSON array of objects such as [{"DBName":"source","NewDBName":"destination"}].</source>
        <translation>RestoreObjects は、[{"DBName":"source","NewDBName":"destination"}] のようなオブジェクトの JSON 配列である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be an object with DBName and NewDBName.</source>
        <translation>%1 は DBName と NewDBName を持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1 is not a RestoreObjects key: use DBName, NewDBName, SchemaName or NewSchemaName.</source>
        <translation>%1 は RestoreObjects のキーではありません。DBName、NewDBName、SchemaName、NewSchemaName のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 は文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1 must not start or end with a space.</source>
        <translation>%1 の先頭または末尾にスペースを含めることはできません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::EnvironmentCredentials</name>
    <message>
        <source>%1 is set but %2 is not; both are needed.</source>
        <translation>%1 は設定されていますが、%2 が設定されていません。両方が必要です。</translation>
    </message>
    <message>
        <source>%1 must be 32 lower-case hexadecimal characters.</source>
        <translation>%1 は 32 文字の小文字の 16 進数である必要があります。</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ImportedProfileWriter</name>
    <message>
        <source>A profile named "%1" already exists and was left unchanged.</source>
        <translation>プロファイル「%1」はすでに存在するため、変更されませんでした。</translation>
    </message>
    <message>
        <source>The secret of "%1" could not be stored in the keychain: %2</source>
        <translation>「%1」のシークレットをキーチェーンに保存できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ProfileStore</name>
    <message>
        <source>There is no profile named "%1".</source>
        <translation>プロファイル「%1」は存在しません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::alibaba::ConcurrentBackupLister</name>
    <message>
        <source>DescribeBackups answered page %1 when page %2 was asked for.</source>
        <translation>DescribeBackups は、ページ %2 を要求したのにページ %1 を返しました。</translation>
    </message>
    <message>
        <source>The backup list changed while it was read (TotalRecordCount went from %1 to %2). List the backups again.</source>
        <translation>読み取り中にバックアップリストが変更されました（TotalRecordCount が %1 から %2 に変化）。バックアップをもう一度一覧表示してください。</translation>
    </message>
    <message>
        <source>DescribeBackups page %1 lists %2 backups where %3 were expected; the list changed while it was read. List the backups again.</source>
        <translation>DescribeBackups のページ %1 には %3 件のバックアップが想定されていましたが、%2 件でした。読み取り中にリストが変更されました。バックアップをもう一度一覧表示してください。</translation>
    </message>
    <message>
        <source>Expected %1 backups but received %2 different ones; the list changed while it was read. List the backups again.</source>
        <translation>%1 件のバックアップが想定されていましたが、受信した異なるバックアップは %2 件でした。読み取り中にリストが変更されました。バックアップをもう一度一覧表示してください。</translation>
    </message>
</context>
<context>
    <name>rdsbm::catalog::BackupLinks</name>
    <message>
        <source>The account %1 is no longer configured.</source>
        <translation>アカウント %1 はもう設定されていません。</translation>
    </message>
    <message>
        <source>The backup has no downloadable file.</source>
        <translation>このバックアップにはダウンロード可能なファイルがありません。</translation>
    </message>
    <message>
        <source>The backup set %1 has no download link.</source>
        <translation>バックアップセット %1 にはダウンロード URL がありません。</translation>
    </message>
    <message>
        <source>The backup set %1 no longer exists.</source>
        <translation>バックアップセット %1 は存在しなくなりました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::AlibabaBackupsCommand</name>
    <message>
        <source>Pages read: %1 of %2</source>
        <translation>読み取ったページ：%1 / %2</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliApplication</name>
    <message>
        <source>--provider %1 does not match the command "%2".</source>
        <translation>--provider %1 はコマンド「%2」と一致しません。</translation>
    </message>
    <message>
        <source>--endpoint needs an http or https URL such as https://rds.aliyuncs.com; "%1" is not one.</source>
        <translation>--endpoint には https://rds.aliyuncs.com のような http または https の URL を指定してください。「%1」は該当しません。</translation>
    </message>
    <message>
        <source>--endpoint and --demo exclude each other: --demo uses the built-in simulator.</source>
        <translation>--endpoint と --demo は同時に指定できません。--demo は内蔵シミュレーターを使用します。</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>内蔵シミュレーターを起動できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliError</name>
    <message>
        <source>request id: %1</source>
        <translation>リクエスト ID：%1</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 and no error details.</source>
        <translation>サービスが HTTP ステータスコード %1 を返しましたが、エラーの詳細はありません。</translation>
    </message>
    <message>
        <source>The service's reply could not be read.</source>
        <translation>サービスのレスポンスを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The service did not answer in time, even after retries.</source>
        <translation>再試行後も、サービスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>サービスに接続できませんでした。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Command</name>
    <message>
        <source>--%1 is required (%2).</source>
        <translation>--%1 は必須です（%2）。</translation>
    </message>
    <message>
        <source>rdsbm reads it from RDSBM_DEST_PASSWORD, or asks for it on a terminal; it is never an option.</source>
        <translation>rdsbm はこの値を RDSBM_DEST_PASSWORD から読み取るか、ターミナルで入力を求めます。オプションとして指定することはできません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CommandLine</name>
    <message>
        <source>--provider must be alibaba or huawei.</source>
        <translation>--provider には alibaba または huawei を指定してください。</translation>
    </message>
    <message>
        <source>--output must be table or json.</source>
        <translation>--output には table または json を指定してください。</translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation>--lang には en、zh_CN、zh_TW、ja のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 86400.</source>
        <translation>--timeout には 1 ～ 86400 の秒数（整数）を指定してください。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run rdsbm --help for the list.</source>
        <translation>不明なコマンド「%1」です。一覧を表示するには rdsbm --help を実行してください。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for "rdsbm %2".</source>
        <translation>「rdsbm %2」に不明なオプション --%1 が指定されました。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>不明なオプション --%1 です。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 には値が必要です（%2）。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>No command given. Run rdsbm --help for the list.</source>
        <translation>コマンドが指定されていません。一覧を表示するには rdsbm --help を実行してください。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Usage: rdsbm %1 [options]</source>
        <translation>使用法：rdsbm %1 [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション：</translation>
    </message>
    <message>
        <source>Usage: rdsbm &lt;command&gt; [options]</source>
        <translation>使用法：rdsbm &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation>Alibaba Cloud RDS、DBS、Huawei Cloud RDS のバックアップと復元。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 2 invalid usage or input, nothing sent; 3 the service answered with an error; 4 network failure or timeout after retries; 5 a downloaded file failed verification; 6 a confirmation was refused or missing; 1 a local failure (the job journal or a file could not be written).</source>
        <translation>終了コード：0 成功；2 使い方または入力が無効（何も送信されていません）；3 サービスがエラーを返した；4 再試行後のネットワーク障害またはタイムアウト；5 ダウンロードしたファイルの検証に失敗；6 確認が拒否された、または行われなかった；1 ローカルの障害（ジョブジャーナルまたはファイルに書き込めなかった）。</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数：</translation>
    </message>
    <message>
        <source>Alibaba Cloud access key ID (with ALIBABA_CLOUD_ACCESS_KEY_SECRET, optionally ALIBABA_CLOUD_SECURITY_TOKEN).</source>
        <translation>Alibaba Cloud の AccessKey ID（ALIBABA_CLOUD_ACCESS_KEY_SECRET と併用。ALIBABA_CLOUD_SECURITY_TOKEN は任意）。</translation>
    </message>
    <message>
        <source>Huawei Cloud access key (with HUAWEICLOUD_SDK_SK, optionally HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation>Huawei Cloud のアクセスキー（AK）（HUAWEICLOUD_SDK_SK と併用。HUAWEICLOUD_SDK_PROJECT_ID は任意）。</translation>
    </message>
    <message>
        <source>The destination database password of rdsbm dbs restore; without it, rdsbm asks on the terminal.</source>
        <translation>rdsbm dbs restore の復元先データベースのパスワード。設定されていない場合、rdsbm はターミナルで入力を求めます。</translation>
    </message>
    <message>
        <source>Where the job journal is kept (shared with the desktop application); default: the application's data folder.</source>
        <translation>ジョブジャーナルの保存場所（デスクトップアプリケーションと共有）。デフォルト：アプリケーションのデータフォルダー。</translation>
    </message>
    <message>
        <source>How often running jobs are asked about, in milliseconds (default 3000).</source>
        <translation>実行中のジョブを照会する間隔（ミリ秒。デフォルト 3000）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Confirmation</name>
    <message>
        <source>Nothing existing is overwritten.</source>
        <translation>既存のデータは上書きされません。</translation>
    </message>
    <message>
        <source>This overwrites:</source>
        <translation>次のデータが上書きされます：</translation>
    </message>
    <message>
        <source>This command changes data and there is no terminal to confirm it on: nothing was sent. Run it again with --yes to confirm.</source>
        <translation>このコマンドはデータを変更しますが、確認に使用できるターミナルがないため、何も送信されませんでした。確認済みとして実行するには、--yes を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <extracomment>The user must type the English word "yes" (or "y") to go on.</extracomment>
        <translation>続行するには yes と入力してください：</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>確認されなかったため、何も送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DbsRestoreCommand</name>
    <message>
        <source>Give either --backup-set-id (BackupSetId) or --restore-time (RestoreTime), not both and not neither.</source>
        <translation>--backup-set-id（BackupSetId）と --restore-time（RestoreTime）のどちらか一方のみを指定してください。</translation>
    </message>
    <message>
        <source>--cross-aliyun-id (CrossAliyunId) and --cross-role (CrossRoleName) go together.</source>
        <translation>--cross-aliyun-id（CrossAliyunId）と --cross-role（CrossRoleName）はセットで指定してください。</translation>
    </message>
    <message>
        <source>--dest-type (DestinationEndpointInstanceType) must be one of RDS, ECS, Express, Agent, DDS, Other, dg; "%1" is not.</source>
        <translation>--dest-type（DestinationEndpointInstanceType）には RDS、ECS、Express、Agent、DDS、Other、dg のいずれかを指定してください。「%1」は該当しません。</translation>
    </message>
    <message>
        <source>--conflict (DuplicateConflict) must be failure or renamenew; "%1" is not.</source>
        <translation>--conflict（DuplicateConflict）には failure または renamenew を指定してください。「%1」は該当しません。</translation>
    </message>
    <message>
        <source>Password of %1 at the destination (DestinationEndpointPassword): </source>
        <translation>復元先のユーザー %1 のパスワード（DestinationEndpointPassword）：</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DownloadBackupCommand</name>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out：フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>--out: %1 exists already; it is never overwritten. Choose another path or remove it.</source>
        <translation>--out：%1 はすでに存在します。既存のファイルは上書きされません。別のパスを選択するか、このファイルを削除してください。</translation>
    </message>
    <message>
        <source>The instance %1 has no backup set %2.</source>
        <translation>インスタンス %1 にバックアップセット %2 はありません。</translation>
    </message>
    <message>
        <source>The backup set %1 has no intranet download link (BackupIntranetDownloadURL).</source>
        <translation>バックアップセット %1 には内部ダウンロード URL（BackupIntranetDownloadURL）がありません。</translation>
    </message>
    <message>
        <source>The backup set %1 has no download link (BackupDownloadURL).</source>
        <translation>バックアップセット %1 にはダウンロード URL（BackupDownloadURL）がありません。</translation>
    </message>
    <message>
        <source>The download link expired; asking for the backup set again.</source>
        <translation>ダウンロード URL の有効期限が切れました。バックアップセットを再度照会しています。</translation>
    </message>
    <message>
        <source>The transfer stopped (attempt %1); going on from byte %2 in %3 s.</source>
        <translation>転送が停止しました（試行 %1 回目）。%3 秒後にバイト %2 から再開します。</translation>
    </message>
    <message>
        <source>Resuming from %1 bytes already in %2.</source>
        <translation>%2 にある %1 バイトから再開します。</translation>
    </message>
    <message>
        <source>Downloading backup set %1 (%2 bytes) to %3.</source>
        <translation>バックアップセット %1（%2 バイト）を %3 にダウンロードしています。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (%3%)</source>
        <translation>%1 / %2 バイト（%3%）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>CRC-64 verified: %1.</source>
        <translation>CRC-64 を検証しました：%1。</translation>
    </message>
    <message>
        <source>expected CRC-64 %1, computed %2</source>
        <translation>想定される CRC-64 は %1、計算値は %2</translation>
    </message>
    <message>
        <source>Run the same command again to go on from %1.part.</source>
        <translation>%1.part から続行するには、同じコマンドを再実行してください。</translation>
    </message>
    <message>
        <source>--out: %1 cannot be written: %2</source>
        <translation>--out：%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::HuaweiRestoreCommand</name>
    <message>
        <source>Give either --backup-id (source.type backup) or --restore-time (source.type timestamp), not both and not neither.</source>
        <translation>--backup-id（source.type backup）と --restore-time（source.type timestamp）のどちらか一方のみを指定してください。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobFollower</name>
    <message>
        <source>Job %1: %2</source>
        <translation>ジョブ %1：%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Asking about job %1 failed (%2); trying again.</source>
        <translation>ジョブ %1 の照会に失敗しました（%2）。再試行しています。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobsWaitCommand</name>
    <message>
        <source>rdsbm jobs wait takes one job id (the localId that rdsbm jobs list shows).</source>
        <translation>rdsbm jobs wait にはジョブ ID（rdsbm jobs list で表示される localId）を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal of %2.</source>
        <translation>%2 のジャーナルにジョブ %1 はありません。</translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation>ジョブ %1 がどうなったかは不明です。</translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation>ジョブ %1 は %2 状態で終了しました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::OperationCommand</name>
    <message>
        <source>Job %1 recorded; if this command is interrupted, follow it with: rdsbm jobs wait %1</source>
        <translation>ジョブ %1 を記録しました。このコマンドが中断された場合は、次のコマンドで追跡してください：rdsbm jobs wait %1</translation>
    </message>
    <message>
        <source>ClientToken: %1 (to retry this same request, pass --client-token %1)</source>
        <translation>ClientToken：%1（同じリクエストを再試行するには --client-token %1 を指定してください）</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>ジョブを記録できなかったため、何も送信されませんでした：%1</translation>
    </message>
    <message>
        <source>The job %1 stays recorded; rdsbm jobs wait %1 finds out what happened.</source>
        <translation>ジョブ %1 は記録されたままです。rdsbm jobs wait %1 で結果を確認できます。</translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation>ジョブ %1 がどうなったかは不明です。</translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation>ジョブ %1 は %2 状態で終了しました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::RestoreDdrCommand</name>
    <message>
        <source>Give either --backup-set-id (RestoreType 0, from a backup set) or --restore-time (RestoreType 1, a point in time), not both and not neither.</source>
        <translation>--backup-set-id（RestoreType 0、バックアップセットから）と --restore-time（RestoreType 1、特定時点）のどちらか一方のみを指定してください。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsBackupPlanQuery</name>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation>PageNum は 0 から数えるため、負の値は指定できません。</translation>
    </message>
    <message>
        <source>Each BackupPlanId must be a single, non-empty id.</source>
        <translation>各 BackupPlanId には、空でない単一の ID を指定してください。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsReplyParser</name>
    <message>
        <source>The reply field %1 has no BeginTimestampForRestore or EndTimestampForRestore.</source>
        <translation>レスポンスフィールド %1 に BeginTimestampForRestore または EndTimestampForRestore がありません。</translation>
    </message>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation>レスポンスフィールド %1 の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>レスポンスにフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>レスポンスが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is %2, more than 100 percent.</source>
        <translation>レスポンスフィールド %1 が %2 で、100 パーセントを超えています。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsRestoreTaskQuery</name>
    <message>
        <source>Give either BackupPlanId or RestoreTaskId, not both.</source>
        <translation>BackupPlanId と RestoreTaskId はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>BackupPlanId or RestoreTaskId is required: the plan whose restore tasks to list, or the tasks themselves.</source>
        <translation>BackupPlanId または RestoreTaskId は必須です。復元タスクを一覧表示するバックアップスケジュール、または復元タスク自体を指定してください。</translation>
    </message>
    <message>
        <source>Each RestoreTaskId must be a single, non-empty id.</source>
        <translation>各 RestoreTaskId には、空でない単一の ID を指定してください。</translation>
    </message>
    <message>
        <source>EndTimestamp must not be before StartTimestamp.</source>
        <translation>EndTimestamp を StartTimestamp より前にすることはできません。</translation>
    </message>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation>PageNum は 0 から数えるため、負の値は指定できません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::BackupDownload</name>
    <message>
        <source>No file name was given for the download.</source>
        <translation>ダウンロードのファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or allow the file to be replaced.</source>
        <translation>%1 はすでに存在します。別のファイル名を選択するか、ファイルの置き換えを許可してください。</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした：%2</translation>
    </message>
    <message>
        <source>Could not resume writing %1: %2</source>
        <translation>%1 への書き込みを再開できませんでした：%2</translation>
    </message>
    <message>
        <source>No download link is known yet.</source>
        <translation>ダウンロード URL がまだ取得されていません。</translation>
    </message>
    <message>
        <source>The download link expired at %1.</source>
        <translation>ダウンロード URL の有効期限は %1 に切れました。</translation>
    </message>
    <message>
        <source>%1 No fresh link can be requested for this download.</source>
        <translation>%1 このダウンロードの新しい URL は要求できません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The link was renewed %n time(s) without any data arriving.</source>
        <translation>
            <numerusform>%1 URL を %n 回更新しましたが、データを受信できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained.</source>
        <translation>ダウンロード URL の有効期限が切れ、新しい URL を取得できませんでした。</translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained: %1</source>
        <translation>ダウンロード URL の有効期限が切れ、新しい URL を取得できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>The connection broke after %1 bytes: %2</source>
        <translation>%1 バイト受信後に接続が切断されました：%2</translation>
    </message>
    <message>
        <source>The server ended the transfer at %1 of %2 bytes.</source>
        <translation>サーバーが %2 バイト中 %1 バイトの時点で転送を終了しました。</translation>
    </message>
    <message>
        <source>The server refused the download link (HTTP 403); it has probably expired.</source>
        <translation>サーバーがダウンロード URL を拒否しました（HTTP 403）。有効期限が切れている可能性があります。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>サーバーが HTTP %1（%2）を返しました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>サーバーが %3 に対して HTTP %1（%2）を返しました。</translation>
    </message>
    <message numerus="yes">
        <source>The download failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>%n 回試行しましたが、ダウンロードに失敗しました：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty %1 to start over: %2</source>
        <translation>最初からやり直すために %1 を空にできませんでした：%2</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the backup's Checksum is %2.</source>
        <translation>ダウンロードしたファイルが破損しています。CRC-64 は %1 ですが、バックアップの Checksum は %2 です。</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the server reported %2.</source>
        <translation>ダウンロードしたファイルが破損しています。CRC-64 は %1 ですが、サーバーが報告した値は %2 です。</translation>
    </message>
    <message>
        <source>%1 Moving the bytes to %2 failed too: %3</source>
        <translation>%1 データを %2 に移動することもできませんでした：%3</translation>
    </message>
    <message>
        <source>%1 The bytes were kept as %2 and nothing was written to %3.</source>
        <translation>%1 データは %2 として保存され、%3 には何も書き込まれていません。</translation>
    </message>
    <message>
        <source>No checksum is known for this backup, so the download cannot be verified. The bytes were kept in %1.</source>
        <translation>このバックアップのチェックサムが不明なため、ダウンロードを検証できません。データは %1 に保存されています。</translation>
    </message>
    <message>
        <source>%1 appeared during the download and was not replaced; the downloaded file is %2.</source>
        <translation>ダウンロード中に %1 が作成されたため、置き換えていません。ダウンロードしたファイルは %2 です。</translation>
    </message>
    <message>
        <source>Could not move the downloaded file to %1: %2</source>
        <translation>ダウンロードしたファイルを %1 に移動できませんでした：%2</translation>
    </message>
    <message>
        <source>Saved %1; its CRC-64 %2 matched.</source>
        <translation>%1 を保存しました。CRC-64 %2 が一致しました。</translation>
    </message>
    <message>
        <source>Saved %1 without verification: no checksum is known for this backup.</source>
        <translation>%1 を検証せずに保存しました。このバックアップのチェックサムは不明です。</translation>
    </message>
    <message numerus="yes">
        <source>The download was canceled; %1 keeps the %n byte(s) received so far.</source>
        <translation>
            <numerusform>ダウンロードはキャンセルされました。%1 にはこれまでに受信した %n バイトが保持されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>ダウンロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>%1 秒間データを受信していません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::DownloadQueue</name>
    <message>
        <source>Could not read the list of unfinished downloads %1: %2</source>
        <translation>未完了のダウンロードのリスト %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>The list of unfinished downloads %1 is damaged and was not read.</source>
        <translation>未完了のダウンロードのリスト %1 が破損しているため、読み取りませんでした。</translation>
    </message>
    <message>
        <source>The download was removed from the queue.</source>
        <translation>ダウンロードはキューから削除されました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::PartialFileChecksum</name>
    <message>
        <source>Could not read %1 to resume it: %2</source>
        <translation>再開のために %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>Could not read %1 to resume it: it ended after %2 of %3 bytes.</source>
        <translation>再開のために %1 を読み取れませんでした：%3 バイト中 %2 バイトで終わっています。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiBackupFilter</name>
    <message>
        <source>instance_id is required: backups are listed per instance.</source>
        <translation>instance_id は必須です。バックアップはインスタンスごとに一覧表示されます。</translation>
    </message>
    <message>
        <source>backup_type must be one of %1.</source>
        <translation>backup_type には %1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>status must be one of %1.</source>
        <translation>status には %1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>begin_time and end_time go together: give both or neither.</source>
        <translation>begin_time と end_time はセットで指定します。両方を指定するか、どちらも指定しないでください。</translation>
    </message>
    <message>
        <source>end_time must be later than begin_time.</source>
        <translation>end_time は begin_time より後にしてください。</translation>
    </message>
    <message>
        <source>The number of backups to list must be at least 1.</source>
        <translation>一覧表示するバックアップの数は 1 以上にしてください。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiInstanceFilter</name>
    <message>
        <source>tags can filter on at most 10 key=value pairs.</source>
        <translation>tags で指定できるフィルターは最大 10 個の key=value ペアです。</translation>
    </message>
    <message>
        <source>Each tag filter needs a key without ',' or '=' and a value without ','.</source>
        <translation>各タグフィルターには、',' と '=' を含まないキーと、',' を含まない値が必要です。</translation>
    </message>
    <message>
        <source>The number of instances to list must be at least 1.</source>
        <translation>一覧表示するインスタンスの数は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be '*' alone: a leading '*' makes a fuzzy search for what follows it.</source>
        <translation>%1 を '*' のみにすることはできません。先頭の '*' は、それに続く文字列のあいまい検索を意味します。</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (case-sensitive).</source>
        <translation>%1 には %2 のいずれかを指定してください（大文字と小文字を区別）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiRdsClient</name>
    <message>
        <source>IAM has no project named %1 for this account: check the region, or set the project id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation>IAM にこのアカウントの %1 という名前のプロジェクトがありません。リージョンを確認するか、プロファイルにプロジェクト ID（HUAWEICLOUD_SDK_PROJECT_ID）を設定してください。</translation>
    </message>
    <message>
        <source>IAM has %1 projects named %2 (%3): choose one and set its id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation>IAM に %2 という名前のプロジェクトが %1 個あります（%3）。いずれかを選択し、その ID（HUAWEICLOUD_SDK_PROJECT_ID）をプロファイルに設定してください。</translation>
    </message>
    <message>
        <source>instance_id is required: restorable times are listed per instance.</source>
        <translation>instance_id は必須です。復元可能な時間はインスタンスごとに一覧表示されます。</translation>
    </message>
    <message>
        <source>id is required: the job to look up.</source>
        <translation>id は必須です。照会するジョブを指定してください。</translation>
    </message>
    <message>
        <source>backup_id is required: the backup whose files to list.</source>
        <translation>backup_id は必須です。ファイルを一覧表示するバックアップを指定してください。</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyParser</name>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation>レスポンスフィールド %1 の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage such as "60%".</source>
        <translation>レスポンスフィールド %1 が「60%」のようなパーセント値ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is "%2", not Running, Completed or Failed.</source>
        <translation>レスポンスフィールド %1 が「%2」です。Running、Completed、Failed のいずれでもありません。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>レスポンスにフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>レスポンスが JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation>レスポンスにフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation>レスポンスフィールド %1 が空です。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>レスポンスフィールド %1 が文字列ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation>レスポンスフィールド %1 が整数ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is negative; a count is zero or more.</source>
        <translation>レスポンスフィールド %1 が負の値です。件数は 0 以上である必要があります。</translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation>レスポンスフィールド %1 が true または false ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a time such as 2018-08-06T12:41:14+0800.</source>
        <translation>レスポンスフィールド %1 が 2018-08-06T12:41:14+0800 のような時刻ではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation>レスポンスフィールド %1 が http または https のアドレスではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation>レスポンスフィールド %1 がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation>レスポンスフィールド %1 がリストではありません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::BackupTableModel</name>
    <message>
        <source>CRC-64 of the backup file: %1</source>
        <translation>バックアップファイルの CRC-64：%1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>バックアップセット ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>開始元</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::DownloadTableModel</name>
    <message>
        <source>Expected CRC-64 %1, received %2.</source>
        <translation>想定される CRC-64 は %1 ですが、受信したデータは %2 でした。</translation>
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
        <translation>%1 時間 %2 分</translation>
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
        <translation>待機中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>検証失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Checking the partial file</source>
        <translation>部分ファイルを確認中</translation>
    </message>
    <message>
        <source>Getting a fresh link</source>
        <translation>新しい URL を取得中</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Mismatch: kept as .corrupt</source>
        <extracomment>The downloaded bytes did not match the checksum; they were kept as FILE.corrupt.</extracomment>
        <translation>不一致：.corrupt として保存</translation>
    </message>
    <message>
        <source>Unverified: no checksum</source>
        <translation>未検証：チェックサムなし</translation>
    </message>
    <message>
        <source>Checked when complete</source>
        <translation>完了時に検証</translation>
    </message>
    <message>
        <source>No checksum to check</source>
        <translation>検証するチェックサムなし</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信済み</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
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
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>読み込み失敗</translation>
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
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::JobTableModel</name>
    <message>
        <source>The application stopped while this job was being submitted and the provider could not tell whether it arrived. Check the instance before submitting it again.</source>
        <translation>このジョブの送信中にアプリケーションが停止し、リクエストが届いたかどうかをプロバイダーで確認できませんでした。再送信する前にインスタンスを確認してください。</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>バックアップ作成</translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation>クロスリージョン復元</translation>
    </message>
    <message>
        <source>DBS restore</source>
        <translation>DBS 復元</translation>
    </message>
    <message>
        <source>Huawei Cloud restore</source>
        <translation>Huawei Cloud 復元</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Unknown: check with the provider</source>
        <extracomment>The provider could not say whether a job sent just before a crash arrived.</extracomment>
        <translation>不明：プロバイダー側で確認してください</translation>
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
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>プロバイダーのステータス</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation>プロバイダーのジョブ ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CallDeadline</name>
    <message numerus="yes">
        <source>No reply within the time limit of %n second(s).</source>
        <translation>
            <numerusform>制限時間（%n 秒）内にレスポンスがありませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CreateBackupOperation</name>
    <message>
        <source>The instance %1 is %2: CreateBackup needs it Running.</source>
        <translation>インスタンス %1 のステータスは %2 です。CreateBackup を実行するには Running である必要があります。</translation>
    </message>
    <message>
        <source>A new backup set of the instance %1 (%2 %3, %4) will be created.</source>
        <translation>インスタンス %1（%2 %3、%4）の新しいバックアップセットが作成されます。</translation>
    </message>
    <message>
        <source>BackupMethod: %1</source>
        <translation>BackupMethod：%1</translation>
    </message>
    <message>
        <source>Physical (the default)</source>
        <translation>Physical（デフォルト）</translation>
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
        <translation>Auto（デフォルト）</translation>
    </message>
    <message>
        <source>The backup request was canceled after it was sent; it may still have started a backup job.</source>
        <translation>バックアップリクエストは送信後にキャンセルされました。バックアップタスクがすでに開始されている可能性があります。</translation>
    </message>
    <message>
        <source>No usable reply to CreateBackup (%1): looking for a running backup job of %2 before sending anything again.</source>
        <translation>CreateBackup に対する有効なレスポンスがありません（%1）。再送信する前に、%2 の実行中のバックアップタスクを探しています。</translation>
    </message>
    <message>
        <source>CreateBackup got no usable reply, and the running backup jobs could not be listed (%1): the backup may or may not have started.</source>
        <translation>CreateBackup に対する有効なレスポンスがなく、実行中のバックアップタスクも一覧表示できませんでした（%1）。バックアップが開始されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Found the running backup job %1 of %2: following it instead of sending again.</source>
        <translation>%2 の実行中のバックアップタスク %1 が見つかりました。再送信せずにこのタスクを追跡します。</translation>
    </message>
    <message>
        <source>No backup job runs on %1: the request did not take effect; sending it again.</source>
        <translation>%1 で実行中のバックアップタスクはありません。リクエストは反映されなかったため、再送信します。</translation>
    </message>
    <message>
        <source>The service says a backup job exists on %1, but none is listed as running: the backup may have finished already.</source>
        <translation>サービスは %1 にバックアップタスクが存在すると応答しましたが、実行中のタスクは一覧にありません。バックアップはすでに完了している可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>CreateBackup got no usable reply %n time(s) and no backup job is running on %1: the backup may have finished or failed already.</source>
        <translation>
            <numerusform>CreateBackup に対して %n 回有効なレスポンスがなく、%1 で実行中のバックアップタスクもありません。バックアップはすでに完了したか、失敗した可能性があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::DbsRestoreOperation</name>
    <message>
        <source>There is no backup plan %1 in the region %2 (BackupPlanId).</source>
        <translation>リージョン %2 にバックアップスケジュール %1 はありません（BackupPlanId）。</translation>
    </message>
    <message>
        <source>The restore task %1 will restore the backup plan %2 (%3) to the %4 destination %5 in %6.</source>
        <translation>復元タスク %1 は、バックアップスケジュール %2（%3）を %6 にある %4 の復元先 %5 に復元します。</translation>
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
        <translation>タスクは作成後に開始されます（StartRestoreTask）。</translation>
    </message>
    <message>
        <source>The task is created but not started.</source>
        <translation>タスクは作成されますが、開始されません。</translation>
    </message>
    <message>
        <source>Database %1, restored as %2</source>
        <translation>データベース %1（%2 として復元）</translation>
    </message>
    <message>
        <source>The database %1 at the destination; objects that exist already are restored under new names (renamenew).</source>
        <translation>復元先のデータベース %1。同名のオブジェクトがすでに存在する場合は、新しい名前で復元されます（renamenew）。</translation>
    </message>
    <message>
        <source>The database %1 at the destination; the task fails if objects of the same name exist (failure).</source>
        <translation>復元先のデータベース %1。同名のオブジェクトが存在する場合、タスクは失敗します（failure）。</translation>
    </message>
    <message>
        <source>CreateRestoreTask got no usable reply; running the same command again with --client-token %1 is safe: the service creates the task at most once.</source>
        <translation>CreateRestoreTask に対する有効なレスポンスがありません。--client-token %1 を付けて同じコマンドを再実行しても安全です。サービスがタスクを作成するのは最大 1 回です。</translation>
    </message>
    <message>
        <source>The restore task %1 was created but StartRestoreTask failed.</source>
        <translation>復元タスク %1 は作成されましたが、StartRestoreTask が失敗しました。</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::HuaweiRestoreOperation</name>
    <message>
        <source>There is no instance %1 in the region %2 (source.instance_id).</source>
        <translation>リージョン %2 にインスタンス %1 はありません（source.instance_id）。</translation>
    </message>
    <message>
        <source>There is no instance %1 in the region %2 (target.instance_id).</source>
        <translation>リージョン %2 にインスタンス %1 はありません（target.instance_id）。</translation>
    </message>
    <message>
        <source>The instance %1 is %2: it can only be restored into while it is ACTIVE.</source>
        <translation>インスタンス %1 のステータスは %2 です。復元先にできるのは ACTIVE のインスタンスのみです。</translation>
    </message>
    <message>
        <source>The instance %1 has no backup %2 (source.backup_id).</source>
        <translation>インスタンス %1 にバックアップ %2 はありません（source.backup_id）。</translation>
    </message>
    <message>
        <source>the backup %1 of %2</source>
        <translation>%2 のバックアップ %1</translation>
    </message>
    <message>
        <source>the data of %1 as it was at %2</source>
        <translation>%2 時点の %1 のデータ</translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be restored to %3.</source>
        <translation>インスタンス %1（%2）は %3 に復元されます。</translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be overwritten with %3.</source>
        <translation>インスタンス %1（%2）は %3 で上書きされます。</translation>
    </message>
    <message>
        <source>Source: %1 (%2, %3 %4)</source>
        <translation>ソース：%1（%2、%3 %4）</translation>
    </message>
    <message>
        <source>Target: %1 (%2, %3 %4, %5 GB)</source>
        <translation>ターゲット：%1（%2、%3 %4、%5 GB）</translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation>インスタンス %1 上のすべてのデータベースが置き換えられ、現在のデータは失われます。</translation>
    </message>
    <message>
        <source>The restore request was canceled after it was sent; it may still have started.</source>
        <translation>復元リクエストは送信後にキャンセルされました。復元がすでに開始されている可能性があります。</translation>
    </message>
    <message>
        <source>No usable reply to the restore request (%1): looking at the status of %2.</source>
        <translation>復元リクエストに対する有効なレスポンスがありません（%1）。%2 のステータスを確認しています。</translation>
    </message>
    <message>
        <source>The instance %1 is RESTORING: the request arrived.</source>
        <translation>インスタンス %1 は RESTORING です。リクエストは届いています。</translation>
    </message>
    <message>
        <source>The restore request got no usable reply and the instance %1 is not RESTORING: it may not have arrived, or may start later. It is not sent again; check the instance before restoring again.</source>
        <translation>復元リクエストに対する有効なレスポンスがなく、インスタンス %1 も RESTORING ではありません。リクエストが届いていないか、後で開始される可能性があります。リクエストは再送信されません。もう一度復元する前にインスタンスを確認してください。</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::RestoreDdrTableOperation</name>
    <message>
        <source>The instance %1 is %2: RestoreDdrTable needs it Running.</source>
        <translation>インスタンス %1 のステータスは %2 です。RestoreDdrTable を実行するには Running である必要があります。</translation>
    </message>
    <message>
        <source>Databases and tables of the cross-region backup set %1 will be restored into the instance %2 (%3).</source>
        <translation>クロスリージョンバックアップセット %1 のデータベースとテーブルが、インスタンス %2（%3）に復元されます。</translation>
    </message>
    <message>
        <source>Databases and tables of the instance %1 (%2) as they were at %3 will be restored into the instance %4 (%5).</source>
        <translation>インスタンス %1（%2）の %3 時点のデータベースとテーブルが、インスタンス %4（%5）に復元されます。</translation>
    </message>
    <message>
        <source>ClientToken: %1</source>
        <translation>ClientToken：%1</translation>
    </message>
    <message>
        <source>Database %1, restored whole as %2</source>
        <translation>データベース %1（全体を %2 として復元）</translation>
    </message>
    <message>
        <source>Table %1.%2, restored as %3.%4</source>
        <translation>テーブル %1.%2（%3.%4 として復元）</translation>
    </message>
    <message>
        <source>The table %1 is written into the existing database %2 of %3.</source>
        <translation>テーブル %1 は %3 の既存のデータベース %2 に書き込まれます。</translation>
    </message>
    <message>
        <source>RestoreDdrTable got no usable reply; sending it again with the same ClientToken %1 is safe: the service runs it at most once.</source>
        <translation>RestoreDdrTable に対する有効なレスポンスがありません。同じ ClientToken %1 で再送信しても安全です。サービスが実行するのは最大 1 回です。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::AccountsController</name>
    <message>
        <source>The account %1 was added.</source>
        <translation>アカウント %1 を追加しました。</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>インポートしました：%1。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>The demo could not be started. Run %1 --demo instead.</source>
        <translation>デモを開始できませんでした。代わりに %1 --demo を実行してください。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts from the CLI…</source>
        <translation>CLI からアカウントをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose an account in the instance browser first.</source>
        <translation>先にインスタンスブラウザーでアカウントを選択してください。</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>アカウント %1 を保存しました。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove the account %1? Its secret is deleted from the system keychain. Its jobs and downloaded files stay.</source>
        <translation>アカウント %1 を削除しますか？シークレットはシステムのキーチェーンから削除されます。ジョブとダウンロード済みのファイルは残ります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The account %1 was removed.</source>
        <translation>アカウント %1 を削除しました。</translation>
    </message>
    <message>
        <source>The account %1 was removed, but its secret could not be deleted from the keychain: %2</source>
        <translation>アカウント %1 を削除しましたが、シークレットをキーチェーンから削除できませんでした：%2</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>アカウントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>アカウントを削除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ActivityNotifier</name>
    <message>
        <source>%1 on %2 succeeded.</source>
        <translation>%2 の %1 が成功しました。</translation>
    </message>
    <message>
        <source>%1 on %2 was canceled.</source>
        <translation>%2 の %1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3 %4</source>
        <translation>%2 の %1 が失敗しました：%3 %4</translation>
    </message>
    <message>
        <source>%1 on %2 failed.</source>
        <translation>%2 の %1 が失敗しました。</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>ジョブが完了しました</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>ジョブが失敗しました</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>ダウンロードが完了しました</translation>
    </message>
    <message>
        <source>%1 was downloaded and matches its checksum.</source>
        <translation>%1 をダウンロードしました。チェックサムが一致しています。</translation>
    </message>
    <message>
        <source>%1 was downloaded; the provider gave no checksum to verify it.</source>
        <translation>%1 をダウンロードしました。プロバイダーから検証用のチェックサムが提供されていません。</translation>
    </message>
    <message>
        <source>Download failed verification</source>
        <translation>ダウンロードの検証に失敗しました</translation>
    </message>
    <message>
        <source>%1 does not match its checksum; the bytes were kept as a .corrupt file.</source>
        <translation>%1 はチェックサムと一致しません。データは .corrupt ファイルとして保存されました。</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>ダウンロードに失敗しました</translation>
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
        <translation>プロファイル %1 は読み込まれませんでした。システムキーチェーンからシークレットを読み取れませんでした（%2）。</translation>
    </message>
    <message>
        <source>the entry is empty</source>
        <translation>エントリが空です</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDetailsPanel</name>
    <message>
        <source>Backup set %1</source>
        <translation>バックアップセット %1</translation>
    </message>
    <message>
        <source>No backup set selected</source>
        <translation>バックアップセットが選択されていません</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 バイト）</translation>
    </message>
    <message>
        <source>%1 (CRC-64)</source>
        <translation>%1（CRC-64）</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未ダウンロード</translation>
    </message>
    <message>
        <source>Downloading and verifying…</source>
        <translation>ダウンロードして検証中…</translation>
    </message>
    <message>
        <source>Verified: the file matches the checksum</source>
        <translation>検証済み：ファイルはチェックサムと一致しています</translation>
    </message>
    <message>
        <source>Mismatch: the file does not match the checksum</source>
        <translation>不一致：ファイルがチェックサムと一致しません</translation>
    </message>
    <message>
        <source>Unverified: downloaded, but no checksum was given</source>
        <translation>未検証：ダウンロード済みですが、チェックサムが提供されていません</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Available (expires; fetched fresh before each download)</source>
        <translation>利用可能（有効期限あり。ダウンロードのたびに新しく取得）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Available (from inside the region's VPC only)</source>
        <translation>利用可能（同じリージョンの VPC 内からのみ）</translation>
    </message>
    <message>
        <source>Backup set ID:</source>
        <translation>バックアップセット ID：</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>インスタンス：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>メソッド：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>タイプ：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード：</translation>
    </message>
    <message>
        <source>Initiator:</source>
        <translation>開始元：</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>開始時刻：</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>終了時刻：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>エンジン：</translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation>チェックサム：</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>検証：</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>利用可能：</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>メタデータ：</translation>
    </message>
    <message>
        <source>Storage state:</source>
        <translation>保存状態：</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>ストレージクラス：</translation>
    </message>
    <message>
        <source>Consistent time:</source>
        <translation>整合時点：</translation>
    </message>
    <message>
        <source>Expected expiry:</source>
        <translation>有効期限：</translation>
    </message>
    <message>
        <source>Host instance:</source>
        <translation>ホストインスタンス：</translation>
    </message>
    <message>
        <source>Download link:</source>
        <translation>ダウンロード URL：</translation>
    </message>
    <message>
        <source>Intranet link:</source>
        <translation>内部 URL：</translation>
    </message>
    <message>
        <source>Per-database files:</source>
        <translation>データベースごとのファイル：</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <source>Copy intranet link</source>
        <translation>内部 URL をコピー</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Download (intranet)…</source>
        <translation>内部 URL でダウンロード…</translation>
    </message>
    <message>
        <source>Asked for from Huawei Cloud when the download starts</source>
        <translation>ダウンロード開始時に Huawei Cloud から取得します</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDownloadStarter</name>
    <message>
        <source>Save Backup Set %1</source>
        <translation>バックアップセット %1 の保存</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupFilterBar</name>
    <message>
        <source>Search backup sets (ID, status, method, checksum)…</source>
        <translation>バックアップセットを検索（ID、ステータス、メソッド、チェックサム）…</translation>
    </message>
    <message>
        <source>Search backup sets</source>
        <translation>バックアップセットの検索</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>メソッド(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>タイプ(&amp;Y)：</translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation>開始時刻(&amp;B)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Earliest start time</source>
        <translation>最も早い開始時刻</translation>
    </message>
    <message>
        <source>Latest start time</source>
        <translation>最も遅い開始時刻</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupsPane</name>
    <message numerus="yes">
        <source>%n backup set(s) shown</source>
        <translation>
            <numerusform>%n 件のバックアップセットを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（全 %2 件）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::CreateBackupDialog</name>
    <message>
        <source>Physical backup</source>
        <translation>物理バックアップ</translation>
    </message>
    <message>
        <source>Logical backup</source>
        <translation>論理バックアップ</translation>
    </message>
    <message>
        <source>Snapshot backup</source>
        <translation>スナップショットバックアップ</translation>
    </message>
    <message>
        <source>Automatic: full or incremental</source>
        <translation>自動：フルまたは増分</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>フルバックアップ</translation>
    </message>
    <message>
        <source>The whole instance</source>
        <translation>インスタンス全体</translation>
    </message>
    <message>
        <source>Selected databases</source>
        <translation>選択したデータベース</translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2, %3%).</source>
        <translation>バックアップタスク %1 を実行中です（%2、%3%）。</translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2).</source>
        <translation>バックアップタスク %1 を実行中です（%2）。</translation>
    </message>
    <message>
        <source>CreateBackup accepts database names of lowercase letters, digits and underscores only.</source>
        <translation>CreateBackup で指定できるデータベース名は、英小文字、数字、アンダースコアのみで構成された名前です。</translation>
    </message>
    <message>
        <source>Checking that the instance is Running…</source>
        <translation>インスタンスが Running であることを確認中…</translation>
    </message>
    <message>
        <source>The instance is Running.</source>
        <translation>インスタンスは Running です。</translation>
    </message>
    <message>
        <source>The instance is %1: it must be Running to be backed up.</source>
        <translation>インスタンスのステータスは %1 です。バックアップするには Running である必要があります。</translation>
    </message>
    <message>
        <source>The instance's status could not be read: %1</source>
        <translation>インスタンスのステータスを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Checking for a backup job already running…</source>
        <translation>実行中のバックアップタスクがないか確認中…</translation>
    </message>
    <message>
        <source>No backup job is running on the instance.</source>
        <translation>インスタンスで実行中のバックアップタスクはありません。</translation>
    </message>
    <message>
        <source>%1 Only one backup job runs at a time: wait until it ends.</source>
        <translation>%1 バックアップタスクは一度に 1 つしか実行できません。終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Running backup jobs could not be listed: %1</source>
        <translation>実行中のバックアップタスクを一覧表示できませんでした：%1</translation>
    </message>
    <message>
        <source>Counting today's backup sets…</source>
        <translation>本日のバックアップセットを集計中…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) today, of the %1 an instance may create per day.</source>
        <translation>
            <numerusform>本日のバックアップセット：%n 個（1 インスタンスあたり 1 日 %1 個まで）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today's backup sets could not be counted (at most %1 a day).</source>
        <translation>本日のバックアップセットを集計できませんでした（1 日最大 %1 個）。</translation>
    </message>
    <message>
        <source>Checking the instance once more…</source>
        <translation>インスタンスを再確認中…</translation>
    </message>
    <message>
        <source>Sending CreateBackup…</source>
        <translation>CreateBackup を送信中…</translation>
    </message>
    <message>
        <source>The instance could not be checked.</source>
        <translation>インスタンスを確認できませんでした。</translation>
    </message>
    <message>
        <source>Backup job %1 was created; it is followed here and in the job monitor.</source>
        <translation>バックアップタスク %1 を作成しました。このダイアログとジョブモニターで進行状況を追跡します。</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>ジョブを記録できなかったため、何も送信されませんでした：%1</translation>
    </message>
    <message>
        <source>The service refused the backup.</source>
        <translation>サービスがバックアップを拒否しました。</translation>
    </message>
    <message>
        <source>The backup job %1 finished.</source>
        <translation>バックアップタスク %1 が完了しました。</translation>
    </message>
    <message>
        <source>The backup job %1 ended without a backup set: %2 %3</source>
        <translation>バックアップタスク %1 はバックアップセットを作成せずに終了しました：%2 %3</translation>
    </message>
    <message>
        <source>Backup job %1 is running.</source>
        <translation>バックアップタスク %1 を実行中です。</translation>
    </message>
    <message>
        <source>Backup job %1 is running: %2.</source>
        <translation>バックアップタスク %1 を実行中です：%2。</translation>
    </message>
    <message>
        <source>Create Backup</source>
        <translation>バックアップの作成</translation>
    </message>
    <message>
        <source>A new backup set of %1 (%2, %3 %4) in %5.</source>
        <translation>%5 の %1（%2、%3 %4）の新しいバックアップセットを作成します。</translation>
    </message>
    <message>
        <source>Before the backup can start</source>
        <translation>バックアップ開始の前提条件</translation>
    </message>
    <message>
        <source>Backup &amp;method:</source>
        <translation>バックアップメソッド(&amp;M)：</translation>
    </message>
    <message>
        <source>Backup &amp;type:</source>
        <translation>バックアップタイプ(&amp;T)：</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translation>バックアップ対象(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>データベース(&amp;D)：</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>バックアップするデータベース</translation>
    </message>
    <message>
        <source>Only the choices %1 %2 accepts are offered.</source>
        <translation>%1 %2 で利用できる選択肢のみ表示しています。</translation>
    </message>
    <message>
        <source>&amp;Create Backup</source>
        <translation>バックアップを作成(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsDestinationPage</name>
    <message>
        <source>%1 needs no endpoint fields.</source>
        <translation>%1 ではエンドポイントの項目は不要です。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 では %2 が必要です。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>Where the restored databases are written. Only the fields the destination type needs are shown.</source>
        <translation>復元したデータベースの書き込み先です。復元先タイプに必要な項目のみ表示されます。</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>タスク名(&amp;N)：</translation>
    </message>
    <message>
        <source>Destination &amp;type:</source>
        <translation>復元先タイプ(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>インスタンス ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O)：</translation>
    </message>
    <message>
        <source>Backup &amp;gateway ID:</source>
        <translation>バックアップゲートウェイ ID(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>データベース名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>Oracle &amp;SID:</source>
        <translation>Oracle SID(&amp;S)：</translation>
    </message>
    <message>
        <source>Restore &amp;directory:</source>
        <translation>復元ディレクトリ(&amp;D)：</translation>
    </message>
    <message>
        <source>Program director&amp;y:</source>
        <translation>プログラムディレクトリ(&amp;Y)：</translation>
    </message>
    <message>
        <source>Source account &amp;UID (optional):</source>
        <translation>ソースアカウントの UID（任意）(&amp;U)：</translation>
    </message>
    <message>
        <source>RAM ro&amp;le for it (optional):</source>
        <translation>そのアカウントの RAM ロール（任意）(&amp;L)：</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>%1 として送信</translation>
    </message>
    <message>
        <source>RDS: an ApsaraDB RDS instance</source>
        <translation>RDS：ApsaraDB RDS インスタンス</translation>
    </message>
    <message>
        <source>ECS: a database on an ECS instance</source>
        <translation>ECS：ECS インスタンス上のデータベース</translation>
    </message>
    <message>
        <source>Express: over Express Connect, VPN Gateway or Smart Access Gateway</source>
        <translation>Express：Express Connect、VPN Gateway、または Smart Access Gateway 経由</translation>
    </message>
    <message>
        <source>Agent: over a DBS backup gateway</source>
        <translation>Agent：DBS バックアップゲートウェイ経由</translation>
    </message>
    <message>
        <source>DDS: an ApsaraDB for MongoDB instance</source>
        <translation>DDS：ApsaraDB for MongoDB インスタンス</translation>
    </message>
    <message>
        <source>Other: by IP address and port</source>
        <translation>Other：IP アドレスとポートで接続</translation>
    </message>
    <message>
        <source>dg: over Database Gateway, without a public address</source>
        <translation>dg：Database Gateway 経由（パブリックアドレスなし）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsObjectsPage</name>
    <message>
        <source>Databases to restore</source>
        <translation>復元するデータベース</translation>
    </message>
    <message>
        <source>List the databases to restore (RestoreObjects) and the names they get at the destination.</source>
        <translation>復元するデータベース（RestoreObjects）と、復元先での名前を指定します。</translation>
    </message>
    <message>
        <source>The plan does not say which databases it backs up.</source>
        <translation>このバックアップスケジュールでは、バックアップ対象のデータベースが示されていません。</translation>
    </message>
    <message>
        <source>Databases the plan backs up: %1</source>
        <translation>バックアップスケジュールのバックアップ対象データベース：%1</translation>
    </message>
    <message>
        <source>If a name is &amp;taken:</source>
        <translation>名前が重複する場合(&amp;T)：</translation>
    </message>
    <message>
        <source>Fail the task (failure)</source>
        <translation>タスクを失敗させる（failure）</translation>
    </message>
    <message>
        <source>Restore under a new name (renamenew)</source>
        <translation>新しい名前で復元する（renamenew）</translation>
    </message>
    <message>
        <source>The restore task fails if an object of the same name exists at the destination: nothing there is overwritten.</source>
        <translation>復元先に同名のオブジェクトが存在する場合、復元タスクは失敗します。復元先のデータは上書きされません。</translation>
    </message>
    <message>
        <source>Objects whose name is taken are restored under new names, from the second occurrence on.</source>
        <translation>名前が重複するオブジェクトは、2 つ目以降が新しい名前で復元されます。</translation>
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
        <translation>バックアップスケジュールを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The plan has not made a backup yet.</source>
        <translation>このバックアップスケジュールはまだバックアップを作成していません。</translation>
    </message>
    <message>
        <source>What the plan can be restored to could not be read.</source>
        <translation>このバックアップスケジュールの復元可能な範囲を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The backup plan %1 has no full backup set and no restorable time range yet: there is nothing to restore.</source>
        <translation>バックアップスケジュール %1 には、フルバックアップセットも復元可能な時間範囲もまだありません。復元できるものはありません。</translation>
    </message>
    <message>
        <source>Listing the backup plans of %1…</source>
        <translation>%1 のバックアップスケジュールを一覧表示中…</translation>
    </message>
    <message>
        <source>Reading what the plan can be restored to…</source>
        <translation>バックアップスケジュールの復元可能な範囲を読み取り中…</translation>
    </message>
    <message>
        <source>Backup plan</source>
        <translation>バックアップスケジュール</translation>
    </message>
    <message>
        <source>Choose the Database Backup (DBS) plan whose backups are restored.</source>
        <translation>復元するバックアップを持つ Database Backup（DBS）のバックアップスケジュールを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>Backup &amp;plans:</source>
        <translation>バックアップスケジュール(&amp;P)：</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>バックアップスケジュール</translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation>バックアップスケジュール ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestorePointPage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation>• %1 ～ %2</translation>
    </message>
    <message>
        <source>The plan keeps no log backup, so only its full backup sets can be restored.</source>
        <translation>このバックアップスケジュールにはログバックアップがないため、復元できるのはフルバックアップセットのみです。</translation>
    </message>
    <message>
        <source>Any moment in these ranges can be restored:
%1</source>
        <translation>次の範囲内の任意の時点に復元できます：
%1</translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside every restorable range of the plan.</source>
        <translation>RestoreTime %1 は、バックアップスケジュールのどの復元可能な範囲にも含まれていません。</translation>
    </message>
    <message>
        <source>Backup set or point in time</source>
        <translation>バックアップセットまたは特定時点</translation>
    </message>
    <message>
        <source>Restore one full backup set (BackupSetId), or the data as it was at a moment (RestoreTime).</source>
        <translation>1 つのフルバックアップセット（BackupSetId）、または特定時点のデータ（RestoreTime）を復元します。</translation>
    </message>
    <message>
        <source>A full &amp;backup set:</source>
        <translation>フルバックアップセット(&amp;B)：</translation>
    </message>
    <message>
        <source>A &amp;point in time:</source>
        <translation>特定時点(&amp;P)：</translation>
    </message>
    <message>
        <source>Full backup sets</source>
        <translation>フルバックアップセット</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>復元する時点</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>バックアップセット ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation>整合時点</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestoreWizard</name>
    <message>
        <source>DBS Restore Task</source>
        <translation>DBS 復元タスク</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsSummaryPage</name>
    <message>
        <source>To confirm, type the address of the destination, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、復元先のアドレス &lt;b&gt;%1&lt;/b&gt; を入力してください：</translation>
    </message>
    <message>
        <source>I understand that this restore writes into %1.</source>
        <translation>この復元で %1 にデータが書き込まれることを理解しました。</translation>
    </message>
    <message>
        <source>then, with the RestoreTaskId it returns:</source>
        <translation>続いて、返された RestoreTaskId を使用して：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>The full backup set %1</source>
        <translation>フルバックアップセット %1</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>特定時点 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%3 の %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 を %2 として</translation>
    </message>
    <message>
        <source>Everything in the backup</source>
        <translation>バックアップ内のすべて</translation>
    </message>
    <message>
        <source>Known once the plan has been checked.</source>
        <translation>バックアップスケジュールの確認後に表示されます。</translation>
    </message>
    <message>
        <source>Backup plan:</source>
        <translation>バックアップスケジュール：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>復元元：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>復元先：</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>データベース：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>上書き対象：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <source>&amp;Start the task now (StartRestoreTask)</source>
        <translation>今すぐタスクを開始する（StartRestoreTask）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrBackupSetPage</name>
    <message>
        <source>Logical</source>
        <translation>論理</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>増分</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>フル</translation>
    </message>
    <message>
        <source>This copy failed and cannot be restored.</source>
        <translation>このコピーは失敗しているため、復元できません。</translation>
    </message>
    <message>
        <source>A logical backup cannot be restored by database and table.</source>
        <translation>論理バックアップは、データベース単位およびテーブル単位で復元できません。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>復元可能</translation>
    </message>
    <message>
        <source>Cross-region backup set</source>
        <translation>クロスリージョンバックアップセット</translation>
    </message>
    <message>
        <source>Choose the copy to restore. It is restored in the region that holds it.</source>
        <translation>復元するコピーを選択してください。コピーが保存されているリージョンで復元されます。</translation>
    </message>
    <message>
        <source>Cross-region &amp;backup sets of the source instance, newest first:</source>
        <translation>ソースインスタンスのクロスリージョンバックアップセット（新しい順）(&amp;B)：</translation>
    </message>
    <message>
        <source>Cross-region backup sets</source>
        <translation>クロスリージョンバックアップセット</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>バックアップセット ID</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>保存先リージョン</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation>整合時点</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrPointInTimePage</name>
    <message>
        <source>The source instance has no cross-region backup to start a point-in-time restore from.</source>
        <translation>ソースインスタンスには、特定時点への復元の起点となるクロスリージョンバックアップがありません。</translation>
    </message>
    <message>
        <source>The restorable time range could not be read.</source>
        <translation>復元可能な時間範囲を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Reading the restorable time range…</source>
        <translation>復元可能な時間範囲を読み取り中…</translation>
    </message>
    <message>
        <source>The source instance can be restored to any moment from %1 to %2.
In UTC: %3 to %4.</source>
        <translation>ソースインスタンスは %1 ～ %2 の任意の時点に復元できます。
UTC：%3 ～ %4。</translation>
    </message>
    <message>
        <source>Sent as %1 (UTC)</source>
        <translation>%1（UTC）として送信</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>特定時点</translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation>復元するデータの時点を選択してください。時刻はお使いのタイムゾーンで表示されます。</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>復元する時点(&amp;T)：</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>復元する時点</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrRestoreWizard</name>
    <message>
        <source>Cross-region Restore (RDS)</source>
        <translation>クロスリージョン復元（RDS）</translation>
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
        <translation>%1：データベースとテーブルのクロスリージョン復元は、MySQL インスタンスからのみ可能です。</translation>
    </message>
    <message>
        <source>A read-only instance keeps no backups of its own.</source>
        <translation>読み取り専用インスタンスは独自のバックアップを保持しません。</translation>
    </message>
    <message>
        <source>The cross-region backups of the instance could not be listed.</source>
        <translation>インスタンスのクロスリージョンバックアップを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>The databases of the source instance could not be listed.</source>
        <translation>ソースインスタンスのデータベースを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Instance %1 has no usable cross-region backup (a successful physical copy in another region), so there is nothing to restore across regions. Turn on cross-region backup for it first.</source>
        <translation>インスタンス %1 には使用可能なクロスリージョンバックアップ（別のリージョンにある、成功した物理バックアップのコピー）がないため、クロスリージョンで復元できるものはありません。先にクロスリージョンバックアップを有効にしてください。</translation>
    </message>
    <message>
        <source>Looking up the instance's cross-region backups and databases…</source>
        <translation>インスタンスのクロスリージョンバックアップとデータベースを照会中…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Choose the instance whose backups were copied to another region, and what to restore.</source>
        <translation>バックアップが別のリージョンにコピーされているインスタンスと、復元する内容を選択してください。</translation>
    </message>
    <message>
        <source>Source &amp;region:</source>
        <translation>ソースリージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation>ソースインスタンス(&amp;I)：</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>ソースインスタンス</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>復元元：</translation>
    </message>
    <message>
        <source>A cross-region &amp;backup set</source>
        <translation>クロスリージョンバックアップセット(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>特定時点(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrSummaryPage</name>
    <message>
        <source>I understand that this restore writes into the instance %1.</source>
        <translation>この復元でインスタンス %1 にデータが書き込まれることを理解しました。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4) in %5</source>
        <translation>%5 の %1（%2、%3 %4）</translation>
    </message>
    <message>
        <source>The cross-region backup set %1, kept in %2, consistent at %3</source>
        <translation>クロスリージョンバックアップセット %1（保存先 %2、整合時点 %3）</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>特定時点 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>The database %1, whole, as %2</source>
        <translation>データベース %1 の全体を %2 として</translation>
    </message>
    <message>
        <source>The table %1.%2 as %3.%4</source>
        <translation>テーブル %1.%2 を %3.%4 として</translation>
    </message>
    <message>
        <source>Known once the target instance has been checked.</source>
        <translation>ターゲットインスタンスの確認後に表示されます。</translation>
    </message>
    <message>
        <source>Nothing that exists now: every database and table is created under its new name.</source>
        <translation>既存のデータはありません。すべてのデータベースとテーブルは新しい名前で作成されます。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>復元元：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ターゲット：</translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation>復元対象：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>上書き対象：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTablesPage</name>
    <message>
        <source>Databases and tables</source>
        <translation>データベースとテーブル</translation>
    </message>
    <message>
        <source>List what to restore and the names it gets on the target. Leave Table empty to restore a whole database.</source>
        <translation>復元する対象と、ターゲットでの名前を指定します。データベース全体を復元するには、［テーブル］を空のままにしてください。</translation>
    </message>
    <message>
        <source>The databases in the backup are not known.</source>
        <translation>バックアップ内のデータベースは不明です。</translation>
    </message>
    <message>
        <source>Databases in the backup: %1</source>
        <translation>バックアップ内のデータベース：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation>リージョン %1 のインスタンスを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Can be restored into</source>
        <translation>復元先として使用可能</translation>
    </message>
    <message>
        <source>Runs %1: databases and tables are restored into MySQL instances only.</source>
        <translation>%1 を実行しています。データベースとテーブルの復元先にできるのは MySQL インスタンスのみです。</translation>
    </message>
    <message>
        <source>A read-only instance cannot be restored into.</source>
        <translation>読み取り専用インスタンスは復元先にできません。</translation>
    </message>
    <message>
        <source>Its status is %1: the target must be Running.</source>
        <translation>ステータスが %1 です。ターゲットは Running である必要があります。</translation>
    </message>
    <message>
        <source>MySQL %1, the source runs %2</source>
        <translation>MySQL %1（ソースは %2）</translation>
    </message>
    <message>
        <source>The databases of the target instance could not be listed.</source>
        <translation>ターゲットインスタンスのデータベースを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation>ターゲットインスタンス</translation>
    </message>
    <message>
        <source>Choose the existing instance the databases and tables are restored into.</source>
        <translation>データベースとテーブルの復元先となる既存のインスタンスを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Instances in %1, the region that holds the copies:</source>
        <translation>%1（コピーを保持するリージョン）のインスタンス(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation>%1 のインスタンスを一覧表示中…</translation>
    </message>
    <message>
        <source>Reading the target instance's databases…</source>
        <translation>ターゲットインスタンスのデータベースを読み取り中…</translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation>%1 には、この復元に使用できるインスタンスがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%1 個のインスタンスのうち %n 個に復元できます。それ以外のインスタンスには、復元できない理由が表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DownloadsDock</name>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>No downloads. Select a backup set and choose Download to save its file here; unfinished downloads resume at the next start.</source>
        <translation>ダウンロードはありません。バックアップセットを選択して［ダウンロード］を選ぶと、ファイルがここに保存されます。未完了のダウンロードは次回起動時に再開されます。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Continue a paused download, or try a failed one again from where it stopped.</source>
        <translation>一時停止したダウンロードを続行するか、失敗したダウンロードを停止した位置から再試行します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the download and remove it from the list; the partial file stays on disk.</source>
        <translation>ダウンロードを停止してリストから削除します。部分ファイルはディスクに残ります。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>完了したものをクリア</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiBackupPage</name>
    <message>
        <source>An incremental backup cannot be restored on its own: choose a full backup, or a point in time.</source>
        <translation>増分バックアップは単独では復元できません。フルバックアップまたは特定時点を選択してください。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>復元可能</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Choose the completed backup to restore.</source>
        <translation>復元する完了済みのバックアップを選択してください。</translation>
    </message>
    <message>
        <source>Completed &amp;backups of the source instance, newest first:</source>
        <translation>ソースインスタンスの完了済みバックアップ（新しい順）(&amp;B)：</translation>
    </message>
    <message>
        <source>Completed backups</source>
        <translation>完了済みバックアップ</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>バックアップ ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiRestoreWizard</name>
    <message>
        <source>Huawei Cloud Restore</source>
        <translation>Huawei Cloud 復元</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSourcePage</name>
    <message>
        <source>The restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation>既存または現在のインスタンスへの復元は PostgreSQL をサポートしていません。</translation>
    </message>
    <message>
        <source>The backups of the instance could not be listed.</source>
        <translation>インスタンスのバックアップを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Instance %1 has no completed backup to restore from. Restore to a point in time instead, or create a backup first.</source>
        <translation>インスタンス %1 には、復元に使用できる完了済みのバックアップがありません。代わりに特定時点に復元するか、先にバックアップを作成してください。</translation>
    </message>
    <message>
        <source>The restorable time ranges could not be read.</source>
        <translation>復元可能な時間範囲を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: restore from a backup instead.</source>
        <translation>インスタンス %1 には復元可能な時間範囲がありません。代わりにバックアップから復元してください。</translation>
    </message>
    <message>
        <source>Reading the instance's restorable time ranges…</source>
        <translation>インスタンスの復元可能な時間範囲を読み取り中…</translation>
    </message>
    <message>
        <source>Listing the instance's backups…</source>
        <translation>インスタンスのバックアップを一覧表示中…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Choose the instance whose backup or history is restored, and how.</source>
        <translation>バックアップまたは過去のデータを復元するインスタンスと、復元方法を選択してください。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation>ソースインスタンス(&amp;I)：</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>ソースインスタンス</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>復元元：</translation>
    </message>
    <message>
        <source>A &amp;backup</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>特定時点(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSummaryPage</name>
    <message>
        <source>I understand that every database on %1 is replaced.</source>
        <translation>%1 上のすべてのデータベースが置き換えられることを理解しました。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4, %5 GB) in %6</source>
        <translation>%6 の %1（%2、%3 %4、%5 GB）</translation>
    </message>
    <message>
        <source>%1 — the current instance</source>
        <translation>%1 — 現在のインスタンス</translation>
    </message>
    <message>
        <source>The backup %1 (%2), taken %3</source>
        <translation>バックアップ %1（%2）、%3 に取得</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>特定時点 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation>インスタンス %1 上のすべてのデータベースが置き換えられ、現在のデータは失われます。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>復元元：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ターゲット：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>上書き対象：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation>リージョン %1 のインスタンスを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Its status is %1: the target must be ACTIVE.</source>
        <translation>ステータスが %1 です。ターゲットは ACTIVE である必要があります。</translation>
    </message>
    <message>
        <source>The current instance: the source itself is restored</source>
        <translation>現在のインスタンス：ソース自体が復元されます</translation>
    </message>
    <message>
        <source>Another instance: it is overwritten</source>
        <translation>別のインスタンス：上書きされます</translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation>ターゲットインスタンス</translation>
    </message>
    <message>
        <source>Restore the current instance, or overwrite another instance of the same region.</source>
        <translation>現在のインスタンスを復元するか、同じリージョンの別のインスタンスを上書きします。</translation>
    </message>
    <message>
        <source>&amp;Instances in %1:</source>
        <translation>%1 のインスタンス(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation>%1 のインスタンスを一覧表示中…</translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation>%1 には、この復元に使用できるインスタンスがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%1 個のインスタンスのうち %n 個に復元できます。それ以外のインスタンスには、復元できない理由が表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTimePage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation>• %1 ～ %2</translation>
    </message>
    <message>
        <source>The instance has no restorable time range.</source>
        <translation>インスタンスには復元可能な時間範囲がありません。</translation>
    </message>
    <message>
        <source>The instance can be restored to any moment in these ranges:
%1</source>
        <translation>インスタンスは次の範囲内の任意の時点に復元できます：
%1</translation>
    </message>
    <message>
        <source>Sent as %1 (UTC), %2 ms</source>
        <translation>%1（UTC）、%2 ミリ秒として送信</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>特定時点</translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation>復元するデータの時点を選択してください。時刻はお使いのタイムゾーンで表示されます。</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>復元する時点(&amp;T)：</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>復元する時点</translation>
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
        <translation>%1 は選択できません：%2</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>選択可否</translation>
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
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>プロバイダーのステータス</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
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
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation>プロバイダーのジョブ ID</translation>
    </message>
    <message>
        <source>Local job ID</source>
        <translation>ローカルのジョブ ID</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>クライアントトークン</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>パラメーター：%1</translation>
    </message>
    <message>
        <source>Select a job to see every detail of it.</source>
        <translation>ジョブを選択すると、詳細がすべて表示されます。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>ジョブの詳細</translation>
    </message>
    <message>
        <source>No jobs yet. Backups and restores you start appear here and are followed to their end, also across restarts.</source>
        <translation>ジョブはまだありません。開始したバックアップと復元はここに表示され、アプリケーションを再起動しても完了まで追跡されます。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy Error Report</source>
        <translation>エラーレポートをコピー</translation>
    </message>
    <message>
        <source>Copies the error code, message and request ID, which the provider's support asks for.</source>
        <translation>プロバイダーのサポートから求められるエラーコード、メッセージ、リクエスト ID をコピーします。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::MainWindow</name>
    <message>
        <source>About RDS Backup Manager</source>
        <translation>RDS Backup Manager について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;Backups and restores for Alibaba Cloud RDS, Database Backup (DBS) and Huawei Cloud RDS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;Alibaba Cloud RDS、Database Backup（DBS）、Huawei Cloud RDS のバックアップと復元。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>インスタンスを読み込み中…</translation>
    </message>
    <message>
        <source>Loading backup sets: page %1 of %2…</source>
        <translation>バックアップセットを読み込み中：%1 / %2 ページ…</translation>
    </message>
    <message>
        <source>Loading backup sets…</source>
        <translation>バックアップセットを読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the backup sets: %1</source>
        <translation>バックアップセットを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Demo mode: simulated clouds on this computer</source>
        <translation>デモモード：このコンピューター上のシミュレートされたクラウド</translation>
    </message>
    <message>
        <source>RDS Backup Manager — Demo</source>
        <translation>RDS Backup Manager — デモ</translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation>RDS Backup Manager</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload instances and backup sets (%1)</source>
        <translation>インスタンスとバックアップセットを再読み込み（%1）</translation>
    </message>
    <message>
        <source>&amp;Find Backup Set…</source>
        <translation>バックアップセットを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About RDS Backup Manager</source>
        <translation>RDS Backup Manager について(&amp;A)</translation>
    </message>
    <message>
        <source>Some saved work could not be read at start-up (see the details). A damaged file is kept beside the new one, never overwritten.</source>
        <translation>起動時に、保存された作業の一部を読み込めませんでした（詳細を参照）。破損したファイルは新しいファイルの横に残され、上書きされません。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProblemLabel</name>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>サービスに接続できませんでした：%1</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>サービスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>サービスが HTTP ステータスコード %1 を返しました。</translation>
    </message>
    <message>
        <source>The service's answer could not be read: %1</source>
        <translation>サービスのレスポンスを読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>エラーコード：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileDialog</name>
    <message>
        <source>A profile named %1 already exists. Choose another name.</source>
        <translation>プロファイル %1 はすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>The default region</source>
        <translation>デフォルトリージョン</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>その他のリージョン</translation>
    </message>
    <message>
        <source>The AccessKey ID is required.</source>
        <translation>AccessKey ID は必須です。</translation>
    </message>
    <message>
        <source>The access key (AK) is required.</source>
        <translation>アクセスキー（AK）は必須です。</translation>
    </message>
    <message>
        <source>The AccessKey secret is required.</source>
        <translation>AccessKey Secret は必須です。</translation>
    </message>
    <message>
        <source>The secret key (SK) is required.</source>
        <translation>シークレットキー（SK）は必須です。</translation>
    </message>
    <message>
        <source>The endpoint "%1" is not a valid address.</source>
        <translation>エンドポイント「%1」は有効なアドレスではありません。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテスト中…</translation>
    </message>
    <message>
        <source>The connection was not tested: %1</source>
        <translation>接続はテストされませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The account can use %n region(s).</source>
        <translation>
            <numerusform>接続しました。このアカウントは %n 個のリージョンを使用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The project of %1 is %2.</source>
        <translation>接続しました。%1 のプロジェクトは %2 です。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID：%1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました：%1</translation>
    </message>
    <message>
        <source>Message from the service: %1</source>
        <translation>サービスからのメッセージ：%1</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain, so the profile was not saved: %1</source>
        <translation>シークレットをシステムキーチェーンに保存できなかったため、プロファイルは保存されませんでした：%1</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation>シークレットはシステムキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>デフォルトリージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Other regions:</source>
        <translation>その他のリージョン(&amp;O)：</translation>
    </message>
    <message>
        <source>Access&amp;Key ID:</source>
        <translation>AccessKey ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>アクセスキー（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>シークレットキー（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation>セキュリティトークン(&amp;U)：</translation>
    </message>
    <message>
        <source>En&amp;dpoint:</source>
        <translation>エンドポイント(&amp;D)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>署名(&amp;G)：</translation>
    </message>
    <message>
        <source>For example: production</source>
        <translation>例：production</translation>
    </message>
    <message>
        <source>Alibaba Cloud (RDS and DBS)</source>
        <translation>Alibaba Cloud（RDS、DBS）</translation>
    </message>
    <message>
        <source>Huawei Cloud (RDS)</source>
        <translation>Huawei Cloud（RDS）</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>任意。カンマ区切り</translation>
    </message>
    <message>
        <source>Leave empty to show the instances of every region the account can use.</source>
        <translation>空のままにすると、アカウントが使用できるすべてのリージョンのインスタンスが表示されます。</translation>
    </message>
    <message>
        <source>Each region is shown with its own IAM project.</source>
        <translation>各リージョンは、それぞれの IAM プロジェクトで表示されます。</translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation>一時的な STS 認証情報の場合のみ</translation>
    </message>
    <message>
        <source>Only for temporary AK/SK</source>
        <translation>一時的な AK/SK の場合のみ</translation>
    </message>
    <message>
        <source>Optional: leave empty for the provider's own endpoints</source>
        <translation>任意：プロバイダー標準のエンドポイントを使用する場合は空のままにします</translation>
    </message>
    <message>
        <source>An address that replaces the provider's endpoints, such as a simulator or a proxy.</source>
        <translation>プロバイダーのエンドポイントの代わりに使用するアドレス（シミュレーターやプロキシなど）。</translation>
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
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Calls DescribeRegions with these credentials.</source>
        <translation>この認証情報で DescribeRegions を呼び出します。</translation>
    </message>
    <message>
        <source>Looks up the region's project in IAM with these credentials.</source>
        <translation>この認証情報で、IAM からリージョンのプロジェクトを照会します。</translation>
    </message>
    <message>
        <source>Cop&amp;y Result</source>
        <translation>結果をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>アカウントの編集</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileImportDialog</name>
    <message>
        <source>Choose the CLI's Configuration File</source>
        <translation>CLI の設定ファイルの選択</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>設定ファイル (*.json)</translation>
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
        <translation>取得済み</translation>
    </message>
    <message>
        <source>To be entered</source>
        <translation>要入力</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>この名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>The file holds no profile that can be imported.</source>
        <translation>このファイルにはインポートできるプロファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) can be imported. Untick the ones you do not want.</source>
        <translation>
            <numerusform>%n 個のプロファイルをインポートできます。不要なものはチェックを外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the profiles…</source>
        <translation>プロファイルを保存中…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) saved.</source>
        <translation>
            <numerusform>%n 個のプロファイルを保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>アカウントのインポート</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>インポート元(&amp;F)：</translation>
    </message>
    <message>
        <source>aliyun CLI (Alibaba Cloud)</source>
        <translation>aliyun CLI（Alibaba Cloud）</translation>
    </message>
    <message>
        <source>KooCLI, hcloud (Huawei Cloud)</source>
        <translation>KooCLI、hcloud（Huawei Cloud）</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>ファイル(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>見つかったプロファイル</translation>
    </message>
    <message>
        <source>&amp;Replace saved profiles that have the same name</source>
        <translation>同じ名前の保存済みプロファイルを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RequestPreview</name>
    <message>
        <source>Request that will be sent</source>
        <translation>送信されるリクエスト</translation>
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
        <translation>バックアップを作成(&amp;B)…</translation>
    </message>
    <message>
        <source>Create a backup set of the selected Alibaba Cloud instance (%1)</source>
        <translation>選択した Alibaba Cloud インスタンスのバックアップセットを作成します（%1）</translation>
    </message>
    <message>
        <source>&amp;Cross-region Restore (RDS)…</source>
        <translation>クロスリージョン復元（RDS）(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore databases and tables of a cross-region backup into an existing instance</source>
        <translation>クロスリージョンバックアップのデータベースとテーブルを既存のインスタンスに復元します</translation>
    </message>
    <message>
        <source>&amp;DBS Restore Task…</source>
        <translation>DBS 復元タスク(&amp;D)…</translation>
    </message>
    <message>
        <source>Create and start a Database Backup (DBS) restore task</source>
        <translation>Database Backup（DBS）の復元タスクを作成して開始します</translation>
    </message>
    <message>
        <source>&amp;Huawei Restore…</source>
        <translation>Huawei Cloud 復元(&amp;H)…</translation>
    </message>
    <message>
        <source>Restore a Huawei Cloud instance from a backup or to a point in time</source>
        <translation>Huawei Cloud のインスタンスを、バックアップから、または特定時点に復元します</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreConfirmation</name>
    <message>
        <source>Finish stays disabled until the ID matches exactly.</source>
        <translation>ID が完全に一致するまで、［完了］ボタンは無効のままです。</translation>
    </message>
    <message>
        <source>The ID matches.</source>
        <translation>ID が一致しました。</translation>
    </message>
    <message>
        <source>This is not the target instance's ID.</source>
        <translation>ターゲットインスタンスの ID ではありません。</translation>
    </message>
    <message>
        <source>Confirm the target</source>
        <translation>ターゲットの確認</translation>
    </message>
    <message>
        <source>To confirm, type the ID of the target instance, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、ターゲットインスタンスの ID &lt;b&gt;%1&lt;/b&gt; を入力してください：</translation>
    </message>
    <message>
        <source>Target instance ID confirmation</source>
        <translation>ターゲットインスタンス ID の確認</translation>
    </message>
    <message>
        <source>I understand what the restore overwrites</source>
        <translation>復元で上書きされる内容を理解しました</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreObjectsEditor</name>
    <message>
        <source>The backup plan does not back up a database named %1 (RestoreObjects[%2].DBName).</source>
        <translation>バックアップスケジュールは、%1 という名前のデータベースをバックアップしていません（RestoreObjects[%2].DBName）。</translation>
    </message>
    <message>
        <source>Database (DBName)</source>
        <translation>データベース（DBName）</translation>
    </message>
    <message>
        <source>New name (NewDBName)</source>
        <translation>新しい名前（NewDBName）</translation>
    </message>
    <message>
        <source>Schema (SchemaName)</source>
        <translation>スキーマ（SchemaName）</translation>
    </message>
    <message>
        <source>New schema (NewSchemaName)</source>
        <translation>新しいスキーマ（NewSchemaName）</translation>
    </message>
    <message>
        <source>Databases to restore</source>
        <translation>復元するデータベース</translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation>データベースを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation>行を削除(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>選択した行を削除します（Delete）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreSummaryPage</name>
    <message>
        <source>Checking the source and the target once more…</source>
        <translation>ソースとターゲットを再確認中…</translation>
    </message>
    <message>
        <source>The check before sending could not be made.</source>
        <translation>送信前の確認を実行できませんでした。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Accepted by the service; follow it in the job monitor.</source>
        <translation>サービスに受け付けられました。ジョブモニターで進行状況を確認してください。</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>ジョブを記録できなかったため、何も送信されませんでした：%1</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>サービスがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Check what will happen. Finish sends the request once you have typed the target's ID.</source>
        <translation>実行内容を確認してください。ターゲットの ID を入力すると、［完了］でリクエストが送信されます。</translation>
    </message>
    <message>
        <source>&amp;Request that will be sent:</source>
        <translation>送信されるリクエスト(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::TableMetaEditor</name>
    <message>
        <source>Row %1 of TableMeta needs the name of the database to restore.</source>
        <translation>TableMeta の %1 行目には、復元するデータベースの名前が必要です。</translation>
    </message>
    <message>
        <source>The database %1 is listed both whole and table by table: keep either the row without a table or the table rows.</source>
        <translation>データベース %1 が、全体とテーブル単位の両方で指定されています。テーブルを指定していない行か、テーブルの行のどちらか一方のみを残してください。</translation>
    </message>
    <message>
        <source>The rows of the database %1 give it different new names: use the same new name in each.</source>
        <translation>データベース %1 の行で異なる新しい名前が指定されています。各行で同じ新しい名前を使用してください。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>新しいデータベース名</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>新しいテーブル名</translation>
    </message>
    <message>
        <source>Leave empty to restore the whole database.</source>
        <translation>データベース全体を復元する場合は空のままにします。</translation>
    </message>
    <message>
        <source>Databases and tables to restore</source>
        <translation>復元するデータベースとテーブル</translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation>データベースを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Table</source>
        <translation>テーブルを追加(&amp;T)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation>行を削除(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>選択した行を削除します（Delete）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::WelcomePage</name>
    <message>
        <source>Welcome to RDS Backup Manager</source>
        <translation>RDS Backup Manager へようこそ</translation>
    </message>
    <message>
        <source>Find the backup sets of your Alibaba Cloud RDS and Huawei Cloud RDS instances, download them with their checksums verified, and restore them knowing exactly what will be overwritten. There is no account yet.</source>
        <translation>Alibaba Cloud RDS および Huawei Cloud RDS インスタンスのバックアップセットを検索し、チェックサムを検証しながらダウンロードし、上書きされる内容を正確に把握したうえで復元できます。アカウントはまだ登録されていません。</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
    <message>
        <source>Restarts the application with simulated clouds on this computer: sample instances and backups, no account and no network needed.</source>
        <translation>このコンピューター上のシミュレートされたクラウドでアプリケーションを再起動します。サンプルのインスタンスとバックアップが用意されており、アカウントもネットワークも不要です。</translation>
    </message>
    <message>
        <source>&amp;Add an Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Enter an AccessKey of Alibaba Cloud or an AK/SK of Huawei Cloud. The secret is kept in the system keychain.</source>
        <translation>Alibaba Cloud の AccessKey、または Huawei Cloud の AK/SK を入力します。シークレットはシステムキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Import from the CLI…</source>
        <translation>CLI からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Reads the profiles of the aliyun CLI or of Huawei Cloud's KooCLI (hcloud) and lets you pick the ones to add.</source>
        <translation>aliyun CLI または Huawei Cloud の KooCLI（hcloud）のプロファイルを読み込み、追加するものを選択できます。</translation>
    </message>
    <message>
        <source>The environment variables the providers' SDKs read (ALIBABA_CLOUD_ACCESS_KEY_ID, HUAWEICLOUD_SDK_AK, ...) are used too when they are set at start-up.</source>
        <translation>プロバイダーの SDK が読み取る環境変数（ALIBABA_CLOUD_ACCESS_KEY_ID、HUAWEICLOUD_SDK_AK など）が起動時に設定されている場合は、それらも使用されます。</translation>
    </message>
</context>
</TS>
