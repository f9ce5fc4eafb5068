#include "app/cli/cliapplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    // The desktop application's names: the same settings (profiles) and the same job journal.
    QCoreApplication::setOrganizationName(u"rds-backup-manager"_s);
    QCoreApplication::setApplicationName(u"rds-backup-manager"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RDSBM_VERSION));
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif

    // stderr carries progress and errors for people and scripts: the core's debug and info lines
    // (and the demo simulator's) only when QT_LOGGING_RULES asks for them (its rules come later,
    // so they win).
    QLoggingCategory::setFilterRules(u"rdsbm.*.debug=false\nrdsbm.*.info=false"_s);

    rdsbm::cli::CliApplication cli(QCoreApplication::arguments().mid(1));
    const int immediate = cli.start();
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
