#include "app/providers/huawei/huaweireplyparser.h"
#include "app/providers/huawei/huaweitime.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::huawei;

// Recorded replies live in tests/data/huawei, written from the reference's documented shapes.
class TestHuaweiReplyParser : public QObject
{
    Q_OBJECT

private:
    static QJsonDocument recorded(const QString &name)
    {
        const QString path = QFINDTESTDATA(u"../../../data/huawei/"_s + name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test data %s", qPrintable(name));
        return document;
    }

    static QDateTime utc(int year, int month, int day, int hour, int minute, int second)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
    }

private Q_SLOTS:
    void timesWithOffsetsBecomeUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("+0800") << u"2018-08-06T12:41:14+0800"_s << utc(2018, 8, 6, 4, 41, 14);
        QTest::newRow("+0000") << u"2018-08-16T10:15:14+0000"_s << utc(2018, 8, 16, 10, 15, 14);
        QTest::newRow("-0130 crosses the day") << u"2018-08-06T23:59:59-0130"_s << utc(2018, 8, 7, 1, 29, 59);
        QTest::newRow("+08:00") << u"2018-08-06T12:41:14+08:00"_s << utc(2018, 8, 6, 4, 41, 14);
        QTest::newRow("Z") << u"2024-01-15T08:30:00Z"_s << utc(2024, 1, 15, 8, 30, 0);
        QTest::newRow("milliseconds") << u"2024-01-15T08:30:00.250+0100"_s
                                      << utc(2024, 1, 15, 7, 30, 0).addMSecs(250);
        QTest::newRow("no offset is UTC") << u"2016-09-12T01:17:05"_s << utc(2016, 9, 12, 1, 17, 5);
    }

    void timesWithOffsetsBecomeUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = HuaweiTime::parse(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed, expected);
    }

    void unreadableTimesAreInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << u"2018-08-06"_s;
        QTest::newRow("slashes") << u"06/08/2018 12:41"_s;
        QTest::newRow("offset out of range") << u"2018-08-06T12:41:14+2500"_s;
        QTest::newRow("bad month") << u"2018-13-06T12:41:14+0800"_s;
    }

    void unreadableTimesAreInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!HuaweiTime::parse(text).isValid());
    }

    void queryTimeIsUtcWithNumericOffset()
    {
        const QDateTime beijing(QDate(2024, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
        QCOMPARE(HuaweiTime::toQueryTime(beijing), u"2023-12-31T16:00:00+0000"_s);
    }

    void projects()
    {
        QString error;
        const auto projects = HuaweiReplyParser::projects(recorded(u"projects_one.json"_s), error);
        QVERIFY2(projects, qPrintable(error));
        QCOMPARE(projects->size(), 1);
        QCOMPARE(projects->first().id, u"06f1cbbaf280106b2f14c00313a9d065"_s);
        QCOMPARE(projects->first().name, u"cn-north-4"_s);
        QCOMPARE(projects->first().domainId, u"d78cbac186b744899480f25bd022f468"_s);
        QVERIFY(projects->first().enabled);
    }

    void instancePage()
    {
        QString error;
        const HuaweiInstanceOrigin origin{u"work"_s, u"cn-north-4"_s, u"0123"_s};
        const auto page = HuaweiReplyParser::instancePage(recorded(u"instances_page.json"_s), error, origin);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalCount, 2);
        QCOMPARE(page->items.size(), 2);
        const DbInstance &mysql = page->items.at(0);
        QCOMPARE(mysql.provider, Provider::Huawei);
        QCOMPARE(mysql.profileName, u"work"_s);
        QCOMPARE(mysql.projectId, u"0123"_s);
        QCOMPARE(mysql.regionId, u"cn-north-4"_s);
        QCOMPARE(mysql.id, u"ed7cc6166ec24360a5ed5c5c9c2ed726in01"_s);
        QCOMPARE(mysql.description, u"mysql-0820-022709-01"_s);
        QCOMPARE(mysql.status, u"ACTIVE"_s);
        QVERIFY(mysql.isHuaweiActive());
        QCOMPARE(mysql.instanceType, u"Single"_s);
        QCOMPARE(mysql.engine, u"MySQL"_s);
        QCOMPARE(mysql.engineVersion, u"5.7"_s);
        QCOMPARE(mysql.instanceClass, u"rds.mysql.s1.large"_s);
        QCOMPARE(mysql.storageType, u"ULTRAHIGH"_s);
        QCOMPARE(mysql.storageGb, 100);
        QCOMPARE(mysql.zoneId, u"cn-north-4a"_s);
        QCOMPARE(mysql.createTime, utc(2018, 8, 19, 18, 33, 49));

        const DbInstance &sqlServer = page->items.at(1);
        QCOMPARE(sqlServer.status, u"BACKING UP"_s);
        QCOMPARE(sqlServer.engine, u"SQLServer"_s);
        QCOMPARE(sqlServer.engineVersion, u"2017_EE"_s);
        QCOMPARE(sqlServer.storageGb, 200);
        QCOMPARE(sqlServer.regionId, u"cn-north-4"_s); // from the origin: the reply has none
    }

    void backupPage()
    {
        QString error;
        const auto page = HuaweiReplyParser::backupPage(recorded(u"backups_page.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalCount, 57);
        QCOMPARE(page->items.size(), 2);
        const BackupSet &full = page->items.at(0);
        QCOMPARE(full.provider, Provider::Huawei);
        QCOMPARE(full.id, u"43e4feaab48f11e89039fa163ebaa7e4br01"_s);
        QCOMPARE(full.instanceId, u"a48e43ff268f4c0e879652d65e63d0fbin01"_s);
        QCOMPARE(full.name, u"xxxx.xxx"_s);
        QCOMPARE(full.type, u"auto"_s);
        QCOMPARE(full.status, u"COMPLETED"_s);
        QCOMPARE(full.sizeBytes, 2803LL * 1024);
        QCOMPARE(full.startTime, utc(2018, 8, 6, 4, 41, 14));
        QCOMPARE(full.endTime, utc(2018, 8, 6, 4, 43, 14));
        QCOMPARE(full.engine, u"MySQL"_s);
        QCOMPARE(full.engineVersion, u"5.7"_s);
        QCOMPARE(full.databases, QStringList{u"user01"_s});

        const BackupSet &binlog = page->items.at(1);
        QCOMPARE(binlog.type, u"incremental"_s);
        QCOMPARE(binlog.sizeBytes, -1);            // no size given
        QCOMPARE(binlog.startTime, utc(2018, 8, 7, 1, 29, 59));
        QVERIFY(!binlog.endTime.isValid());        // empty: still running
    }

    void restoreWindows()
    {
        QString error;
        const auto windows = HuaweiReplyParser::restoreWindows(recorded(u"restore_times.json"_s), error);
        QVERIFY2(windows, qPrintable(error));
        QCOMPARE(windows->size(), 2);
        QCOMPARE(windows->at(0).start.toMSecsSinceEpoch(), 1532001446987LL);
        QCOMPARE(windows->at(0).end.toMSecsSinceEpoch(), 1532742139000LL);
        QCOMPARE(windows->at(0).start.timeSpec(), Qt::UTC);
        QVERIFY(RestoreWindow::anyContains(*windows, HuaweiTime::fromEpochMs(1532850000000)));
        QVERIFY(!RestoreWindow::anyContains(*windows, HuaweiTime::fromEpochMs(1532750000000)));
    }

    void jobIdInEitherSpelling()
    {
        QString error;
        QCOMPARE(HuaweiReplyParser::jobId(recorded(u"restore_reply.json"_s), error),
                 std::optional<QString>(u"ff80808157127d9301571bf8160c001d"_s));
        QCOMPARE(HuaweiReplyParser::jobId(recorded(u"restore_reply_camel.json"_s), error),
                 std::optional<QString>(u"7b55d6ca-dc8e-4844-a9da-6c53a1506db3"_s));
    }

    void runningJob()
    {
        QString error;
        const auto job = HuaweiReplyParser::job(recorded(u"job_running.json"_s), error);
        QVERIFY2(job, qPrintable(error));
        QCOMPARE(job->id, u"31b8ae23-c687-4d80-b7b4-42a66c9bb886"_s);
        QCOMPARE(job->status, u"Running"_s);
        QCOMPARE(job->state(), JobState::Running);
        QCOMPARE(job->progressPercent, 60);
        QCOMPARE(job->created, utc(2018, 8, 6, 2, 41, 14));
        QVERIFY(!job->ended.isValid());
        QCOMPARE(job->instanceId, u"a48e43ff268f4c0e879652d65e63d0fbin01"_s);

        CloudJob cloudJob;
        job->applyTo(cloudJob);
        QCOMPARE(cloudJob.state, JobState::Running);
        QCOMPARE(cloudJob.progressPercent, 60);
        QCOMPARE(cloudJob.providerStatus, u"Running"_s);
        QVERIFY(!cloudJob.isFinished());
    }

    void failedJob()
    {
        QString error;
        const auto job = HuaweiReplyParser::job(recorded(u"job_failed.json"_s), error);
        QVERIFY2(job, qPrintable(error));
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->progressPercent, -1);
        QCOMPARE(job->ended, utc(2018, 8, 6, 16, 41, 14));
        CloudJob cloudJob;
        job->applyTo(cloudJob);
        QVERIFY(cloudJob.isFinished());
        QCOMPARE(cloudJob.errorMessage, u"The target instance ran out of storage."_s);
        QCOMPARE(cloudJob.finishedAt, job->ended);
    }

    void percentages()
    {
        QCOMPARE(HuaweiReplyParser::percentage(u"60%"_s), std::optional<int>(60));
        QCOMPARE(HuaweiReplyParser::percentage(u"100%"_s), std::optional<int>(100));
        QCOMPARE(HuaweiReplyParser::percentage(u"0"_s), std::optional<int>(0));
        QCOMPARE(HuaweiReplyParser::percentage(QString()), std::optional<int>(-1));
        QCOMPARE(HuaweiReplyParser::percentage(u"120%"_s), std::nullopt);
        QCOMPARE(HuaweiReplyParser::percentage(u"sixty"_s), std::nullopt);
    }

    void backupFiles()
    {
        QString error;
        const auto files = HuaweiReplyParser::backupFiles(recorded(u"backup_files.json"_s), error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(files->bucket, u"rdsbucket.bucketname"_s);
        QCOMPARE(files->files.size(), 1);
        const HuaweiBackupFile &file = files->files.first();
        QCOMPARE(file.name, u"43e4feaab48f11e89039fa163ebaa7e4br01.xxx"_s);
        QCOMPARE(file.sizeBytes, 2803LL * 1024);
        QCOMPARE(file.downloadLink.host(), u"obs.domainname.com"_s);
        // The pre-signed query must survive untouched (its signature is percent-encoded).
        QVERIFY(file.downloadLink.toEncoded().endsWith("Signature=abc%2Bdef"));
        QCOMPARE(file.linkExpiredTime, utc(2018, 8, 16, 10, 15, 14));
        QVERIFY(file.databaseName.isEmpty());
    }

    void brokenRepliesNameTheField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("total as text") << u"broken_backups_total_string.json"_s << u"backups"_s << u"total_count"_s;
        QTest::newRow("size as text") << u"broken_backups_size_string.json"_s << u"backups"_s << u"backups[0].size"_s;
        QTest::newRow("unreadable time") << u"broken_backups_bad_time.json"_s << u"backups"_s
                                         << u"backups[0].begin_time"_s;
        QTest::newRow("no instance list") << u"broken_instances_no_list.json"_s << u"instances"_s << u"instances"_s;
        QTest::newRow("no version") << u"broken_instances_no_version.json"_s << u"instances"_s
                                    << u"instances[0].datastore.version"_s;
        QTest::newRow("unknown job status") << u"broken_job_status.json"_s << u"job"_s << u"job.status"_s;
        QTest::newRow("process not a percentage") << u"broken_job_process.json"_s << u"job"_s << u"job.process"_s;
        QTest::newRow("window without end") << u"broken_restore_times_no_end.json"_s << u"restoreTimes"_s
                                            << u"restore_time[0].end_time"_s;
        QTest::newRow("relative link") << u"broken_files_relative_link.json"_s << u"files"_s
                                       << u"files[0].download_link"_s;
        QTest::newRow("array root") << u"broken_not_object.json"_s << u"jobId"_s << u"JSON object"_s;
        QTest::newRow("no job id") << u"backup_files.json"_s << u"jobId"_s << u"job_id"_s;
    }

    void brokenRepliesNameTheField()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, field);
        const QJsonDocument document = recorded(file);
        QString error;
        bool parsed = true;
        if (kind == u"backups")
            parsed = HuaweiReplyParser::backupPage(document, error).has_value();
        else if (kind == u"instances")
            parsed = HuaweiReplyParser::instancePage(document, error, {}).has_value();
        else if (kind == u"job")
            parsed = HuaweiReplyParser::job(document, error).has_value();
        else if (kind == u"restoreTimes")
            parsed = HuaweiReplyParser::restoreWindows(document, error).has_value();
        else if (kind == u"files")
            parsed = HuaweiReplyParser::backupFiles(document, error).has_value();
        else if (kind == u"jobId")
            parsed = HuaweiReplyParser::jobId(document, error).has_value();
        QVERIFY(!parsed);
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void emptyListsAreEmptyNotErrors()
    {
        QString error;
        const auto page = HuaweiReplyParser::backupPage(
            QJsonDocument::fromJson(R"({"backups": [], "total_count": 0})"), error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(page->items.isEmpty());
        QCOMPARE(page->totalCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestHuaweiReplyParser)
#include "tst_huaweireplyparser.moc"
