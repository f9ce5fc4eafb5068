#include "tests/support/simfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;
using transport::Outcome;

// DBS 2019-03-06 restore tasks (seed 002) against the simulator over HTTP.
class TestCloudSimDbs : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QJsonObject m_mysqlPlan;  // source: an RDS MySQL instance in cn-hangzhou
    QJsonObject m_pgPlan;     // source: PostgreSQL on ECS
    QJsonObject m_oraclePlan; // source: Oracle over IP and port
    QJsonObject m_agentPlan;  // source: SQL Server behind a backup gateway

    SimTestClient &client() { return m_fixture.client(); }

    static void expectError(const transport::ApiResult &result, int status, const QString &code)
    {
        QVERIFY2(result.outcome == Outcome::ServiceError, qPrintable(result.summary()));
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.json.object()[u"Success"_s].toBool(true), false);
    }

    static QString objects(const QString &database, const QString &newName)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject{{u"DBName"_s, database}, {u"NewDBName"_s, newName}}})
                                     .toJson(QJsonDocument::Compact));
    }

    QString firstBackupSet(const QJsonObject &plan)
    {
        const auto list = client().dbs(u"DescribeFullBackupList"_s, {{u"BackupPlanId"_s, plan[u"BackupPlanId"_s].toString()}});
        return list.json.object()[u"Items"_s][u"FullBackupFile"_s][0][u"BackupSetId"_s].toString();
    }

    QString firstDatabase(const QJsonObject &plan)
    {
        return QJsonDocument::fromJson(plan[u"BackupObjects"_s].toString().toUtf8()).array().first()[u"DBName"_s].toString();
    }

    // A complete, valid request to restore the MySQL plan into its own RDS instance.
    signing::QueryParameters rdsRestore(const QString &newName = u"restored_by_dbs"_s)
    {
        return {{u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()},
                {u"RestoreTaskName"_s, u"restore orders"_s},
                {u"DestinationEndpointInstanceType"_s, u"RDS"_s},
                {u"DestinationEndpointRegion"_s, u"cn-hangzhou"_s},
                {u"DestinationEndpointInstanceID"_s, m_mysqlPlan[u"SourceEndpointInstanceID"_s].toString()},
                {u"DestinationEndpointUserName"_s, u"restorer"_s},
                {u"DestinationEndpointPassword"_s, u"secret"_s},
                {u"BackupSetId"_s, firstBackupSet(m_mysqlPlan)},
                {u"RestoreObjects"_s, objects(firstDatabase(m_mysqlPlan), newName)}};
    }

    static signing::QueryParameters without(signing::QueryParameters parameters, const QString &name)
    {
        parameters.removeIf([&](const auto &pair) { return pair.first == name; });
        return parameters;
    }

    QJsonObject task(const QString &taskId)
    {
        const auto list = client().dbs(u"DescribeRestoreTaskList"_s, {{u"RestoreTaskId"_s, taskId}});
        return list.json.object()[u"Items"_s][u"RestoreTaskDetail"_s][0].toObject();
    }

private slots:
    void init()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        const auto plans = client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"100"_s}});
        QVERIFY2(plans.succeeded(), qPrintable(plans.summary()));
        for (const QJsonValue &value : plans.json.object()[u"Items"_s][u"BackupPlanDetail"_s].toArray()) {
            const QJsonObject plan = value.toObject();
            const QString type = plan[u"DatabaseType"_s].toString();
            const QString source = plan[u"SourceEndpointInstanceType"_s].toString();
            if (type == u"MySQL"_s && source == u"RDS"_s && plan[u"SourceEndpointRegion"_s] == u"cn-hangzhou"_s)
                m_mysqlPlan = plan;
            if (type == u"PostgreSQL"_s && m_pgPlan.isEmpty())
                m_pgPlan = plan;
            if (type == u"Oracle"_s)
                m_oraclePlan = plan;
            if (source == u"Agent"_s)
                m_agentPlan = plan;
        }
        QVERIFY(!m_mysqlPlan.isEmpty());
        QVERIFY(!m_pgPlan.isEmpty());
        QVERIFY(!m_oraclePlan.isEmpty());
        QVERIFY(!m_agentPlan.isEmpty());
    }
    void cleanup() { m_fixture.stop(); }

    void successBodiesCarryTheDbsFields()
    {
        const auto plans = client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"2"_s}, {u"PageNum"_s, u"0"_s}});
        const QJsonObject body = plans.json.object();
        QCOMPARE(body[u"Success"_s].toBool(), true);
        QCOMPARE(body[u"HttpStatusCode"_s].toInt(), 200);
        QVERIFY(body.contains(u"ErrCode"_s));
        QVERIFY(body.contains(u"ErrMessage"_s));
        QCOMPARE(body[u"PageSize"_s].toInt(), 2);
        QVERIFY(body[u"TotalElements"_s].toInt() > 2);
        QCOMPARE(body[u"TotalPages"_s].toInt(), (body[u"TotalElements"_s].toInt() + 1) / 2);
        const QJsonObject plan = body[u"Items"_s][u"BackupPlanDetail"_s][0].toObject();
        QVERIFY(plan[u"BeginTimestampForRestore"_s].toDouble() > 1e12); // milliseconds
        QVERIFY(plan[u"EndTimestampForRestore"_s].toDouble() > plan[u"BeginTimestampForRestore"_s].toDouble());
        expectError(client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"101"_s}}), 400, u"Param.NotFound"_s);
        const auto inShanghai = client().dbs(u"DescribeBackupPlanList"_s, {{u"Region"_s, u"cn-shanghai"_s}});
        for (const QJsonValue &row : inShanghai.json.object()[u"Items"_s][u"BackupPlanDetail"_s].toArray())
            QCOMPARE(row[u"SourceEndpointRegion"_s].toString(), u"cn-shanghai"_s);
    }

    void aTaskIsCreatedStartedAndRunsToFinish()
    {
        const auto created = client().dbs(u"CreateRestoreTask"_s, rdsRestore());
        QVERIFY2(created.succeeded(), qPrintable(created.summary()));
        const QString taskId = created.json.object()[u"RestoreTaskId"_s].toString();
        QVERIFY(!taskId.isEmpty());
        // Created, not started.
        QCOMPARE(task(taskId)[u"RestoreStatus"_s].toString(), u"init"_s);
        QCOMPARE(task(taskId)[u"DestinationEndpointInstanceType"_s].toString(), u"RDS"_s);

        const auto started = client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, taskId}});
        QVERIFY2(started.succeeded(), qPrintable(started.summary()));
        QCOMPARE(started.json.object()[u"RestoreTaskId"_s].toString(), taskId);
        QStringList seen;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const QString status = task(taskId)[u"RestoreStatus"_s].toString();
            if (seen.isEmpty() || seen.last() != status)
                seen.append(status);
            return status == u"finish"_s;
        }()), 10000);
        for (const QString &status : std::as_const(seen))
            QVERIFY2(QStringList({u"check_pass"_s, u"running"_s, u"finish"_s}).contains(status), qPrintable(status));
        const QJsonObject finished = task(taskId);
        QCOMPARE(finished[u"FullDataRestoreProgress"_s].toInt(), 100);
        QVERIFY(finished[u"RestoreTaskFinishTime"_s].toDouble() >= finished[u"RestoreTaskCreateTime"_s].toDouble());

        // The restored database is now in the destination instance.
        const auto databases = client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, m_mysqlPlan[u"SourceEndpointInstanceID"_s].toString()}});
        QVERIFY(QJsonDocument(databases.json).toJson().contains("restored_by_dbs"));
        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"executions"_s][m_mysqlPlan[u"SourceEndpointInstanceID"_s].toString()][u"CreateRestoreTask"_s].toInt(), 1);
        QCOMPARE(stats[u"executions"_s][taskId][u"StartRestoreTask"_s].toInt(), 1);
        // Listing by plan finds the task too.
        const auto byPlan = client().dbs(u"DescribeRestoreTaskList"_s, {{u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()}});
        QCOMPARE(byPlan.json.object()[u"TotalElements"_s].toInt(), 1);
    }

    void aNameClashStopsTheTaskUnlessRenamed()
    {
        const QString existing = firstDatabase(m_mysqlPlan);
        const auto failing = client().dbs(u"CreateRestoreTask"_s, rdsRestore(existing));
        const QString failingId = failing.json.object()[u"RestoreTaskId"_s].toString();
        QVERIFY(client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, failingId}}).succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(task(failingId)[u"RestoreStatus"_s].toString(), u"stop"_s, 10000);
        QVERIFY(!task(failingId)[u"ErrMessage"_s].toString().isEmpty());

        signing::QueryParameters renaming = rdsRestore(existing);
        renaming.append({u"DuplicateConflict"_s, u"renamenew"_s});
        const auto renamed = client().dbs(u"CreateRestoreTask"_s, renaming);
        const QString renamedId = renamed.json.object()[u"RestoreTaskId"_s].toString();
        QVERIFY(client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, renamedId}}).succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(task(renamedId)[u"RestoreStatus"_s].toString(), u"finish"_s, 10000);

        signing::QueryParameters wrong = rdsRestore();
        wrong.append({u"DuplicateConflict"_s, u"overwrite"_s});
        expectError(client().dbs(u"CreateRestoreTask"_s, wrong), 400, u"Param.NotFound"_s);
    }

    void requiredParameters_data()
    {
        QTest::addColumn<QString>("parameter");
        for (const char *name : {"BackupPlanId", "RestoreTaskName", "DestinationEndpointInstanceType",
                                 "DestinationEndpointRegion", "DestinationEndpointInstanceID",
                                 "DestinationEndpointUserName", "DestinationEndpointPassword", "RestoreObjects"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void requiredParameters()
    {
        QFETCH(QString, parameter);
        const auto result = client().dbs(u"CreateRestoreTask"_s, without(rdsRestore(), parameter));
        expectError(result, 400, u"MissingParameter"_s);
        QVERIFY(result.errorMessage.contains(parameter));
    }

    void backupSetOrRestoreTimeNotBoth()
    {
        expectError(client().dbs(u"CreateRestoreTask"_s, without(rdsRestore(), u"BackupSetId"_s)), 400, u"MissingParameter"_s);
        signing::QueryParameters both = rdsRestore();
        both.append({u"RestoreTime"_s, QString::number(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)});
        expectError(client().dbs(u"CreateRestoreTask"_s, both), 400, u"Param.NotFound"_s);
        signing::QueryParameters byTime = without(rdsRestore(), u"BackupSetId"_s);
        byTime.append({u"RestoreTime"_s, QString::number(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)});
        QVERIFY(client().dbs(u"CreateRestoreTask"_s, byTime).succeeded());
        signing::QueryParameters future = without(rdsRestore(), u"BackupSetId"_s);
        future.append({u"RestoreTime"_s, QString::number(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000)});
        expectError(client().dbs(u"CreateRestoreTask"_s, future), 400, u"Param.NotFound"_s);
        signing::QueryParameters unknownSet = without(rdsRestore(), u"BackupSetId"_s);
        unknownSet.append({u"BackupSetId"_s, u"nosuchset"_s});
        expectError(client().dbs(u"CreateRestoreTask"_s, unknownSet), 400, u"Param.NotFound"_s);
    }

    void eachDestinationTypeNeedsItsOwnFields_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("ECS") << u"ECS"_s << QStringList{u"DestinationEndpointRegion"_s, u"DestinationEndpointInstanceID"_s, u"DestinationEndpointPort"_s};
        QTest::newRow("Express") << u"Express"_s << QStringList{u"DestinationEndpointRegion"_s, u"DestinationEndpointInstanceID"_s,
                                                             u"DestinationEndpointIP"_s, u"DestinationEndpointPort"_s};
        QTest::newRow("DDS") << u"DDS"_s << QStringList{u"DestinationEndpointRegion"_s, u"DestinationEndpointInstanceID"_s};
        QTest::newRow("Agent") << u"Agent"_s << QStringList{u"DestinationEndpointRegion"_s, u"DestinationEndpointIP"_s,
                                                         u"DestinationEndpointPort"_s, u"BackupGatewayId"_s, u"RestoreDir"_s};
        QTest::newRow("Other") << u"Other"_s << QStringList{u"DestinationEndpointIP"_s, u"DestinationEndpointPort"_s};
        QTest::newRow("dg") << u"dg"_s << QStringList{};
    }
    void eachDestinationTypeNeedsItsOwnFields()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, required);
        signing::QueryParameters complete{
            {u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()},
            {u"RestoreTaskName"_s, u"t"_s},
            {u"DestinationEndpointInstanceType"_s, type},
            {u"DestinationEndpointUserName"_s, u"u"_s},
            {u"DestinationEndpointPassword"_s, u"p"_s},
            {u"BackupSetId"_s, firstBackupSet(m_mysqlPlan)},
            {u"RestoreObjects"_s, objects(firstDatabase(m_mysqlPlan), u"copy"_s)},
            {u"DestinationEndpointRegion"_s, u"cn-hangzhou"_s},
            {u"DestinationEndpointInstanceID"_s, u"i-bp1abcdefgh"_s},
            {u"DestinationEndpointIP"_s, u"10.1.2.3"_s},
            {u"DestinationEndpointPort"_s, u"3306"_s},
            {u"BackupGatewayId"_s, u"4312001"_s},
            {u"RestoreDir"_s, u"/data/restore"_s},
        };
        const auto ok = client().dbs(u"CreateRestoreTask"_s, complete);
        QVERIFY2(ok.succeeded(), qPrintable(ok.summary()));
        for (const QString &parameter : required) {
            const auto result = client().dbs(u"CreateRestoreTask"_s, without(complete, parameter));
            expectError(result, 400, u"MissingParameter"_s);
            QVERIFY2(result.errorMessage.contains(parameter), qPrintable(result.errorMessage));
        }
    }

    void enginesNeedTheirOwnFields()
    {
        // PostgreSQL needs the destination database; Oracle its SID.
        signing::QueryParameters pg{
            {u"BackupPlanId"_s, m_pgPlan[u"BackupPlanId"_s].toString()}, {u"RestoreTaskName"_s, u"pg"_s},
            {u"DestinationEndpointInstanceType"_s, u"Other"_s}, {u"DestinationEndpointIP"_s, u"10.0.0.5"_s},
            {u"DestinationEndpointPort"_s, u"5432"_s}, {u"DestinationEndpointUserName"_s, u"postgres"_s},
            {u"DestinationEndpointPassword"_s, u"p"_s}, {u"BackupSetId"_s, firstBackupSet(m_pgPlan)},
            {u"RestoreObjects"_s, objects(firstDatabase(m_pgPlan), u"copy"_s)}};
        expectError(client().dbs(u"CreateRestoreTask"_s, pg), 400, u"MissingParameter"_s);
        pg.append({u"DestinationEndpointDatabaseName"_s, u"postgres"_s});
        QVERIFY(client().dbs(u"CreateRestoreTask"_s, pg).succeeded());

        signing::QueryParameters oracle{
            {u"BackupPlanId"_s, m_oraclePlan[u"BackupPlanId"_s].toString()}, {u"RestoreTaskName"_s, u"ora"_s},
            {u"DestinationEndpointInstanceType"_s, u"Other"_s}, {u"DestinationEndpointIP"_s, u"10.0.0.6"_s},
            {u"DestinationEndpointPort"_s, u"1521"_s}, {u"DestinationEndpointUserName"_s, u"system"_s},
            {u"DestinationEndpointPassword"_s, u"p"_s}, {u"BackupSetId"_s, firstBackupSet(m_oraclePlan)},
            {u"RestoreObjects"_s, objects(firstDatabase(m_oraclePlan), u"ERP2"_s)}};
        const auto noSid = client().dbs(u"CreateRestoreTask"_s, oracle);
        expectError(noSid, 400, u"MissingParameter"_s);
        QVERIFY(noSid.errorMessage.contains(u"DestinationEndpointOracleSID"_s));
        oracle.append({u"DestinationEndpointOracleSID"_s, u"ORCL"_s});
        QVERIFY(client().dbs(u"CreateRestoreTask"_s, oracle).succeeded());

        // SQL Server through a backup gateway needs no credentials and no RestoreObjects.
        signing::QueryParameters agent{
            {u"BackupPlanId"_s, m_agentPlan[u"BackupPlanId"_s].toString()}, {u"RestoreTaskName"_s, u"mssql"_s},
            {u"DestinationEndpointInstanceType"_s, u"Agent"_s}, {u"DestinationEndpointRegion"_s, u"cn-hangzhou"_s},
            {u"DestinationEndpointIP"_s, u"192.168.1.21"_s}, {u"DestinationEndpointPort"_s, u"1433"_s},
            {u"BackupGatewayId"_s, QString::number(m_agentPlan[u"BackupGatewayId"_s].toInteger())},
            {u"BackupSetId"_s, firstBackupSet(m_agentPlan)}};
        const auto agentResult = client().dbs(u"CreateRestoreTask"_s, agent);
        QVERIFY2(agentResult.succeeded(), qPrintable(agentResult.summary()));
    }

    void valuesAreChecked()
    {
        signing::QueryParameters unknownType = without(rdsRestore(), u"DestinationEndpointInstanceType"_s);
        unknownType.append({u"DestinationEndpointInstanceType"_s, u"rds"_s});
        expectError(client().dbs(u"CreateRestoreTask"_s, unknownType), 400, u"Param.NotFound"_s);
        signing::QueryParameters unknownPlan = without(rdsRestore(), u"BackupPlanId"_s);
        unknownPlan.append({u"BackupPlanId"_s, u"dbsnothere"_s});
        expectError(client().dbs(u"CreateRestoreTask"_s, unknownPlan), 400, u"Param.NotFound"_s);
        signing::QueryParameters unknownInstance = without(rdsRestore(), u"DestinationEndpointInstanceID"_s);
        unknownInstance.append({u"DestinationEndpointInstanceID"_s, u"rm-nothere"_s});
        expectError(client().dbs(u"CreateRestoreTask"_s, unknownInstance), 400, u"Param.NotFound"_s);
        for (const QString &bad : {u"not json"_s, u"[]"_s, u"[{\"NewDBName\":\"x\"}]"_s, u"[{\"DBName\":\"not_backed_up\"}]"_s}) {
            signing::QueryParameters badObjects = without(rdsRestore(), u"RestoreObjects"_s);
            badObjects.append({u"RestoreObjects"_s, bad});
            const auto result = client().dbs(u"CreateRestoreTask"_s, badObjects);
            expectError(result, 400, u"Param.NotFound"_s);
            QVERIFY(result.errorMessage.contains(u"RestoreObjects"_s));
        }
        signing::QueryParameters crossAccount = rdsRestore();
        crossAccount.append({u"CrossAliyunId"_s, u"2749528728000000"_s});
        expectError(client().dbs(u"CreateRestoreTask"_s, crossAccount), 400, u"MissingParameter"_s);
        crossAccount.append({u"CrossRoleName"_s, u"dbs-role"_s});
        QVERIFY(client().dbs(u"CreateRestoreTask"_s, crossAccount).succeeded());
    }

    void theSameClientTokenCreatesOneTask()
    {
        signing::QueryParameters parameters = rdsRestore();
        parameters.append({u"ClientToken"_s, u"dbs-token-1"_s});
        const auto first = client().dbs(u"CreateRestoreTask"_s, parameters);
        const auto second = client().dbs(u"CreateRestoreTask"_s, parameters, SimTestClient::Signing::V1PostForm);
        QVERIFY(first.succeeded());
        QVERIFY(second.succeeded());
        QCOMPARE(second.json.object()[u"RestoreTaskId"_s], first.json.object()[u"RestoreTaskId"_s]);
        const auto list = client().dbs(u"DescribeRestoreTaskList"_s, {{u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()}});
        QCOMPARE(list.json.object()[u"TotalElements"_s].toInt(), 1);
        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"clientTokens"_s][u"dbs-token-1"_s][u"received"_s].toInt(), 2);
        QCOMPARE(stats[u"clientTokens"_s][u"dbs-token-1"_s][u"executed"_s].toInt(), 1);
        QCOMPARE(stats[u"executions"_s][m_mysqlPlan[u"BackupPlanId"_s].toString()][u"CreateRestoreTask"_s].toInt(), 1);

        // Starting twice starts once.
        const QString taskId = first.json.object()[u"RestoreTaskId"_s].toString();
        QVERIFY(client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, taskId}}).succeeded());
        QVERIFY(client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, taskId}}).succeeded());
        QCOMPARE(client().stats()[u"executions"_s][taskId][u"StartRestoreTask"_s].toInt(), 1);
    }

    void taskListTakesAPlanOrTasksNotBoth()
    {
        expectError(client().dbs(u"DescribeRestoreTaskList"_s), 400, u"MissingParameter"_s);
        expectError(client().dbs(u"DescribeRestoreTaskList"_s, {{u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()},
                                                              {u"RestoreTaskId"_s, u"s1abc"_s}}),
                    400, u"Param.NotFound"_s);
        expectError(client().dbs(u"StartRestoreTask"_s, {{u"RestoreTaskId"_s, u"s1nothere"_s}}), 400, u"Param.NotFound"_s);
        expectError(client().dbs(u"StartRestoreTask"_s), 400, u"MissingParameter"_s);
    }

    void restoreRangesOfAPlan()
    {
        const auto ranges = client().dbs(u"DescribeRestoreRangeInfo"_s,
                                         {{u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()},
                                          {u"BeginTimestampForRestore"_s, QString::number(m_mysqlPlan[u"BeginTimestampForRestore"_s].toInteger())},
                                          {u"EndTimestampForRestore"_s, QString::number(m_mysqlPlan[u"EndTimestampForRestore"_s].toInteger())}});
        QVERIFY2(ranges.succeeded(), qPrintable(ranges.summary()));
        QStringList types;
        for (const QJsonValue &range : ranges.json.object()[u"Items"_s][u"DBSRecoverRange"_s].toArray())
            types.append(range[u"RangeType"_s].toString());
        QVERIFY(types.contains(u"point"_s));
        QVERIFY(types.contains(u"range"_s));
        expectError(client().dbs(u"DescribeFullBackupList"_s, {{u"BackupPlanId"_s, m_mysqlPlan[u"BackupPlanId"_s].toString()},
                                                             {u"PageSize"_s, u"40"_s}}),
                    400, u"Param.NotFound"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudSimDbs)
#include "tst_cloudsim_dbs.moc"
