#include "app/providers/alibaba/rdsreplyparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::alibaba;

class TestRdsReplyParser : public QObject
{
    Q_OBJECT

private:
    // Recorded replies live in tests/data/alibaba, written from the documented shapes.
    static QJsonDocument recorded(const QString &name)
    {
        const QString path = QFINDTESTDATA(u"../../../data/alibaba/"_s + name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing recorded reply %s", qPrintable(name));
        return QJsonDocument::fromJson(file.readAll());
    }

    static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    }

private slots:
    void describeBackupsReadsEveryFieldOfSeed003()
    {
        QString error;
        const auto page = RdsReplyParser::backups(recorded(u"describebackups.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->requestId, u"1A6D328C-84B8-40DC-BF49-6C73984D7494"_s);
        QCOMPARE(page->pageNumber, 1);
        QCOMPARE(page->pageRecordCount, 2);
        QCOMPARE(page->totalRecordCount, 2);
        QCOMPARE(page->totalEcsSnapshotSize, 0);
        QCOMPARE(page->backups.size(), 2);

        const rdsbm::BackupSet &first = page->backups.at(0);
        QCOMPARE(first.provider, rdsbm::Provider::Alibaba);
        QCOMPARE(first.id, u"321020562"_s);
        QCOMPARE(first.instanceId, u"rm-uf6wjk5xxxx"_s);
        QCOMPARE(first.hostInstanceId, u"5882781"_s);
        QCOMPARE(first.status, u"Success"_s);
        QCOMPARE(first.type, u"FullBackup"_s);
        QCOMPARE(first.mode, u"Automated"_s);
        QCOMPARE(first.method, u"Physical"_s);
        QCOMPARE(first.initiator, u"System"_s);
        QCOMPARE(first.startTime, utc(2019, 2, 3, 12, 20));
        QCOMPARE(first.endTime, utc(2019, 2, 13, 12, 20));
        QCOMPARE(first.startTime.timeSpec(), Qt::UTC);
        QCOMPARE(first.sizeBytes, 2167808);
        QCOMPARE(first.consistentTime, 1576506856);
        // Above INT64_MAX: must survive as an unsigned 64-bit value.
        QVERIFY(first.checksum.has_value());
        QCOMPARE(*first.checksum, std::uint64_t(18358304393468701857ULL));
        QCOMPARE(first.downloadUrl.host(), u"rdsbak-hz-v3.oss-cn-hangzhou.aliyuncs.com"_s);
        QCOMPARE(first.intranetDownloadUrl.host(), u"rdsbak-hz-v3.oss-cn-hangzhou-internal.aliyuncs.com"_s);
        QVERIFY(first.isDownloadable());
        QCOMPARE(first.downloadLinksByDatabase.size(), 1);
        QCOMPARE(first.downloadLinksByDatabase.first().database, u"dbs"_s);
        QVERIFY(first.downloadLinksByDatabase.first().downloadUrl.toString().contains(u"dbList=tb1"_s));
        QVERIFY(first.downloadLinksByDatabase.first().intranetDownloadUrl.host().contains(u"internal"_s));
        QVERIFY(first.available);
        QCOMPARE(first.metaStatus, u"OK"_s);
        QCOMPARE(first.storeStatus, u"Disabled"_s);
        QCOMPARE(first.storageClass, u"0"_s);
        QCOMPARE(first.encryption, u"{}"_s);
        QCOMPARE(first.engine, u"MySQL"_s);
        QCOMPARE(first.engineVersion, u"8.0"_s);
        QVERIFY(!first.copyOnly);
        QCOMPARE(first.expectExpireTime, utc(2025, 6, 17, 12, 10, 23));
    }

    void describeBackupsAcceptsMinutesNullLinksAndEmptyChecksum()
    {
        QString error;
        const auto page = RdsReplyParser::backups(recorded(u"describebackups.json"_s), error);
        QVERIFY(page);
        const rdsbm::BackupSet &second = page->backups.at(1);
        QCOMPARE(second.startTime, utc(2019, 2, 14, 12, 20));
        QCOMPARE(second.endTime, utc(2019, 2, 14, 12, 31));
        QVERIFY(!second.isDownloadable());
        QVERIFY(second.intranetDownloadUrl.isEmpty());
        QVERIFY(!second.checksum.has_value());
        QVERIFY(!second.available);
        QVERIFY(second.copyOnly);
        QCOMPARE(second.storageClass, u"1"_s);
        QVERIFY(second.downloadLinksByDatabase.isEmpty());
        QVERIFY(!second.expectExpireTime.isValid());
    }

    void emptyListsAreEmptyNotErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("empty array") << u"describebackups-empty.json"_s;
        QTest::newRow("wrapper without array") << u"describebackups-empty-wrapper.json"_s;
    }

    void emptyListsAreEmptyNotErrors()
    {
        QFETCH(QString, file);
        QString error;
        const auto page = RdsReplyParser::backups(recorded(file), error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(page->backups.isEmpty());
        QCOMPARE(page->totalRecordCount, 0);
    }

    void totalsMayAlsoComeAsNumbers()
    {
        QString error;
        const auto page = RdsReplyParser::backups(recorded(u"describebackups-numeric-totals.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalRecordCount, 1);
        QCOMPARE(page->backups.first().sizeBytes, 10);
    }

    void brokenRepliesNameTheField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing Items") << u"broken-describebackups-no-items.json"_s << u"Items"_s;
        QTest::newRow("string where a number is expected") << u"broken-describebackups-size-is-string.json"_s
                                                          << u"Items.Backup[0].BackupSize"_s;
        QTest::newRow("masked checksum") << u"broken-describebackups-masked-checksum.json"_s
                                         << u"Items.Backup[0].Checksum"_s;
        QTest::newRow("total not a number") << u"broken-describebackups-total-not-a-number.json"_s
                                            << u"TotalRecordCount"_s;
        QTest::newRow("Backup not a list") << u"broken-describebackups-items-not-list.json"_s << u"Items.Backup"_s;
        QTest::newRow("missing BackupId") << u"broken-describebackups-no-backupid.json"_s
                                          << u"Items.Backup[1].BackupId"_s;
        QTest::newRow("unreadable time") << u"broken-describebackups-bad-time.json"_s
                                         << u"Items.Backup[0].BackupStartTime"_s;
        QTest::newRow("relative download URL") << u"broken-describebackups-relative-url.json"_s
                                               << u"Items.Backup[0].BackupDownloadURL"_s;
    }

    void brokenRepliesNameTheField()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!RdsReplyParser::backups(recorded(file), error));
        QVERIFY2(error.contains(QRegularExpression(QRegularExpression::escape(field) + u"[ .]"_s)), qPrintable(error));
    }

    void truncatedReplyIsAnError()
    {
        const QJsonDocument truncated = recorded(u"broken-describebackups-truncated.json"_s);
        QVERIFY(truncated.isNull());
        QString error;
        QVERIFY(!RdsReplyParser::backups(truncated, error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RdsReplyParser::createBackup(QJsonDocument::fromJson("[1, 2]"), error));
    }

    void describeRegionsMergesZonesPerRegion()
    {
        QString error;
        const auto list = RdsReplyParser::regions(recorded(u"describeregions.json"_s), error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->regions.size(), 2);
        QCOMPARE(list->regions.at(0).regionId, u"cn-hangzhou"_s);
        QCOMPARE(list->regions.at(0).zoneIds, QStringList({u"cn-hangzhou-h"_s, u"cn-hangzhou-i"_s}));
        QCOMPARE(list->regions.at(0).endpoint, u"rds.aliyuncs.com"_s);
        QCOMPARE(list->regions.at(1).regionId, u"eu-central-1"_s);
        QCOMPARE(list->regions.at(1).localName, u"Germany (Frankfurt)"_s);
    }

    void describeDBInstances()
    {
        QString error;
        const auto page = RdsReplyParser::dbInstances(recorded(u"describedbinstances.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalRecordCount, 2);
        QCOMPARE(page->instances.size(), 2);
        const rdsbm::DbInstance &orders = page->instances.first();
        QCOMPARE(orders.id, u"rm-uf6wjk5xxxx"_s);
        QCOMPARE(orders.description, u"orders"_s);
        QCOMPARE(orders.engine, u"MySQL"_s);
        QCOMPARE(orders.engineVersion, u"8.0"_s);
        QVERIFY(orders.isAlibabaRunning());
        QCOMPARE(orders.instanceType, u"Primary"_s);
        QCOMPARE(orders.category, u"HighAvailability"_s);
        QCOMPARE(orders.instanceClass, u"rds.mysql.s2.large"_s);
        QCOMPARE(orders.storageType, u"local_ssd"_s);
        QCOMPARE(orders.zoneId, u"cn-hangzhou-h"_s);
        QCOMPARE(orders.createTime, utc(2024, 3, 1, 2, 3, 4));
        QCOMPARE(page->instances.at(1).status, u"Restoring"_s);

        QVERIFY(!RdsReplyParser::dbInstances(QJsonDocument::fromJson(R"({"Items":{"DBInstance":[{"Engine":"MySQL"}]},"TotalRecordCount":1})"), error));
        QVERIFY2(error.contains(u"Items.DBInstance[0].DBInstanceId"_s), qPrintable(error));
    }

    void describeDBInstanceAttribute()
    {
        QString error;
        const auto attribute = RdsReplyParser::dbInstanceAttribute(recorded(u"describedbinstanceattribute.json"_s), error);
        QVERIFY2(attribute, qPrintable(error));
        QCOMPARE(attribute->instance.id, u"rm-uf6wjk5xxxx"_s);
        QCOMPARE(attribute->instance.storageGb, 100);
        QCOMPARE(attribute->instance.createTime, utc(2024, 3, 1, 2, 3, 4));
        QCOMPARE(attribute->connectionString, u"rm-uf6wjk5xxxx.mysql.rds.aliyuncs.com"_s);
        QCOMPARE(attribute->port, u"3306"_s);
        QCOMPARE(attribute->memoryMb, 4096);
        QCOMPARE(attribute->cpu, u"2"_s);
        QCOMPARE(attribute->diskUsedBytes, 1073741824);
        QCOMPARE(attribute->maintainTime, u"00:00Z-02:00Z"_s);
        QCOMPARE(attribute->readOnlyInstanceIds, QStringList({u"rr-1"_s, u"rr-2"_s}));
        QCOMPARE(attribute->slaveZoneIds, QStringList{u"cn-hangzhou-i"_s});
        QVERIFY(attribute->deletionProtection);
        QVERIFY(!attribute->expireTime.isValid());

        QVERIFY(!RdsReplyParser::dbInstanceAttribute(QJsonDocument::fromJson(R"({"Items":{"DBInstanceAttribute":[]}})"), error));
        QVERIFY2(error.contains(u"Items.DBInstanceAttribute"_s), qPrintable(error));
    }

    void describeDatabases()
    {
        QString error;
        const auto page = RdsReplyParser::databases(recorded(u"describedatabases.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->databases.size(), 2);
        QCOMPARE(page->databases.at(0).name, u"orders"_s);
        QCOMPARE(page->databases.at(0).characterSet, u"utf8mb4"_s);
        QCOMPARE(page->databases.at(1).status, u"Creating"_s);
        QVERIFY(!RdsReplyParser::databases(QJsonDocument::fromJson(R"({"RequestId":"x"})"), error));
        QVERIFY2(error.contains(u"Databases"_s), qPrintable(error));
    }

    void createBackup()
    {
        QString error;
        const auto reply = RdsReplyParser::createBackup(recorded(u"createbackup.json"_s), error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->backupJobId, u"5073731"_s);
        QCOMPARE(reply->requestId, u"2C125605-266F-41CA-8AC5-3A643D4F42C5"_s);
        QVERIFY(!RdsReplyParser::createBackup(QJsonDocument::fromJson(R"({"RequestId":"x"})"), error));
        QVERIFY2(error.contains(u"BackupJobId"_s), qPrintable(error));
    }

    void describeBackupTasksMapsJobStates()
    {
        QString error;
        const auto list = RdsReplyParser::backupTasks(recorded(u"describebackuptasks.json"_s), error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->tasks.size(), 3);
        QCOMPARE(list->tasks.at(0).jobId, u"5073731"_s);
        QCOMPARE(list->tasks.at(0).progressPercent, 25);
        QCOMPARE(list->tasks.at(0).jobState(), rdsbm::JobState::Running);
        QCOMPARE(list->tasks.at(0).taskAction, u"TempBackupTask"_s);
        QCOMPARE(list->tasks.at(1).jobId, u"5073732"_s);
        QCOMPARE(list->tasks.at(1).backupId, u"321020600"_s);
        QCOMPARE(list->tasks.at(1).jobState(), rdsbm::JobState::Succeeded);
        QCOMPARE(list->tasks.at(2).jobState(), rdsbm::JobState::Failed);
        QCOMPARE(list->tasks.at(2).progressPercent, -1);

        QVERIFY(!RdsReplyParser::backupTasks(
            QJsonDocument::fromJson(R"({"Items":{"BackupJob":[{"BackupJobId":"1","BackupStatus":"Uploading","Process":"250"}]}})"), error));
        QVERIFY2(error.contains(u"Items.BackupJob[0].Process"_s), qPrintable(error));
    }

    void describeCrossRegionBackups()
    {
        QString error;
        const auto page = RdsReplyParser::crossRegionBackups(recorded(u"describecrossregionbackups.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->regionId, u"cn-hangzhou"_s);
        QCOMPARE(page->totalRecordCount, 1);
        const CrossRegionBackup &backup = page->backups.first();
        QCOMPARE(backup.crossBackupId, u"14377"_s);
        QCOMPARE(backup.crossBackupRegion, u"cn-shanghai"_s);
        QCOMPARE(backup.setSizeBytes, 5018536);
        QCOMPARE(backup.backupMethod, u"P"_s);
        QCOMPARE(backup.backupType, u"F"_s);
        QCOMPARE(backup.consistentTime, utc(2026, 11, 19, 2, 9, 50));
        QCOMPARE(backup.instanceId, u"5882781"_s);
        QCOMPARE(backup.restoreRegions, QStringList({u"cn-shanghai"_s, u"cn-beijing"_s}));
        QVERIFY(backup.downloadLink.isValid());
    }

    void describeAvailableRecoveryTime()
    {
        QString error;
        const auto window = RdsReplyParser::availableRecoveryTime(recorded(u"describeavailablerecoverytime.json"_s), error);
        QVERIFY2(window, qPrintable(error));
        QCOMPARE(window->crossBackupId, u"14377"_s);
        QCOMPARE(window->begin, utc(2026, 11, 19, 2, 9, 50));
        QCOMPARE(window->end, utc(2026, 11, 20, 6, 0));
        QVERIFY(window->contains(utc(2026, 11, 20, 0, 0)));
        QVERIFY(!window->contains(utc(2026, 11, 20, 6, 0, 1)));
        QVERIFY(!RdsReplyParser::availableRecoveryTime(QJsonDocument::fromJson(R"({"RecoveryBeginTime":"2026-11-19T02:09:50Z"})"), error));
        QVERIFY2(error.contains(u"RecoveryEndTime"_s), qPrintable(error));
    }

    void restoreDdrTable()
    {
        QString error;
        const auto reply = RdsReplyParser::restoreDdrTable(recorded(u"restoreddrtable.json"_s), error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->dbInstanceId, u"rm-uf6wjk5xxxx"_s);
        QCOMPARE(reply->requestId, u"75BBF1EF-1E90-4950-BFFB-252D26E8259B"_s);
    }
};

QTEST_GUILESS_MAIN(TestRdsReplyParser)
#include "tst_rdsreplyparser.moc"
