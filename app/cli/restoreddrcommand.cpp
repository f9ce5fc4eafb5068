#include "app/cli/restoreddrcommand.h"

#include "app/cli/cliinput.h"
#include "app/cli/jobfollower.h"
#include "app/operations/restoreddrtableoperation.h"
#include "app/providers/alibaba/clienttoken.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

std::optional<alibaba::RestoreDdrTableParameters> RestoreDdrCommand::parametersFromOptions()
{
    if (!requireOptions({{u"instance"_s, u"DBInstanceId"_s}, {u"table-meta"_s, u"TableMeta"_s}}))
        return std::nullopt;
    const bool fromBackupSet = hasOption(u"backup-set-id"_s);
    const bool toPointInTime = hasOption(u"restore-time"_s);
    if (fromBackupSet == toPointInTime) {
        failProblems({{u"RestoreType"_s, u"InvalidRestoreType.Format"_s,
                       tr("Give either --backup-set-id (RestoreType 0, from a backup set) or --restore-time "
                          "(RestoreType 1, a point in time), not both and not neither.")}});
        return std::nullopt;
    }
    if (toPointInTime
        && !requireOptions({{u"source-instance"_s, u"SourceDBInstanceName"_s}, {u"source-region"_s, u"SourceRegion"_s}}))
        return std::nullopt;

    alibaba::RestoreDdrTableParameters parameters;
    parameters.dbInstanceId = option(u"instance"_s);
    parameters.sourceDBInstanceName = option(u"source-instance"_s);
    parameters.sourceRegion = option(u"source-region"_s);
    // One per invocation unless the user brings the token of an earlier attempt.
    parameters.clientToken = hasOption(u"client-token"_s) ? option(u"client-token"_s) : alibaba::ClientToken::generate();
    InputProblems problems;
    QString error;
    if (fromBackupSet) {
        parameters.restoreType = alibaba::RestoreDdrType::BackupSet;
        parameters.backupId = option(u"backup-set-id"_s);
    } else {
        parameters.restoreType = alibaba::RestoreDdrType::PointInTime;
        if (const auto time = CliInput::utcTime(u"restore-time"_s, option(u"restore-time"_s), error))
            parameters.restoreTime = *time;
        else
            problems.append({u"RestoreTime"_s, u"InvalidRestoreTime.Format"_s, error});
    }
    const auto json = CliInput::jsonArgument(u"table-meta"_s, option(u"table-meta"_s), error);
    if (!json) {
        problems.append({u"TableMeta"_s, u"InvalidParamTableMeta"_s, error});
    } else if (const auto meta = TableMeta::fromJson(QString::fromUtf8(*json), problems)) {
        parameters.tableMeta = *meta;
    }
    if (problems.isEmpty())
        problems = parameters.validate(QDateTime::currentDateTimeUtc());
    if (!problems.isEmpty()) {
        failProblems(problems);
        return std::nullopt;
    }
    return parameters;
}

void RestoreDdrCommand::start()
{
    const auto parameters = parametersFromOptions();
    if (!parameters)
        return;
    withAlibaba([this, parameters = *parameters](const AlibabaTarget &target) {
        const alibaba::RdsClient client = rdsClient(target);
        follower().setAlibabaClient(client);
        runOperation(new operations::RestoreDdrTableOperation(cli().tracker, client, parameters, target.profileName),
                     u"alibaba"_s);
    });
}

} // namespace rdsbm::cli
