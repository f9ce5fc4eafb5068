#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rdsbm::alibaba {

// CreateBackup (seed 001). Empty strings leave a parameter out, so the service's default applies
// (BackupMethod Physical, BackupType Auto).
struct CreateBackupParameters
{
    Q_DECLARE_TR_FUNCTIONS(CreateBackupParameters)

public:
    QString dbInstanceId;
    QString backupMethod;    // Logical | Physical | Snapshot
    QString backupStrategy;  // db | instance
    QStringList dbNames;     // DBName, comma-separated on the wire; only with BackupStrategy db
    QString backupType;      // Auto | FullBackup; SQL Server only, Physical only
    QString resourceGroupId;
    // Not sent: the instance's engine (MySQL, SQLServer, PostgreSQL, MariaDB) when the caller knows
    // it, so the seed's engine rules can be checked too.
    QString engine;

    ParameterErrors validate() const;
    signing::QueryParameters toQuery() const;

    // The seed's DBName rule: lowercase letters, digits and underscores, starting with a letter,
    // ending with a letter or digit, at most 16 characters.
    static bool isValidDatabaseName(const QString &name);
};

} // namespace rdsbm::alibaba
