#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace rdsbm::testsupport {

// What one run of the real rdsbm executable gave.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// Runs rdsbm as users do: a separate process, its environment holding the providers' SDK
// variables with the simulator's demo keys, an empty home (no saved profiles), the test's own
// state directory, and a short poll interval. Waits with QSignalSpy, never blocking the test's
// event loop, so an in-process simulator keeps serving.
class CliRunner
{
public:
    static QString executable();

    explicit CliRunner(const QString &workDirectory);

    QProcessEnvironment &environment() { return m_environment; }
    const QString &stateDirectory() const { return m_stateDirectory; }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 90000) const;

    // A process left running (to be killed, or given a terminal); the caller owns it.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    static CliRun waitFor(QProcess &process, int timeoutMs = 90000);

private:
    QString m_stateDirectory;
    QProcessEnvironment m_environment;
};

} // namespace rdsbm::testsupport
