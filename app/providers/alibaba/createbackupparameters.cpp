#include "app/providers/alibaba/createbackupparameters.h"

#include "app/providers/alibaba/parametercheck.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

bool isEngine(const QString &engine, const QString &name)
{
    return engine.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

bool CreateBackupParameters::isValidDatabaseName(const QString &name)
{
    static const QRegularExpression rule(u"^[a-z]([a-z0-9_]{0,14}[a-z0-9])?$"_s);
    return rule.match(name).hasMatch();
}

ParameterErrors CreateBackupParameters::validate() const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    check.oneOf(u"BackupMethod"_s, backupMethod, {u"Logical"_s, u"Physical"_s, u"Snapshot"_s},
                u"InvalidBackupMethod.ValueNotSupport"_s);
    check.oneOf(u"BackupStrategy"_s, backupStrategy, {u"db"_s, u"instance"_s});
    check.oneOf(u"BackupType"_s, backupType, {u"Auto"_s, u"FullBackup"_s}, u"BackupType.NotSupport"_s);

    const QString method = backupMethod.isEmpty() ? u"Physical"_s : backupMethod;

    // DBName goes with the db strategy, and the db strategy needs at least one DBName.
    if (backupStrategy == u"db"_s && dbNames.isEmpty())
        check.add(u"DBName"_s, u"MissingParameter"_s,
                  tr("DBName is required when BackupStrategy is db: name the databases to back up."));
    if (!dbNames.isEmpty() && backupStrategy != u"db"_s)
        check.add(u"BackupStrategy"_s, u"InvalidParameter"_s,
                  tr("DBName is only accepted with BackupStrategy db (a single-database backup)."));
    QSet<QString> seen;
    for (const QString &name : dbNames) {
        if (!isValidDatabaseName(name))
            check.add(u"DBName"_s, u"InvalidDBName.Format"_s,
                      tr("DBName \"%1\" is not a valid database name: use lowercase letters, digits and underscores, "
                         "start with a letter, end with a letter or digit, at most 16 characters.")
                          .arg(name));
        else if (seen.contains(name))
            check.add(u"DBName"_s, u"InvalidParameter"_s, tr("DBName lists the database \"%1\" twice.").arg(name));
        seen.insert(name);
    }

    // BackupStrategy is for a MySQL logical backup or an SQL Server full physical backup.
    if (!backupStrategy.isEmpty() && method == u"Snapshot"_s)
        check.add(u"BackupStrategy"_s, u"InvalidParameter"_s,
                  tr("BackupStrategy applies only to a logical (MySQL) or full physical (SQL Server) backup, "
                     "not to a snapshot."));
    // BackupType only takes effect with BackupMethod Physical.
    if (!backupType.isEmpty() && method != u"Physical"_s)
        check.add(u"BackupType"_s, u"BackupType.NotSupport"_s,
                  tr("BackupType applies only when BackupMethod is Physical."));

    if (!engine.isEmpty()) {
        const bool sqlServer = isEngine(engine, u"SQLServer"_s);
        const bool mySql = isEngine(engine, u"MySQL"_s);
        if (sqlServer && method == u"Logical"_s)
            check.add(u"BackupMethod"_s, u"InvalidBackupMethod.ValueNotSupport"_s,
                      tr("BackupMethod Logical is not available on SQL Server, which supports only physical backups "
                         "(or Snapshot on cloud disks)."));
        if (isEngine(engine, u"MariaDB"_s) && method == u"Snapshot"_s)
            check.add(u"BackupMethod"_s, u"InvalidBackupMethod.ValueNotSupport"_s,
                      tr("For a MariaDB snapshot backup, set BackupMethod to Physical."));
        if (!backupType.isEmpty() && !sqlServer)
            check.add(u"BackupType"_s, u"BackupType.NotSupport"_s,
                      tr("BackupType is for SQL Server only; leave it out for %1.").arg(engine));
        if (!backupStrategy.isEmpty()) {
            const bool mySqlLogical = mySql && method == u"Logical"_s;
            const bool sqlServerFull = sqlServer && method == u"Physical"_s && backupType == u"FullBackup"_s;
            if (!mySqlLogical && !sqlServerFull && !check.hasErrorFor(u"BackupStrategy"_s))
                check.add(u"BackupStrategy"_s, u"InvalidParameter"_s,
                          tr("BackupStrategy applies only to a MySQL logical backup or an SQL Server full physical "
                             "backup (BackupMethod Physical with BackupType FullBackup)."));
        }
    }
    return check.errors();
}

signing::QueryParameters CreateBackupParameters::toQuery() const
{
    signing::QueryParameters query{{u"DBInstanceId"_s, dbInstanceId.trimmed()}};
    const auto optional = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    optional(u"BackupMethod"_s, backupMethod);
    optional(u"BackupStrategy"_s, backupStrategy);
    optional(u"DBName"_s, dbNames.join(u','));
    optional(u"BackupType"_s, backupType);
    optional(u"ResourceGroupId"_s, resourceGroupId);
    return query;
}

} // namespace rdsbm::alibaba
