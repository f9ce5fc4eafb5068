#include "app/cloudsim/simrouter.h"
#include "tests/support/rawhttpexchange.h"
#include "tests/support/simfixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;
using namespace rdsbm::testsupport;

// Load and speed: many connections at once, 10000 backups per instance, the server time of a
// page of 100 backups.
namespace {

// The CPU time of this thread: what the server spends, not what the scheduler adds on a busy machine.
qint64 threadCpuNanoseconds()
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return wall.nsecsElapsed();
#endif
}

} // namespace

class TestCloudSimLoad : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QString m_mysql;

    SimTestClient &client() { return m_fixture.client(); }

    QByteArray signedTarget(const signing::QueryParameters &parameters)
    {
        return client().v1Request("GET", parameters).url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }

private slots:
    void initTestCase()
    {
        SimulatorConfig config = SimFixture::fastConfig();
        config.backupsPerInstance = 10000;
        QVERIFY(m_fixture.start(config));
        m_mysql = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                            {u"DBInstanceType"_s, u"Primary"_s}})[u"DBInstanceId"_s].toString();
        QVERIFY(!m_mysql.isEmpty());
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void tenThousandBackupsPerInstance()
    {
        const auto first = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"100"_s}});
        QCOMPARE(first.json.object()[u"TotalRecordCount"_s].toString(), u"10000"_s);
        const auto last = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"100"_s},
                                                             {u"PageNumber"_s, u"100"_s}});
        const QJsonArray items = last.json.object()[u"Items"_s][u"Backup"_s].toArray();
        QCOMPARE(items.size(), 100);
        QVERIFY(items.last()[u"BackupStartTime"_s].toString() < items.first()[u"BackupStartTime"_s].toString());
        const auto beyond = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"100"_s},
                                                               {u"PageNumber"_s, u"101"_s}});
        QCOMPARE(beyond.json.object()[u"PageRecordCount"_s].toString(), u"0"_s);
    }

    // Server time only: the request goes straight to the router, signature check included.
    void aPageOf100BackupsTakesWellUnder10Ms_data()
    {
        QTest::addColumn<QString>("pageNumber");
        QTest::addColumn<QString>("filter");
        QTest::newRow("first page") << u"1"_s << QString();
        QTest::newRow("last page") << u"100"_s << QString();
        QTest::newRow("filtered") << u"3"_s << u"Success"_s;
    }
    void aPageOf100BackupsTakesWellUnder10Ms()
    {
        QFETCH(QString, pageNumber);
        QFETCH(QString, filter);
        QList<qint64> nanoseconds;
        for (int i = 0; i < 15; ++i) {
            signing::QueryParameters parameters{{u"Action"_s, u"DescribeBackups"_s}, {u"Version"_s, u"2014-08-15"_s},
                                                {u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"100"_s},
                                                {u"PageNumber"_s, pageNumber}};
            if (!filter.isEmpty())
                parameters.append({u"BackupStatus"_s, filter});
            SimRequest request;
            request.method = "GET";
            request.path = u"/"_s;
            request.rawQuery = client().v1Request("GET", parameters).url.query(QUrl::FullyEncoded).toLatin1();
            const qint64 before = threadCpuNanoseconds();
            const SimResponse response = m_fixture.simulator().router().route(request);
            nanoseconds.append(threadCpuNanoseconds() - before);
            QCOMPARE(response.status, 200);
            QVERIFY(response.body.contains("\"PageRecordCount\":\"100\""));
        }
        std::sort(nanoseconds.begin(), nanoseconds.end());
        const double medianMs = nanoseconds.at(nanoseconds.size() / 2) / 1e6;
        qInfo("server CPU time for a page of 100: median %.2f ms, best %.2f ms", medianMs,
              nanoseconds.first() / 1e6);
        // The 10 ms target is a speed target, measured by the benchmarks on an optimised build; in
        // this Debug suite, on a shared machine, only a gross regression should fail the test.
        // AddressSanitizer (scripts/test-sanitizers.sh) makes every allocation several times dearer.
#if defined(__SANITIZE_ADDRESS__)
        constexpr double limitMs = 160.0;
#else
        constexpr double limitMs = 40.0;
#endif
        QVERIFY2(medianMs < limitMs, qPrintable(QString::number(medianMs)));
    }

    void twoHundredConcurrentRequests()
    {
        constexpr int connections = 200;
        std::vector<std::unique_ptr<RawHttpExchange>> exchanges;
        for (int i = 0; i < connections; ++i) {
            const signing::QueryParameters parameters = i % 2 == 0
                ? signing::QueryParameters{{u"Action"_s, u"DescribeBackups"_s}, {u"Version"_s, u"2014-08-15"_s},
                                           {u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"30"_s},
                                           {u"PageNumber"_s, QString::number(1 + i % 50)}}
                : signing::QueryParameters{{u"Action"_s, u"DescribeDBInstances"_s}, {u"Version"_s, u"2014-08-15"_s},
                                           {u"RegionId"_s, u"cn-hangzhou"_s}};
            const quint16 port = m_fixture.simulator().port();
            exchanges.push_back(std::make_unique<RawHttpExchange>(QHostAddress::LocalHost, port,
                                                                  RawHttpExchange::getRequest(signedTarget(parameters), port)));
        }
        QElapsedTimer elapsed;
        elapsed.start();
        for (auto &exchange : exchanges)
            exchange->start();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(exchanges.cbegin(), exchanges.cend(),
                                             [](const auto &exchange) { return exchange->isClosed(); }),
                                 60000);
        qInfo("200 concurrent requests answered in %lld ms", elapsed.elapsed());
        for (const auto &exchange : exchanges) {
            QCOMPARE(exchange->status(), 200);
            QVERIFY(exchange->isComplete());
            QVERIFY(exchange->body().contains("\"RequestId\""));
        }
        QCOMPARE(client().stats()[u"requests"_s][u"alibaba"_s].toInt() >= connections, true);
    }

    void manyRequestsOnOneKeptAliveConnection()
    {
        for (int i = 0; i < 50; ++i)
            QVERIFY(client().rds(u"DescribeRegions"_s).succeeded());
    }
};

QTEST_GUILESS_MAIN(TestCloudSimLoad)
#include "tst_cloudsim_load.moc"
