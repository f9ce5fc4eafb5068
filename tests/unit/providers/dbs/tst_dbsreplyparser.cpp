#include "app/providers/dbs/dbsreplyparser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::dbs;

// Recorded replies live in tests/data/dbs, written from the seed's sample and the reference's
// documented shapes.
class TestDbsReplyParser : public QObject
{
    Q_OBJECT

private:
    static QJsonDocument recorded(const QString &name)
    {
        QFile file(QFINDTESTDATA(u"../../../data/dbs/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test data %s", qPrintable(name));
        return document;
    }

    static QDateTime ms(qint64 value) { return QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc()); }

private Q_SLOTS:
    void backupPlansEveryField()
    {
        QString error;
        const auto page = DbsReplyParser::backupPlans(recorded(u"backup_plans.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->pageNum, 0);
        QCOMPARE(page->pageSize, 30);
        QCOMPARE(page->totalElements, 2);
        QCOMPARE(page->totalPages, 1);
        QCOMPARE(page->items.size(), 2);
        const DbsBackupPlan &plan = page->items.first();
        QCOMPARE(plan.backupPlanId, u"dbs1hvb0ww1234"_s);
        QCOMPARE(plan.backupPlanName, u"orders-mysql"_s);
        QCOMPARE(plan.backupPlanStatus, u"running"_s);
        QCOMPARE(plan.backupPlanCreateTime, ms(1646674092000));
        QCOMPARE(plan.backupMethod, u"logical"_s);
        QCOMPARE(plan.backupObjects, u"[{\"DBName\":\"orders\"}]"_s);
        QCOMPARE(plan.backupPeriod, u"Monday,Wednesday,Friday"_s);
        QCOMPARE(plan.backupStartTime, u"14:22"_s);
        QCOMPARE(plan.backupRetentionPeriod, 730);
        QCOMPARE(plan.backupStorageType, u"system"_s);
        QCOMPARE(plan.backupGatewayId, u"4312000000"_s);
        QCOMPARE(plan.beginTimestampForRestore, ms(1676887128000));
        QCOMPARE(plan.endTimestampForRestore, ms(1677887128000));
        QCOMPARE(plan.databaseType, u"MySQL"_s);
        QVERIFY(plan.enableBackupLog);
        QCOMPARE(plan.instanceClass, u"large"_s);
        QCOMPARE(plan.ossBucketName, u"dbs-backup-cn-hangzhou"_s);
        QCOMPARE(plan.ossBucketRegion, u"cn-hangzhou"_s);
        QCOMPARE(plan.sourceEndpointInstanceType, u"RDS"_s);
        QCOMPARE(plan.sourceEndpointInstanceId, u"rm-bp1p8c29abcd"_s);
        QCOMPARE(plan.sourceEndpointRegion, u"cn-hangzhou"_s);
        QCOMPARE(plan.sourceEndpointIpPort, u"rm-bp1p8c29abcd.mysql.rds.aliyuncs.com:3306"_s);
        QCOMPARE(plan.sourceEndpointUserName, u"backup"_s);
        QCOMPARE(plan.resourceGroupId, u"rg-acfmy0000000000"_s);
        QVERIFY(!plan.openBackupSetAutoDownload);
        QCOMPARE(plan.backupSetDownloadGatewayId, u"0"_s);
        QCOMPARE(plan.raw.value(u"BackupPlanId"_s).toString(), plan.backupPlanId);

        const DbsBackupPlan &oracle = page->items.at(1);
        QCOMPARE(oracle.databaseType, u"Oracle"_s);
        QCOMPARE(oracle.sourceEndpointOracleSid, u"ORCL"_s);
        QCOMPARE(oracle.backupGatewayId, u"4312000001"_s); // a long sent as text is accepted too
        QVERIFY(!oracle.beginTimestampForRestore.isValid());
    }

    void restoreRanges()
    {
        QString error;
        const auto ranges = DbsReplyParser::restoreRanges(recorded(u"restore_range.json"_s), error);
        QVERIFY2(ranges, qPrintable(error));
        QCOMPARE(ranges->size(), 2);
        const DbsRestoreRange &points = ranges->at(0);
        QCOMPARE(points.kind, DbsRestoreRange::Kind::Point);
        QCOMPARE(points.fullBackups.size(), 2);
        QCOMPARE(points.fullBackups.at(1).backupSetId, u"1ewhkxp3ab02"_s);
        QCOMPARE(points.fullBackups.at(1).endTime, ms(1677487128000));
        QCOMPARE(points.sourceEndpointInstanceId, u"rm-bp1p8c29abcd"_s);
        const DbsRestoreRange &range = ranges->at(1);
        QCOMPARE(range.kind, DbsRestoreRange::Kind::Range);
        QVERIFY(range.fullBackups.isEmpty());
        QVERIFY(range.window().contains(ms(1677500000000)));
        QVERIFY(!range.window().contains(ms(1677900000000)));
    }

    // The seed's own sample: Success is true, so its ErrCode is no error.
    void createRestoreTaskSeedSample()
    {
        QString error;
        QCOMPARE(DbsReplyParser::restoreTaskId(recorded(u"create_restore_task.json"_s), error),
                 std::optional<QString>(u"s102h*****"_s));
    }

    void restoreTasks()
    {
        QString error;
        const auto page = DbsReplyParser::restoreTasks(recorded(u"restore_tasks.json"_s), error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 2);
        const DbsRestoreTask &running = page->items.first();
        QCOMPARE(running.restoreTaskId, u"s102habcd01"_s);
        QCOMPARE(running.restoreTaskName, u"orders-back"_s);
        QCOMPARE(running.restoreStatus, u"running"_s);
        QCOMPARE(running.state(), JobState::Running);
        QCOMPARE(running.restoreTaskCreateTime, ms(1677487200000));
        QVERIFY(!running.restoreTaskFinishTime.isValid()); // 0: not finished
        QCOMPARE(running.restoreTime, ms(1677487300000));
        QCOMPARE(running.fullStruforeRestoreProgress, 100);
        QCOMPARE(running.fullDataRestoreProgress, 40);
        QCOMPARE(running.continuousRestoreProgress, 20);
        QCOMPARE(running.progressPercent(), (100 + 40 + 0 + 20) / 4);
        QCOMPARE(running.destinationEndpointInstanceId, u"rm-bp1dest0000"_s);
        QCOMPARE(running.destinationEndpointPort, 3306);
        QCOMPARE(running.restoreDestinationMode, u"EXIST_INSTANCE"_s);
        QCOMPARE(running.backupGatewayId, u"0"_s);

        const DbsRestoreTask &stopped = page->items.at(1);
        QCOMPARE(stopped.state(), JobState::Failed);
        QCOMPARE(stopped.progressPercent(), 35); // physical stages
        CloudJob job;
        stopped.applyTo(job);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.providerJobId, u"s102habcd02"_s);
        QCOMPARE(job.errorMessage, u"precheck failed: destination account has no privilege"_s);
        QCOMPARE(job.finishedAt, ms(1677400600000));
    }

    void taskStates_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<JobState>("state");
        QTest::newRow("init") << u"init"_s << JobState::Running;
        QTest::newRow("check_pass") << u"check_pass"_s << JobState::Running;
        QTest::newRow("running") << u"running"_s << JobState::Running;
        QTest::newRow("pause") << u"pause"_s << JobState::Running;
        QTest::newRow("stop") << u"stop"_s << JobState::Failed;
        QTest::newRow("finish") << u"finish"_s << JobState::Succeeded;
        QTest::newRow("unknown") << u"exploded"_s << JobState::Unknown;
    }

    void taskStates()
    {
        QFETCH(QString, status);
        QFETCH(JobState, state);
        DbsRestoreTask task;
        task.restoreStatus = status;
        QCOMPARE(task.state(), state);
        if (state == JobState::Succeeded)
            QCOMPARE(task.progressPercent(), 100);
    }

    void brokenRepliesNameTheField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("plan without id") << u"broken_plan_no_id.json"_s << u"plans"_s
                                         << u"Items.BackupPlanDetail[0].BackupPlanId"_s;
        QTest::newRow("no total") << u"broken_plans_no_total.json"_s << u"plans"_s << u"TotalElements"_s;
        QTest::newRow("plans not a list") << u"broken_plans_not_list.json"_s << u"plans"_s
                                          << u"Items.BackupPlanDetail"_s;
        QTest::newRow("progress as words") << u"broken_task_progress.json"_s << u"tasks"_s
                                           << u"Items.RestoreTaskDetail[0].FullDataRestoreProgress"_s;
        QTest::newRow("progress over 100") << u"broken_task_progress_over.json"_s << u"tasks"_s
                                           << u"Items.RestoreTaskDetail[0].FullDataRestoreProgress"_s;
        QTest::newRow("range without end") << u"broken_range_no_end.json"_s << u"ranges"_s
                                           << u"Items.DBSRecoverRange[0]"_s;
        QTest::newRow("range reversed") << u"broken_range_reversed.json"_s << u"ranges"_s
                                        << u"Items.DBSRecoverRange[0]"_s;
        QTest::newRow("no task id") << u"broken_no_task_id.json"_s << u"taskId"_s << u"RestoreTaskId"_s;
    }

    void brokenRepliesNameTheField()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, field);
        const QJsonDocument document = recorded(file);
        QString error;
        bool parsed = true;
        if (kind == u"plans")
            parsed = DbsReplyParser::backupPlans(document, error).has_value();
        else if (kind == u"tasks")
            parsed = DbsReplyParser::restoreTasks(document, error).has_value();
        else if (kind == u"ranges")
            parsed = DbsReplyParser::restoreRanges(document, error).has_value();
        else if (kind == u"taskId")
            parsed = DbsReplyParser::restoreTaskId(document, error).has_value();
        QVERIFY(!parsed);
        QVERIFY2(error.contains(field), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDbsReplyParser)
#include "tst_dbsreplyparser.moc"
