#include "app/cli/alibabainstancescommand.h"

#include "app/cli/rawlistcollector.h"
#include "app/cli/rejectedcall.h"
#include "app/operations/calldeadline.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

void AlibabaInstancesCommand::start()
{
    withAlibaba([this](const AlibabaTarget &target) { list(rdsClient(target)); });
}

void AlibabaInstancesCommand::list(const alibaba::RdsClient &client)
{
    const auto timeout = cli().timeouts.reads;
    auto fetch = [this, client, timeout](int index, RawListCollector::PageHandler done) {
        alibaba::DescribeDBInstancesParameters parameters;
        parameters.pageSize = 100;
        parameters.pageNumber = index + 1;
        operations::CallDeadline deadline;
        const alibaba::StartedCall started = client.describeDBInstances(
            parameters, this, [done, deadline](transport::TypedReply<alibaba::DbInstancePage> reply) {
                deadline.apply(reply.result);
                if (!reply.ok())
                    return done(std::nullopt, reply.result);
                RawListCollector::Page page;
                page.items = reply.result.json.object().value(u"Items"_s).toObject().value(u"DBInstance"_s).toArray();
                page.total = reply.value->totalRecordCount;
                done(page, reply.result);
            });
        if (!started.wasSent())
            return done(std::nullopt, rejectedCall(started.rejected));
        if (started.call)
            deadline.arm(started.call, timeout, [call = started.call] {
                if (call)
                    call->cancel();
            });
    };
    auto *collector = new RawListCollector(fetch, 100, u"DBInstanceId"_s, this);
    connect(collector, &RawListCollector::finished, this, [this, collector] {
        if (!collector->succeeded())
            return failCall(collector->failure(), u"alibaba"_s, u"DescribeDBInstances"_s);
        finishWithList(collector->items(), {u"DBInstanceId"_s, u"DBInstanceDescription"_s, u"Engine"_s,
                                            u"EngineVersion"_s, u"DBInstanceStatus"_s, u"DBInstanceType"_s,
                                            u"RegionId"_s, u"ZoneId"_s});
    });
    collector->start();
}

} // namespace rdsbm::cli
