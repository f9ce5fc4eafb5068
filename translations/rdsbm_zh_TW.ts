<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ApiResultText</name>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>服務傳回 HTTP 狀態碼 %1。</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>服務拒絕了此請求。</translation>
    </message>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>無法連線到服務：%1</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服務未在時限內回應。</translation>
    </message>
    <message>
        <source>The service's answer could not be read: %1</source>
        <translation>無法讀取服務的回應：%1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>請求已取消。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>錯誤碼：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>請求 ID：%1</translation>
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
        <translation>備份任務 %1 以 Failed 狀態結束。</translation>
    </message>
    <message>
        <source>No backup job runs on %1 and no manual backup set started after the request: it may never have arrived. Create the backup again if it is still needed.</source>
        <translation>%1 上沒有正在執行的備份任務，送出請求後也沒有開始任何手動備份集：請求可能從未送達。如仍需要備份，請重新建立備份。</translation>
    </message>
    <message>
        <source>No backup job runs on %1 any more; the manual backup set %2, started after the request, may be its result. Check it before creating another backup.</source>
        <translation>%1 上已沒有正在執行的備份任務；送出請求後開始的手動備份集 %2 可能就是其結果。建立其他備份前，請先檢查該備份集。</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>--%1 must be an ISO 8601 time in UTC such as 2026-11-20T08:00:00Z; "%2" is not one.</source>
        <translation>--%1 必須是 UTC 的 ISO 8601 時間，例如 2026-11-20T08:00:00Z；「%2」不是有效的時間。</translation>
    </message>
    <message>
        <source>--%1 must be given in UTC, ending in Z (for example 2026-11-20T08:00:00Z); "%2" is not.</source>
        <translation>--%1 必須以 UTC 表示並以 Z 結尾（例如 2026-11-20T08:00:00Z）；「%2」不符合。</translation>
    </message>
    <message>
        <source>--%1: standard input could not be read.</source>
        <translation>--%1：無法讀取標準輸入。</translation>
    </message>
    <message>
        <source>--%1: the file %2 could not be read (%3).</source>
        <translation>--%1：無法讀取檔案 %2（%3）。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3; "%4" is not.</source>
        <translation>--%1 必須是 %2 到 %3 之間的整數；「%4」不是。</translation>
    </message>
</context>
<context>
    <name>ClientToken</name>
    <message>
        <source>ClientToken is required: make one per user action and reuse it on every retry.</source>
        <translation>ClientToken 為必填：每個使用者操作產生一個，並在每次重試時沿用。</translation>
    </message>
    <message>
        <source>ClientToken may contain only printable ASCII characters.</source>
        <translation>ClientToken 只能包含可列印的 ASCII 字元。</translation>
    </message>
    <message>
        <source>ClientToken must be at most %1 characters long; it has %2.</source>
        <translation>ClientToken 最多 %1 個字元；目前有 %2 個。</translation>
    </message>
</context>
<context>
    <name>CloudJobJson</name>
    <message>
        <source>A job has no local id.</source>
        <translation>有任務沒有本機 ID。</translation>
    </message>
    <message>
        <source>Job %1 has an unknown kind, state or provider.</source>
        <translation>任務 %1 的種類、狀態或雲端供應商無法辨識。</translation>
    </message>
</context>
<context>
    <name>CreateBackupParameters</name>
    <message>
        <source>DBName is required when BackupStrategy is db: name the databases to back up.</source>
        <translation>BackupStrategy 為 db 時，DBName 為必填：請指定要備份的資料庫。</translation>
    </message>
    <message>
        <source>DBName is only accepted with BackupStrategy db (a single-database backup).</source>
        <translation>只有 BackupStrategy 為 db（單庫備份）時才接受 DBName。</translation>
    </message>
    <message>
        <source>DBName "%1" is not a valid database name: use lowercase letters, digits and underscores, start with a letter, end with a letter or digit, at most 16 characters.</source>
        <translation>DBName「%1」不是有效的資料庫名稱：資料庫名稱由小寫字母、數字和底線組成，以字母開頭，以字母或數字結尾，最長 16 個字元。</translation>
    </message>
    <message>
        <source>DBName lists the database "%1" twice.</source>
        <translation>DBName 重複列出了資料庫「%1」。</translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a logical (MySQL) or full physical (SQL Server) backup, not to a snapshot.</source>
        <translation>BackupStrategy 僅適用於邏輯備份（MySQL）或全量物理備份（SQL Server），不適用於快照備份。</translation>
    </message>
    <message>
        <source>BackupType applies only when BackupMethod is Physical.</source>
        <translation>BackupType 僅在 BackupMethod 為 Physical 時有效。</translation>
    </message>
    <message>
        <source>BackupMethod Logical is not available on SQL Server, which supports only physical backups (or Snapshot on cloud disks).</source>
        <translation>SQL Server 不支援 BackupMethod Logical：SQL Server 僅支援物理備份（雲端磁碟實例可使用 Snapshot）。</translation>
    </message>
    <message>
        <source>For a MariaDB snapshot backup, set BackupMethod to Physical.</source>
        <translation>MariaDB 實例進行快照備份時，請將 BackupMethod 設為 Physical。</translation>
    </message>
    <message>
        <source>BackupType is for SQL Server only; leave it out for %1.</source>
        <translation>BackupType 僅適用於 SQL Server；%1 請勿填寫此參數。</translation>
    </message>
    <message>
        <source>BackupStrategy applies only to a MySQL logical backup or an SQL Server full physical backup (BackupMethod Physical with BackupType FullBackup).</source>
        <translation>BackupStrategy 僅適用於 MySQL 邏輯備份或 SQL Server 全量物理備份（BackupMethod 為 Physical 且 BackupType 為 FullBackup）。</translation>
    </message>
</context>
<context>
    <name>DbsClient</name>
    <message>
        <source>DescribeBackupPlanList returned page %1 (PageNum %2) with no plan that was not on an earlier page.</source>
        <translation>DescribeBackupPlanList 傳回的第 %1 頁（PageNum %2）中，沒有任何前面頁面未出現過的備份計劃。</translation>
    </message>
    <message>
        <source>BeginTimestampForRestore is required: the start of the period to look at.</source>
        <translation>BeginTimestampForRestore 為必填：要查詢時段的開始時間。</translation>
    </message>
    <message>
        <source>EndTimestampForRestore is required: the end of the period to look at.</source>
        <translation>EndTimestampForRestore 為必填：要查詢時段的結束時間。</translation>
    </message>
    <message>
        <source>EndTimestampForRestore must not be before BeginTimestampForRestore.</source>
        <translation>EndTimestampForRestore 不得早於 BeginTimestampForRestore。</translation>
    </message>
</context>
<context>
    <name>DbsRestoreStatusSource</name>
    <message>
        <source>No restore task named %1 was found in the plan %2: the request may never have arrived. It can only be sent again with the destination password (RDSBM_DEST_PASSWORD); running the same command again with --client-token %3 is safe.</source>
        <translation>備份計劃 %2 中找不到名為 %1 的恢復任務：請求可能從未送達。必須提供目標資料庫的密碼（RDSBM_DEST_PASSWORD）才能重新送出；以 --client-token %3 再次執行相同命令是安全的。</translation>
    </message>
    <message>
        <source>Several restore tasks are named %1 in the plan %2: which one is this job's is unknown.</source>
        <translation>備份計劃 %2 中有多個名為 %1 的恢復任務：無法確定哪一個屬於此任務。</translation>
    </message>
</context>
<context>
    <name>DdrRestoreStatusSource</name>
    <message>
        <source>The instance %1 never showed the status Restoring after the request; check its databases to see whether the restore happened.</source>
        <translation>送出請求後，實例 %1 始終未出現 Restoring 狀態；請檢查其資料庫，確認恢復是否已執行。</translation>
    </message>
    <message>
        <source>The journal's copy of this RestoreDdrTable request cannot be sent again unchanged; whether the restore into %1 started is unknown.</source>
        <translation>任務日誌中保存的這個 RestoreDdrTable 請求無法原樣重新送出；無法確定恢復到 %1 的作業是否已開始。</translation>
    </message>
</context>
<context>
    <name>DescribeBackupsParameters</name>
    <message>
        <source>EndTime must be later than StartTime (both are sent to the minute, in UTC).</source>
        <translation>EndTime 必須晚於 StartTime（兩者皆以 UTC 送出，精確到分鐘）。</translation>
    </message>
</context>
<context>
    <name>DescribeCrossRegionBackupsParameters</name>
    <message>
        <source>%1 must be a whole number; "%2" is not.</source>
        <translation>%1 必須是整數；「%2」不是。</translation>
    </message>
    <message>
        <source>StartTime and EndTime go together: give both or neither.</source>
        <translation>StartTime 與 EndTime 必須成對使用：請同時提供或同時省略。</translation>
    </message>
    <message>
        <source>EndTime must be later than StartTime.</source>
        <translation>EndTime 必須晚於 StartTime。</translation>
    </message>
</context>
<context>
    <name>HuaweiJobStatusSource</name>
    <message>
        <source>The instance %1 no longer exists.</source>
        <translation>實例 %1 已不存在。</translation>
    </message>
    <message>
        <source>The instance %1 is %2, not RESTORING: the restore request may never have arrived, or has finished already. It is not sent again; check the instance's data before restoring again.</source>
        <translation>實例 %1 的狀態為 %2，而非 RESTORING：恢復請求可能從未送達，也可能已經完成。系統不會重新送出請求；再次恢復前，請先檢查該實例的資料。</translation>
    </message>
    <message>
        <source>The job cannot be queried and the instance %1 is ACTIVE without having been seen RESTORING: whether the restore ran is unknown.</source>
        <translation>無法查詢此任務，且實例 %1 為 ACTIVE，期間從未出現 RESTORING 狀態：無法確定恢復是否已執行。</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>無法讀取任務日誌 %1：%2</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2).</source>
        <translation>任務日誌 %1 已損毀（%2）。</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version.</source>
        <translation>任務日誌 %1 是由較新版本寫入的。</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>無法寫入任務日誌 %1：%2</translation>
    </message>
    <message>
        <source>The job journal %1 is locked by another program.</source>
        <translation>任務日誌 %1 已被其他程式鎖定。</translation>
    </message>
</context>
<context>
    <name>ParameterCheck</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; "%3" is not one of them.</source>
        <translation>%1 必須是 %2 其中之一；「%3」不在其中。</translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation>%1 不是有效的時間。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; %3 is not one of them.</source>
        <translation>%1 必須是 %2 其中之一；%3 不在其中。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is not.</source>
        <translation>%1 必須介於 %2 與 %3 之間；%4 不符合。</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number (1 or more); %2 is not.</source>
        <translation>%1 必須是正整數（1 以上）；%2 不是。</translation>
    </message>
</context>
<context>
    <name>RdsClient</name>
    <message>
        <source>DBInstanceId must name one instance, not a list.</source>
        <translation>DBInstanceId 只能指定一個實例，不能是清單。</translation>
    </message>
    <message>
        <source>DescribeDatabases returned page %1 with no database that was not on an earlier page.</source>
        <translation>DescribeDatabases 傳回的第 %1 頁中，沒有任何前面頁面未出現過的資料庫。</translation>
    </message>
    <message>
        <source>BackupJobId must be a whole number; "%1" is not.</source>
        <translation>BackupJobId 必須是整數；「%1」不是。</translation>
    </message>
    <message>
        <source>CrossBackupId must be a whole number; "%1" is not.</source>
        <translation>CrossBackupId 必須是整數；「%1」不是。</translation>
    </message>
</context>
<context>
    <name>RdsReplyParser</name>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>回應不是 JSON 物件。</translation>
    </message>
    <message>
        <source>The reply lists no instance in %1.</source>
        <translation>回應的 %1 中沒有列出任何實例。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>回應中沒有欄位 %1。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage (0 to 100).</source>
        <translation>回應欄位 %1 不是百分比（0 到 100）。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>回應欄位 %1 不是字串。</translation>
    </message>
    <message>
        <source>The reply's RecoveryEndTime is before its RecoveryBeginTime.</source>
        <translation>回應中的 RecoveryEndTime 早於 RecoveryBeginTime。</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation>回應中沒有欄位 %1。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>回應欄位 %1 不是字串。</translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation>回應欄位 %1 為空。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation>回應欄位 %1 不是整數。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a count (a whole number, zero or more).</source>
        <translation>回應欄位 %1 不是計數值（0 以上的整數）。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an unsigned 64-bit decimal number.</source>
        <translation>回應欄位 %1 不是無號 64 位元十進位數字。</translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation>回應欄位 %1 不是 true 或 false。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a UTC time (yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ).</source>
        <translation>回應欄位 %1 不是 UTC 時間（yyyy-MM-ddTHH:mm:ssZ 或 yyyy-MM-ddTHH:mmZ）。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation>回應欄位 %1 不是 http 或 https 位址。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation>回應欄位 %1 不是物件。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation>回應欄位 %1 不是清單。</translation>
    </message>
</context>
<context>
    <name>RestoreDdrTableParameters</name>
    <message>
        <source>BackupId (the cross-region backup set) is required when RestoreType is 0.</source>
        <translation>RestoreType 為 0 時，BackupId（跨地域備份集 ID）為必填。</translation>
    </message>
    <message>
        <source>RestoreTime goes with RestoreType 1 (point in time), not with a backup set.</source>
        <translation>RestoreTime 只能搭配 RestoreType 1（按時間點恢復），不能搭配備份集。</translation>
    </message>
    <message>
        <source>BackupId goes with RestoreType 0 (backup set), not with a point in time.</source>
        <translation>BackupId 只能搭配 RestoreType 0（按備份集恢復），不能搭配時間點。</translation>
    </message>
    <message>
        <source>RestoreTime is required when RestoreType is 1: give a UTC time (yyyy-MM-ddTHH:mm:ssZ).</source>
        <translation>RestoreType 為 1 時，RestoreTime 為必填：請提供 UTC 時間（yyyy-MM-ddTHH:mm:ssZ）。</translation>
    </message>
    <message>
        <source>RestoreTime must be earlier than the current time; %1 is not.</source>
        <translation>RestoreTime 必須早於目前時間；%1 不符合。</translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside the restorable window, %2 to %3 (UTC).</source>
        <translation>RestoreTime %1 不在可恢復時間範圍 %2 至 %3（UTC）內。</translation>
    </message>
    <message>
        <source>SourceRegion (the source instance's region) is required when RestoreType is 1.</source>
        <translation>RestoreType 為 1 時，SourceRegion（來源實例所在的地域）為必填。</translation>
    </message>
    <message>
        <source>SourceDBInstanceName (the source instance's ID) is required when RestoreType is 1.</source>
        <translation>RestoreType 為 1 時，SourceDBInstanceName（來源實例 ID）為必填。</translation>
    </message>
</context>
<context>
    <name>TableMeta</name>
    <message>
        <source>TableMeta is empty: give a JSON list of the databases to restore.</source>
        <translation>TableMeta 為空：請以 JSON 清單列出要恢復的資料庫。</translation>
    </message>
    <message>
        <source>TableMeta is not valid JSON (%1 at character %2).</source>
        <translation>TableMeta 不是有效的 JSON（第 %2 個字元處：%1）。</translation>
    </message>
    <message>
        <source>TableMeta must be a JSON list of database entries, like [{"type":"db","name":"db1","newname":"db1_new"}].</source>
        <translation>TableMeta 必須是由資料庫項目組成的 JSON 清單，例如 [{"type":"db","name":"db1","newname":"db1_new"}]。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 is not an object.</source>
        <translation>TableMeta 項目 %1 不是物件。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 must have "type": "db".</source>
        <translation>TableMeta 項目 %1 必須包含 "type": "db"。</translation>
    </message>
    <message>
        <source>TableMeta entry %1: "name" and "newname" must be strings.</source>
        <translation>TableMeta 項目 %1："name" 和 "newname" 必須是字串。</translation>
    </message>
    <message>
        <source>TableMeta entry %1: "tables" must be a list.</source>
        <translation>TableMeta 項目 %1："tables" 必須是清單。</translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2 must be an object with "type": "table".</source>
        <translation>TableMeta 項目 %1 的資料表 %2 必須是包含 "type": "table" 的物件。</translation>
    </message>
    <message>
        <source>TableMeta entry %1, table %2: "name" and "newname" must be strings.</source>
        <translation>TableMeta 項目 %1 的資料表 %2："name" 和 "newname" 必須是字串。</translation>
    </message>
    <message>
        <source>TableMeta must list at least one database to restore.</source>
        <translation>TableMeta 必須至少列出一個要恢復的資料庫。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 needs both the database's name and its new name ("name" and "newname").</source>
        <translation>TableMeta 項目 %1 必須同時提供資料庫名稱與新名稱（"name" 和 "newname"）。</translation>
    </message>
    <message>
        <source>TableMeta lists the database %1 more than once.</source>
        <translation>TableMeta 重複列出了資料庫 %1。</translation>
    </message>
    <message>
        <source>TableMeta restores two databases under the same new name %1.</source>
        <translation>TableMeta 將兩個資料庫恢復為同一個新名稱 %1。</translation>
    </message>
    <message>
        <source>TableMeta cannot restore into the system database %1: choose another new name.</source>
        <translation>TableMeta 無法恢復到系統資料庫 %1：請選擇其他新名稱。</translation>
    </message>
    <message>
        <source>TableMeta entry %1 (database %2): table %3 needs both its name and its new name.</source>
        <translation>TableMeta 項目 %1（資料庫 %2）：資料表 %3 必須同時提供名稱與新名稱。</translation>
    </message>
    <message>
        <source>TableMeta lists the table %1.%2 more than once.</source>
        <translation>TableMeta 重複列出了資料表 %1.%2。</translation>
    </message>
    <message>
        <source>TableMeta restores two tables of %1 under the same new name %2.</source>
        <translation>TableMeta 將 %1 中的兩個資料表恢復為同一個新名稱 %2。</translation>
    </message>
    <message>
        <source>The backup has no database named %1, so TableMeta cannot restore it.</source>
        <translation>備份中沒有名為 %1 的資料庫，因此 TableMeta 無法恢復它。</translation>
    </message>
    <message>
        <source>Restoring into the source instance, the database %1 needs a new name different from its own.</source>
        <translation>恢復到來源實例時，資料庫 %1 必須使用與原名稱不同的新名稱。</translation>
    </message>
    <message>
        <source>Restoring into the source instance, the table %1.%2 needs a new name (or its database a new name).</source>
        <translation>恢復到來源實例時，資料表 %1.%2 必須使用新名稱（或為其所屬資料庫指定新名稱）。</translation>
    </message>
    <message>
        <source>The target instance already has a database named %1: choose another new name.</source>
        <translation>目標實例中已存在名為 %1 的資料庫：請選擇其他新名稱。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation>Alibaba Cloud RDS、DBS 與 Huawei Cloud RDS 的備份與恢復工具。</translation>
    </message>
    <message>
        <source>Start with the built-in cloud simulator: no account, no network.</source>
        <translation>以內建的雲端模擬器啟動：不需要帳號，也不需要網路。</translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW or ja.</source>
        <translation>語言：en、zh_CN、zh_TW 或 ja。</translation>
    </message>
    <message>
        <source>Base URL for both providers.</source>
        <translation>兩家雲端供應商共用的基礎 URL。</translation>
    </message>
    <message>
        <source>Base URL for Alibaba Cloud.</source>
        <translation>Alibaba Cloud 的基礎 URL。</translation>
    </message>
    <message>
        <source>Base URL for Huawei Cloud.</source>
        <translation>Huawei Cloud 的基礎 URL。</translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation>--lang 必須是 en、zh_CN、zh_TW、ja 其中之一。</translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL.</source>
        <translation>--%1 必須是 http 或 https URL。</translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation>RDS Backup Manager</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>無法啟動示範模式：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::DbsRestoreRequest</name>
    <message>
        <source>DestinationEndpointInstanceType is required: one of %1.</source>
        <translation>DestinationEndpointInstanceType 為必填：須為 %1 其中之一。</translation>
    </message>
    <message>
        <source>%1 is required when DestinationEndpointInstanceType is %2.</source>
        <translation>DestinationEndpointInstanceType 為 %2 時，%1 為必填。</translation>
    </message>
    <message>
        <source>RestoreObjects is required when DestinationEndpointInstanceType is %1: name at least one database to restore.</source>
        <translation>DestinationEndpointInstanceType 為 %1 時，RestoreObjects 為必填：請至少指定一個要恢復的資料庫。</translation>
    </message>
    <message>
        <source>RestoreDir is required when DestinationEndpointInstanceType is Agent and the backup plan backs up a MySQL database.</source>
        <translation>DestinationEndpointInstanceType 為 Agent 且備份計劃的備份物件為 MySQL 資料庫時，RestoreDir 為必填。</translation>
    </message>
    <message>
        <source>DestinationEndpointPort must be a port number from 1 to 65535.</source>
        <translation>DestinationEndpointPort 必須是 1 到 65535 之間的連接埠號碼。</translation>
    </message>
    <message>
        <source>BackupGatewayId must be a positive whole number.</source>
        <translation>BackupGatewayId 必須是正整數。</translation>
    </message>
    <message>
        <source>DestinationEndpointDatabaseName is required when the database is a PostgreSQL or MongoDB database.</source>
        <translation>資料庫為 PostgreSQL 或 MongoDB 時，DestinationEndpointDatabaseName 為必填。</translation>
    </message>
    <message>
        <source>%1 is required except for an SQL Server database connected over a DBS backup gateway or a Redis database.</source>
        <translation>除透過 DBS 備份網關接入的 SQL Server 資料庫或 Redis 資料庫外，%1 皆為必填。</translation>
    </message>
    <message>
        <source>DestinationEndpointOracleSID is required when the source database is an Oracle database.</source>
        <translation>來源資料庫為 Oracle 資料庫時，DestinationEndpointOracleSID 為必填。</translation>
    </message>
    <message>
        <source>Give either BackupSetId or RestoreTime, not both: a restore starts from one full backup set or from one point in time.</source>
        <translation>請提供 BackupSetId 或 RestoreTime 其中之一，不可同時提供：恢復只能從一個全量備份集或一個時間點開始。</translation>
    </message>
    <message>
        <source>BackupSetId or RestoreTime is required: choose a full backup set or a point in time to restore.</source>
        <translation>BackupSetId 或 RestoreTime 為必填：請選擇要恢復的全量備份集或時間點。</translation>
    </message>
    <message>
        <source>RestoreTime must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then).</source>
        <translation>RestoreTime 必須晚於 1970-01-01T00:00:00Z（送出的值為自該時間起算的毫秒數）。</translation>
    </message>
    <message>
        <source>CrossRoleName is required with CrossAliyunId: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation>指定 CrossAliyunId 時，CrossRoleName 為必填：跨 Alibaba Cloud 帳號恢復需要同時提供帳號與 RAM 角色。</translation>
    </message>
    <message>
        <source>CrossAliyunId is required with CrossRoleName: a restore across Alibaba Cloud accounts needs both the account and the RAM role.</source>
        <translation>指定 CrossRoleName 時，CrossAliyunId 為必填：跨 Alibaba Cloud 帳號恢復需要同時提供帳號與 RAM 角色。</translation>
    </message>
    <message>
        <source>CrossAliyunId must be the digits of an Alibaba Cloud account UID.</source>
        <translation>CrossAliyunId 必須是 Alibaba Cloud 帳號的 UID（僅限數字）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 不得包含空格。</translation>
    </message>
</context>
<context>
    <name>rdsbm::HuaweiRestoreRequest</name>
    <message>
        <source>source.instance_id is required: the instance whose backup or history is restored.</source>
        <translation>source.instance_id 為必填：要以其備份或歷史資料進行恢復的實例。</translation>
    </message>
    <message>
        <source>target.instance_id is required: the instance restored into (the source itself for the current instance).</source>
        <translation>target.instance_id 為必填：恢復的目標實例（恢復到當前實例時即為來源實例本身）。</translation>
    </message>
    <message>
        <source>source.backup_id is required when source.type is backup.</source>
        <translation>source.type 為 backup 時，source.backup_id 為必填。</translation>
    </message>
    <message>
        <source>source.restore_time is only used when source.type is timestamp: choose a backup or a point in time, not both.</source>
        <translation>source.restore_time 僅在 source.type 為 timestamp 時使用：請選擇備份或時間點，不可同時指定。</translation>
    </message>
    <message>
        <source>source.backup_id %1 is not the selected backup %2.</source>
        <translation>source.backup_id %1 不是所選的備份 %2。</translation>
    </message>
    <message>
        <source>Backup %1 belongs to instance %2, not to the source instance %3.</source>
        <translation>備份 %1 屬於實例 %2，而非來源實例 %3。</translation>
    </message>
    <message>
        <source>Backup %1 is %2: only a COMPLETED backup can be restored.</source>
        <translation>備份 %1 的狀態為 %2：只有 COMPLETED 狀態的備份才能用於恢復。</translation>
    </message>
    <message>
        <source>Backup %1 is an incremental backup: restore a full backup, or restore to a point in time instead.</source>
        <translation>備份 %1 是增量備份：請改用全量備份恢復，或改為按時間點恢復。</translation>
    </message>
    <message>
        <source>source.backup_id is only used when source.type is backup: choose a backup or a point in time, not both.</source>
        <translation>source.backup_id 僅在 source.type 為 backup 時使用：請選擇備份或時間點，不可同時指定。</translation>
    </message>
    <message>
        <source>source.restore_time is required when source.type is timestamp.</source>
        <translation>source.type 為 timestamp 時，source.restore_time 為必填。</translation>
    </message>
    <message>
        <source>source.restore_time must be after 1970-01-01T00:00:00Z (it is sent in milliseconds since then, UTC).</source>
        <translation>source.restore_time 必須晚於 1970-01-01T00:00:00Z（送出的值為自該時間起算的毫秒數，UTC）。</translation>
    </message>
    <message>
        <source>source.restore_time cannot be checked: the restorable time ranges of instance %1 were not loaded.</source>
        <translation>無法檢查 source.restore_time：尚未載入實例 %1 的可恢復時間範圍。</translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: it cannot be restored to a point in time.</source>
        <translation>實例 %1 沒有可恢復時間範圍：無法按時間點恢復。</translation>
    </message>
    <message>
        <source>source.restore_time %1 is outside every restorable time range of instance %2.</source>
        <translation>source.restore_time %1 不在實例 %2 的任何可恢復時間範圍內。</translation>
    </message>
    <message>
        <source>Instance %1 runs PostgreSQL: the v3 restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation>實例 %1 的資料庫類型為 PostgreSQL：v3 的「恢復到已有或當前實例」不支援 PostgreSQL。</translation>
    </message>
    <message>
        <source>The source and target instances must use the same database type: %1 is %2, %3 is %4.</source>
        <translation>來源實例和目標實例的資料庫類型必須一致：%1 為 %2，%3 為 %4。</translation>
    </message>
    <message>
        <source>The source and target instances must use the same database version: %1 is %2 %3, %4 is %5 %6.</source>
        <translation>來源實例和目標實例的資料庫版本必須一致：%1 為 %2 %3，%4 為 %5 %6。</translation>
    </message>
    <message>
        <source>The data volumes of %1 and %2 are not known, so the rule that the target's volume is at least as large as the source's cannot be checked. Reload the instances.</source>
        <translation>%1 與 %2 的資料卷大小不明，因此無法檢查「目標實例的資料卷總大小須大於或等於來源實例」這項限制。請重新載入實例。</translation>
    </message>
    <message>
        <source>The total data volume of the target instance %1 (%2 GB) must be greater than or equal to that of the source instance %3 (%4 GB).</source>
        <translation>目標實例 %1 的資料卷總大小（%2 GB）必須大於或等於來源實例 %3 的資料卷總大小（%4 GB）。</translation>
    </message>
    <message>
        <source>Restoring to an instance other than the current one does not support Microsoft SQL Server yet.</source>
        <translation>恢復到非當前實例時，暫不支援 Microsoft SQL Server。</translation>
    </message>
</context>
<context>
    <name>rdsbm::RestoreObjects</name>
    <message>
        <source>RestoreObjects is required for this destination type: name at least one database to restore.</source>
        <translation>此目標類型必須填寫 RestoreObjects：請至少指定一個要恢復的資料庫。</translation>
    </message>
    <message>
        <source>%1 is required: the name of the database to restore.</source>
        <translation>%1 為必填：要恢復的資料庫名稱。</translation>
    </message>
    <message>
        <source>%1 needs %2: a schema can only be renamed when it is named.</source>
        <translation>%1 需要 %2：必須先指定 Schema，才能為其重新命名。</translation>
    </message>
    <message>
        <source>%1 restores database %2 a second time: name each database once.</source>
        <translation>%1 再次恢復資料庫 %2：每個資料庫只能列出一次。</translation>
    </message>
    <message>
        <source>%1 gives database %2 a destination name another object already uses: each restored database needs its own name.</source>
        <translation>%1 為資料庫 %2 指定的目標名稱已被其他物件使用：每個恢復的資料庫都必須有自己的名稱。</translation>
    </message>
    <message>
        <source>RestoreObjects must be a JSON array of objects such as [{"DBName":"source","NewDBName":"destination"}].</source>
        <translation>RestoreObjects 必須是由物件組成的 JSON 陣列，例如 [{"DBName":"source","NewDBName":"destination"}]。</translation>
    </message>
    <message>
        <source>%1 must be an object with DBName and NewDBName.</source>
        <translation>%1 必須是包含 DBName 與 NewDBName 的物件。</translation>
    </message>
    <message>
        <source>%1 is not a RestoreObjects key: use DBName, NewDBName, SchemaName or NewSchemaName.</source>
        <translation>%1 不是 RestoreObjects 的鍵：請使用 DBName、NewDBName、SchemaName 或 NewSchemaName。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必須是字串。</translation>
    </message>
    <message>
        <source>%1 must not start or end with a space.</source>
        <translation>%1 的開頭或結尾不得有空格。</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::EnvironmentCredentials</name>
    <message>
        <source>%1 is set but %2 is not; both are needed.</source>
        <translation>已設定 %1，但未設定 %2；兩者都必須設定。</translation>
    </message>
    <message>
        <source>%1 must be 32 lower-case hexadecimal characters.</source>
        <translation>%1 必須是 32 個小寫十六進位字元。</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ImportedProfileWriter</name>
    <message>
        <source>A profile named "%1" already exists and was left unchanged.</source>
        <translation>名為「%1」的設定檔已存在，未做任何變更。</translation>
    </message>
    <message>
        <source>The secret of "%1" could not be stored in the keychain: %2</source>
        <translation>無法將「%1」的秘密金鑰儲存到鑰匙圈：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::accounts::ProfileStore</name>
    <message>
        <source>There is no profile named "%1".</source>
        <translation>沒有名為「%1」的設定檔。</translation>
    </message>
</context>
<context>
    <name>rdsbm::alibaba::ConcurrentBackupLister</name>
    <message>
        <source>DescribeBackups answered page %1 when page %2 was asked for.</source>
        <translation>向 DescribeBackups 要求第 %2 頁，卻收到第 %1 頁。</translation>
    </message>
    <message>
        <source>The backup list changed while it was read (TotalRecordCount went from %1 to %2). List the backups again.</source>
        <translation>讀取期間備份清單發生變化（TotalRecordCount 從 %1 變為 %2）。請重新列出備份。</translation>
    </message>
    <message>
        <source>DescribeBackups page %1 lists %2 backups where %3 were expected; the list changed while it was read. List the backups again.</source>
        <translation>DescribeBackups 第 %1 頁列出 %2 個備份，預期應為 %3 個；讀取期間清單發生變化。請重新列出備份。</translation>
    </message>
    <message>
        <source>Expected %1 backups but received %2 different ones; the list changed while it was read. List the backups again.</source>
        <translation>預期 %1 個備份，但收到 %2 個不同的備份；讀取期間清單發生變化。請重新列出備份。</translation>
    </message>
</context>
<context>
    <name>rdsbm::catalog::BackupLinks</name>
    <message>
        <source>The account %1 is no longer configured.</source>
        <translation>帳號 %1 已不在設定中。</translation>
    </message>
    <message>
        <source>The backup has no downloadable file.</source>
        <translation>此備份沒有可下載的檔案。</translation>
    </message>
    <message>
        <source>The backup set %1 has no download link.</source>
        <translation>備份集 %1 沒有下載連結。</translation>
    </message>
    <message>
        <source>The backup set %1 no longer exists.</source>
        <translation>備份集 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::AlibabaBackupsCommand</name>
    <message>
        <source>Pages read: %1 of %2</source>
        <translation>已讀取頁數：%1 / %2</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliApplication</name>
    <message>
        <source>--provider %1 does not match the command "%2".</source>
        <translation>--provider %1 與命令「%2」不相符。</translation>
    </message>
    <message>
        <source>--endpoint needs an http or https URL such as https://rds.aliyuncs.com; "%1" is not one.</source>
        <translation>--endpoint 必須是 http 或 https URL，例如 https://rds.aliyuncs.com；「%1」不是。</translation>
    </message>
    <message>
        <source>--endpoint and --demo exclude each other: --demo uses the built-in simulator.</source>
        <translation>--endpoint 與 --demo 不能同時使用：--demo 會使用內建的模擬器。</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>無法啟動內建的模擬器：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CliError</name>
    <message>
        <source>request id: %1</source>
        <translation>請求 ID：%1</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 and no error details.</source>
        <translation>服務傳回 HTTP 狀態碼 %1，但未提供錯誤詳細資訊。</translation>
    </message>
    <message>
        <source>The service's reply could not be read.</source>
        <translation>無法讀取服務的回應。</translation>
    </message>
    <message>
        <source>The service did not answer in time, even after retries.</source>
        <translation>經過重試，服務仍未在時限內回應。</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>無法連線到服務。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>請求已取消。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Command</name>
    <message>
        <source>--%1 is required (%2).</source>
        <translation>--%1 為必填（%2）。</translation>
    </message>
    <message>
        <source>rdsbm reads it from RDSBM_DEST_PASSWORD, or asks for it on a terminal; it is never an option.</source>
        <translation>rdsbm 會從 RDSBM_DEST_PASSWORD 讀取，或在終端機上詢問；不能以命令列選項提供。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::CommandLine</name>
    <message>
        <source>--provider must be alibaba or huawei.</source>
        <translation>--provider 必須是 alibaba 或 huawei。</translation>
    </message>
    <message>
        <source>--output must be table or json.</source>
        <translation>--output 必須是 table 或 json。</translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation>--lang 必須是 en、zh_CN、zh_TW、ja 其中之一。</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 86400.</source>
        <translation>--timeout 必須是 1 到 86400 之間的整數秒數。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run rdsbm --help for the list.</source>
        <translation>未知的命令「%1」。執行 rdsbm --help 可查看命令清單。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for "rdsbm %2".</source>
        <translation>「rdsbm %2」沒有 --%1 這個選項。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知的選項 --%1。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 需要一個值（%2）。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受任何值。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 指定了兩次。</translation>
    </message>
    <message>
        <source>No command given. Run rdsbm --help for the list.</source>
        <translation>未指定命令。執行 rdsbm --help 可查看命令清單。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>非預期的引數「%1」。</translation>
    </message>
    <message>
        <source>Usage: rdsbm %1 [options]</source>
        <translation>用法：rdsbm %1 [選項]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>Usage: rdsbm &lt;command&gt; [options]</source>
        <translation>用法：rdsbm &lt;命令&gt; [選項]</translation>
    </message>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation>Alibaba Cloud RDS、DBS 與 Huawei Cloud RDS 的備份與恢復工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全域選項：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 2 invalid usage or input, nothing sent; 3 the service answered with an error; 4 network failure or timeout after retries; 5 a downloaded file failed verification; 6 a confirmation was refused or missing; 1 a local failure (the job journal or a file could not be written).</source>
        <translation>結束代碼：0 成功；2 用法或輸入無效，未送出任何請求；3 服務傳回錯誤；4 重試後仍發生網路故障或逾時；5 下載的檔案未通過驗證；6 確認遭拒或未提供確認；1 本機故障（無法寫入任務日誌或檔案）。</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境變數：</translation>
    </message>
    <message>
        <source>Alibaba Cloud access key ID (with ALIBABA_CLOUD_ACCESS_KEY_SECRET, optionally ALIBABA_CLOUD_SECURITY_TOKEN).</source>
        <translation>Alibaba Cloud 的 AccessKey ID（搭配 ALIBABA_CLOUD_ACCESS_KEY_SECRET，並可選用 ALIBABA_CLOUD_SECURITY_TOKEN）。</translation>
    </message>
    <message>
        <source>Huawei Cloud access key (with HUAWEICLOUD_SDK_SK, optionally HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation>Huawei Cloud 的存取金鑰 AK（搭配 HUAWEICLOUD_SDK_SK，並可選用 HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>The destination database password of rdsbm dbs restore; without it, rdsbm asks on the terminal.</source>
        <translation>rdsbm dbs restore 的目標資料庫密碼；未設定時，rdsbm 會在終端機上詢問。</translation>
    </message>
    <message>
        <source>Where the job journal is kept (shared with the desktop application); default: the application's data folder.</source>
        <translation>任務日誌的存放位置（與桌面應用程式共用）；預設為應用程式的資料資料夾。</translation>
    </message>
    <message>
        <source>How often running jobs are asked about, in milliseconds (default 3000).</source>
        <translation>查詢執行中任務狀態的間隔，單位為毫秒（預設 3000）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::Confirmation</name>
    <message>
        <source>Nothing existing is overwritten.</source>
        <translation>不會覆寫任何現有資料。</translation>
    </message>
    <message>
        <source>This overwrites:</source>
        <translation>此操作將覆寫：</translation>
    </message>
    <message>
        <source>This command changes data and there is no terminal to confirm it on: nothing was sent. Run it again with --yes to confirm.</source>
        <translation>此命令會變更資料，但沒有可供確認的終端機：未送出任何請求。請加上 --yes 重新執行以確認。</translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <extracomment>The user must type the English word "yes" (or "y") to go on.</extracomment>
        <translation>輸入 yes 以繼續：</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>未確認：未送出任何請求。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DbsRestoreCommand</name>
    <message>
        <source>Give either --backup-set-id (BackupSetId) or --restore-time (RestoreTime), not both and not neither.</source>
        <translation>請在 --backup-set-id（BackupSetId）與 --restore-time（RestoreTime）中擇一指定：不可同時指定，也不可都不指定。</translation>
    </message>
    <message>
        <source>--cross-aliyun-id (CrossAliyunId) and --cross-role (CrossRoleName) go together.</source>
        <translation>--cross-aliyun-id（CrossAliyunId）與 --cross-role（CrossRoleName）必須同時指定。</translation>
    </message>
    <message>
        <source>--dest-type (DestinationEndpointInstanceType) must be one of RDS, ECS, Express, Agent, DDS, Other, dg; "%1" is not.</source>
        <translation>--dest-type（DestinationEndpointInstanceType）必須是 RDS、ECS、Express、Agent、DDS、Other、dg 其中之一；「%1」不是。</translation>
    </message>
    <message>
        <source>--conflict (DuplicateConflict) must be failure or renamenew; "%1" is not.</source>
        <translation>--conflict（DuplicateConflict）必須是 failure 或 renamenew；「%1」不是。</translation>
    </message>
    <message>
        <source>Password of %1 at the destination (DestinationEndpointPassword): </source>
        <translation>目標資料庫帳號 %1 的密碼（DestinationEndpointPassword）：</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::DownloadBackupCommand</name>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out：資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>--out: %1 exists already; it is never overwritten. Choose another path or remove it.</source>
        <translation>--out：%1 已存在，且絕不會被覆寫。請選擇其他路徑，或先將其移除。</translation>
    </message>
    <message>
        <source>The instance %1 has no backup set %2.</source>
        <translation>實例 %1 沒有備份集 %2。</translation>
    </message>
    <message>
        <source>The backup set %1 has no intranet download link (BackupIntranetDownloadURL).</source>
        <translation>備份集 %1 沒有內網下載連結（BackupIntranetDownloadURL）。</translation>
    </message>
    <message>
        <source>The backup set %1 has no download link (BackupDownloadURL).</source>
        <translation>備份集 %1 沒有下載連結（BackupDownloadURL）。</translation>
    </message>
    <message>
        <source>The download link expired; asking for the backup set again.</source>
        <translation>下載連結已過期；正在重新查詢備份集。</translation>
    </message>
    <message>
        <source>The transfer stopped (attempt %1); going on from byte %2 in %3 s.</source>
        <translation>傳輸中斷（第 %1 次嘗試）；將於 %3 秒後從第 %2 位元組繼續。</translation>
    </message>
    <message>
        <source>Resuming from %1 bytes already in %2.</source>
        <translation>%2 中已有 %1 位元組，從該處繼續下載。</translation>
    </message>
    <message>
        <source>Downloading backup set %1 (%2 bytes) to %3.</source>
        <translation>正在將備份集 %1（%2 位元組）下載到 %3。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (%3%)</source>
        <translation>%1 / %2 位元組（%3%）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>CRC-64 verified: %1.</source>
        <translation>CRC-64 驗證通過：%1。</translation>
    </message>
    <message>
        <source>expected CRC-64 %1, computed %2</source>
        <translation>預期 CRC-64 為 %1，實際計算為 %2</translation>
    </message>
    <message>
        <source>Run the same command again to go on from %1.part.</source>
        <translation>再次執行相同命令，即可從 %1.part 繼續下載。</translation>
    </message>
    <message>
        <source>--out: %1 cannot be written: %2</source>
        <translation>--out：無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::HuaweiRestoreCommand</name>
    <message>
        <source>Give either --backup-id (source.type backup) or --restore-time (source.type timestamp), not both and not neither.</source>
        <translation>請在 --backup-id（source.type backup）與 --restore-time（source.type timestamp）中擇一指定：不可同時指定，也不可都不指定。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobFollower</name>
    <message>
        <source>Job %1: %2</source>
        <translation>任務 %1：%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Asking about job %1 failed (%2); trying again.</source>
        <translation>查詢任務 %1 失敗（%2）；正在重試。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::JobsWaitCommand</name>
    <message>
        <source>rdsbm jobs wait takes one job id (the localId that rdsbm jobs list shows).</source>
        <translation>rdsbm jobs wait 需要一個任務 ID（即 rdsbm jobs list 顯示的 localId）。</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal of %2.</source>
        <translation>%2 的任務日誌中沒有任務 %1。</translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation>無法得知任務 %1 的結果。</translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation>任務 %1 以 %2 狀態結束。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::OperationCommand</name>
    <message>
        <source>Job %1 recorded; if this command is interrupted, follow it with: rdsbm jobs wait %1</source>
        <translation>已記錄任務 %1；如果此命令中斷，可用以下命令繼續追蹤：rdsbm jobs wait %1</translation>
    </message>
    <message>
        <source>ClientToken: %1 (to retry this same request, pass --client-token %1)</source>
        <translation>ClientToken：%1（如要重試同一個請求，請加上 --client-token %1）</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>無法記錄任務，因此未送出任何請求：%1</translation>
    </message>
    <message>
        <source>The job %1 stays recorded; rdsbm jobs wait %1 finds out what happened.</source>
        <translation>任務 %1 仍保留在記錄中；執行 rdsbm jobs wait %1 可查明結果。</translation>
    </message>
    <message>
        <source>What became of job %1 is unknown.</source>
        <translation>無法得知任務 %1 的結果。</translation>
    </message>
    <message>
        <source>The job %1 ended in the state %2.</source>
        <translation>任務 %1 以 %2 狀態結束。</translation>
    </message>
</context>
<context>
    <name>rdsbm::cli::RestoreDdrCommand</name>
    <message>
        <source>Give either --backup-set-id (RestoreType 0, from a backup set) or --restore-time (RestoreType 1, a point in time), not both and not neither.</source>
        <translation>請在 --backup-set-id（RestoreType 0，按備份集恢復）與 --restore-time（RestoreType 1，按時間點恢復）中擇一指定：不可同時指定，也不可都不指定。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsBackupPlanQuery</name>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation>PageNum 從 0 開始計數，不能是負數。</translation>
    </message>
    <message>
        <source>Each BackupPlanId must be a single, non-empty id.</source>
        <translation>每個 BackupPlanId 都必須是單一且非空的 ID。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsReplyParser</name>
    <message>
        <source>The reply field %1 has no BeginTimestampForRestore or EndTimestampForRestore.</source>
        <translation>回應欄位 %1 中沒有 BeginTimestampForRestore 或 EndTimestampForRestore。</translation>
    </message>
    <message>
        <source>The reply field %1 ends before it starts.</source>
        <translation>回應欄位 %1 的結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>回應中沒有欄位 %1。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>回應不是 JSON 物件。</translation>
    </message>
    <message>
        <source>The reply field %1 is %2, more than 100 percent.</source>
        <translation>回應欄位 %1 為 %2，超過 100%。</translation>
    </message>
</context>
<context>
    <name>rdsbm::dbs::DbsRestoreTaskQuery</name>
    <message>
        <source>Give either BackupPlanId or RestoreTaskId, not both.</source>
        <translation>請提供 BackupPlanId 或 RestoreTaskId 其中之一，不可同時提供。</translation>
    </message>
    <message>
        <source>BackupPlanId or RestoreTaskId is required: the plan whose restore tasks to list, or the tasks themselves.</source>
        <translation>BackupPlanId 或 RestoreTaskId 為必填：指定要列出其恢復任務的備份計劃，或直接指定恢復任務。</translation>
    </message>
    <message>
        <source>Each RestoreTaskId must be a single, non-empty id.</source>
        <translation>每個 RestoreTaskId 都必須是單一且非空的 ID。</translation>
    </message>
    <message>
        <source>EndTimestamp must not be before StartTimestamp.</source>
        <translation>EndTimestamp 不得早於 StartTimestamp。</translation>
    </message>
    <message>
        <source>PageNum counts from 0 and cannot be negative.</source>
        <translation>PageNum 從 0 開始計數，不能是負數。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::BackupDownload</name>
    <message>
        <source>No file name was given for the download.</source>
        <translation>未指定下載的檔案名稱。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or allow the file to be replaced.</source>
        <translation>%1 已存在。請選擇其他檔案名稱，或允許取代該檔案。</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>無法開啟 %1 進行寫入：%2</translation>
    </message>
    <message>
        <source>Could not resume writing %1: %2</source>
        <translation>無法繼續寫入 %1：%2</translation>
    </message>
    <message>
        <source>No download link is known yet.</source>
        <translation>尚未取得下載連結。</translation>
    </message>
    <message>
        <source>The download link expired at %1.</source>
        <translation>下載連結已於 %1 過期。</translation>
    </message>
    <message>
        <source>%1 No fresh link can be requested for this download.</source>
        <translation>%1 無法為此下載重新取得連結。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The link was renewed %n time(s) without any data arriving.</source>
        <translation>
            <numerusform>%1 連結已重新取得 %n 次，但仍未收到任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained.</source>
        <translation>下載連結已過期，且無法取得新的連結。</translation>
    </message>
    <message>
        <source>The download link expired and no fresh link could be obtained: %1</source>
        <translation>下載連結已過期，且無法取得新的連結：%1</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The connection broke after %1 bytes: %2</source>
        <translation>連線在傳輸 %1 位元組後中斷：%2</translation>
    </message>
    <message>
        <source>The server ended the transfer at %1 of %2 bytes.</source>
        <translation>伺服器在傳輸到 %1 / %2 位元組時結束了傳輸。</translation>
    </message>
    <message>
        <source>The server refused the download link (HTTP 403); it has probably expired.</source>
        <translation>伺服器拒絕了下載連結（HTTP 403）；連結可能已過期。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>伺服器傳回 HTTP %1（%2）。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3.</source>
        <translation>伺服器對 %3 傳回 HTTP %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The download failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>嘗試 %n 次後下載失敗：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty %1 to start over: %2</source>
        <translation>無法清空 %1 以重新開始：%2</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the backup's Checksum is %2.</source>
        <translation>下載的檔案已損毀：其 CRC-64 為 %1，但備份的 Checksum 為 %2。</translation>
    </message>
    <message>
        <source>The downloaded file is damaged: its CRC-64 is %1 but the server reported %2.</source>
        <translation>下載的檔案已損毀：其 CRC-64 為 %1，但伺服器回報的值為 %2。</translation>
    </message>
    <message>
        <source>%1 Moving the bytes to %2 failed too: %3</source>
        <translation>%1 將資料移至 %2 也失敗了：%3</translation>
    </message>
    <message>
        <source>%1 The bytes were kept as %2 and nothing was written to %3.</source>
        <translation>%1 資料已保留為 %2，未寫入 %3。</translation>
    </message>
    <message>
        <source>No checksum is known for this backup, so the download cannot be verified. The bytes were kept in %1.</source>
        <translation>此備份沒有校驗值，因此無法驗證下載內容。資料已保留在 %1。</translation>
    </message>
    <message>
        <source>%1 appeared during the download and was not replaced; the downloaded file is %2.</source>
        <translation>%1 在下載期間出現，因此未予取代；下載的檔案為 %2。</translation>
    </message>
    <message>
        <source>Could not move the downloaded file to %1: %2</source>
        <translation>無法將下載的檔案移至 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1; its CRC-64 %2 matched.</source>
        <translation>已儲存 %1；CRC-64 %2 相符。</translation>
    </message>
    <message>
        <source>Saved %1 without verification: no checksum is known for this backup.</source>
        <translation>已儲存 %1，但未經驗證：此備份沒有校驗值。</translation>
    </message>
    <message numerus="yes">
        <source>The download was canceled; %1 keeps the %n byte(s) received so far.</source>
        <translation>
            <numerusform>下載已取消；%1 保留了目前已收到的 %n 位元組。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>下載已取消。</translation>
    </message>
    <message>
        <source>No data arrived for %1 s.</source>
        <translation>已有 %1 秒未收到任何資料。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::DownloadQueue</name>
    <message>
        <source>Could not read the list of unfinished downloads %1: %2</source>
        <translation>無法讀取未完成下載清單 %1：%2</translation>
    </message>
    <message>
        <source>The list of unfinished downloads %1 is damaged and was not read.</source>
        <translation>未完成下載清單 %1 已損毀，未予讀取。</translation>
    </message>
    <message>
        <source>The download was removed from the queue.</source>
        <translation>已將此下載從佇列中移除。</translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::PartialFileChecksum</name>
    <message>
        <source>Could not read %1 to resume it: %2</source>
        <translation>無法讀取 %1 以繼續下載：%2</translation>
    </message>
    <message>
        <source>Could not read %1 to resume it: it ended after %2 of %3 bytes.</source>
        <translation>無法讀取 %1 以繼續下載：檔案在 %2 / %3 位元組處就結束了。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiBackupFilter</name>
    <message>
        <source>instance_id is required: backups are listed per instance.</source>
        <translation>instance_id 為必填：備份是按實例列出的。</translation>
    </message>
    <message>
        <source>backup_type must be one of %1.</source>
        <translation>backup_type 必須是 %1 其中之一。</translation>
    </message>
    <message>
        <source>status must be one of %1.</source>
        <translation>status 必須是 %1 其中之一。</translation>
    </message>
    <message>
        <source>begin_time and end_time go together: give both or neither.</source>
        <translation>begin_time 與 end_time 必須成對使用：請同時提供或同時省略。</translation>
    </message>
    <message>
        <source>end_time must be later than begin_time.</source>
        <translation>end_time 必須晚於 begin_time。</translation>
    </message>
    <message>
        <source>The number of backups to list must be at least 1.</source>
        <translation>要列出的備份數量至少須為 1。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiInstanceFilter</name>
    <message>
        <source>tags can filter on at most 10 key=value pairs.</source>
        <translation>tags 最多只能依 10 組 key=value 篩選。</translation>
    </message>
    <message>
        <source>Each tag filter needs a key without ',' or '=' and a value without ','.</source>
        <translation>每個標籤篩選條件都需要不含「,」或「=」的鍵，以及不含「,」的值。</translation>
    </message>
    <message>
        <source>The number of instances to list must be at least 1.</source>
        <translation>要列出的實例數量至少須為 1。</translation>
    </message>
    <message>
        <source>%1 cannot be '*' alone: a leading '*' makes a fuzzy search for what follows it.</source>
        <translation>%1 不能只有「*」：開頭的「*」表示對其後的內容進行模糊搜尋。</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (case-sensitive).</source>
        <translation>%1 必須是 %2 其中之一（區分大小寫）。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiRdsClient</name>
    <message>
        <source>IAM has no project named %1 for this account: check the region, or set the project id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation>IAM 中此帳號沒有名為 %1 的專案：請檢查地域，或在設定檔中設定專案 ID（HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>IAM has %1 projects named %2 (%3): choose one and set its id (HUAWEICLOUD_SDK_PROJECT_ID) in the profile.</source>
        <translation>IAM 中有 %1 個名為 %2 的專案（%3）：請選擇其中一個，並在設定檔中設定其 ID（HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>instance_id is required: restorable times are listed per instance.</source>
        <translation>instance_id 為必填：可恢復時間是按實例列出的。</translation>
    </message>
    <message>
        <source>id is required: the job to look up.</source>
        <translation>id 為必填：要查詢的任務。</translation>
    </message>
    <message>
        <source>backup_id is required: the backup whose files to list.</source>
        <translation>backup_id 為必填：要列出其檔案的備份。</translation>
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
        <translation>回應欄位 %1 的結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a percentage such as "60%".</source>
        <translation>回應欄位 %1 不是「60%」這類的百分比。</translation>
    </message>
    <message>
        <source>The reply field %1 is "%2", not Running, Completed or Failed.</source>
        <translation>回應欄位 %1 為「%2」，而非 Running、Completed 或 Failed。</translation>
    </message>
    <message>
        <source>The reply has no field %1.</source>
        <translation>回應中沒有欄位 %1。</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>回應不是 JSON 物件。</translation>
    </message>
</context>
<context>
    <name>rdsbm::huawei::HuaweiReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation>回應中沒有欄位 %1。</translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation>回應欄位 %1 為空。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation>回應欄位 %1 不是字串。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation>回應欄位 %1 不是整數。</translation>
    </message>
    <message>
        <source>The reply field %1 is negative; a count is zero or more.</source>
        <translation>回應欄位 %1 為負數；計數值須為 0 以上。</translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation>回應欄位 %1 不是 true 或 false。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a time such as 2018-08-06T12:41:14+0800.</source>
        <translation>回應欄位 %1 不是 2018-08-06T12:41:14+0800 這類格式的時間。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation>回應欄位 %1 不是 http 或 https 位址。</translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation>回應欄位 %1 不是物件。</translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation>回應欄位 %1 不是清單。</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::BackupTableModel</name>
    <message>
        <source>CRC-64 of the backup file: %1</source>
        <translation>備份檔案的 CRC-64：%1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可下載</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>備份集 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>備份類型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>備份方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>備份模式</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>發起方</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>結束時間</translation>
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
        <translation>校驗值</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::DownloadTableModel</name>
    <message>
        <source>Expected CRC-64 %1, received %2.</source>
        <translation>預期 CRC-64 為 %1，實際收到 %2。</translation>
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
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
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
        <translation>已排入佇列</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>驗證失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Checking the partial file</source>
        <translation>正在檢查未完成的檔案</translation>
    </message>
    <message>
        <source>Getting a fresh link</source>
        <translation>正在取得新連結</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>等待重試</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下載中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>Mismatch: kept as .corrupt</source>
        <extracomment>The downloaded bytes did not match the checksum; they were kept as FILE.corrupt.</extracomment>
        <translation>不相符：已保留為 .corrupt</translation>
    </message>
    <message>
        <source>Unverified: no checksum</source>
        <translation>未驗證：沒有校驗值</translation>
    </message>
    <message>
        <source>Checked when complete</source>
        <translation>完成後驗證</translation>
    </message>
    <message>
        <source>No checksum to check</source>
        <translation>沒有可驗證的校驗值</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
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
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>驗證</translation>
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
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>載入失敗</translation>
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
        <translation>實例</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>儲存空間</translation>
    </message>
</context>
<context>
    <name>rdsbm::models::JobTableModel</name>
    <message>
        <source>The application stopped while this job was being submitted and the provider could not tell whether it arrived. Check the instance before submitting it again.</source>
        <translation>送出此任務期間應用程式停止執行，且雲端供應商無法確認請求是否送達。再次送出前，請先檢查實例。</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>建立備份</translation>
    </message>
    <message>
        <source>Cross-region restore</source>
        <translation>跨地域恢復</translation>
    </message>
    <message>
        <source>DBS restore</source>
        <translation>DBS 恢復</translation>
    </message>
    <message>
        <source>Huawei Cloud restore</source>
        <translation>Huawei Cloud 恢復</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>送出中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
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
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown: check with the provider</source>
        <extracomment>The provider could not say whether a job sent just before a crash arrived.</extracomment>
        <translation>不明：請向雲端供應商確認</translation>
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
        <translation>任務</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>實例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>供應商狀態</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用時間</translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation>供應商任務 ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>錯誤碼</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CallDeadline</name>
    <message numerus="yes">
        <source>No reply within the time limit of %n second(s).</source>
        <translation>
            <numerusform>在 %n 秒的時限內未收到回應。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CreateBackupOperation</name>
    <message>
        <source>The instance %1 is %2: CreateBackup needs it Running.</source>
        <translation>實例 %1 的狀態為 %2：CreateBackup 要求實例處於運行中（Running）狀態。</translation>
    </message>
    <message>
        <source>A new backup set of the instance %1 (%2 %3, %4) will be created.</source>
        <translation>將為實例 %1（%2 %3，%4）建立新的備份集。</translation>
    </message>
    <message>
        <source>BackupMethod: %1</source>
        <translation>BackupMethod：%1</translation>
    </message>
    <message>
        <source>Physical (the default)</source>
        <translation>Physical（預設值）</translation>
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
        <translation>Auto（預設值）</translation>
    </message>
    <message>
        <source>The backup request was canceled after it was sent; it may still have started a backup job.</source>
        <translation>備份請求在送出後才被取消；仍可能已啟動備份任務。</translation>
    </message>
    <message>
        <source>No usable reply to CreateBackup (%1): looking for a running backup job of %2 before sending anything again.</source>
        <translation>CreateBackup 未收到可用的回應（%1）：重新送出前，先查詢 %2 是否有正在執行的備份任務。</translation>
    </message>
    <message>
        <source>CreateBackup got no usable reply, and the running backup jobs could not be listed (%1): the backup may or may not have started.</source>
        <translation>CreateBackup 未收到可用的回應，且無法列出正在執行的備份任務（%1）：無法確定備份是否已開始。</translation>
    </message>
    <message>
        <source>Found the running backup job %1 of %2: following it instead of sending again.</source>
        <translation>找到 %2 正在執行的備份任務 %1：將追蹤此任務，不再重新送出。</translation>
    </message>
    <message>
        <source>No backup job runs on %1: the request did not take effect; sending it again.</source>
        <translation>%1 上沒有正在執行的備份任務：請求未生效；正在重新送出。</translation>
    </message>
    <message>
        <source>The service says a backup job exists on %1, but none is listed as running: the backup may have finished already.</source>
        <translation>服務表示 %1 上已有備份任務，但查無正在執行的任務：備份可能已經完成。</translation>
    </message>
    <message numerus="yes">
        <source>CreateBackup got no usable reply %n time(s) and no backup job is running on %1: the backup may have finished or failed already.</source>
        <translation>
            <numerusform>CreateBackup 已 %n 次未收到可用的回應，且 %1 上沒有正在執行的備份任務：備份可能已經完成或失敗。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::DbsRestoreOperation</name>
    <message>
        <source>There is no backup plan %1 in the region %2 (BackupPlanId).</source>
        <translation>地域 %2 中沒有備份計劃 %1（BackupPlanId）。</translation>
    </message>
    <message>
        <source>The restore task %1 will restore the backup plan %2 (%3) to the %4 destination %5 in %6.</source>
        <translation>恢復任務 %1 將把備份計劃 %2（%3）恢復到 %6 的 %4 目標 %5。</translation>
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
        <translation>任務建立後即啟動（StartRestoreTask）。</translation>
    </message>
    <message>
        <source>The task is created but not started.</source>
        <translation>任務只會建立，不會啟動。</translation>
    </message>
    <message>
        <source>Database %1, restored as %2</source>
        <translation>資料庫 %1，恢復為 %2</translation>
    </message>
    <message>
        <source>The database %1 at the destination; objects that exist already are restored under new names (renamenew).</source>
        <translation>目標端的資料庫 %1；已存在的同名物件會以新名稱恢復（renamenew）。</translation>
    </message>
    <message>
        <source>The database %1 at the destination; the task fails if objects of the same name exist (failure).</source>
        <translation>目標端的資料庫 %1；若存在同名物件，任務將失敗（failure）。</translation>
    </message>
    <message>
        <source>CreateRestoreTask got no usable reply; running the same command again with --client-token %1 is safe: the service creates the task at most once.</source>
        <translation>CreateRestoreTask 未收到可用的回應；以 --client-token %1 再次執行相同命令是安全的：服務最多只會建立一次任務。</translation>
    </message>
    <message>
        <source>The restore task %1 was created but StartRestoreTask failed.</source>
        <translation>已建立恢復任務 %1，但 StartRestoreTask 失敗。</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::HuaweiRestoreOperation</name>
    <message>
        <source>There is no instance %1 in the region %2 (source.instance_id).</source>
        <translation>地域 %2 中沒有實例 %1（source.instance_id）。</translation>
    </message>
    <message>
        <source>There is no instance %1 in the region %2 (target.instance_id).</source>
        <translation>地域 %2 中沒有實例 %1（target.instance_id）。</translation>
    </message>
    <message>
        <source>The instance %1 is %2: it can only be restored into while it is ACTIVE.</source>
        <translation>實例 %1 的狀態為 %2：實例必須處於 ACTIVE 狀態才能作為恢復目標。</translation>
    </message>
    <message>
        <source>The instance %1 has no backup %2 (source.backup_id).</source>
        <translation>實例 %1 沒有備份 %2（source.backup_id）。</translation>
    </message>
    <message>
        <source>the backup %1 of %2</source>
        <translation>%2 的備份 %1</translation>
    </message>
    <message>
        <source>the data of %1 as it was at %2</source>
        <translation>%1 在 %2 時間點的資料</translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be restored to %3.</source>
        <translation>實例 %1（%2）將以%3恢復。</translation>
    </message>
    <message>
        <source>The instance %1 (%2) will be overwritten with %3.</source>
        <translation>實例 %1（%2）將被%3覆寫。</translation>
    </message>
    <message>
        <source>Source: %1 (%2, %3 %4)</source>
        <translation>來源：%1（%2，%3 %4）</translation>
    </message>
    <message>
        <source>Target: %1 (%2, %3 %4, %5 GB)</source>
        <translation>目標：%1（%2，%3 %4，%5 GB）</translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation>實例 %1 上的所有資料庫都將被取代；其目前的資料將會遺失。</translation>
    </message>
    <message>
        <source>The restore request was canceled after it was sent; it may still have started.</source>
        <translation>恢復請求在送出後才被取消；恢復仍可能已開始。</translation>
    </message>
    <message>
        <source>No usable reply to the restore request (%1): looking at the status of %2.</source>
        <translation>恢復請求未收到可用的回應（%1）：正在查看 %2 的狀態。</translation>
    </message>
    <message>
        <source>The instance %1 is RESTORING: the request arrived.</source>
        <translation>實例 %1 的狀態為 RESTORING：請求已送達。</translation>
    </message>
    <message>
        <source>The restore request got no usable reply and the instance %1 is not RESTORING: it may not have arrived, or may start later. It is not sent again; check the instance before restoring again.</source>
        <translation>恢復請求未收到可用的回應，且實例 %1 不在 RESTORING 狀態：請求可能未送達，也可能稍後才開始。系統不會重新送出請求；再次恢復前，請先檢查該實例。</translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::RestoreDdrTableOperation</name>
    <message>
        <source>The instance %1 is %2: RestoreDdrTable needs it Running.</source>
        <translation>實例 %1 的狀態為 %2：RestoreDdrTable 要求實例處於運行中（Running）狀態。</translation>
    </message>
    <message>
        <source>Databases and tables of the cross-region backup set %1 will be restored into the instance %2 (%3).</source>
        <translation>跨地域備份集 %1 中的資料庫與資料表將恢復到實例 %2（%3）。</translation>
    </message>
    <message>
        <source>Databases and tables of the instance %1 (%2) as they were at %3 will be restored into the instance %4 (%5).</source>
        <translation>實例 %1（%2）在 %3 時間點的資料庫與資料表將恢復到實例 %4（%5）。</translation>
    </message>
    <message>
        <source>ClientToken: %1</source>
        <translation>ClientToken：%1</translation>
    </message>
    <message>
        <source>Database %1, restored whole as %2</source>
        <translation>資料庫 %1，整庫恢復為 %2</translation>
    </message>
    <message>
        <source>Table %1.%2, restored as %3.%4</source>
        <translation>資料表 %1.%2，恢復為 %3.%4</translation>
    </message>
    <message>
        <source>The table %1 is written into the existing database %2 of %3.</source>
        <translation>資料表 %1 將寫入 %3 中現有的資料庫 %2。</translation>
    </message>
    <message>
        <source>RestoreDdrTable got no usable reply; sending it again with the same ClientToken %1 is safe: the service runs it at most once.</source>
        <translation>RestoreDdrTable 未收到可用的回應；以相同的 ClientToken %1 重新送出是安全的：服務最多只會執行一次。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::AccountsController</name>
    <message>
        <source>The account %1 was added.</source>
        <translation>已新增帳號 %1。</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已匯入：%1。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>示範模式</translation>
    </message>
    <message>
        <source>The demo could not be started. Run %1 --demo instead.</source>
        <translation>無法啟動示範模式。請改為執行 %1 --demo。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>新增帳號(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts from the CLI…</source>
        <translation>從 CLI 匯入帳號(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose an account in the instance browser first.</source>
        <translation>請先在實例瀏覽器中選擇一個帳號。</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>帳號 %1 已儲存。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除帳號</translation>
    </message>
    <message>
        <source>Remove the account %1? Its secret is deleted from the system keychain. Its jobs and downloaded files stay.</source>
        <translation>確定要移除帳號 %1 嗎？其秘密金鑰將從系統鑰匙圈中刪除，其任務與已下載的檔案會保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The account %1 was removed.</source>
        <translation>帳號 %1 已移除。</translation>
    </message>
    <message>
        <source>The account %1 was removed, but its secret could not be deleted from the keychain: %2</source>
        <translation>帳號 %1 已移除，但無法從鑰匙圈中刪除其秘密金鑰：%2</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>編輯帳號(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>移除帳號(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ActivityNotifier</name>
    <message>
        <source>%1 on %2 succeeded.</source>
        <translation>%1（%2）已成功。</translation>
    </message>
    <message>
        <source>%1 on %2 was canceled.</source>
        <translation>%1（%2）已取消。</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3 %4</source>
        <translation>%1（%2）失敗：%3 %4</translation>
    </message>
    <message>
        <source>%1 on %2 failed.</source>
        <translation>%1（%2）失敗。</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>任務已完成</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>任務失敗</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>下載完成</translation>
    </message>
    <message>
        <source>%1 was downloaded and matches its checksum.</source>
        <translation>%1 已下載，且與校驗值相符。</translation>
    </message>
    <message>
        <source>%1 was downloaded; the provider gave no checksum to verify it.</source>
        <translation>%1 已下載；雲端供應商未提供可用於驗證的校驗值。</translation>
    </message>
    <message>
        <source>Download failed verification</source>
        <translation>下載的檔案未通過驗證</translation>
    </message>
    <message>
        <source>%1 does not match its checksum; the bytes were kept as a .corrupt file.</source>
        <translation>%1 與其校驗值不符；資料已保留為 .corrupt 檔案。</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下載失敗</translation>
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
        <translation>已略過設定檔 %1：無法從系統鑰匙圈讀取其秘密金鑰（%2）。</translation>
    </message>
    <message>
        <source>the entry is empty</source>
        <translation>該項目為空</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDetailsPanel</name>
    <message>
        <source>Backup set %1</source>
        <translation>備份集 %1</translation>
    </message>
    <message>
        <source>No backup set selected</source>
        <translation>未選取備份集</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 位元組）</translation>
    </message>
    <message>
        <source>%1 (CRC-64)</source>
        <translation>%1（CRC-64）</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>尚未下載</translation>
    </message>
    <message>
        <source>Downloading and verifying…</source>
        <translation>正在下載並驗證…</translation>
    </message>
    <message>
        <source>Verified: the file matches the checksum</source>
        <translation>已驗證：檔案與校驗值相符</translation>
    </message>
    <message>
        <source>Mismatch: the file does not match the checksum</source>
        <translation>不相符：檔案與校驗值不符</translation>
    </message>
    <message>
        <source>Unverified: downloaded, but no checksum was given</source>
        <translation>未驗證：已下載，但未提供校驗值</translation>
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
        <translation>歸檔儲存</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>常規儲存</translation>
    </message>
    <message>
        <source>Available (expires; fetched fresh before each download)</source>
        <translation>可用（有時效；每次下載前會重新取得）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Available (from inside the region's VPC only)</source>
        <translation>可用（僅限從該地域的 VPC 內存取）</translation>
    </message>
    <message>
        <source>Backup set ID:</source>
        <translation>備份集 ID：</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>實例：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>備份類型：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>備份方式：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>備份模式：</translation>
    </message>
    <message>
        <source>Initiator:</source>
        <translation>發起方：</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>開始時間：</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>結束時間：</translation>
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
        <translation>校驗值：</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>驗證：</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>可用：</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>中繼資料：</translation>
    </message>
    <message>
        <source>Storage state:</source>
        <translation>儲存狀態：</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>儲存類型：</translation>
    </message>
    <message>
        <source>Consistent time:</source>
        <translation>一致性時間點：</translation>
    </message>
    <message>
        <source>Expected expiry:</source>
        <translation>預計過期時間：</translation>
    </message>
    <message>
        <source>Host instance:</source>
        <translation>主機實例：</translation>
    </message>
    <message>
        <source>Download link:</source>
        <translation>下載連結：</translation>
    </message>
    <message>
        <source>Intranet link:</source>
        <translation>內網下載連結：</translation>
    </message>
    <message>
        <source>Per-database files:</source>
        <translation>單庫檔案：</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Copy intranet link</source>
        <translation>複製內網連結</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>下載(&amp;D)…</translation>
    </message>
    <message>
        <source>Download (intranet)…</source>
        <translation>下載（內網）…</translation>
    </message>
    <message>
        <source>Asked for from Huawei Cloud when the download starts</source>
        <translation>開始下載時向 Huawei Cloud 取得</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupDownloadStarter</name>
    <message>
        <source>Save Backup Set %1</source>
        <translation>儲存備份集 %1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupFilterBar</name>
    <message>
        <source>Search backup sets (ID, status, method, checksum)…</source>
        <translation>搜尋備份集（ID、狀態、備份類型、校驗值）…</translation>
    </message>
    <message>
        <source>Search backup sets</source>
        <translation>搜尋備份集</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>備份類型(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>備份方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Started &amp;between</source>
        <translation>開始時間介於(&amp;B)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>與</translation>
    </message>
    <message>
        <source>Earliest start time</source>
        <translation>最早開始時間</translation>
    </message>
    <message>
        <source>Latest start time</source>
        <translation>最晚開始時間</translation>
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
            <numerusform>顯示 %n 個備份集</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1，共 %2 個</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::CreateBackupDialog</name>
    <message>
        <source>Physical backup</source>
        <translation>物理備份</translation>
    </message>
    <message>
        <source>Logical backup</source>
        <translation>邏輯備份</translation>
    </message>
    <message>
        <source>Snapshot backup</source>
        <translation>快照備份</translation>
    </message>
    <message>
        <source>Automatic: full or incremental</source>
        <translation>自動選擇全量備份或增量備份</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>全量備份</translation>
    </message>
    <message>
        <source>The whole instance</source>
        <translation>實例備份（整個實例）</translation>
    </message>
    <message>
        <source>Selected databases</source>
        <translation>單庫備份（所選資料庫）</translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2, %3%).</source>
        <translation>備份任務 %1 正在執行（%2，%3%）。</translation>
    </message>
    <message>
        <source>Backup job %1 is running (%2).</source>
        <translation>備份任務 %1 正在執行（%2）。</translation>
    </message>
    <message>
        <source>CreateBackup accepts database names of lowercase letters, digits and underscores only.</source>
        <translation>CreateBackup 僅接受由小寫字母、數字和底線組成的資料庫名稱。</translation>
    </message>
    <message>
        <source>Checking that the instance is Running…</source>
        <translation>正在確認實例處於運行中（Running）狀態…</translation>
    </message>
    <message>
        <source>The instance is Running.</source>
        <translation>實例處於運行中（Running）狀態。</translation>
    </message>
    <message>
        <source>The instance is %1: it must be Running to be backed up.</source>
        <translation>實例的狀態為 %1：實例必須處於運行中（Running）狀態才能備份。</translation>
    </message>
    <message>
        <source>The instance's status could not be read: %1</source>
        <translation>無法讀取實例狀態：%1</translation>
    </message>
    <message>
        <source>Checking for a backup job already running…</source>
        <translation>正在檢查是否已有正在執行的備份任務…</translation>
    </message>
    <message>
        <source>No backup job is running on the instance.</source>
        <translation>實例上沒有正在執行的備份任務。</translation>
    </message>
    <message>
        <source>%1 Only one backup job runs at a time: wait until it ends.</source>
        <translation>%1 同一時間只能執行一個備份任務：請等待該任務結束。</translation>
    </message>
    <message>
        <source>Running backup jobs could not be listed: %1</source>
        <translation>無法列出正在執行的備份任務：%1</translation>
    </message>
    <message>
        <source>Counting today's backup sets…</source>
        <translation>正在計算今天的備份集數量…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) today, of the %1 an instance may create per day.</source>
        <translation>
            <numerusform>今天已建立 %n 個備份集（單一實例每天最多可建立 %1 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today's backup sets could not be counted (at most %1 a day).</source>
        <translation>無法計算今天的備份集數量（每天最多 %1 個）。</translation>
    </message>
    <message>
        <source>Checking the instance once more…</source>
        <translation>正在再次檢查實例…</translation>
    </message>
    <message>
        <source>Sending CreateBackup…</source>
        <translation>正在送出 CreateBackup…</translation>
    </message>
    <message>
        <source>The instance could not be checked.</source>
        <translation>無法檢查實例。</translation>
    </message>
    <message>
        <source>Backup job %1 was created; it is followed here and in the job monitor.</source>
        <translation>已建立備份任務 %1；可在此處及任務監控中追蹤其進度。</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>無法記錄任務，因此未送出任何請求：%1</translation>
    </message>
    <message>
        <source>The service refused the backup.</source>
        <translation>服務拒絕了此備份請求。</translation>
    </message>
    <message>
        <source>The backup job %1 finished.</source>
        <translation>備份任務 %1 已完成。</translation>
    </message>
    <message>
        <source>The backup job %1 ended without a backup set: %2 %3</source>
        <translation>備份任務 %1 已結束，但未產生備份集：%2 %3</translation>
    </message>
    <message>
        <source>Backup job %1 is running.</source>
        <translation>備份任務 %1 正在執行。</translation>
    </message>
    <message>
        <source>Backup job %1 is running: %2.</source>
        <translation>備份任務 %1 正在執行：%2。</translation>
    </message>
    <message>
        <source>Create Backup</source>
        <translation>建立備份</translation>
    </message>
    <message>
        <source>A new backup set of %1 (%2, %3 %4) in %5.</source>
        <translation>將在 %5 為 %1（%2，%3 %4）建立新的備份集。</translation>
    </message>
    <message>
        <source>Before the backup can start</source>
        <translation>開始備份前的檢查</translation>
    </message>
    <message>
        <source>Backup &amp;method:</source>
        <translation>備份類型(&amp;M)：</translation>
    </message>
    <message>
        <source>Backup &amp;type:</source>
        <translation>備份方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translation>備份策略(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>Databases to back up</source>
        <translation>要備份的資料庫</translation>
    </message>
    <message>
        <source>Only the choices %1 %2 accepts are offered.</source>
        <translation>僅列出 %1 %2 支援的選項。</translation>
    </message>
    <message>
        <source>&amp;Create Backup</source>
        <translation>建立備份(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsDestinationPage</name>
    <message>
        <source>%1 needs no endpoint fields.</source>
        <translation>%1 不需要填寫任何端點欄位。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要填寫 %2。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Where the restored databases are written. Only the fields the destination type needs are shown.</source>
        <translation>恢復的資料庫將寫入的位置。僅顯示此目標類型需要的欄位。</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>任務名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Destination &amp;type:</source>
        <translation>目標類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>實例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>連線位址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Backup &amp;gateway ID:</source>
        <translation>備份網關 ID(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>資料庫名稱(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Oracle &amp;SID:</source>
        <translation>Oracle SID(&amp;S)：</translation>
    </message>
    <message>
        <source>Restore &amp;directory:</source>
        <translation>恢復目錄(&amp;D)：</translation>
    </message>
    <message>
        <source>Program director&amp;y:</source>
        <translation>程式目錄(&amp;Y)：</translation>
    </message>
    <message>
        <source>Source account &amp;UID (optional):</source>
        <translation>來源帳號 UID（選填）(&amp;U)：</translation>
    </message>
    <message>
        <source>RAM ro&amp;le for it (optional):</source>
        <translation>對應的 RAM 角色（選填）(&amp;L)：</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>以 %1 送出</translation>
    </message>
    <message>
        <source>RDS: an ApsaraDB RDS instance</source>
        <translation>RDS：ApsaraDB RDS 實例</translation>
    </message>
    <message>
        <source>ECS: a database on an ECS instance</source>
        <translation>ECS：ECS 實例上的資料庫</translation>
    </message>
    <message>
        <source>Express: over Express Connect, VPN Gateway or Smart Access Gateway</source>
        <translation>Express：透過 Express Connect、VPN Gateway 或 Smart Access Gateway 接入</translation>
    </message>
    <message>
        <source>Agent: over a DBS backup gateway</source>
        <translation>Agent：透過 DBS 備份網關接入</translation>
    </message>
    <message>
        <source>DDS: an ApsaraDB for MongoDB instance</source>
        <translation>DDS：ApsaraDB for MongoDB 實例</translation>
    </message>
    <message>
        <source>Other: by IP address and port</source>
        <translation>Other：透過 IP 位址與連接埠直連</translation>
    </message>
    <message>
        <source>dg: over Database Gateway, without a public address</source>
        <translation>dg：透過資料庫網關（Database Gateway）接入，無公網位址</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsObjectsPage</name>
    <message>
        <source>Databases to restore</source>
        <translation>要恢復的資料庫</translation>
    </message>
    <message>
        <source>List the databases to restore (RestoreObjects) and the names they get at the destination.</source>
        <translation>列出要恢復的資料庫（RestoreObjects）及其在目標端的名稱。</translation>
    </message>
    <message>
        <source>The plan does not say which databases it backs up.</source>
        <translation>此備份計劃未指明備份了哪些資料庫。</translation>
    </message>
    <message>
        <source>Databases the plan backs up: %1</source>
        <translation>此備份計劃備份的資料庫：%1</translation>
    </message>
    <message>
        <source>If a name is &amp;taken:</source>
        <translation>遇到同名物件時(&amp;T)：</translation>
    </message>
    <message>
        <source>Fail the task (failure)</source>
        <translation>任務失敗（failure）</translation>
    </message>
    <message>
        <source>Restore under a new name (renamenew)</source>
        <translation>以新名稱恢復（renamenew）</translation>
    </message>
    <message>
        <source>The restore task fails if an object of the same name exists at the destination: nothing there is overwritten.</source>
        <translation>若目標端存在同名物件，恢復任務將失敗：不會覆寫目標端的任何內容。</translation>
    </message>
    <message>
        <source>Objects whose name is taken are restored under new names, from the second occurrence on.</source>
        <translation>名稱已被使用的物件會以新名稱恢復（從第二個同名物件開始重新命名）。</translation>
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
        <translation>無法列出備份計劃。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The plan has not made a backup yet.</source>
        <translation>此備份計劃尚未進行任何備份。</translation>
    </message>
    <message>
        <source>What the plan can be restored to could not be read.</source>
        <translation>無法讀取此備份計劃的可恢復範圍。</translation>
    </message>
    <message>
        <source>The backup plan %1 has no full backup set and no restorable time range yet: there is nothing to restore.</source>
        <translation>備份計劃 %1 目前沒有全量備份集，也沒有可恢復時間範圍：沒有可恢復的內容。</translation>
    </message>
    <message>
        <source>Listing the backup plans of %1…</source>
        <translation>正在列出 %1 的備份計劃…</translation>
    </message>
    <message>
        <source>Reading what the plan can be restored to…</source>
        <translation>正在讀取此備份計劃的可恢復範圍…</translation>
    </message>
    <message>
        <source>Backup plan</source>
        <translation>備份計劃</translation>
    </message>
    <message>
        <source>Choose the Database Backup (DBS) plan whose backups are restored.</source>
        <translation>選擇要恢復其備份的 Database Backup（DBS）備份計劃。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Backup &amp;plans:</source>
        <translation>備份計劃(&amp;P)：</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>備份計劃</translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation>計劃 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestorePointPage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation>• 從 %1 到 %2</translation>
    </message>
    <message>
        <source>The plan keeps no log backup, so only its full backup sets can be restored.</source>
        <translation>此備份計劃未保留日誌備份，因此只能恢復其全量備份集。</translation>
    </message>
    <message>
        <source>Any moment in these ranges can be restored:
%1</source>
        <translation>可恢復到以下範圍內的任一時間點：
%1</translation>
    </message>
    <message>
        <source>RestoreTime %1 is outside every restorable range of the plan.</source>
        <translation>RestoreTime %1 不在此備份計劃的任何可恢復範圍內。</translation>
    </message>
    <message>
        <source>Backup set or point in time</source>
        <translation>備份集或時間點</translation>
    </message>
    <message>
        <source>Restore one full backup set (BackupSetId), or the data as it was at a moment (RestoreTime).</source>
        <translation>恢復一個全量備份集（BackupSetId），或恢復某一時間點的資料（RestoreTime）。</translation>
    </message>
    <message>
        <source>A full &amp;backup set:</source>
        <translation>全量備份集(&amp;B)：</translation>
    </message>
    <message>
        <source>A &amp;point in time:</source>
        <translation>時間點(&amp;P)：</translation>
    </message>
    <message>
        <source>Full backup sets</source>
        <translation>全量備份集</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>要恢復到的時間點</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>備份集 ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation>一致性時間點</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsRestoreWizard</name>
    <message>
        <source>DBS Restore Task</source>
        <translation>DBS 恢復任務</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DbsSummaryPage</name>
    <message>
        <source>To confirm, type the address of the destination, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如要確認，請輸入目標的位址 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>I understand that this restore writes into %1.</source>
        <translation>我了解此恢復操作將寫入 %1。</translation>
    </message>
    <message>
        <source>then, with the RestoreTaskId it returns:</source>
        <translation>接著，使用其傳回的 RestoreTaskId：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The full backup set %1</source>
        <translation>全量備份集 %1</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>時間點 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%3 的 %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 恢復為 %2</translation>
    </message>
    <message>
        <source>Everything in the backup</source>
        <translation>備份中的所有內容</translation>
    </message>
    <message>
        <source>Known once the plan has been checked.</source>
        <translation>檢查備份計劃後才能得知。</translation>
    </message>
    <message>
        <source>Backup plan:</source>
        <translation>備份計劃：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢復來源：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>將覆寫：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>啟動：</translation>
    </message>
    <message>
        <source>&amp;Start the task now (StartRestoreTask)</source>
        <translation>立即啟動任務（StartRestoreTask）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrBackupSetPage</name>
    <message>
        <source>Logical</source>
        <translation>邏輯備份</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理備份</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量備份</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>全量備份</translation>
    </message>
    <message>
        <source>This copy failed and cannot be restored.</source>
        <translation>此備份副本失敗，無法用於恢復。</translation>
    </message>
    <message>
        <source>A logical backup cannot be restored by database and table.</source>
        <translation>邏輯備份無法按庫表恢復。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>可恢復</translation>
    </message>
    <message>
        <source>Cross-region backup set</source>
        <translation>跨地域備份集</translation>
    </message>
    <message>
        <source>Choose the copy to restore. It is restored in the region that holds it.</source>
        <translation>選擇要恢復的備份副本。恢復將在存放該副本的地域進行。</translation>
    </message>
    <message>
        <source>Cross-region &amp;backup sets of the source instance, newest first:</source>
        <translation>來源實例的跨地域備份集（最新的在前）(&amp;B)：</translation>
    </message>
    <message>
        <source>Cross-region backup sets</source>
        <translation>跨地域備份集</translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation>備份集 ID</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放地域</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Consistent at</source>
        <translation>一致性時間點</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>備份類型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>備份方式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrPointInTimePage</name>
    <message>
        <source>The source instance has no cross-region backup to start a point-in-time restore from.</source>
        <translation>來源實例沒有可用於按時間點恢復的跨地域備份。</translation>
    </message>
    <message>
        <source>The restorable time range could not be read.</source>
        <translation>無法讀取可恢復時間範圍。</translation>
    </message>
    <message>
        <source>Reading the restorable time range…</source>
        <translation>正在讀取可恢復時間範圍…</translation>
    </message>
    <message>
        <source>The source instance can be restored to any moment from %1 to %2.
In UTC: %3 to %4.</source>
        <translation>來源實例可恢復到 %1 至 %2 之間的任一時間點。
UTC 時間：%3 至 %4。</translation>
    </message>
    <message>
        <source>Sent as %1 (UTC)</source>
        <translation>以 %1（UTC）送出</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>時間點</translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation>選擇要恢復哪一時間點的資料。時間以您所在的時區顯示。</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>恢復到(&amp;T)：</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>要恢復到的時間點</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrRestoreWizard</name>
    <message>
        <source>Cross-region Restore (RDS)</source>
        <translation>跨地域恢復（RDS）</translation>
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
        <translation>%1：僅 MySQL 實例支援跨地域恢復庫表。</translation>
    </message>
    <message>
        <source>A read-only instance keeps no backups of its own.</source>
        <translation>唯讀實例沒有自己的備份。</translation>
    </message>
    <message>
        <source>The cross-region backups of the instance could not be listed.</source>
        <translation>無法列出此實例的跨地域備份。</translation>
    </message>
    <message>
        <source>The databases of the source instance could not be listed.</source>
        <translation>無法列出來源實例的資料庫。</translation>
    </message>
    <message>
        <source>Instance %1 has no usable cross-region backup (a successful physical copy in another region), so there is nothing to restore across regions. Turn on cross-region backup for it first.</source>
        <translation>實例 %1 沒有可用的跨地域備份（即在其他地域成功建立的物理備份副本），因此沒有可跨地域恢復的內容。請先為其開啟跨地域備份。</translation>
    </message>
    <message>
        <source>Looking up the instance's cross-region backups and databases…</source>
        <translation>正在查詢此實例的跨地域備份與資料庫…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Choose the instance whose backups were copied to another region, and what to restore.</source>
        <translation>選擇備份已複製到其他地域的實例，以及要恢復的內容。</translation>
    </message>
    <message>
        <source>Source &amp;region:</source>
        <translation>來源地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation>來源實例(&amp;I)：</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>來源實例</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢復方式：</translation>
    </message>
    <message>
        <source>A cross-region &amp;backup set</source>
        <translation>跨地域備份集(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>時間點(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrSummaryPage</name>
    <message>
        <source>I understand that this restore writes into the instance %1.</source>
        <translation>我了解此恢復操作將寫入實例 %1。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4) in %5</source>
        <translation>%1（%2，%3 %4），位於 %5</translation>
    </message>
    <message>
        <source>The cross-region backup set %1, kept in %2, consistent at %3</source>
        <translation>跨地域備份集 %1，存放於 %2，一致性時間點為 %3</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>時間點 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>The database %1, whole, as %2</source>
        <translation>資料庫 %1（整庫），恢復為 %2</translation>
    </message>
    <message>
        <source>The table %1.%2 as %3.%4</source>
        <translation>資料表 %1.%2，恢復為 %3.%4</translation>
    </message>
    <message>
        <source>Known once the target instance has been checked.</source>
        <translation>檢查目標實例後才能得知。</translation>
    </message>
    <message>
        <source>Nothing that exists now: every database and table is created under its new name.</source>
        <translation>不會覆寫任何現有內容：所有資料庫與資料表都會以新名稱建立。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢復來源：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation>將恢復：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>將覆寫：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTablesPage</name>
    <message>
        <source>Databases and tables</source>
        <translation>資料庫與資料表</translation>
    </message>
    <message>
        <source>List what to restore and the names it gets on the target. Leave Table empty to restore a whole database.</source>
        <translation>列出要恢復的內容及其在目標實例上的名稱。「資料表」留空即恢復整個資料庫。</translation>
    </message>
    <message>
        <source>The databases in the backup are not known.</source>
        <translation>無法得知備份中包含哪些資料庫。</translation>
    </message>
    <message>
        <source>Databases in the backup: %1</source>
        <translation>備份中的資料庫：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation>無法列出地域 %1 的實例。</translation>
    </message>
    <message>
        <source>Can be restored into</source>
        <translation>可作為恢復目標</translation>
    </message>
    <message>
        <source>Runs %1: databases and tables are restored into MySQL instances only.</source>
        <translation>資料庫類型為 %1：庫表只能恢復到 MySQL 實例。</translation>
    </message>
    <message>
        <source>A read-only instance cannot be restored into.</source>
        <translation>唯讀實例不能作為恢復目標。</translation>
    </message>
    <message>
        <source>Its status is %1: the target must be Running.</source>
        <translation>其狀態為 %1：目標實例必須處於運行中（Running）狀態。</translation>
    </message>
    <message>
        <source>MySQL %1, the source runs %2</source>
        <translation>MySQL %1，來源實例為 %2</translation>
    </message>
    <message>
        <source>The databases of the target instance could not be listed.</source>
        <translation>無法列出目標實例的資料庫。</translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation>目標實例</translation>
    </message>
    <message>
        <source>Choose the existing instance the databases and tables are restored into.</source>
        <translation>選擇要將資料庫與資料表恢復到哪個已有實例。</translation>
    </message>
    <message>
        <source>&amp;Instances in %1, the region that holds the copies:</source>
        <translation>%1（存放備份副本的地域）中的實例(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation>正在列出 %1 的實例…</translation>
    </message>
    <message>
        <source>Reading the target instance's databases…</source>
        <translation>正在讀取目標實例的資料庫…</translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation>%1 中沒有可作為此恢復目標的實例。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%1 個實例中有 %n 個可作為此恢復目標；其他實例會顯示原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DownloadsDock</name>
    <message>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>No downloads. Select a backup set and choose Download to save its file here; unfinished downloads resume at the next start.</source>
        <translation>沒有下載項目。選取備份集並選擇「下載」，即可將其檔案儲存到此處；未完成的下載會在下次啟動時繼續。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Continue a paused download, or try a failed one again from where it stopped.</source>
        <translation>繼續已暫停的下載，或從中斷處重試失敗的下載。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the download and remove it from the list; the partial file stays on disk.</source>
        <translation>停止下載並從清單中移除；已下載的部分檔案會保留在磁碟上。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已完成項目</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiBackupPage</name>
    <message>
        <source>An incremental backup cannot be restored on its own: choose a full backup, or a point in time.</source>
        <translation>增量備份無法單獨用於恢復：請選擇全量備份或時間點。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>可恢復</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Choose the completed backup to restore.</source>
        <translation>選擇要恢復的已完成備份。</translation>
    </message>
    <message>
        <source>Completed &amp;backups of the source instance, newest first:</source>
        <translation>來源實例的已完成備份（最新的在前）(&amp;B)：</translation>
    </message>
    <message>
        <source>Completed backups</source>
        <translation>已完成的備份</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>備份 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiRestoreWizard</name>
    <message>
        <source>Huawei Cloud Restore</source>
        <translation>Huawei Cloud 恢復</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSourcePage</name>
    <message>
        <source>The restore to an existing or the current instance does not support PostgreSQL.</source>
        <translation>「恢復到已有或當前實例」不支援 PostgreSQL。</translation>
    </message>
    <message>
        <source>The backups of the instance could not be listed.</source>
        <translation>無法列出此實例的備份。</translation>
    </message>
    <message>
        <source>Instance %1 has no completed backup to restore from. Restore to a point in time instead, or create a backup first.</source>
        <translation>實例 %1 沒有可用於恢復的已完成備份。請改為按時間點恢復，或先建立備份。</translation>
    </message>
    <message>
        <source>The restorable time ranges could not be read.</source>
        <translation>無法讀取可恢復時間範圍。</translation>
    </message>
    <message>
        <source>Instance %1 has no restorable time range: restore from a backup instead.</source>
        <translation>實例 %1 沒有可恢復時間範圍：請改用備份恢復。</translation>
    </message>
    <message>
        <source>Reading the instance's restorable time ranges…</source>
        <translation>正在讀取此實例的可恢復時間範圍…</translation>
    </message>
    <message>
        <source>Listing the instance's backups…</source>
        <translation>正在列出此實例的備份…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Choose the instance whose backup or history is restored, and how.</source>
        <translation>選擇要以其備份或歷史資料進行恢復的實例，以及恢復方式。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Source &amp;instance:</source>
        <translation>來源實例(&amp;I)：</translation>
    </message>
    <message>
        <source>Source instance</source>
        <translation>來源實例</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢復方式：</translation>
    </message>
    <message>
        <source>A &amp;backup</source>
        <translation>備份(&amp;B)</translation>
    </message>
    <message>
        <source>A &amp;point in time</source>
        <translation>時間點(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiSummaryPage</name>
    <message>
        <source>I understand that every database on %1 is replaced.</source>
        <translation>我了解 %1 上的所有資料庫都將被取代。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 %4, %5 GB) in %6</source>
        <translation>%1（%2，%3 %4，%5 GB），位於 %6</translation>
    </message>
    <message>
        <source>%1 — the current instance</source>
        <translation>%1 — 當前實例</translation>
    </message>
    <message>
        <source>The backup %1 (%2), taken %3</source>
        <translation>備份 %1（%2），建立於 %3</translation>
    </message>
    <message>
        <source>The point in time %1 (%2 UTC)</source>
        <translation>時間點 %1（%2 UTC）</translation>
    </message>
    <message>
        <source>Every database on the instance %1 is replaced; what it holds now is lost.</source>
        <translation>實例 %1 上的所有資料庫都將被取代；其目前的資料將會遺失。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>恢復來源：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Overwritten:</source>
        <translation>將覆寫：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTargetPage</name>
    <message>
        <source>The instances of region %1 could not be listed.</source>
        <translation>無法列出地域 %1 的實例。</translation>
    </message>
    <message>
        <source>Its status is %1: the target must be ACTIVE.</source>
        <translation>其狀態為 %1：目標實例必須處於 ACTIVE 狀態。</translation>
    </message>
    <message>
        <source>The current instance: the source itself is restored</source>
        <translation>當前實例：恢復來源實例本身</translation>
    </message>
    <message>
        <source>Another instance: it is overwritten</source>
        <translation>其他實例：該實例將被覆寫</translation>
    </message>
    <message>
        <source>Target instance</source>
        <translation>目標實例</translation>
    </message>
    <message>
        <source>Restore the current instance, or overwrite another instance of the same region.</source>
        <translation>恢復當前實例，或覆寫同一地域中的其他實例。</translation>
    </message>
    <message>
        <source>&amp;Instances in %1:</source>
        <translation>%1 中的實例(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Listing the instances of %1…</source>
        <translation>正在列出 %1 的實例…</translation>
    </message>
    <message>
        <source>No instance of %1 can take this restore.</source>
        <translation>%1 中沒有可作為此恢復目標的實例。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%1 個實例中有 %n 個可作為此恢復目標；其他實例會顯示原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTimePage</name>
    <message>
        <source>• from %1 to %2</source>
        <translation>• 從 %1 到 %2</translation>
    </message>
    <message>
        <source>The instance has no restorable time range.</source>
        <translation>此實例沒有可恢復時間範圍。</translation>
    </message>
    <message>
        <source>The instance can be restored to any moment in these ranges:
%1</source>
        <translation>此實例可恢復到以下範圍內的任一時間點：
%1</translation>
    </message>
    <message>
        <source>Sent as %1 (UTC), %2 ms</source>
        <translation>以 %1（UTC）送出，即 %2 毫秒</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>時間點</translation>
    </message>
    <message>
        <source>Choose the moment whose data is restored. Times are in your time zone.</source>
        <translation>選擇要恢復哪一時間點的資料。時間以您所在的時區顯示。</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>恢復到(&amp;T)：</translation>
    </message>
    <message>
        <source>Point in time to restore to</source>
        <translation>要恢復到的時間點</translation>
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
        <translation>無法選擇 %1：%2</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>實例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>儲存空間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>是否可用</translation>
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
        <translation>任務</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>供應商狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
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
        <translation>帳號</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>實例</translation>
    </message>
    <message>
        <source>Provider job ID</source>
        <translation>供應商任務 ID</translation>
    </message>
    <message>
        <source>Local job ID</source>
        <translation>本機任務 ID</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>ClientToken</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>錯誤碼</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>錯誤訊息</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>請求 ID</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>參數：%1</translation>
    </message>
    <message>
        <source>Select a job to see every detail of it.</source>
        <translation>選取任務即可查看其完整詳細資訊。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>任務詳細資訊</translation>
    </message>
    <message>
        <source>No jobs yet. Backups and restores you start appear here and are followed to their end, also across restarts.</source>
        <translation>尚無任務。您啟動的備份與恢復會顯示在此處，並持續追蹤至結束，即使重新啟動應用程式也一樣。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <source>Copy Error Report</source>
        <translation>複製錯誤報告</translation>
    </message>
    <message>
        <source>Copies the error code, message and request ID, which the provider's support asks for.</source>
        <translation>複製錯誤碼、錯誤訊息與請求 ID，雲端供應商的技術支援會要求提供這些資訊。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::MainWindow</name>
    <message>
        <source>About RDS Backup Manager</source>
        <translation>關於 RDS Backup Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;Backups and restores for Alibaba Cloud RDS, Database Backup (DBS) and Huawei Cloud RDS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RDS Backup Manager %1&lt;/h3&gt;&lt;p&gt;Alibaba Cloud RDS、Database Backup（DBS）與 Huawei Cloud RDS 的備份與恢復工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>正在載入實例…</translation>
    </message>
    <message>
        <source>Loading backup sets: page %1 of %2…</source>
        <translation>正在載入備份集：第 %1 / %2 頁…</translation>
    </message>
    <message>
        <source>Loading backup sets…</source>
        <translation>正在載入備份集…</translation>
    </message>
    <message>
        <source>Could not load the backup sets: %1</source>
        <translation>無法載入備份集：%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Demo mode: simulated clouds on this computer</source>
        <translation>示範模式：在此電腦上模擬雲端</translation>
    </message>
    <message>
        <source>RDS Backup Manager — Demo</source>
        <translation>RDS Backup Manager — 示範</translation>
    </message>
    <message>
        <source>RDS Backup Manager</source>
        <translation>RDS Backup Manager</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>實例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Reload instances and backup sets (%1)</source>
        <translation>重新載入實例與備份集（%1）</translation>
    </message>
    <message>
        <source>&amp;Find Backup Set…</source>
        <translation>尋找備份集(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About RDS Backup Manager</source>
        <translation>關於 RDS Backup Manager(&amp;A)</translation>
    </message>
    <message>
        <source>Some saved work could not be read at start-up (see the details). A damaged file is kept beside the new one, never overwritten.</source>
        <translation>啟動時有部分已儲存的工作無法讀取（請見詳細資訊）。損壞的檔案會保留在新檔案旁，不會被覆寫。</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProblemLabel</name>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>無法連線到服務：%1</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服務未在時限內回應。</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>服務傳回 HTTP 狀態碼 %1。</translation>
    </message>
    <message>
        <source>The service's answer could not be read: %1</source>
        <translation>無法讀取服務的回應：%1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>請求已取消。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>錯誤碼：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>請求 ID：%1</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileDialog</name>
    <message>
        <source>A profile named %1 already exists. Choose another name.</source>
        <translation>名為 %1 的設定檔已存在。請選擇其他名稱。</translation>
    </message>
    <message>
        <source>The default region</source>
        <translation>預設地域</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>其他地域</translation>
    </message>
    <message>
        <source>The AccessKey ID is required.</source>
        <translation>AccessKey ID 為必填。</translation>
    </message>
    <message>
        <source>The access key (AK) is required.</source>
        <translation>存取金鑰（AK）為必填。</translation>
    </message>
    <message>
        <source>The AccessKey secret is required.</source>
        <translation>AccessKey Secret 為必填。</translation>
    </message>
    <message>
        <source>The secret key (SK) is required.</source>
        <translation>秘密金鑰（SK）為必填。</translation>
    </message>
    <message>
        <source>The endpoint "%1" is not a valid address.</source>
        <translation>端點「%1」不是有效的位址。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message>
        <source>The connection was not tested: %1</source>
        <translation>未測試連線：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The account can use %n region(s).</source>
        <translation>
            <numerusform>連線成功。此帳號可使用 %n 個地域。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The project of %1 is %2.</source>
        <translation>連線成功。%1 的專案為 %2。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>請求 ID：%1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>連線失敗：%1</translation>
    </message>
    <message>
        <source>Message from the service: %1</source>
        <translation>服務傳回的訊息：%1</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain, so the profile was not saved: %1</source>
        <translation>無法將秘密金鑰儲存到系統鑰匙圈，因此未儲存設定檔：%1</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation>秘密金鑰會保存在系統鑰匙圈中，絕不會寫入任何設定檔案。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>雲端供應商(&amp;P)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>預設地域(&amp;R)：</translation>
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
        <translation>存取金鑰（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation>秘密金鑰（SK）(&amp;E)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation>安全權杖(&amp;U)：</translation>
    </message>
    <message>
        <source>En&amp;dpoint:</source>
        <translation>端點(&amp;D)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>簽章版本(&amp;G)：</translation>
    </message>
    <message>
        <source>For example: production</source>
        <translation>例如：production</translation>
    </message>
    <message>
        <source>Alibaba Cloud (RDS and DBS)</source>
        <translation>Alibaba Cloud（RDS 與 DBS）</translation>
    </message>
    <message>
        <source>Huawei Cloud (RDS)</source>
        <translation>Huawei Cloud（RDS）</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>選填，以逗號分隔</translation>
    </message>
    <message>
        <source>Leave empty to show the instances of every region the account can use.</source>
        <translation>留空則顯示此帳號可使用之所有地域的實例。</translation>
    </message>
    <message>
        <source>Each region is shown with its own IAM project.</source>
        <translation>每個地域都會以其各自的 IAM 專案顯示。</translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation>僅用於 STS 臨時憑證</translation>
    </message>
    <message>
        <source>Only for temporary AK/SK</source>
        <translation>僅用於臨時 AK/SK</translation>
    </message>
    <message>
        <source>Optional: leave empty for the provider's own endpoints</source>
        <translation>選填：留空則使用雲端供應商本身的端點</translation>
    </message>
    <message>
        <source>An address that replaces the provider's endpoints, such as a simulator or a proxy.</source>
        <translation>用來取代雲端供應商端點的位址，例如模擬器或代理伺服器。</translation>
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
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Calls DescribeRegions with these credentials.</source>
        <translation>使用這組憑證呼叫 DescribeRegions。</translation>
    </message>
    <message>
        <source>Looks up the region's project in IAM with these credentials.</source>
        <translation>使用這組憑證在 IAM 中查詢該地域的專案。</translation>
    </message>
    <message>
        <source>Cop&amp;y Result</source>
        <translation>複製結果(&amp;Y)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>連線測試結果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>編輯帳號</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileImportDialog</name>
    <message>
        <source>Choose the CLI's Configuration File</source>
        <translation>選擇 CLI 的組態檔</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>組態檔 (*.json)</translation>
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
        <translation>待輸入</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>已存在同名的設定檔。</translation>
    </message>
    <message>
        <source>The file holds no profile that can be imported.</source>
        <translation>此檔案中沒有可匯入的設定檔。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) can be imported. Untick the ones you do not want.</source>
        <translation>
            <numerusform>可匯入 %n 個設定檔。請取消勾選不需要的設定檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the profiles…</source>
        <translation>正在儲存設定檔…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) saved.</source>
        <translation>
            <numerusform>已儲存 %n 個設定檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>匯入帳號</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>來源(&amp;F)：</translation>
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
        <translation>檔案(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>金鑰 ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密金鑰</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>找到的設定檔</translation>
    </message>
    <message>
        <source>&amp;Replace saved profiles that have the same name</source>
        <translation>取代已儲存的同名設定檔(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
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
        <translation>將送出的請求</translation>
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
        <translation>建立備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Create a backup set of the selected Alibaba Cloud instance (%1)</source>
        <translation>為所選的 Alibaba Cloud 實例建立備份集（%1）</translation>
    </message>
    <message>
        <source>&amp;Cross-region Restore (RDS)…</source>
        <translation>跨地域恢復（RDS）(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore databases and tables of a cross-region backup into an existing instance</source>
        <translation>將跨地域備份中的資料庫與資料表恢復到已有實例</translation>
    </message>
    <message>
        <source>&amp;DBS Restore Task…</source>
        <translation>DBS 恢復任務(&amp;D)…</translation>
    </message>
    <message>
        <source>Create and start a Database Backup (DBS) restore task</source>
        <translation>建立並啟動 Database Backup（DBS）恢復任務</translation>
    </message>
    <message>
        <source>&amp;Huawei Restore…</source>
        <translation>Huawei Cloud 恢復(&amp;H)…</translation>
    </message>
    <message>
        <source>Restore a Huawei Cloud instance from a backup or to a point in time</source>
        <translation>以備份或按時間點恢復 Huawei Cloud 實例</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreConfirmation</name>
    <message>
        <source>Finish stays disabled until the ID matches exactly.</source>
        <translation>在 ID 完全相符之前，「完成」按鈕會保持停用。</translation>
    </message>
    <message>
        <source>The ID matches.</source>
        <translation>ID 相符。</translation>
    </message>
    <message>
        <source>This is not the target instance's ID.</source>
        <translation>這不是目標實例的 ID。</translation>
    </message>
    <message>
        <source>Confirm the target</source>
        <translation>確認目標</translation>
    </message>
    <message>
        <source>To confirm, type the ID of the target instance, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如要確認，請輸入目標實例的 ID &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Target instance ID confirmation</source>
        <translation>目標實例 ID 確認</translation>
    </message>
    <message>
        <source>I understand what the restore overwrites</source>
        <translation>我了解此恢復將覆寫哪些內容</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreObjectsEditor</name>
    <message>
        <source>The backup plan does not back up a database named %1 (RestoreObjects[%2].DBName).</source>
        <translation>備份計劃未備份名為 %1 的資料庫（RestoreObjects[%2].DBName）。</translation>
    </message>
    <message>
        <source>Database (DBName)</source>
        <translation>資料庫（DBName）</translation>
    </message>
    <message>
        <source>New name (NewDBName)</source>
        <translation>新名稱（NewDBName）</translation>
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
        <translation>要恢復的資料庫</translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation>新增資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation>移除列(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>移除選取的列（Delete）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::RestoreSummaryPage</name>
    <message>
        <source>Checking the source and the target once more…</source>
        <translation>正在再次檢查來源與目標…</translation>
    </message>
    <message>
        <source>The check before sending could not be made.</source>
        <translation>無法完成送出前的檢查。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在送出…</translation>
    </message>
    <message>
        <source>Accepted by the service; follow it in the job monitor.</source>
        <translation>服務已接受請求；請在任務監控中追蹤進度。</translation>
    </message>
    <message>
        <source>The job could not be recorded, so nothing was sent: %1</source>
        <translation>無法記錄任務，因此未送出任何請求：%1</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>服務拒絕了此請求。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check what will happen. Finish sends the request once you have typed the target's ID.</source>
        <translation>請確認將執行的操作。輸入目標的 ID 後，按「完成」即會送出請求。</translation>
    </message>
    <message>
        <source>&amp;Request that will be sent:</source>
        <translation>將送出的請求(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::TableMetaEditor</name>
    <message>
        <source>Row %1 of TableMeta needs the name of the database to restore.</source>
        <translation>TableMeta 第 %1 列需要填寫要恢復的資料庫名稱。</translation>
    </message>
    <message>
        <source>The database %1 is listed both whole and table by table: keep either the row without a table or the table rows.</source>
        <translation>資料庫 %1 同時以整庫與逐表方式列出：請只保留未填資料表的那一列，或只保留各資料表的列。</translation>
    </message>
    <message>
        <source>The rows of the database %1 give it different new names: use the same new name in each.</source>
        <translation>資料庫 %1 的各列指定了不同的新名稱：請在每一列使用相同的新名稱。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>新資料庫名稱</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>新資料表名稱</translation>
    </message>
    <message>
        <source>Leave empty to restore the whole database.</source>
        <translation>留空即恢復整個資料庫。</translation>
    </message>
    <message>
        <source>Databases and tables to restore</source>
        <translation>要恢復的資料庫與資料表</translation>
    </message>
    <message>
        <source>Add &amp;Database</source>
        <translation>新增資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Table</source>
        <translation>新增資料表(&amp;T)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Row</source>
        <translation>移除列(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>移除選取的列（Delete）</translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::WelcomePage</name>
    <message>
        <source>Welcome to RDS Backup Manager</source>
        <translation>歡迎使用 RDS Backup Manager</translation>
    </message>
    <message>
        <source>Find the backup sets of your Alibaba Cloud RDS and Huawei Cloud RDS instances, download them with their checksums verified, and restore them knowing exactly what will be overwritten. There is no account yet.</source>
        <translation>查看 Alibaba Cloud RDS 與 Huawei Cloud RDS 實例的備份集，下載時自動驗證校驗值，並在恢復前清楚掌握將被覆寫的內容。目前尚未設定任何帳號。</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>試用示範模式(&amp;D)</translation>
    </message>
    <message>
        <source>Restarts the application with simulated clouds on this computer: sample instances and backups, no account and no network needed.</source>
        <translation>以在此電腦上模擬的雲端重新啟動應用程式：提供範例實例與備份，不需要帳號，也不需要網路。</translation>
    </message>
    <message>
        <source>&amp;Add an Account…</source>
        <translation>新增帳號(&amp;A)…</translation>
    </message>
    <message>
        <source>Enter an AccessKey of Alibaba Cloud or an AK/SK of Huawei Cloud. The secret is kept in the system keychain.</source>
        <translation>輸入 Alibaba Cloud 的 AccessKey 或 Huawei Cloud 的 AK/SK。秘密金鑰會保存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>&amp;Import from the CLI…</source>
        <translation>從 CLI 匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Reads the profiles of the aliyun CLI or of Huawei Cloud's KooCLI (hcloud) and lets you pick the ones to add.</source>
        <translation>讀取 aliyun CLI 或 Huawei Cloud KooCLI（hcloud）的設定檔，讓您挑選要新增的項目。</translation>
    </message>
    <message>
        <source>The environment variables the providers' SDKs read (ALIBABA_CLOUD_ACCESS_KEY_ID, HUAWEICLOUD_SDK_AK, ...) are used too when they are set at start-up.</source>
        <translation>若啟動時已設定雲端供應商 SDK 所讀取的環境變數（ALIBABA_CLOUD_ACCESS_KEY_ID、HUAWEICLOUD_SDK_AK 等），也會一併使用。</translation>
    </message>
</context>
</TS>
