#include "app/cli/dbsplanscommand.h"

#include "app/cli/rawlistcollector.h"
#include "app/cli/rejectedcall.h"
#include "app/operations/calldeadline.h"
#include "app/providers/dbs/dbsclient.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

void DbsPlansCommand::start()
{
    withAlibaba([this](const AlibabaTarget &target) {
        const dbs::DbsClient client(cli().transport, alibaba::AlibabaRequestFactory(target.account));
        const auto timeout = cli().timeouts.reads;
        constexpr int pageSize = dbs::DbsBackupPlanQuery::maxPageSize;
        auto fetch = [this, client, timeout](int index, RawListCollector::PageHandler done) {
            dbs::DbsBackupPlanQuery query;
            query.pageNum = index;
            query.pageSize = pageSize;
            operations::CallDeadline deadline;
            const alibaba::StartedCall started = client.describeBackupPlanList(
                query, this, [done, deadline](transport::TypedReply<dbs::DbsPage<dbs::DbsBackupPlan>> reply) {
                    deadline.apply(reply.result);
                    if (!reply.ok())
                        return done(std::nullopt, reply.result);
                    RawListCollector::Page page;
                    for (const dbs::DbsBackupPlan &plan : reply.value->items)
                        page.items.append(plan.raw);
                    page.total = reply.value->totalElements;
                    done(page, reply.result);
                });
            if (!started.wasSent())
                return done(std::nullopt, rejectedCall(started.rejected));
            deadline.arm(started.call, timeout, [call = started.call] {
                if (call)
                    call->cancel();
            });
        };
        auto *collector = new RawListCollector(fetch, pageSize, u"BackupPlanId"_s, this);
        connect(collector, &RawListCollector::finished, this, [this, collector] {
            if (!collector->succeeded())
                return failCall(collector->failure(), u"dbs"_s, u"DescribeBackupPlanList"_s);
            finishWithList(collector->items(), {u"BackupPlanId"_s, u"BackupPlanName"_s, u"BackupPlanStatus"_s,
                                                u"DatabaseType"_s, u"SourceEndpointInstanceType"_s,
                                                u"SourceEndpointInstanceID"_s, u"SourceEndpointRegion"_s,
                                                u"BackupMethod"_s});
        });
        collector->start();
    });
}

} // namespace rdsbm::cli
