#include "app/cli/huaweilistcommand.h"

#include "app/cli/rawlistcollector.h"
#include "app/operations/calldeadline.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/providers/huawei/huaweireplyparser.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

namespace {
constexpr int pageLimit = huawei::HuaweiRdsClient::pageLimit;
}

HuaweiListCommand::HuaweiListCommand(CliContext &context, List list, QObject *parent)
    : Command(context, parent)
    , m_list(list)
{
}

void HuaweiListCommand::start()
{
    if (m_list == List::Backups) {
        if (!requireOptions({{u"instance"_s, u"instance_id"_s}}))
            return;
        huawei::HuaweiBackupFilter filter;
        filter.instanceId = option(u"instance"_s);
        if (const InputProblems problems = filter.validate(); !problems.isEmpty())
            return failProblems(problems);
    }
    withHuawei([this](huawei::HuaweiRdsClient &client) {
        operations::CallDeadline deadline;
        const huawei::HuaweiStarted started = client.lookUpProjectId(
            this, [this, &client, deadline](transport::TypedReply<QString> reply) {
                deadline.apply(reply.result);
                if (!reply.ok())
                    return failCall(reply.result, u"huawei"_s, u"KeystoneListProjects"_s);
                listIn(client, *reply.value);
            });
        QPointer<huawei::HuaweiOperation> operation = started.operation;
        deadline.arm(started.operation, cli().timeouts.reads, [operation] {
            if (operation)
                operation->cancel();
        });
    });
}

huawei::HuaweiCall HuaweiListCommand::pageCall(huawei::HuaweiRdsClient &client, const QString &projectId,
                                               qint64 offset) const
{
    if (m_list == List::Instances)
        return client.listInstancesCall(projectId, huawei::HuaweiInstanceFilter{}, offset, pageLimit);
    huawei::HuaweiBackupFilter filter;
    filter.instanceId = option(u"instance"_s);
    return client.listBackupsCall(projectId, filter, offset, pageLimit);
}

std::optional<qint64> HuaweiListCommand::checkedTotal(const QJsonDocument &document, QString &error) const
{
    // The typed parsers check every field the product relies on; their totals are the page's.
    if (m_list == List::Instances) {
        const auto page = huawei::HuaweiReplyParser::instancePage(document, error, {});
        return page ? std::optional<qint64>(page->totalCount) : std::nullopt;
    }
    const auto page = huawei::HuaweiReplyParser::backupPage(document, error);
    return page ? std::optional<qint64>(page->totalCount) : std::nullopt;
}

void HuaweiListCommand::listIn(huawei::HuaweiRdsClient &client, const QString &projectId)
{
    const QString itemsKey = m_list == List::Instances ? u"instances"_s : u"backups"_s;
    const auto timeout = cli().timeouts.reads;
    auto fetch = [this, &client, projectId, itemsKey, timeout](int index, RawListCollector::PageHandler done) {
        const transport::ApiRequest request =
            client.requestFactory().build(pageCall(client, projectId, qint64(index) * pageLimit));
        transport::ReplyParser<qint64> parse = [this](const QJsonDocument &document, QString &error) {
            return checkedTotal(document, error);
        };
        operations::CallDeadline deadline;
        const QPointer<transport::ApiCall> call = transport::sendTyped<qint64>(
            cli().transport, request, this, parse, [done, itemsKey, deadline](transport::TypedReply<qint64> reply) {
                deadline.apply(reply.result);
                if (!reply.ok())
                    return done(std::nullopt, reply.result);
                RawListCollector::Page page;
                page.items = reply.result.json.object().value(itemsKey).toArray();
                page.total = *reply.value;
                done(page, reply.result);
            });
        deadline.arm(call, timeout, [call] {
            if (call)
                call->cancel();
        });
    };
    auto *collector = new RawListCollector(fetch, pageLimit, u"id"_s, this);
    connect(collector, &RawListCollector::finished, this, [this, collector] {
        if (!collector->succeeded())
            return failCall(collector->failure(), u"huawei"_s,
                            m_list == List::Instances ? u"ListInstances"_s : u"ListBackups"_s);
        if (m_list == List::Instances)
            return finishWithList(collector->items(), {u"id"_s, u"name"_s, u"status"_s, u"datastore.type"_s,
                                                       u"datastore.version"_s, u"type"_s, u"volume.size"_s,
                                                       u"region"_s});
        finishWithList(collector->items(), {u"id"_s, u"name"_s, u"status"_s, u"type"_s, u"begin_time"_s,
                                            u"end_time"_s, u"size"_s, u"datastore.type"_s});
    });
    collector->start();
}

} // namespace rdsbm::cli
