#include "app/cli/alibababackupscommand.h"

#include "app/cli/cliinput.h"
#include "app/cli/rawlistcollector.h"
#include "app/cli/rejectedcall.h"
#include "app/operations/calldeadline.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

QStringList AlibabaBackupsCommand::tableColumns()
{
    return {u"BackupId"_s,   u"BackupStatus"_s, u"BackupStartTime"_s, u"BackupEndTime"_s, u"BackupMethod"_s,
            u"BackupType"_s, u"BackupMode"_s,   u"BackupSize"_s,      u"Checksum"_s};
}

std::optional<alibaba::DescribeBackupsParameters> AlibabaBackupsCommand::filterFromOptions()
{
    if (!requireOptions({{u"instance"_s, u"DBInstanceId"_s}}))
        return std::nullopt;
    alibaba::DescribeBackupsParameters filter;
    filter.dbInstanceId = option(u"instance"_s);
    filter.backupStatus = option(u"status"_s);
    filter.backupMode = option(u"mode"_s);
    filter.backupId = option(u"backup-id"_s);
    filter.pageSize = 100;
    QString error;
    InputProblems problems;
    if (hasOption(u"start"_s)) {
        if (const auto time = CliInput::utcTime(u"start"_s, option(u"start"_s), error))
            filter.startTime = *time;
        else
            problems.append({u"StartTime"_s, u"InvalidStartTime.Malformed"_s, error});
    }
    if (hasOption(u"end"_s)) {
        if (const auto time = CliInput::utcTime(u"end"_s, option(u"end"_s), error))
            filter.endTime = *time;
        else
            problems.append({u"EndTime"_s, u"InvalidEndTime.Malformed"_s, error});
    }
    if (problems.isEmpty())
        problems = filter.validate();
    if (!problems.isEmpty()) {
        failProblems(problems);
        return std::nullopt;
    }
    return filter;
}

void AlibabaBackupsCommand::start()
{
    const auto filter = filterFromOptions();
    if (!filter)
        return;
    qint64 limit = 0;
    if (hasOption(u"limit"_s)) {
        QString error;
        const auto number = CliInput::integer(u"limit"_s, option(u"limit"_s), 1, 100000000, error);
        if (!number)
            return fail(usageError(error));
        limit = *number;
    }
    withAlibaba([this, filter = *filter, limit](const AlibabaTarget &target) { list(rdsClient(target), filter, limit); });
}

void AlibabaBackupsCommand::list(const alibaba::RdsClient &client, const alibaba::DescribeBackupsParameters &filter,
                                 qint64 limit)
{
    const auto timeout = cli().timeouts.reads;
    auto fetch = [this, client, filter, timeout](int index, RawListCollector::PageHandler done) {
        alibaba::DescribeBackupsParameters parameters = filter;
        parameters.pageNumber = index + 1;
        operations::CallDeadline deadline;
        const alibaba::StartedCall started = client.describeBackups(
            parameters, this, [done, deadline](transport::TypedReply<alibaba::BackupPage> reply) {
                deadline.apply(reply.result);
                if (!reply.ok())
                    return done(std::nullopt, reply.result);
                RawListCollector::Page page;
                page.items = reply.result.json.object().value(u"Items"_s).toObject().value(u"Backup"_s).toArray();
                page.total = reply.value->totalRecordCount;
                done(page, reply.result);
            });
        if (!started.wasSent())
            return done(std::nullopt, rejectedCall(started.rejected));
        deadline.arm(started.call, timeout, [call = started.call] {
            if (call)
                call->cancel();
        });
    };
    auto *collector = new RawListCollector(fetch, filter.pageSize, u"BackupId"_s, this);
    collector->setLimit(limit);
    connect(collector, &RawListCollector::progressed, this, [this](int done, int total) {
        if (total > 1 && (done % 10 == 0 || done == total))
            note(tr("Pages read: %1 of %2").arg(done).arg(total));
    });
    connect(collector, &RawListCollector::finished, this, [this, collector] {
        if (!collector->succeeded())
            return failCall(collector->failure(), u"alibaba"_s, u"DescribeBackups"_s);
        finishWithList(collector->items(), tableColumns());
    });
    collector->start();
}

} // namespace rdsbm::cli
