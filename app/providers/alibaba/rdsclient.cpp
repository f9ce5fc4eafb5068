#include "app/providers/alibaba/rdsclient.h"

#include "app/providers/alibaba/parametercheck.h"
#include "app/providers/alibaba/rdsreplyparser.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

using transport::Outcome;
using transport::RetryPolicy;
using transport::TypedReply;

namespace {

// A page that brings nothing new means the service ignored PageNumber; stop rather than loop.
constexpr int maxDatabasePages = 1000;

bool isWholeNumber(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

template <typename From, typename To>
TypedReply<To> failedAs(const TypedReply<From> &reply)
{
    TypedReply<To> out;
    out.result = reply.result;
    return out;
}

} // namespace

RdsClient::RdsClient(transport::HttpTransport &transport, AlibabaRequestFactory factory)
    : m_transport(&transport)
    , m_factory(std::move(factory))
{
}

RdsClient RdsClient::inRegion(const QString &regionId) const
{
    return RdsClient(*m_transport, m_factory.withRegion(regionId));
}

AlibabaRpcCall RdsClient::rdsCall(const QString &action, signing::QueryParameters parameters) const
{
    AlibabaRpcCall call;
    call.product = AlibabaProduct::Rds;
    call.action = action;
    call.version = AlibabaRequestFactory::rdsVersion();
    call.parameters = std::move(parameters);
    call.method = "GET";
    call.retryPolicy = RetryPolicy::Idempotent;
    return call;
}

template <typename T>
StartedCall RdsClient::send(AlibabaRpcCall call, QObject *context, transport::ReplyParser<T> parser,
                            Handler<T> handler) const
{
    StartedCall started;
    started.call = transport::sendTyped<T>(*m_transport, m_factory.build(std::move(call)), context,
                                           std::move(parser), std::move(handler));
    return started;
}

StartedCall RdsClient::describeRegions(QObject *context, Handler<RegionList> handler,
                                       const QString &acceptLanguage) const
{
    ParameterCheck check;
    check.oneOf(u"AcceptLanguage"_s, acceptLanguage, {u"zh-CN"_s, u"en-US"_s});
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    signing::QueryParameters parameters;
    if (!acceptLanguage.isEmpty())
        parameters.append({u"AcceptLanguage"_s, acceptLanguage});
    const RdsClient central = inRegion({});
    return central.send<RegionList>(central.rdsCall(u"DescribeRegions"_s, parameters), context,
                                    &RdsReplyParser::regions, std::move(handler));
}

StartedCall RdsClient::describeDBInstances(const DescribeDBInstancesParameters &parameters, QObject *context,
                                           Handler<DbInstancePage> handler) const
{
    ParameterCheck check;
    check.required(u"RegionId"_s, regionId());
    check.add(parameters.validate());
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    const QString region = regionId();
    auto parse = [region](const QJsonDocument &document, QString &error) {
        auto page = RdsReplyParser::dbInstances(document, error);
        if (page)
            for (DbInstance &instance : page->instances)
                if (instance.regionId.isEmpty())
                    instance.regionId = region;
        return page;
    };
    return send<DbInstancePage>(rdsCall(u"DescribeDBInstances"_s, parameters.toQuery(region)), context, parse,
                                std::move(handler));
}

StartedListing RdsClient::describeAllDBInstances(DescribeDBInstancesParameters parameters, QObject *context,
                                                 Handler<DbInstanceList> handler) const
{
    parameters.pageNumber = 1;
    ParameterCheck check;
    check.required(u"RegionId"_s, regionId());
    check.add(parameters.validate());
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};

    auto *sequence = new PageSequence(context);
    auto collected = std::make_shared<DbInstanceList>();
    const RdsClient client = *this;
    sequence->start([client, sequence, parameters, collected, handler](int pageNumber) {
        DescribeDBInstancesParameters page = parameters;
        page.pageNumber = pageNumber;
        const auto onPage = [sequence, collected, handler, pageSize = parameters.pageSize,
                             pageNumber](TypedReply<DbInstancePage> reply) {
            if (!reply.ok()) {
                handler(failedAs<DbInstancePage, DbInstanceList>(reply));
                sequence->finish();
                return;
            }
            collected->instances += reply.value->instances;
            collected->pagesFetched = pageNumber;
            const qint64 total = reply.value->totalRecordCount;
            sequence->notePageFetched(pageNumber, int((total + pageSize - 1) / pageSize));
            const bool more = !reply.value->instances.isEmpty() && reply.value->instances.size() >= pageSize
                && collected->instances.size() < total;
            if (more && !sequence->isCanceled()) {
                sequence->fetch(pageNumber + 1);
                return;
            }
            TypedReply<DbInstanceList> done;
            done.result = reply.result;
            done.value = *collected;
            handler(std::move(done));
            sequence->finish();
        };
        return client.describeDBInstances(page, sequence, onPage).call;
    });
    return {sequence, {}};
}

StartedCall RdsClient::describeDBInstanceAttribute(const QString &dbInstanceId, QObject *context,
                                                   Handler<DbInstanceAttribute> handler) const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    if (dbInstanceId.contains(u','))
        check.add(u"DBInstanceId"_s, u"InvalidParameter"_s, tr("DBInstanceId must name one instance, not a list."));
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    return send<DbInstanceAttribute>(
        rdsCall(u"DescribeDBInstanceAttribute"_s, {{u"DBInstanceId"_s, dbInstanceId.trimmed()}}), context,
        &RdsReplyParser::dbInstanceAttribute, std::move(handler));
}

StartedCall RdsClient::describeDatabases(const QString &dbInstanceId, int pageNumber, int pageSize,
                                         QObject *context, Handler<DatabasePage> handler) const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    check.pageSizeOneOf(u"PageSize"_s, pageSize, {30, 50, 100});
    check.pageNumber(u"PageNumber"_s, pageNumber);
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    return send<DatabasePage>(rdsCall(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, dbInstanceId.trimmed()},
                                                                {u"PageSize"_s, QString::number(pageSize)},
                                                                {u"PageNumber"_s, QString::number(pageNumber)}}),
                              context, &RdsReplyParser::databases, std::move(handler));
}

StartedListing RdsClient::describeAllDatabases(const QString &dbInstanceId, QObject *context,
                                               Handler<DatabaseList> handler) const
{
    constexpr int pageSize = 100;
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};

    auto *sequence = new PageSequence(context);
    auto collected = std::make_shared<DatabaseList>();
    auto seen = std::make_shared<QSet<QString>>();
    const RdsClient client = *this;
    sequence->start([client, sequence, dbInstanceId, collected, seen, handler](int pageNumber) {
        const auto onPage = [sequence, collected, seen, handler, pageNumber](TypedReply<DatabasePage> reply) {
            if (!reply.ok()) {
                handler(failedAs<DatabasePage, DatabaseList>(reply));
                sequence->finish();
                return;
            }
            qsizetype added = 0;
            for (const DatabaseInfo &database : std::as_const(reply.value->databases)) {
                if (seen->contains(database.name))
                    continue;
                seen->insert(database.name);
                collected->databases.append(database);
                ++added;
            }
            collected->pagesFetched = pageNumber;
            sequence->notePageFetched(pageNumber, -1);
            const bool fullPage = reply.value->databases.size() >= pageSize;
            if (fullPage && added == 0) {
                TypedReply<DatabaseList> broken;
                broken.result = reply.result;
                broken.result.outcome = Outcome::ParseError;
                broken.result.errorMessage =
                    tr("DescribeDatabases returned page %1 with no database that was not on an earlier page.")
                        .arg(pageNumber);
                handler(std::move(broken));
                sequence->finish();
                return;
            }
            if (fullPage && pageNumber < maxDatabasePages && !sequence->isCanceled()) {
                sequence->fetch(pageNumber + 1);
                return;
            }
            TypedReply<DatabaseList> done;
            done.result = reply.result;
            done.value = *collected;
            handler(std::move(done));
            sequence->finish();
        };
        return client.describeDatabases(dbInstanceId, pageNumber, pageSize, sequence, onPage).call;
    });
    return {sequence, {}};
}

StartedCall RdsClient::describeBackups(const DescribeBackupsParameters &parameters, QObject *context,
                                       Handler<BackupPage> handler) const
{
    const ParameterErrors errors = parameters.validate();
    if (!errors.isEmpty())
        return {nullptr, errors};
    return send<BackupPage>(rdsCall(u"DescribeBackups"_s, parameters.toQuery()), context, &RdsReplyParser::backups,
                            std::move(handler));
}

StartedCall RdsClient::createBackup(const CreateBackupParameters &parameters, QObject *context,
                                    Handler<CreateBackupReply> handler) const
{
    const ParameterErrors errors = parameters.validate();
    if (!errors.isEmpty())
        return {nullptr, errors};
    AlibabaRpcCall call = rdsCall(u"CreateBackup"_s, parameters.toQuery());
    call.method = "POST";
    call.retryPolicy = RetryPolicy::NotIdempotent;
    return send<CreateBackupReply>(std::move(call), context, &RdsReplyParser::createBackup, std::move(handler));
}

StartedCall RdsClient::describeBackupTasks(const QString &dbInstanceId, const QString &backupJobId,
                                           QObject *context, Handler<BackupTaskList> handler) const
{
    ParameterCheck check;
    check.required(u"DBInstanceId"_s, dbInstanceId);
    if (!backupJobId.isEmpty() && !isWholeNumber(backupJobId))
        check.add(u"BackupJobId"_s, u"InvalidParameter"_s,
                  tr("BackupJobId must be a whole number; \"%1\" is not.").arg(backupJobId));
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    signing::QueryParameters query{{u"DBInstanceId"_s, dbInstanceId.trimmed()}};
    if (!backupJobId.isEmpty())
        query.append({u"BackupJobId"_s, backupJobId});
    return send<BackupTaskList>(rdsCall(u"DescribeBackupTasks"_s, query), context, &RdsReplyParser::backupTasks,
                                std::move(handler));
}

StartedCall RdsClient::describeCrossRegionBackups(const DescribeCrossRegionBackupsParameters &parameters,
                                                  QObject *context, Handler<CrossRegionBackupPage> handler) const
{
    ParameterCheck check;
    check.required(u"RegionId"_s, regionId());
    check.add(parameters.validate());
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    return send<CrossRegionBackupPage>(rdsCall(u"DescribeCrossRegionBackups"_s, parameters.toQuery(regionId())),
                                       context, &RdsReplyParser::crossRegionBackups, std::move(handler));
}

StartedCall RdsClient::describeAvailableRecoveryTime(const QString &crossBackupId, const QString &dbInstanceId,
                                                     QObject *context, Handler<RecoveryWindow> handler) const
{
    ParameterCheck check;
    check.required(u"CrossBackupId"_s, crossBackupId);
    if (!crossBackupId.isEmpty() && !isWholeNumber(crossBackupId))
        check.add(u"CrossBackupId"_s, u"InvalidParameter"_s,
                  tr("CrossBackupId must be a whole number; \"%1\" is not.").arg(crossBackupId));
    if (!check.errors().isEmpty())
        return {nullptr, check.errors()};
    signing::QueryParameters query{{u"CrossBackupId"_s, crossBackupId}};
    if (!dbInstanceId.trimmed().isEmpty())
        query.append({u"DBInstanceId"_s, dbInstanceId.trimmed()});
    if (!regionId().isEmpty())
        query.append({u"RegionId"_s, regionId()});
    return send<RecoveryWindow>(rdsCall(u"DescribeAvailableRecoveryTime"_s, query), context,
                                &RdsReplyParser::availableRecoveryTime, std::move(handler));
}

StartedCall RdsClient::restoreDdrTable(const RestoreDdrTableParameters &parameters, QObject *context,
                                       Handler<RestoreDdrTableReply> handler) const
{
    const ParameterErrors errors = parameters.validate(now());
    if (!errors.isEmpty())
        return {nullptr, errors};
    // Sent to the target instance's region, whose RegionId it carries.
    const RdsClient target = parameters.regionId.isEmpty() ? *this : inRegion(parameters.regionId);
    AlibabaRpcCall call = target.rdsCall(u"RestoreDdrTable"_s, parameters.toQuery(target.regionId()));
    call.method = "POST";
    // Safe to resend only because every attempt carries the same ClientToken.
    call.retryPolicy = RetryPolicy::Idempotent;
    return target.send<RestoreDdrTableReply>(std::move(call), context, &RdsReplyParser::restoreDdrTable,
                                             std::move(handler));
}

} // namespace rdsbm::alibaba
