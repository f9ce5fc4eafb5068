#include "app/providers/huawei/huaweiendpoints.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/providers/huawei/huaweirequestfactory.h"
#include "app/signing/huaweisigner.h"
#include "app/signing/percentencoding.h"
#include "app/transport/httptransport.h"

#include <QTest>
#include <QUrlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::huawei;

namespace {

// The reference's RDS-shaped vectors (TV-4 ... TV-8).
const auto vectorProject = u"0a1b2c3d4e5f67890a1b2c3d4e5f6789"_s;
const auto vectorInstance = u"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01"_s;

QDateTime vectorDate()
{
    return QDateTime(QDate(2024, 1, 15), QTime(8, 30, 0), QTimeZone::utc());
}

HuaweiAccount vectorAccount()
{
    HuaweiAccount account;
    account.credentials.accessKey = u"HPUAEXAMPLEAK0000001"_s;
    account.credentials.secretKey = u"ExampleSecretKey0000000000000000000000001"_s;
    account.regionId = u"cn-north-4"_s;
    account.projectId = vectorProject;
    return account;
}

QByteArray header(const transport::PreparedRequest &prepared, const QByteArray &name)
{
    for (const auto &[key, value] : prepared.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const transport::PreparedRequest &prepared, const QByteArray &name)
{
    for (const auto &header : prepared.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray signedHeadersOf(const QByteArray &authorization)
{
    const qsizetype start = authorization.indexOf("SignedHeaders=") + 14;
    return authorization.mid(start, authorization.indexOf(',', start) - start);
}

// Recomputes the signature from what is actually sent: the URL's path and query, the headers
// the Authorization lists, and the body.
QByteArray resign(const transport::PreparedRequest &prepared, const QByteArray &method,
                  const signing::HuaweiCredentials &credentials)
{
    signing::HuaweiSigner::Request request;
    request.method = method;
    request.path = prepared.url.path(QUrl::FullyDecoded);
    const QUrlQuery query(prepared.url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        request.query.append({name, value});
    const QByteArray signedHeaders = signedHeadersOf(header(prepared, "Authorization"));
    for (const QByteArray &name : signedHeaders.split(';')) {
        if (name == "host") {
            request.headers.append({name, HuaweiRequestFactory::hostHeader(prepared.url)});
        } else {
            request.headers.append({name, header(prepared, name)});
        }
    }
    request.body = prepared.body;
    return signing::HuaweiSigner::sign(request, credentials).authorization;
}

} // namespace

class TestHuaweiRequests : public QObject
{
    Q_OBJECT

private:
    transport::HttpTransport m_transport;

private Q_SLOTS:
    void endpoints()
    {
        QCOMPARE(HuaweiEndpoints::rdsHost(u"cn-north-4"_s), u"rds.cn-north-4.myhuaweicloud.com"_s);
        QCOMPARE(HuaweiEndpoints::rdsHost(u"eu-west-101"_s), u"rds.eu-west-101.myhuaweicloud.eu"_s);
        QCOMPARE(HuaweiEndpoints::iamHost(u"cn-north-4"_s), u"iam.cn-north-4.myhuaweicloud.com"_s);
        QCOMPARE(HuaweiEndpoints::iamHost(u"ap-southeast-5"_s), u"iam.myhuaweicloud.com"_s);
        QCOMPARE(HuaweiEndpoints::baseUrl(HuaweiService::Rds, u"cn-east-3"_s),
                 QUrl(u"https://rds.cn-east-3.myhuaweicloud.com"_s));
        const QUrl override(u"http://127.0.0.1:8765/ignored/path"_s);
        QCOMPARE(HuaweiEndpoints::baseUrl(HuaweiService::Rds, u"cn-east-3"_s, override),
                 QUrl(u"http://127.0.0.1:8765"_s));
        QCOMPARE(HuaweiEndpoints::baseUrl(HuaweiService::Iam, u"cn-east-3"_s, override),
                 QUrl(u"http://127.0.0.1:8765"_s));
    }

    // TV-5 signs exactly these headers and this body: our restore must match it byte for byte.
    void restoreMatchesPublishedVector()
    {
        HuaweiRdsClient rds(m_transport, vectorAccount(), [] { return vectorDate(); });
        HuaweiRestoreRequest request;
        request.sourceInstance.id = vectorInstance;
        request.targetInstance.id = vectorInstance;
        request.sourceType = HuaweiRestoreSource::Timestamp;
        request.restoreTime = QDateTime::fromMSecsSinceEpoch(1705300000000, QTimeZone::utc());

        const HuaweiCall call = rds.restoreCall(vectorProject, request);
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.retryPolicy, transport::RetryPolicy::NotIdempotent);
        QCOMPARE(call.body,
                 QByteArray(R"({"source":{"instance_id":"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01","type":"timestamp",)"
                            R"("restore_time":1705300000000},"target":{"instance_id":"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01"}})"));
        QCOMPARE(signing::sha256Hex(call.body),
                 QByteArray("2baf69069ddd497937bbff0465cdd56c3bc754646a7447978baabb1261fe0a37"));

        const transport::PreparedRequest prepared = rds.requestFactory().prepare(call, vectorDate());
        QCOMPARE(prepared.url.toEncoded(),
                 QByteArray("https://rds.cn-north-4.myhuaweicloud.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/instances/recovery"));
        QCOMPARE(prepared.body, call.body); // the bytes hashed are the bytes sent
        QCOMPARE(header(prepared, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(header(prepared, "X-Project-Id"), vectorProject.toUtf8());
        QCOMPARE(header(prepared, "X-Sdk-Date"), QByteArray("20240115T083000Z"));
        QCOMPARE(header(prepared, "Authorization"),
                 QByteArray("SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, "
                            "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                            "Signature=6b8924caebdc849a61316fa4c6f9b608ae20fd0504270a8e5f29e8cf80a7af90"));
    }

    void restoreByBackupBody()
    {
        HuaweiRestoreRequest request;
        request.sourceInstance.id = u"src\"in01"_s; // quotes are escaped, not pasted
        request.targetInstance.id = u"dst-in01"_s;
        request.backupId = u"2f4ddb93-b901-4b08-93d8-1d2e472f30fe"_s;
        QCOMPARE(HuaweiRdsClient::restoreBody(request),
                 QByteArray(R"({"source":{"instance_id":"src\"in01","type":"backup","backup_id":"2f4ddb93-b901-4b08-93d8-1d2e472f30fe"},)"
                            R"("target":{"instance_id":"dst-in01"}})"));
    }

    void getRequestsSignWithoutContentType()
    {
        HuaweiRdsClient rds(m_transport, vectorAccount(), [] { return vectorDate(); });
        HuaweiBackupFilter filter;
        filter.instanceId = vectorInstance;
        const HuaweiCall call = rds.listBackupsCall(vectorProject, filter, 0, 100);
        QCOMPARE(call.retryPolicy, transport::RetryPolicy::Idempotent);
        const transport::PreparedRequest prepared = rds.requestFactory().prepare(call, vectorDate());
        QCOMPARE(prepared.url.toEncoded(),
                 QByteArray("https://rds.cn-north-4.myhuaweicloud.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/backups"
                            "?instance_id=e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6in01&limit=100&offset=0"));
        QVERIFY(!hasHeader(prepared, "Content-Type"));
        QVERIFY(prepared.body.isEmpty());
        const QByteArray authorization = header(prepared, "Authorization");
        QCOMPARE(signedHeadersOf(authorization), QByteArray("host;x-project-id;x-sdk-date"));
        QCOMPARE(authorization, resign(prepared, "GET", vectorAccount().credentials));
    }

    // TV-8: what the URL carries is exactly the canonical query, so '+' and ':' reach the
    // gateway as signed.
    void urlCarriesTheCanonicalQuery()
    {
        HuaweiRdsClient rds(m_transport, vectorAccount(), [] { return vectorDate(); });
        HuaweiBackupFilter filter;
        filter.instanceId = u"abc"_s;
        filter.beginTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
        filter.endTime = QDateTime(QDate(2024, 1, 15), QTime(0, 0), QTimeZone(8 * 3600));
        filter.backupType = u"manual"_s;
        const HuaweiCall call = rds.listBackupsCall(vectorProject, filter, 200, 100);
        const transport::PreparedRequest prepared = rds.requestFactory().prepare(call, vectorDate());
        const QByteArray canonical = signing::canonicalQueryString(call.query);
        QCOMPARE(canonical, QByteArray("backup_type=manual&begin_time=2023-12-31T16%3A00%3A00%2B0000"
                                       "&end_time=2024-01-14T16%3A00%3A00%2B0000&instance_id=abc&limit=100&offset=200"));
        QCOMPARE(prepared.url.query(QUrl::FullyEncoded).toLatin1(), canonical);
        QCOMPARE(header(prepared, "Authorization"), resign(prepared, "GET", vectorAccount().credentials));
    }

    void temporaryCredentialsSignTheSecurityToken()
    {
        HuaweiAccount account = vectorAccount();
        account.credentials.securityToken = u"ExampleSecurityToken=="_s;
        HuaweiRdsClient rds(m_transport, account, [] { return vectorDate(); });
        HuaweiInstanceFilter filter;
        filter.datastoreType = u"MySQL"_s;
        const HuaweiCall call = rds.listInstancesCall(vectorProject, filter, 0, 100);
        const transport::PreparedRequest prepared = rds.requestFactory().prepare(call, vectorDate());
        QCOMPARE(prepared.url.query(QUrl::FullyEncoded), u"datastore_type=MySQL&limit=100&offset=0"_s);
        QCOMPARE(header(prepared, "X-Security-Token"), QByteArray("ExampleSecurityToken=="));
        const QByteArray authorization = header(prepared, "Authorization");
        QCOMPARE(signedHeadersOf(authorization), QByteArray("host;x-project-id;x-sdk-date;x-security-token"));
        QCOMPARE(authorization, resign(prepared, "GET", account.credentials));
    }

    void projectLookupGoesToIamWithoutProjectHeader()
    {
        HuaweiAccount account = vectorAccount();
        account.projectId.clear();
        HuaweiRdsClient rds(m_transport, account, [] { return vectorDate(); });
        const HuaweiCall call = rds.projectLookupCall();
        QCOMPARE(call.service, HuaweiService::Iam);
        const transport::PreparedRequest prepared = rds.requestFactory().prepare(call, vectorDate());
        QCOMPARE(prepared.url.toEncoded(), QByteArray("https://iam.cn-north-4.myhuaweicloud.com/v3/projects?name=cn-north-4"));
        QVERIFY(!hasHeader(prepared, "X-Project-Id"));
        QCOMPARE(signedHeadersOf(header(prepared, "Authorization")), QByteArray("host;x-sdk-date"));
        QCOMPARE(header(prepared, "Authorization"), resign(prepared, "GET", account.credentials));
    }

    void endpointOverrideCoversRdsAndIamAndIsSigned()
    {
        HuaweiAccount account = vectorAccount();
        account.endpoint = QUrl(u"http://127.0.0.1:18080"_s);
        HuaweiRdsClient rds(m_transport, account, [] { return vectorDate(); });
        const transport::PreparedRequest lookup = rds.requestFactory().prepare(rds.projectLookupCall(), vectorDate());
        QCOMPARE(lookup.url.toEncoded(), QByteArray("http://127.0.0.1:18080/v3/projects?name=cn-north-4"));
        const transport::PreparedRequest job = rds.requestFactory().prepare(rds.getJobCall(vectorProject, u"j-1"_s),
                                                                           vectorDate());
        QCOMPARE(job.url.toEncoded(),
                 QByteArray("http://127.0.0.1:18080/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/jobs?id=j-1"));
        QCOMPARE(HuaweiRequestFactory::hostHeader(job.url), QByteArray("127.0.0.1:18080"));
        QCOMPARE(header(job, "Authorization"), resign(job, "GET", account.credentials));
    }

    void otherOperationsPaths()
    {
        HuaweiRdsClient rds(m_transport, vectorAccount(), [] { return vectorDate(); });
        const auto url = [&rds](const HuaweiCall &call) {
            return rds.requestFactory().prepare(call, vectorDate()).url.toEncoded();
        };
        QCOMPARE(url(rds.listRestoreTimesCall(vectorProject, u"i-1"_s, QDate(2024, 1, 2))),
                 QByteArray("https://rds.cn-north-4.myhuaweicloud.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/"
                            "instances/i-1/restore-time?date=2024-01-02"));
        QCOMPARE(url(rds.listRestoreTimesCall(vectorProject, u"i-1"_s, {})),
                 QByteArray("https://rds.cn-north-4.myhuaweicloud.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/"
                            "instances/i-1/restore-time"));
        QCOMPARE(url(rds.getBackupFilesCall(vectorProject, u"b 1"_s)),
                 QByteArray("https://rds.cn-north-4.myhuaweicloud.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/"
                            "backup-files?backup_id=b%201"));
    }

    void everyAttemptIsSignedAfresh()
    {
        QDateTime now = vectorDate();
        HuaweiRdsClient rds(m_transport, vectorAccount(), [&now] { return now; });
        const transport::ApiRequest request = rds.requestFactory().build(rds.getJobCall(vectorProject, u"j"_s));
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.operation, u"ListJobInfo"_s);
        const transport::PreparedRequest first = request.prepare(1);
        now = now.addSecs(7);
        const transport::PreparedRequest second = request.prepare(2);
        QCOMPARE(header(first, "X-Sdk-Date"), QByteArray("20240115T083000Z"));
        QCOMPARE(header(second, "X-Sdk-Date"), QByteArray("20240115T083007Z"));
        QVERIFY(header(first, "Authorization") != header(second, "Authorization"));
    }

    void filtersRefuseWhatTheApiRefuses()
    {
        HuaweiBackupFilter backups;
        QCOMPARE(backups.validate().size(), 1);
        QCOMPARE(backups.validate().first().field, u"instance_id"_s);
        backups.instanceId = u"i"_s;
        QVERIFY(backups.validate().isEmpty());
        backups.beginTime = vectorDate();
        QCOMPARE(backups.validate().first().field, u"end_time"_s);
        backups.endTime = vectorDate().addSecs(-1);
        QCOMPARE(backups.validate().first().field, u"end_time"_s);
        backups.endTime = vectorDate().addSecs(1);
        backups.backupType = u"full"_s;
        QCOMPARE(backups.validate().first().field, u"backup_type"_s);

        HuaweiInstanceFilter instances;
        instances.datastoreType = u"mysql"_s; // case-sensitive
        QCOMPARE(instances.validate().first().field, u"datastore_type"_s);
        instances.datastoreType = u"MySQL"_s;
        instances.name = u"*"_s;
        QCOMPARE(instances.validate().first().field, u"name"_s);
        instances.name = u"*prod"_s;
        instances.tags = {{u"env"_s, u"prod"_s}};
        QVERIFY(instances.validate().isEmpty());
        QVERIFY(instances.queryParameters().contains(std::pair{u"tags"_s, u"env=prod"_s}));
    }
};

QTEST_GUILESS_MAIN(TestHuaweiRequests)
#include "tst_huaweirequests.moc"
