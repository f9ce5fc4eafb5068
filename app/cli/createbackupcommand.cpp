#include "app/cli/createbackupcommand.h"

#include "app/cli/jobfollower.h"
#include "app/operations/createbackupoperation.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

void CreateBackupCommand::start()
{
    if (!requireOptions({{u"instance"_s, u"DBInstanceId"_s}}))
        return;
    alibaba::CreateBackupParameters parameters;
    parameters.dbInstanceId = option(u"instance"_s);
    parameters.backupMethod = option(u"method"_s);
    parameters.backupStrategy = option(u"strategy"_s);
    parameters.backupType = option(u"type"_s);
    if (hasOption(u"db"_s))
        parameters.dbNames = option(u"db"_s).split(u',');
    // Checked before any account is looked up: a typing mistake costs nothing.
    if (const InputProblems problems = parameters.validate(); !problems.isEmpty())
        return failProblems(problems);
    withAlibaba([this, parameters](const AlibabaTarget &target) {
        const alibaba::RdsClient client = rdsClient(target);
        follower().setAlibabaClient(client);
        runOperation(new operations::CreateBackupOperation(cli().tracker, client, parameters, target.profileName),
                     u"alibaba"_s);
    });
}

} // namespace rdsbm::cli
