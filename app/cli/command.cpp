#include "app/cli/command.h"

#include "app/cli/console.h"
#include "app/cli/output.h"
#include "app/providers/huawei/huaweirdsclient.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

namespace {

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

} // namespace

Command::Command(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

bool Command::requireOptions(const QList<std::pair<QString, QString>> &optionsAndFields)
{
    InputProblems problems;
    for (const auto &[name, field] : optionsAndFields) {
        if (!hasOption(name))
            problems.append({field, u"MissingParameter"_s,
                             QCoreApplication::translate("rdsbm::cli::Command", "--%1 is required (%2).")
                                 .arg(name, field)});
    }
    if (problems.isEmpty())
        return true;
    failProblems(problems);
    return false;
}

void Command::note(const QString &line) const
{
    m_context.console.note(line);
}

void Command::finishWithList(const QJsonArray &rows, const QStringList &columns)
{
    if (m_context.json()) {
        m_context.console.printResult(jsonText(rows));
    } else {
        QJsonArray flat;
        for (const QJsonValue &row : rows) {
            QJsonObject line;
            for (const QString &column : columns)
                line.insert(column, valueAt(row.toObject(), column));
            flat.append(line);
        }
        m_context.console.printResult(tableText(flat, columns));
    }
    finishWithCode(0);
}

void Command::printObject(const QJsonObject &object) const
{
    m_context.console.printResult(m_context.json() ? jsonText(object) : keyValueText(object));
}

void Command::finishWithObject(const QJsonObject &object, int exitCode)
{
    printObject(object);
    finishWithCode(exitCode);
}

void Command::finishWithCode(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void Command::withAlibaba(std::function<void(const AlibabaTarget &target)> next, const QString &profile,
                          const QString &region)
{
    m_context.accounts.resolveAlibaba(profile, region,
                                      [this, next = std::move(next)](std::optional<AlibabaTarget> target,
                                                                     const QString &problem) {
                                          if (!target)
                                              return fail(invalidInput(u"MissingCredentials"_s, problem));
                                          next(*target);
                                      });
}

void Command::withHuawei(std::function<void(huawei::HuaweiRdsClient &client)> next, const QString &profile,
                         const QString &region)
{
    m_context.accounts.resolveHuawei(profile, region,
                                     [this, next = std::move(next)](std::optional<HuaweiTarget> target,
                                                                    const QString &problem) {
                                         if (!target)
                                             return fail(invalidInput(u"MissingCredentials"_s, problem));
                                         auto *client = new huawei::HuaweiRdsClient(m_context.transport,
                                                                                    target->account, {}, this);
                                         next(*client);
                                     });
}

alibaba::RdsClient Command::rdsClient(const AlibabaTarget &target) const
{
    return alibaba::RdsClient(m_context.transport, alibaba::AlibabaRequestFactory(target.account));
}

void Command::fail(const CliError &error)
{
    if (m_finished)
        return;
    m_context.console.printError(error);
    finishWithCode(int(error.exitCode));
}

void Command::failProblems(const InputProblems &problems)
{
    if (m_finished)
        return;
    for (const InputProblem &problem : problems) {
        QString message = problem.message;
        if (problem.field == u"DestinationEndpointPassword"_s)
            message += u' '
                + QCoreApplication::translate("rdsbm::cli::Command", "rdsbm reads it from RDSBM_DEST_PASSWORD, or asks "
                                                                     "for it on a terminal; it is never an option.");
        m_context.console.printError(invalidInput(problem.code.isEmpty() ? u"InvalidParameter"_s : problem.code, message));
    }
    finishWithCode(int(ExitCode::InvalidInput));
}

void Command::failCall(const transport::ApiResult &result, const QString &catalogProvider, const QString &operation)
{
    fail(errorFromResult(result, catalogProvider, operation, m_context.language));
}

} // namespace rdsbm::cli
