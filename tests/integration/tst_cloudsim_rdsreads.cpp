#include "app/cloudsim/simclock.h"
#include "app/domain/crc64.h"
#include "tests/support/simfixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;
using transport::Outcome;

// RDS reads against the simulator over HTTP: regions, instances, databases, and DescribeBackups
// with every field of seed 003, its filters and its paging rules.
class TestCloudSimRdsReads : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QString m_mysql;     // MySQL 8.0 on local disks, Running, in cn-hangzhou
    QString m_sqlServer; // SQL Server on cloud disks

    SimTestClient &client() { return m_fixture.client(); }

    QJsonObject backups(const signing::QueryParameters &parameters)
    {
        const auto result = client().rds(u"DescribeBackups"_s, parameters);
        if (!result.succeeded())
            qWarning("%s", qPrintable(result.summary()));
        return result.json.object();
    }

    static QJsonArray items(const QJsonObject &page)
    {
        return page.value(u"Items"_s).toObject().value(u"Backup"_s).toArray();
    }

    static void expectError(const transport::ApiResult &result, int status, const QString &code)
    {
        QCOMPARE(result.outcome, Outcome::ServiceError);
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.httpStatus, status);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_mysql = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                            {u"DBInstanceType"_s, u"Primary"_s}})
                      .value(u"DBInstanceId"_s).toString();
        m_sqlServer = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"SQLServer"_s}})
                          .value(u"DBInstanceId"_s).toString();
        QVERIFY(!m_mysql.isEmpty());
        QVERIFY(!m_sqlServer.isEmpty());
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void regionsComeOnePerZoneInTheAskedLanguage()
    {
        const auto english = client().rds(u"DescribeRegions"_s);
        const QJsonArray rows = english.json.object().value(u"Regions"_s).toObject().value(u"RDSRegion"_s).toArray();
        QSet<QString> regions;
        QSet<QString> zones;
        for (const QJsonValue &row : rows) {
            regions.insert(row[u"RegionId"_s].toString());
            zones.insert(row[u"ZoneId"_s].toString());
            QVERIFY(!row[u"RegionEndpoint"_s].toString().isEmpty());
        }
        QVERIFY(regions.size() >= 3);
        QCOMPARE(zones.size(), rows.size());
        QVERIFY(zones.size() > regions.size());
        QCOMPARE(rows.first()[u"LocalName"_s].toString(), u"China (Hangzhou)"_s);
        const auto chinese = client().rds(u"DescribeRegions"_s, {{u"AcceptLanguage"_s, u"zh-CN"_s}});
        QVERIFY(chinese.json.object().value(u"Regions"_s).toObject().value(u"RDSRegion"_s).toArray()
                    .first()[u"LocalName"_s].toString().contains(u"杭州"_s));
    }

    void instancesNeedARegionAndPageWithNumbers()
    {
        expectError(client().rds(u"DescribeDBInstances"_s), 400, u"MissingParameter"_s);
        expectError(client().rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, u"mars-1"_s}}), 404,
                    u"InvalidRegionId.NotFound"_s);
        const auto page = client().rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"PageSize"_s, u"2"_s}});
        const QJsonObject body = page.json.object();
        QVERIFY(body.value(u"TotalRecordCount"_s).isDouble());
        QVERIFY(body.value(u"PageNumber"_s).isDouble());
        QCOMPARE(body.value(u"PageRecordCount"_s).toInt(), 2);
        QVERIFY(body.value(u"TotalRecordCount"_s).toInt() >= 5);
        expectError(client().rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"PageSize"_s, u"101"_s}}),
                    400, u"InvalidParameter"_s);
    }

    void instancesComeInEveryEngineAndSeveralStates()
    {
        QSet<QString> engines;
        QSet<QString> states;
        QSet<QString> types;
        for (const QString &region : {u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s}) {
            for (const QJsonValue &instance : m_fixture.instances(region)) {
                engines.insert(instance[u"Engine"_s].toString() + instance[u"EngineVersion"_s].toString());
                states.insert(instance[u"DBInstanceStatus"_s].toString());
                types.insert(instance[u"DBInstanceType"_s].toString());
            }
        }
        QVERIFY(engines.contains(u"MySQL8.0"_s));
        QVERIFY(engines.contains(u"MySQL5.7"_s));
        QVERIFY(engines.contains(u"SQLServer2019_std_ha"_s));
        QVERIFY(std::any_of(engines.cbegin(), engines.cend(), [](const QString &e) { return e.startsWith(u"PostgreSQL"_s); }));
        QVERIFY(states.contains(u"Running"_s));
        QVERIFY(states.size() >= 3);
        QVERIFY(types.contains(u"Readonly"_s));
    }

    void instanceFiltersAndNextToken()
    {
        const auto mysqlOnly = client().rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"Engine"_s, u"MySQL"_s}});
        for (const QJsonValue &row : mysqlOnly.json.object()[u"Items"_s][u"DBInstance"_s].toArray())
            QCOMPARE(row[u"Engine"_s].toString(), u"MySQL"_s);
        QStringList seen;
        QString token;
        do {
            signing::QueryParameters parameters{{u"RegionId"_s, u"cn-hangzhou"_s}, {u"MaxResults"_s, u"2"_s}};
            if (!token.isEmpty())
                parameters.append({u"NextToken"_s, token});
            const QJsonObject body = client().rds(u"DescribeDBInstances"_s, parameters).json.object();
            for (const QJsonValue &row : body[u"Items"_s][u"DBInstance"_s].toArray())
                seen.append(row[u"DBInstanceId"_s].toString());
            token = body[u"NextToken"_s].toString();
        } while (!token.isEmpty() && seen.size() < 100);
        QCOMPARE(seen.size(), m_fixture.instances(u"cn-hangzhou"_s).size());
    }

    void attributeAndDatabases()
    {
        const auto attribute = client().rds(u"DescribeDBInstanceAttribute"_s, {{u"DBInstanceId"_s, m_mysql}});
        const QJsonObject row = attribute.json.object()[u"Items"_s][u"DBInstanceAttribute"_s].toArray().first().toObject();
        QCOMPARE(row[u"DBInstanceId"_s].toString(), m_mysql);
        QCOMPARE(row[u"DBInstanceStorageType"_s].toString(), u"local_ssd"_s);
        QVERIFY(row[u"DBInstanceDiskUsed"_s].isString());
        expectError(client().rds(u"DescribeDBInstanceAttribute"_s, {{u"DBInstanceId"_s, u"rm-nothere"_s}}), 400,
                    u"InvalidDBInstanceId.NotFound"_s);

        const auto databases = client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, m_mysql}});
        const QJsonArray rows = databases.json.object()[u"Databases"_s][u"Database"_s].toArray();
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.first()[u"DBStatus"_s].toString(), u"Running"_s);
        QVERIFY(!databases.json.object().contains(u"TotalRecordCount"_s));
        expectError(client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"20"_s}}), 403,
                    u"InvalidMaxRecordsPerPage.Malformed"_s);
    }

    void backupsCarryEveryFieldOfTheSeed()
    {
        const QJsonObject page = backups({{u"DBInstanceId"_s, m_mysql}});
        for (const QString &field : {u"RequestId"_s, u"PageNumber"_s, u"PageRecordCount"_s, u"TotalRecordCount"_s,
                                     u"TotalEcsSnapshotSize"_s, u"Items"_s})
            QVERIFY2(page.contains(field), qPrintable(field));
        QVERIFY(page[u"PageNumber"_s].isString());
        QVERIFY(page[u"PageRecordCount"_s].isString());
        QVERIFY(page[u"TotalRecordCount"_s].isString());
        QVERIFY(page[u"TotalEcsSnapshotSize"_s].isDouble());
        QCOMPARE(page[u"TotalRecordCount"_s].toString(), QString::number(SimFixture::fastConfig().backupsPerInstance));
        QCOMPARE(page[u"PageRecordCount"_s].toString(), u"30"_s);

        const QRegularExpression minuteTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z$"_s);
        bool sawPerDatabaseLinks = false;
        for (const QJsonValue &value : items(page)) {
            const QJsonObject backup = value.toObject();
            for (const QString &field : {u"BackupId"_s, u"DBInstanceId"_s, u"HostInstanceID"_s, u"BackupStatus"_s,
                                         u"BackupType"_s, u"BackupMode"_s, u"BackupMethod"_s, u"BackupInitiator"_s,
                                         u"BackupStartTime"_s, u"BackupEndTime"_s, u"BackupSize"_s, u"ConsistentTime"_s,
                                         u"BackupDownloadURL"_s, u"BackupIntranetDownloadURL"_s, u"Checksum"_s,
                                         u"IsAvail"_s, u"MetaStatus"_s, u"StoreStatus"_s, u"StorageClass"_s,
                                         u"Encryption"_s, u"Engine"_s, u"EngineVersion"_s, u"ExpectExpireTime"_s})
                QVERIFY2(backup.contains(field), qPrintable(field));
            QVERIFY(backup[u"BackupId"_s].isString());
            QVERIFY(backup[u"BackupSize"_s].isDouble());
            QVERIFY(backup[u"IsAvail"_s].isDouble());
            QVERIFY(backup[u"Checksum"_s].isString());
            QVERIFY(minuteTime.match(backup[u"BackupStartTime"_s].toString()).hasMatch());
            if (backup[u"BackupStatus"_s].toString() == u"Success"_s) {
                bool ok = false;
                backup[u"Checksum"_s].toString().toULongLong(&ok);
                QVERIFY(ok);
                QVERIFY(QUrl(backup[u"BackupDownloadURL"_s].toString()).isValid());
                QVERIFY(backup[u"BackupIntranetDownloadURL"_s].toString() != backup[u"BackupDownloadURL"_s].toString());
                QCOMPARE(backup[u"IsAvail"_s].toInt(), 1);
            } else {
                QCOMPARE(backup[u"BackupDownloadURL"_s].toString(), QString());
                QCOMPARE(backup[u"IsAvail"_s].toInt(), 0);
            }
            QCOMPARE(backup[u"BackupInitiator"_s].toString(),
                     backup[u"BackupMode"_s].toString() == u"Manual"_s ? u"User"_s : u"System"_s);
            if (backup.contains(u"BackupDownloadLinkByDB"_s))
                sawPerDatabaseLinks = !backup[u"BackupDownloadLinkByDB"_s][u"BackupDownloadLinkByDB"_s].toArray().isEmpty();
        }
        QVERIFY(sawPerDatabaseLinks);
    }

    void backupsComeNewestFirstAndPagesDoNotOverlap()
    {
        QStringList ids;
        qint64 previousStart = std::numeric_limits<qint64>::max();
        for (int pageNumber = 1; pageNumber <= 2; ++pageNumber) {
            const QJsonObject page = backups({{u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, u"30"_s},
                                              {u"PageNumber"_s, QString::number(pageNumber)}});
            QCOMPARE(page[u"PageNumber"_s].toString(), QString::number(pageNumber));
            for (const QJsonValue &backup : items(page)) {
                const qint64 start = QDateTime::fromString(backup[u"BackupStartTime"_s].toString(), Qt::ISODate).toSecsSinceEpoch();
                QVERIFY(start <= previousStart);
                previousStart = start;
                ids.append(backup[u"BackupId"_s].toString());
            }
        }
        QCOMPARE(ids.size(), SimFixture::fastConfig().backupsPerInstance);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        const QJsonObject beyond = backups({{u"DBInstanceId"_s, m_mysql}, {u"PageNumber"_s, u"9"_s}});
        QCOMPARE(items(beyond).size(), 0);
        QCOMPARE(beyond[u"PageRecordCount"_s].toString(), u"0"_s);
    }

    void pageSizeIsOnly30Or50Or100_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("30") << u"30"_s << true;
        QTest::newRow("50") << u"50"_s << true;
        QTest::newRow("100") << u"100"_s << true;
        QTest::newRow("10") << u"10"_s << false;
        QTest::newRow("31") << u"31"_s << false;
        QTest::newRow("1000") << u"1000"_s << false;
        QTest::newRow("abc") << u"abc"_s << false;
    }
    void pageSizeIsOnly30Or50Or100()
    {
        QFETCH(QString, pageSize);
        QFETCH(bool, accepted);
        const auto result = client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"PageSize"_s, pageSize}});
        if (accepted) {
            QVERIFY(result.succeeded());
            QCOMPARE(items(result.json.object()).size(), std::min(pageSize.toInt(), SimFixture::fastConfig().backupsPerInstance));
        } else {
            expectError(result, 403, u"InvalidMaxRecordsPerPage.Malformed"_s);
        }
    }

    void pageNumberMustBePositive()
    {
        for (const QString &number : {u"0"_s, u"-1"_s, u"x"_s})
            expectError(client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"PageNumber"_s, number}}),
                        400, u"InvalidPageNumbers.Malformed"_s);
    }

    void filtersByStatusModeIdAndTime()
    {
        const QJsonArray failed = items(backups({{u"DBInstanceId"_s, m_mysql}, {u"BackupStatus"_s, u"Failed"_s}}));
        QVERIFY(!failed.isEmpty());
        for (const QJsonValue &backup : failed)
            QCOMPARE(backup[u"BackupStatus"_s].toString(), u"Failed"_s);
        const QJsonArray manual = items(backups({{u"DBInstanceId"_s, m_mysql}, {u"BackupMode"_s, u"Manual"_s}}));
        QVERIFY(!manual.isEmpty());
        for (const QJsonValue &backup : manual)
            QCOMPARE(backup[u"BackupMode"_s].toString(), u"Manual"_s);

        const QJsonObject third = items(backups({{u"DBInstanceId"_s, m_mysql}})).at(2).toObject();
        const QJsonArray one = items(backups({{u"DBInstanceId"_s, m_mysql}, {u"BackupId"_s, third[u"BackupId"_s].toString()}}));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first()[u"BackupId"_s].toString(), third[u"BackupId"_s].toString());

        const QDateTime start = QDateTime::fromString(third[u"BackupStartTime"_s].toString(), Qt::ISODate);
        const QString from = start.addSecs(-60).toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s);
        const QString to = start.addSecs(60).toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s);
        const QJsonArray inWindow = items(backups({{u"DBInstanceId"_s, m_mysql}, {u"StartTime"_s, from}, {u"EndTime"_s, to}}));
        QCOMPARE(inWindow.size(), 1);
        QCOMPARE(inWindow.first()[u"BackupId"_s].toString(), third[u"BackupId"_s].toString());

        expectError(client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"StartTime"_s, u"2024-01-01T00:00:00Z"_s}}),
                    400, u"InvalidStartTime.Format"_s);
        expectError(client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"EndTime"_s, u"yesterday"_s}}),
                    400, u"InvalidEndTime.Format"_s);
        expectError(client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"StartTime"_s, to}, {u"EndTime"_s, from}}),
                    400, u"InvalidParameterCombination"_s);
        expectError(client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}, {u"BackupStatus"_s, u"success"_s}}),
                    400, u"InvalidParameter"_s);
        expectError(client().rds(u"DescribeBackups"_s), 400, u"MissingParameter"_s);
        expectError(client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, u"rm-nothere"_s}}), 400,
                    u"InvalidDBInstanceId.NotFound"_s);
    }

    void snapshotBackupsHaveNoLinks()
    {
        bool sawSnapshot = false;
        for (const QJsonValue &backup : items(backups({{u"DBInstanceId"_s, m_sqlServer}, {u"PageSize"_s, u"100"_s}}))) {
            QVERIFY(backup.toObject().contains(u"CopyOnlyBackup"_s));
            if (backup[u"BackupMethod"_s].toString() != u"Snapshot"_s)
                continue;
            sawSnapshot = true;
            QCOMPARE(backup[u"BackupDownloadURL"_s].toString(), QString());
            QCOMPARE(backup[u"BackupIntranetDownloadURL"_s].toString(), QString());
            QVERIFY(!backup.toObject().contains(u"BackupDownloadLinkByDB"_s));
        }
        QVERIFY(sawSnapshot);
        QVERIFY(backups({{u"DBInstanceId"_s, m_sqlServer}})[u"TotalEcsSnapshotSize"_s].toDouble() > 0);
    }

    // What is listed is what is served: size and CRC-64 of the downloaded bytes, both links.
    void downloadedBytesMatchSizeAndChecksum()
    {
        QJsonObject smallest;
        for (const QJsonValue &backup : items(backups({{u"DBInstanceId"_s, m_mysql}, {u"BackupStatus"_s, u"Success"_s},
                                                       {u"PageSize"_s, u"100"_s}}))) {
            if (smallest.isEmpty() || backup[u"BackupSize"_s].toDouble() < smallest[u"BackupSize"_s].toDouble())
                smallest = backup.toObject();
        }
        QVERIFY(smallest[u"BackupSize"_s].toDouble() < 64 * 1024 * 1024);
        for (const QString &link : {u"BackupDownloadURL"_s, u"BackupIntranetDownloadURL"_s}) {
            const auto download = client().get(QUrl(smallest[link].toString()));
            QVERIFY2(download.succeeded(), qPrintable(download.summary()));
            QCOMPARE(qint64(download.body.size()), qint64(smallest[u"BackupSize"_s].toDouble()));
            QCOMPARE(QString::number(Crc64::of(download.body)), smallest[u"Checksum"_s].toString());
        }
        // A range gives exactly those bytes.
        const auto whole = client().get(QUrl(smallest[u"BackupDownloadURL"_s].toString()));
        const auto part = client().get(QUrl(smallest[u"BackupDownloadURL"_s].toString()), {{"Range", "bytes=100-199"}});
        QCOMPARE(part.httpStatus, 206);
        QCOMPARE(part.body, whole.body.mid(100, 100));
    }

    void linksExpireAndAFreshListingGivesNewOnes()
    {
        const QJsonObject backup = items(backups({{u"DBInstanceId"_s, m_mysql}, {u"BackupStatus"_s, u"Success"_s}})).first().toObject();
        const QUrl link(backup[u"BackupDownloadURL"_s].toString());
        m_fixture.simulator().clock().advance(std::chrono::seconds(SimFixture::fastConfig().downloadLinkLifetimeSeconds + 60));
        const auto expired = client().get(link, {{"Range", "bytes=0-9"}});
        QCOMPARE(expired.httpStatus, 403);
        const QJsonObject again = items(backups({{u"DBInstanceId"_s, m_mysql}, {u"BackupId"_s, backup[u"BackupId"_s].toString()}})).first().toObject();
        const auto fresh = client().get(QUrl(again[u"BackupDownloadURL"_s].toString()), {{"Range", "bytes=0-9"}});
        QCOMPARE(fresh.httpStatus, 206);
        QCOMPARE(again[u"Checksum"_s].toString(), backup[u"Checksum"_s].toString());
    }

    void theSameSeedGivesTheSameData()
    {
        SimFixture other;
        QVERIFY(other.start());
        const QJsonArray mine = items(backups({{u"DBInstanceId"_s, m_mysql}}));
        const auto theirs = other.client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, m_mysql}});
        const QJsonArray theirItems = items(theirs.json.object());
        QCOMPARE(theirItems.size(), mine.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            QCOMPARE(theirItems.at(i)[u"BackupId"_s], mine.at(i)[u"BackupId"_s]);
            QCOMPARE(theirItems.at(i)[u"Checksum"_s], mine.at(i)[u"Checksum"_s]);
            QCOMPARE(theirItems.at(i)[u"BackupSize"_s], mine.at(i)[u"BackupSize"_s]);
        }
    }
};

QTEST_GUILESS_MAIN(TestCloudSimRdsReads)
#include "tst_cloudsim_rdsreads.moc"
