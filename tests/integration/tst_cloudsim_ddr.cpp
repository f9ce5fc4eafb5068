#include "tests/support/simfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;
using transport::Outcome;

// Cross-region backups and RestoreDdrTable (seed 000) against the simulator over HTTP.
class TestCloudSimDdr : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QString m_source;       // MySQL 8.0, cn-hangzhou, copies kept in cn-shanghai
    QString m_target;       // a running MySQL primary in cn-shanghai
    QString m_crossBackupId; // a good copy of m_source
    QString m_failedCopyId;
    QStringList m_sourceDatabases;

    SimTestClient &client() { return m_fixture.client(); }

    static void expectError(const transport::ApiResult &result, int status, const QString &code)
    {
        QVERIFY2(result.outcome == Outcome::ServiceError, qPrintable(result.summary()));
        QCOMPARE(result.errorCode, code);
        QCOMPARE(result.httpStatus, status);
    }

    static QString meta(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

    QString restoreMeta(const QString &newName)
    {
        return meta({QJsonObject{{u"type"_s, u"db"_s}, {u"name"_s, m_sourceDatabases.first()}, {u"newname"_s, newName}}});
    }

    signing::QueryParameters fromBackupSet(const QString &tableMeta)
    {
        return {{u"DBInstanceId"_s, m_target}, {u"RestoreType"_s, u"0"_s}, {u"BackupId"_s, m_crossBackupId},
                {u"TableMeta"_s, tableMeta}};
    }

    QString pointInTime(qint64 secondsAgo)
    {
        return QDateTime::currentDateTimeUtc().addSecs(-secondsAgo).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
    }

    signing::QueryParameters fromPointInTime(const QString &time, const QString &tableMeta)
    {
        return {{u"DBInstanceId"_s, m_target}, {u"RestoreType"_s, u"1"_s}, {u"RestoreTime"_s, time},
                {u"SourceRegion"_s, u"cn-hangzhou"_s}, {u"SourceDBInstanceName"_s, m_source},
                {u"TableMeta"_s, tableMeta}};
    }

    QString status(const QString &instanceId)
    {
        const auto result = client().rds(u"DescribeDBInstanceAttribute"_s, {{u"DBInstanceId"_s, instanceId}});
        return result.json.object()[u"Items"_s][u"DBInstanceAttribute"_s][0][u"DBInstanceStatus"_s].toString();
    }

    QStringList databases(const QString &instanceId)
    {
        QStringList names;
        const auto result = client().rds(u"DescribeDatabases"_s, {{u"DBInstanceId"_s, instanceId}});
        for (const QJsonValue &row : result.json.object()[u"Databases"_s][u"Database"_s].toArray())
            names.append(row[u"DBName"_s].toString());
        return names;
    }

private slots:
    void init()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_source = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"EngineVersion"_s, u"8.0"_s},
                                                             {u"DBInstanceType"_s, u"Primary"_s}})[u"DBInstanceId"_s].toString();
        m_target = m_fixture.findInstance(u"cn-shanghai"_s, {{u"Engine"_s, u"MySQL"_s}, {u"DBInstanceStatus"_s, u"Running"_s},
                                                             {u"DBInstanceType"_s, u"Primary"_s}})[u"DBInstanceId"_s].toString();
        QVERIFY(!m_source.isEmpty());
        QVERIFY(!m_target.isEmpty());
        const auto copies = client().rds(u"DescribeCrossRegionBackups"_s, {{u"DBInstanceId"_s, m_source}, {u"RegionId"_s, u"cn-hangzhou"_s}});
        m_crossBackupId.clear();
        m_failedCopyId.clear();
        for (const QJsonValue &copy : copies.json.object()[u"Items"_s][u"Item"_s].toArray()) {
            const QString id = QString::number(copy[u"CrossBackupId"_s].toInteger());
            if (copy[u"BackupSetStatus"_s].toInt() == 0 && copy[u"BackupMethod"_s].toString() == u"P"_s && m_crossBackupId.isEmpty())
                m_crossBackupId = id;
            if (copy[u"BackupSetStatus"_s].toInt() == 1 && m_failedCopyId.isEmpty())
                m_failedCopyId = id;
        }
        QVERIFY(!m_crossBackupId.isEmpty());
        m_sourceDatabases.clear();
        m_sourceDatabases = databases(m_source);
        QVERIFY(!m_sourceDatabases.isEmpty());
    }
    void cleanup() { m_fixture.stop(); }

    void crossRegionBackupsAreListedWithTheirOwnCodes()
    {
        const auto result = client().rds(u"DescribeCrossRegionBackups"_s, {{u"DBInstanceId"_s, m_source}, {u"RegionId"_s, u"cn-hangzhou"_s}});
        const QJsonObject body = result.json.object();
        QVERIFY(body[u"TotalRecordCount"_s].isDouble());
        const QJsonObject copy = body[u"Items"_s][u"Item"_s][0].toObject();
        QVERIFY(copy[u"CrossBackupId"_s].isDouble());
        QCOMPARE(copy[u"CrossBackupRegion"_s].toString(), u"cn-shanghai"_s);
        QVERIFY(QStringList({u"L"_s, u"P"_s}).contains(copy[u"BackupMethod"_s].toString()));
        QVERIFY(QStringList({u"F"_s, u"I"_s}).contains(copy[u"BackupType"_s].toString()));
        QCOMPARE(copy[u"RestoreRegions"_s][u"RestoreRegion"_s][0].toString(), u"cn-shanghai"_s);
        expectError(client().rds(u"DescribeCrossRegionBackups"_s, {{u"DBInstanceId"_s, m_source}}), 400, u"MissingParameter"_s);
        expectError(client().rds(u"DescribeCrossRegionBackups"_s, {{u"DBInstanceId"_s, m_source}, {u"RegionId"_s, u"cn-hangzhou"_s},
                                                                 {u"StartTime"_s, u"2024-01-01T00:00Z"_s}}),
                    400, u"InvalidStartTime.Format"_s);
        const auto one = client().rds(u"DescribeCrossRegionBackups"_s, {{u"DBInstanceId"_s, m_source}, {u"RegionId"_s, u"cn-hangzhou"_s},
                                                                       {u"CrossBackupId"_s, m_crossBackupId}});
        QCOMPARE(one.json.object()[u"TotalRecordCount"_s].toInt(), 1);
    }

    void recoveryTimeOfACopy()
    {
        const auto result = client().rds(u"DescribeAvailableRecoveryTime"_s, {{u"CrossBackupId"_s, m_crossBackupId}});
        QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        const QDateTime begin = QDateTime::fromString(result.json.object()[u"RecoveryBeginTime"_s].toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(result.json.object()[u"RecoveryEndTime"_s].toString(), Qt::ISODate);
        QVERIFY(begin.isValid());
        QVERIFY(begin < end);
        QVERIFY(end <= QDateTime::currentDateTimeUtc());
        expectError(client().rds(u"DescribeAvailableRecoveryTime"_s), 400, u"MissingParameter"_s);
        expectError(client().rds(u"DescribeAvailableRecoveryTime"_s, {{u"CrossBackupId"_s, u"1"_s}}), 404,
                    u"InvalidBackupSetID.NotFound"_s);
    }

    void restoreFromABackupSetRunsToTheEnd()
    {
        const auto result = client().rds(u"RestoreDdrTable"_s, fromBackupSet(restoreMeta(u"restored_db"_s)));
        QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        QCOMPARE(result.json.object()[u"DBInstanceId"_s].toString(), m_target);
        QCOMPARE(status(m_target), u"Restoring"_s);
        // A second restore into a restoring instance is refused.
        expectError(client().rds(u"RestoreDdrTable"_s, fromBackupSet(restoreMeta(u"other_db"_s))), 403,
                    u"IncorrectDBInstanceState"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_target), u"Running"_s, 10000);
        QVERIFY(databases(m_target).contains(u"restored_db"_s));
        // The name is now taken.
        expectError(client().rds(u"RestoreDdrTable"_s, fromBackupSet(restoreMeta(u"restored_db"_s))), 400,
                    u"InvalidDBName.Duplicate"_s);
    }

    void restoreFromAPointInTime()
    {
        const auto result = client().rds(u"RestoreDdrTable"_s, fromPointInTime(pointInTime(3600), restoreMeta(u"pitr_db"_s)));
        QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        QTRY_VERIFY_WITH_TIMEOUT(databases(m_target).contains(u"pitr_db"_s), 10000);
    }

    void pointInTimeNeedsItsParametersAndAWindow()
    {
        for (const QString &missing : {u"RestoreTime"_s, u"SourceRegion"_s, u"SourceDBInstanceName"_s}) {
            signing::QueryParameters parameters = fromPointInTime(pointInTime(3600), restoreMeta(u"x_db"_s));
            parameters.removeIf([&](const auto &pair) { return pair.first == missing; });
            const auto result = client().rds(u"RestoreDdrTable"_s, parameters);
            expectError(result, 400, u"MissingParameter"_s);
            QVERIFY(result.errorMessage.contains(missing));
        }
        expectError(client().rds(u"RestoreDdrTable"_s, fromPointInTime(u"2024-01-01 00:00:00"_s, restoreMeta(u"x_db"_s))),
                    400, u"InvalidRestoreTime.Format"_s);
        expectError(client().rds(u"RestoreDdrTable"_s, fromPointInTime(pointInTime(-3600), restoreMeta(u"x_db"_s))),
                    400, u"InvalidRestoreTime.Format"_s);
        expectError(client().rds(u"RestoreDdrTable"_s, fromPointInTime(pointInTime(400LL * 24 * 3600), restoreMeta(u"x_db"_s))),
                    404, u"InvalidBackup.NotFound"_s);
        signing::QueryParameters wrongRegion = fromPointInTime(pointInTime(3600), restoreMeta(u"x_db"_s));
        wrongRegion[3].second = u"mars-1"_s;
        expectError(client().rds(u"RestoreDdrTable"_s, wrongRegion), 400, u"InvalidRegion.Format"_s);
        signing::QueryParameters unknownSource = fromPointInTime(pointInTime(3600), restoreMeta(u"x_db"_s));
        unknownSource[4].second = u"rm-nothere"_s;
        expectError(client().rds(u"RestoreDdrTable"_s, unknownSource), 404, u"InvalidDBInstance.NotFound"_s);
    }

    void backupSetRestoreNeedsAGoodCopy()
    {
        signing::QueryParameters parameters = fromBackupSet(restoreMeta(u"x_db"_s));
        parameters.removeIf([](const auto &pair) { return pair.first == u"BackupId"_s; });
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 400, u"MissingParameter"_s);
        parameters.append({u"BackupId"_s, u"42"_s});
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 404, u"InvalidBackupSetID.NotFound"_s);
        if (!m_failedCopyId.isEmpty()) {
            parameters.removeLast();
            parameters.append({u"BackupId"_s, m_failedCopyId});
            expectError(client().rds(u"RestoreDdrTable"_s, parameters), 403, u"IncorrectBackupSetState"_s);
        }
    }

    void restoreTypeIsZeroOrOne()
    {
        signing::QueryParameters parameters = fromBackupSet(restoreMeta(u"x_db"_s));
        parameters.removeIf([](const auto &pair) { return pair.first == u"RestoreType"_s; });
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 404, u"RestoreType.NotFound"_s);
        parameters.append({u"RestoreType"_s, u"2"_s});
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 400, u"InvalidRestoreType.Format"_s);
    }

    void tableMetaIsValidated_data()
    {
        QTest::addColumn<QString>("tableMeta");
        QTest::addColumn<QString>("code");
        QTest::newRow("absent") << QString() << u"InvalidParamTableMeta"_s;
        QTest::newRow("null") << u"null"_s << u"InvalidParamTableMeta"_s;
        QTest::newRow("not JSON") << u"[{type:db"_s << u"InvalidParamTableMeta"_s;
        QTest::newRow("an object") << u"{\"type\":\"db\"}"_s << u"InvalidParamTableMeta"_s;
        QTest::newRow("no newname") << u"[{\"type\":\"db\",\"name\":\"orders\"}]"_s << u"InvalidParamTableMeta.Content"_s;
        QTest::newRow("no name") << u"[{\"type\":\"db\",\"newname\":\"x\"}]"_s << u"InvalidParamTableMeta.Content"_s;
        QTest::newRow("table without newname")
            << u"[{\"type\":\"db\",\"name\":\"orders\",\"newname\":\"o2\",\"tables\":[{\"type\":\"table\",\"name\":\"t\"}]}]"_s
            << u"InvalidParamTableMeta.Content"_s;
        QTest::newRow("same newname twice")
            << u"[{\"type\":\"db\",\"name\":\"orders\",\"newname\":\"a\"},{\"type\":\"db\",\"name\":\"inventory\",\"newname\":\"a\"}]"_s
            << u"InvalidParamTableMeta.Duplicate"_s;
        QTest::newRow("system database") << u"[{\"type\":\"db\",\"name\":\"orders\",\"newname\":\"mysql\"}]"_s
                                         << u"InvalidParamTableMeta.Duplicate"_s;
        QTest::newRow("not in the backup") << u"[{\"type\":\"db\",\"name\":\"nope\",\"newname\":\"nope2\"}]"_s
                                           << u"InvalidSourceRestoreDBName.NotFound"_s;
    }
    void tableMetaIsValidated()
    {
        QFETCH(QString, tableMeta);
        QFETCH(QString, code);
        expectError(client().rds(u"RestoreDdrTable"_s, fromBackupSet(tableMeta)), 400, code);
    }

    void anExistingDatabaseNameIsRefused()
    {
        const QString existing = databases(m_target).first();
        expectError(client().rds(u"RestoreDdrTable"_s, fromBackupSet(restoreMeta(existing))), 400, u"InvalidDBName.Duplicate"_s);
    }

    void restoringIntoTheSourceNeedsNewNames()
    {
        const QString name = m_sourceDatabases.first();
        signing::QueryParameters parameters = fromPointInTime(pointInTime(3600),
            meta({QJsonObject{{u"type"_s, u"db"_s}, {u"name"_s, name}, {u"newname"_s, name}}}));
        parameters[0].second = m_source;
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 400, u"InvalidParamTableMetaForRestore.Content"_s);
    }

    void theTargetMustBeAMySqlPrimaryInTheCopysRegion()
    {
        signing::QueryParameters parameters = fromBackupSet(restoreMeta(u"x_db"_s));
        const QString postgres = m_fixture.findInstance(u"cn-shanghai"_s, {{u"Engine"_s, u"PostgreSQL"_s}})[u"DBInstanceId"_s].toString();
        parameters[0].second = postgres;
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 400, u"InvalidDBInstanceEngineType.Format"_s);
        const QString readOnly = m_fixture.findInstance(u"cn-shanghai"_s, {{u"DBInstanceType"_s, u"Readonly"_s}})[u"DBInstanceId"_s].toString();
        parameters[0].second = readOnly;
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 403, u"IncorrectDBInstanceType"_s);
        const QString elsewhere = m_fixture.findInstance(u"cn-beijing"_s, {{u"Engine"_s, u"MySQL"_s}, {u"DBInstanceStatus"_s, u"Running"_s},
                                                                           {u"DBInstanceType"_s, u"Primary"_s}})[u"DBInstanceId"_s].toString();
        parameters[0].second = elsewhere;
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 400, u"InvalidRegion.Format"_s);
        parameters[0].second = u"rm-nothere"_s;
        expectError(client().rds(u"RestoreDdrTable"_s, parameters), 400, u"InvalidDBInstanceId.NotFound"_s);
    }

    void theSameClientTokenRestoresOnce()
    {
        signing::QueryParameters parameters = fromBackupSet(restoreMeta(u"token_db"_s));
        parameters.append({u"ClientToken"_s, u"ETnLKlblzczshOTUbOCz0001"_s});
        const auto first = client().rds(u"RestoreDdrTable"_s, parameters);
        QVERIFY2(first.succeeded(), qPrintable(first.summary()));
        // Sent again (a retry after a timeout): same answer, no second restore, even though the
        // instance is now Restoring.
        const auto second = client().rds(u"RestoreDdrTable"_s, parameters);
        QVERIFY2(second.succeeded(), qPrintable(second.summary()));
        QCOMPARE(second.json.object()[u"DBInstanceId"_s], first.json.object()[u"DBInstanceId"_s]);
        QVERIFY(second.requestId != first.requestId);
        // Over V3 too.
        QVERIFY(client().rds(u"RestoreDdrTable"_s, parameters, SimTestClient::Signing::V3Post).succeeded());

        const QJsonObject stats = client().stats();
        QCOMPARE(stats[u"clientTokens"_s][u"ETnLKlblzczshOTUbOCz0001"_s][u"received"_s].toInt(), 3);
        QCOMPARE(stats[u"clientTokens"_s][u"ETnLKlblzczshOTUbOCz0001"_s][u"executed"_s].toInt(), 1);
        QCOMPARE(stats[u"executions"_s][m_target][u"RestoreDdrTable"_s].toInt(), 1);

        // The same token with other parameters is refused.
        signing::QueryParameters other = fromBackupSet(restoreMeta(u"another_db"_s));
        other.append({u"ClientToken"_s, u"ETnLKlblzczshOTUbOCz0001"_s});
        expectError(client().rds(u"RestoreDdrTable"_s, other), 400, u"IdempotentParameterMismatch"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_target), u"Running"_s, 10000);
        QCOMPARE(databases(m_target).count(u"token_db"_s), 1);
    }

    void aFailedRequestDoesNotUseUpItsToken()
    {
        signing::QueryParameters bad = fromBackupSet(u"null"_s);
        bad.append({u"ClientToken"_s, u"retry-me"_s});
        expectError(client().rds(u"RestoreDdrTable"_s, bad), 400, u"InvalidParamTableMeta"_s);
        signing::QueryParameters good = fromBackupSet(restoreMeta(u"later_db"_s));
        good.append({u"ClientToken"_s, u"retry-me"_s});
        QVERIFY(client().rds(u"RestoreDdrTable"_s, good).succeeded());
        const QString tooLong(65, u'a');
        signing::QueryParameters longToken = fromBackupSet(restoreMeta(u"y_db"_s));
        longToken.append({u"ClientToken"_s, tooLong});
        expectError(client().rds(u"RestoreDdrTable"_s, longToken), 400, u"InvalidParameter"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudSimDdr)
#include "tst_cloudsim_ddr.moc"
