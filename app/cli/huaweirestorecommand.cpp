#include "app/cli/huaweirestorecommand.h"

#include "app/cli/cliinput.h"
#include "app/cli/jobfollower.h"
#include "app/operations/huaweirestoreoperation.h"
#include "app/providers/huawei/huaweirdsclient.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

void HuaweiRestoreCommand::start()
{
    if (!requireOptions({{u"source-instance"_s, u"source.instance_id"_s}, {u"target-instance"_s, u"target.instance_id"_s}}))
        return;
    const bool fromBackup = hasOption(u"backup-id"_s);
    const bool toTime = hasOption(u"restore-time"_s);
    if (fromBackup == toTime) {
        return failProblems({{u"source.type"_s, u"DBS.200001"_s,
                              tr("Give either --backup-id (source.type backup) or --restore-time (source.type "
                                 "timestamp), not both and not neither.")}});
    }
    operations::HuaweiRestoreChoice choice;
    choice.sourceInstanceId = option(u"source-instance"_s);
    choice.targetInstanceId = option(u"target-instance"_s);
    if (fromBackup) {
        choice.sourceType = HuaweiRestoreSource::Backup;
        choice.backupId = option(u"backup-id"_s);
    } else {
        choice.sourceType = HuaweiRestoreSource::Timestamp;
        QString error;
        const auto time = CliInput::utcTime(u"restore-time"_s, option(u"restore-time"_s), error);
        if (!time)
            return failProblems({{u"source.restore_time"_s, u"DBS.200001"_s, error}});
        choice.restoreTime = *time;
    }
    withHuawei([this, choice](huawei::HuaweiRdsClient &client) {
        follower().setHuaweiClient(&client);
        runOperation(new operations::HuaweiRestoreOperation(cli().tracker, client, choice, client.account().profileName),
                     u"huawei"_s);
    });
}

} // namespace rdsbm::cli
