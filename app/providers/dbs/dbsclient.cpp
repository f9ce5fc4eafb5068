#include "app/providers/dbs/dbsclient.h"

#include "app/providers/alibaba/clienttoken.h"
#include "app/providers/alibaba/parametercheck.h"
#include "app/providers/dbs/dbsreplyparser.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::dbs {

using alibaba::ParameterCheck;
using alibaba::StartedCall;
using alibaba::StartedListing;
using transport::Outcome;
using transport::TypedReply;

DbsClient::DbsClient(transport::HttpTransport &transport, alibaba::AlibabaRequestFactory factory)
    : m_transport(&transport)
    , m_factory(std::move(factory))
{
}

DbsClient DbsClient::inRegion(const QString &regionId) const
{
    return DbsClient(*m_transport, m_factory.withRegion(regionId));
}

alibaba::AlibabaRpcCall DbsClient::dbsCall(const QString &action, signing::QueryParameters parameters)
{
    alibaba::AlibabaRpcCall call;
    call.product = alibaba::AlibabaProduct::Dbs;
    call.action = action;
    call.version = alibaba::AlibabaRequestFactory::dbsVersion();
    call.parameters = std::move(parameters);
    // Reads are idempotent, and every DBS write carries a ClientToken.
    call.retryPolicy = transport::RetryPolicy::Idempotent;
    return call;
}

template <typename T>
StartedCall DbsClient::send(alibaba::AlibabaRpcCall call, QObject *context, transport::ReplyParser<T> parser,
                            Handler<T> handler) const
{
    StartedCall started;
    started.call = transport::sendTyped<T>(*m_transport, m_factory.build(std::move(call)), context,
                                           std::move(parser), std::move(handler));
    return started;
}

StartedCall DbsClient::describeBackupPlanList(const DbsBackupPlanQuery &query, QObject *context,
                                              Handler<DbsPage<DbsBackupPlan>> handler) const
{
    if (const auto errors = query.validate(); !errors.isEmpty())
        return {nullptr, errors};
    return send<DbsPage<DbsBackupPlan>>(dbsCall(u"DescribeBackupPlanList"_s, query.toQuery()), context,
                                        &DbsReplyParser::backupPlans, std::move(handler));
}

StartedListing DbsClient::describeAllBackupPlans(DbsBackupPlanQuery query, QObject *context,
                                                 Handler<QList<DbsBackupPlan>> handler) const
{
    query.pageNum = 0;
    query.pageSize = DbsBackupPlanQuery::maxPageSize;
    if (const auto errors = query.validate(); !errors.isEmpty())
        return {nullptr, errors};

    auto *sequence = new alibaba::PageSequence(context);
    auto collected = std::make_shared<QList<DbsBackupPlan>>();
    auto seen = std::make_shared<QSet<QString>>();
    const DbsClient client = *this;
    // PageSequence counts pages from 1; DBS's PageNum counts from 0.
    sequence->start([client, sequence, query, collected, seen, handler](int pageNumber) {
        const auto onPage = [sequence, collected, seen, handler, pageNumber](TypedReply<DbsPage<DbsBackupPlan>> reply) {
            if (!reply.ok()) {
                TypedReply<QList<DbsBackupPlan>> failed;
                failed.result = reply.result;
                handler(std::move(failed));
                sequence->finish();
                return;
            }
            qsizetype added = 0;
            for (const DbsBackupPlan &plan : std::as_const(reply.value->items)) {
                if (seen->contains(plan.backupPlanId))
                    continue;
                seen->insert(plan.backupPlanId);
                collected->append(plan);
                ++added;
            }
            sequence->notePageFetched(pageNumber, reply.value->totalPages > 0 ? reply.value->totalPages : -1);
            const bool more = !reply.value->items.isEmpty() && collected->size() < reply.value->totalElements;
            if (more && added == 0) {
                TypedReply<QList<DbsBackupPlan>> broken;
                broken.result = reply.result;
                broken.result.outcome = Outcome::ParseError;
                broken.result.errorMessage =
                    tr("DescribeBackupPlanList returned page %1 (PageNum %2) with no plan that was not on an "
                       "earlier page.")
                        .arg(pageNumber)
                        .arg(pageNumber - 1);
                handler(std::move(broken));
                sequence->finish();
                return;
            }
            if (more && pageNumber < maxPlanPages && !sequence->isCanceled()) {
                sequence->fetch(pageNumber + 1);
                return;
            }
            TypedReply<QList<DbsBackupPlan>> done;
            done.result = reply.result;
            done.result.body.clear();
            done.result.json = {};
            done.value = *collected;
            handler(std::move(done));
            sequence->finish();
        };
        DbsBackupPlanQuery page = query;
        page.pageNum = pageNumber - 1;
        return client.describeBackupPlanList(page, sequence, onPage).call;
    });
    return {sequence, {}};
}

StartedCall DbsClient::describeRestoreRangeInfo(const QString &backupPlanId, const QDateTime &begin,
                                                const QDateTime &end, bool recentlyRestore, QObject *context,
                                                Handler<QList<DbsRestoreRange>> handler) const
{
    ParameterCheck check;
    check.required(u"BackupPlanId"_s, backupPlanId);
    if (!begin.isValid())
        check.add(u"BeginTimestampForRestore"_s, u"MissingParameter"_s,
                  tr("BeginTimestampForRestore is required: the start of the period to look at."));
    if (!end.isValid())
        check.add(u"EndTimestampForRestore"_s, u"MissingParameter"_s,
                  tr("EndTimestampForRestore is required: the end of the period to look at."));
    if (begin.isValid() && end.isValid() && end < begin)
        check.add(u"EndTimestampForRestore"_s, u"InvalidParameter"_s,
                  tr("EndTimestampForRestore must not be before BeginTimestampForRestore."));
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    signing::QueryParameters parameters{
        {u"BackupPlanId"_s, backupPlanId.trimmed()},
        {u"BeginTimestampForRestore"_s, QString::number(begin.toMSecsSinceEpoch())},
        {u"EndTimestampForRestore"_s, QString::number(end.toMSecsSinceEpoch())},
    };
    if (recentlyRestore)
        parameters.append({u"RecentlyRestore"_s, u"true"_s});
    return send<QList<DbsRestoreRange>>(dbsCall(u"DescribeRestoreRangeInfo"_s, parameters), context,
                                        &DbsReplyParser::restoreRanges, std::move(handler));
}

StartedCall DbsClient::createRestoreTask(const CreateRestoreTaskParameters &parameters, QObject *context,
                                         Handler<QString> handler) const
{
    if (const auto errors = parameters.validate(); !errors.isEmpty())
        return {nullptr, errors};
    // POST: the destination password travels in the form body, never in a URL.
    alibaba::AlibabaRpcCall call = dbsCall(u"CreateRestoreTask"_s, parameters.toQuery());
    call.method = "POST";
    return send<QString>(std::move(call), context, &DbsReplyParser::restoreTaskId, std::move(handler));
}

StartedCall DbsClient::startRestoreTask(const QString &restoreTaskId, const QString &clientToken,
                                        QObject *context, Handler<QString> handler) const
{
    ParameterCheck check;
    check.required(u"RestoreTaskId"_s, restoreTaskId);
    check.add(alibaba::ClientToken::validate(clientToken, false));
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    const signing::QueryParameters parameters{
        {u"RestoreTaskId"_s, restoreTaskId.trimmed()},
        {u"ClientToken"_s, clientToken.isEmpty() ? alibaba::ClientToken::generate() : clientToken},
    };
    return send<QString>(dbsCall(u"StartRestoreTask"_s, parameters), context, &DbsReplyParser::restoreTaskId,
                         std::move(handler));
}

StartedCall DbsClient::describeRestoreTaskList(const DbsRestoreTaskQuery &query, QObject *context,
                                               Handler<DbsPage<DbsRestoreTask>> handler) const
{
    if (const auto errors = query.validate(); !errors.isEmpty())
        return {nullptr, errors};
    return send<DbsPage<DbsRestoreTask>>(dbsCall(u"DescribeRestoreTaskList"_s, query.toQuery()), context,
                                         &DbsReplyParser::restoreTasks, std::move(handler));
}

} // namespace rdsbm::dbs
