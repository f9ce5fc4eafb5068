#include "app/cli/dbsrestorecommand.h"

#include "app/cli/cliinput.h"
#include "app/cli/console.h"
#include "app/cli/jobfollower.h"
#include "app/cli/terminalprompt.h"
#include "app/operations/dbsrestoreoperation.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

std::optional<DbsRestoreRequest> DbsRestoreCommand::requestFromOptions()
{
    if (!requireOptions({{u"plan"_s, u"BackupPlanId"_s},
                         {u"name"_s, u"RestoreTaskName"_s},
                         {u"dest-type"_s, u"DestinationEndpointInstanceType"_s},
                         {u"objects"_s, u"RestoreObjects"_s}}))
        return std::nullopt;
    if (hasOption(u"backup-set-id"_s) == hasOption(u"restore-time"_s)) {
        failProblems({{u"BackupSetId"_s, u"InvalidParameter"_s,
                       tr("Give either --backup-set-id (BackupSetId) or --restore-time (RestoreTime), not both and "
                          "not neither.")}});
        return std::nullopt;
    }
    if (hasOption(u"cross-aliyun-id"_s) != hasOption(u"cross-role"_s)) {
        failProblems({{u"CrossRoleName"_s, u"MissingParameter"_s,
                       tr("--cross-aliyun-id (CrossAliyunId) and --cross-role (CrossRoleName) go together.")}});
        return std::nullopt;
    }

    DbsRestoreRequest request;
    InputProblems problems;
    QString error;
    request.backupPlanId = option(u"plan"_s);
    request.restoreTaskName = option(u"name"_s);
    request.destinationType = DbsDestinationTypes::fromApiValue(option(u"dest-type"_s));
    if (!request.destinationType)
        problems.append({u"DestinationEndpointInstanceType"_s, u"InvalidParameter"_s,
                         tr("--dest-type (DestinationEndpointInstanceType) must be one of RDS, ECS, Express, Agent, "
                            "DDS, Other, dg; \"%1\" is not.")
                             .arg(option(u"dest-type"_s))});
    request.destinationRegion = option(u"dest-region"_s);
    request.destinationInstanceId = option(u"dest-instance"_s);
    request.destinationIp = option(u"dest-ip"_s);
    if (hasOption(u"dest-port"_s)) {
        if (const auto port = CliInput::integer(u"dest-port"_s, option(u"dest-port"_s), 1, 65535, error))
            request.destinationPort = int(*port);
        else
            problems.append({u"DestinationEndpointPort"_s, u"InvalidParameter"_s, error});
    }
    request.destinationDatabaseName = option(u"dest-database"_s);
    request.destinationUserName = option(u"dest-user"_s);
    request.destinationOracleSid = option(u"dest-oracle-sid"_s);
    if (hasOption(u"gateway"_s)) {
        if (const auto gateway = CliInput::integer(u"gateway"_s, option(u"gateway"_s), 1,
                                                   std::numeric_limits<qint64>::max(), error))
            request.backupGatewayId = *gateway;
        else
            problems.append({u"BackupGatewayId"_s, u"InvalidParameter"_s, error});
    }
    request.crossAliyunId = option(u"cross-aliyun-id"_s);
    request.crossRoleName = option(u"cross-role"_s);
    request.backupSetId = option(u"backup-set-id"_s);
    if (hasOption(u"restore-time"_s)) {
        if (const auto time = CliInput::utcTime(u"restore-time"_s, option(u"restore-time"_s), error))
            request.restoreTime = *time;
        else
            problems.append({u"RestoreTime"_s, u"InvalidParameter"_s, error});
    }
    if (hasOption(u"conflict"_s)) {
        request.duplicateConflict = DbsDuplicateConflicts::fromApiValue(option(u"conflict"_s));
        if (!request.duplicateConflict)
            problems.append({u"DuplicateConflict"_s, u"InvalidParameter"_s,
                             tr("--conflict (DuplicateConflict) must be failure or renamenew; \"%1\" is not.")
                                 .arg(option(u"conflict"_s))});
    }
    if (const auto json = CliInput::jsonArgument(u"objects"_s, option(u"objects"_s), error)) {
        if (const auto objects = RestoreObjects::fromJson(*json, problems))
            request.restoreObjects = *objects;
    } else {
        problems.append({u"RestoreObjects"_s, u"InvalidParameter"_s, error});
    }
    if (!problems.isEmpty()) {
        failProblems(problems);
        return std::nullopt;
    }
    return request;
}

void DbsRestoreCommand::start()
{
    m_start = hasOption(u"start"_s);
    auto request = requestFromOptions();
    if (!request)
        return;
    const QString password = qEnvironmentVariable(passwordVariable);
    if (!password.isEmpty() || request->destinationUserName.isEmpty() || !Console::stdinIsTerminal()) {
        request->destinationPassword = password;
        return run(*request);
    }
    auto *prompt = new TerminalPrompt(this);
    connect(prompt, &TerminalPrompt::answered, this, [this, request = *request](const QString &typed) mutable {
        request.destinationPassword = typed;
        run(request);
    });
    connect(prompt, &TerminalPrompt::closed, this, [this, request = *request] { run(request); });
    prompt->ask(tr("Password of %1 at the destination (DestinationEndpointPassword): ").arg(request->destinationUserName),
                TerminalPrompt::Echo::Hidden);
}

void DbsRestoreCommand::run(DbsRestoreRequest request)
{
    withAlibaba([this, request = std::move(request)](const AlibabaTarget &target) {
        const dbs::DbsClient client(cli().transport, alibaba::AlibabaRequestFactory(target.account));
        follower().setDbsClient(client);
        runOperation(new operations::DbsRestoreOperation(cli().tracker, client, request, option(u"client-token"_s),
                                                         m_start, target.profileName),
                     u"dbs"_s);
    });
}

} // namespace rdsbm::cli
