#include "tests/integration/cli/clirunner.h"

#include <QDir>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::testsupport {

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (still running)") + "\n--- stdout\n"
        + out.left(4000) + "\n--- stderr\n" + err.left(4000);
}

QString CliRunner::executable()
{
    return QStringLiteral(RDSBM_CLI_PATH);
}

CliRunner::CliRunner(const QString &workDirectory)
    : m_stateDirectory(QDir(workDirectory).filePath(u"state"_s))
{
    QDir().mkpath(m_stateDirectory);
    const QString home = QDir(workDirectory).filePath(u"home"_s);
    QDir().mkpath(home);
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys())
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"HUAWEICLOUD_"_s) || name.startsWith(u"RDSBM_"_s))
            m_environment.remove(name);
    m_environment.insert(u"HOME"_s, home);
    m_environment.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u".config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u".local/share"_s));
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"demo-access-key-id"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"demo-access-key-secret"_s);
    m_environment.insert(u"HUAWEICLOUD_SDK_AK"_s, u"demo-ak"_s);
    m_environment.insert(u"HUAWEICLOUD_SDK_SK"_s, u"demo-sk"_s);
    m_environment.insert(u"RDSBM_STATE_DIR"_s, m_stateDirectory);
    m_environment.insert(u"RDSBM_POLL_INTERVAL_MS"_s, u"100"_s);
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->start(executable(), arguments);
    return process;
}

CliRun CliRunner::waitFor(QProcess &process, int timeoutMs)
{
    CliRun run;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        run.finished = finished.wait(timeoutMs);
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart;
    }
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(executable(), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliRun result = waitFor(process, timeoutMs);
    if (!result.finished) {
        process.kill();
        QSignalSpy finished(&process, &QProcess::finished);
        finished.wait(5000);
    }
    return result;
}

} // namespace rdsbm::testsupport
