#pragma once

#include "app/cli/accountresolver.h"
#include "app/cli/clicontext.h"
#include "app/cli/clierror.h"
#include "app/domain/inputproblem.h"
#include "app/providers/alibaba/rdsclient.h"

#include <functional>

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace rdsbm::huawei {
class HuaweiRdsClient;
}

namespace rdsbm::cli {

// One rdsbm command, run from the event loop: start() kicks it off, and it ends by emitting
// finished() once with the contract's exit code, after printing its result or its error.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CliContext &context, QObject *parent = nullptr);

    virtual void start() = 0;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliContext &cli() { return m_context; }
    const Console &console() const { return m_context.console; }
    QString option(const QString &name) const { return m_context.commandLine.value(name); }
    bool hasOption(const QString &name) const { return m_context.commandLine.has(name); }

    // Each missing option is a usage error naming the option and the API parameter it fills.
    bool requireOptions(const QList<std::pair<QString, QString>> &optionsAndFields);
    void note(const QString &line) const;

    // A list: a JSON array, or a table of `columns` ("datastore.type" reads nested members).
    void finishWithList(const QJsonArray &rows, const QStringList &columns);
    // An operation's result: the JSON object, or its Key: value lines.
    void printObject(const QJsonObject &object) const;
    void finishWithObject(const QJsonObject &object, int exitCode = 0);
    void finishWithCode(int exitCode);

    // Resolve the account (a failure ends the command with exit 2), then run `next`.
    // `profile`/`region` override the options, as a job from the journal does.
    void withAlibaba(std::function<void(const AlibabaTarget &target)> next, const QString &profile = {},
                     const QString &region = {});
    void withHuawei(std::function<void(huawei::HuaweiRdsClient &client)> next, const QString &profile = {},
                    const QString &region = {});
    alibaba::RdsClient rdsClient(const AlibabaTarget &target) const;

    void fail(const CliError &error);
    void failProblems(const InputProblems &problems);
    void failCall(const transport::ApiResult &result, const QString &catalogProvider, const QString &operation);

private:
    CliContext &m_context;
    bool m_finished = false;
};

} // namespace rdsbm::cli
