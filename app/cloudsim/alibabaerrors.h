#pragma once

#include <QString>
#include <QStringList>

namespace rdsbm::cloudsim {

// The error codes the simulator answers with, each with the HTTP status and English message the
// seeds (000 RestoreDdrTable, 001 CreateBackup, 002 CreateRestoreTask, 003 DescribeBackups) or the
// gateway's common error table (reference/alibaba-api.md 2.3) give it. Messages may hold %1, %2,
// filled from the arguments the handler passes (a parameter name, the server's string to sign).
class AlibabaErrors
{
public:
    struct Entry
    {
        int httpStatus = 400;
        QString message;
    };

    // Unknown codes come back as 400 with the code itself as message: a handler bug shows up in tests.
    static Entry find(const QString &code);
    static QString message(const QString &code, const QStringList &arguments);
};

} // namespace rdsbm::cloudsim
