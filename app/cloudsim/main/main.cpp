#include "app/cloudsim/main/commandline.h"
#include "app/cloudsim/main/signalwatcher.h"
#include "app/cloudsim/simulator.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::cloudsim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rdsbm-cloudsim"_s);

    const CommandLine::Parsed parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.outcome) {
    case CommandLine::Outcome::ShowHelp:
    case CommandLine::Outcome::ShowVersion:
        std::fputs(qPrintable(parsed.text + u'\n'), stdout);
        return 0;
    case CommandLine::Outcome::UsageError:
        std::fprintf(stderr, "rdsbm-cloudsim: %s\nTry 'rdsbm-cloudsim --help'.\n", qPrintable(parsed.text));
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    CloudSimulator simulator(parsed.config);
    if (!simulator.start()) {
        std::fprintf(stderr, "rdsbm-cloudsim: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }
    // Scripts wait for this exact line through a pipe: print it whole and flush at once.
    std::printf("listening on %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
