#include "app/providers/alibaba/alibabatime.h"
#include "app/providers/alibaba/clienttoken.h"
#include "app/providers/alibaba/createbackupparameters.h"
#include "app/providers/alibaba/describebackupsparameters.h"
#include "app/providers/alibaba/describecrossregionbackupsparameters.h"
#include "app/providers/alibaba/describedbinstancesparameters.h"
#include "app/providers/alibaba/restoreddrtableparameters.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::alibaba;
using rdsbm::signing::QueryParameters;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

QStringList fieldsAndCodes(const ParameterErrors &errors)
{
    QStringList list;
    for (const ParameterError &error : errors)
        list.append(error.field + u':' + error.code);
    return list;
}

QString valueOf(const QueryParameters &query, const QString &name)
{
    for (const auto &[key, value] : query)
        if (key == name)
            return value;
    return {};
}

bool has(const QueryParameters &query, const QString &name)
{
    return std::any_of(query.cbegin(), query.cend(), [&name](const auto &pair) { return pair.first == name; });
}

} // namespace

class TestRdsParameters : public QObject
{
    Q_OBJECT

private:
    static CreateBackupParameters backup(QString method, QString strategy, QStringList names, QString type,
                                         QString engine = {})
    {
        CreateBackupParameters parameters;
        parameters.dbInstanceId = u"rm-uf6wjk5xxxx"_s;
        parameters.backupMethod = std::move(method);
        parameters.backupStrategy = std::move(strategy);
        parameters.dbNames = std::move(names);
        parameters.backupType = std::move(type);
        parameters.engine = std::move(engine);
        return parameters;
    }

    static RestoreDdrTableParameters restore()
    {
        RestoreDdrTableParameters parameters;
        parameters.dbInstanceId = u"rm-target"_s;
        parameters.restoreType = RestoreDdrType::BackupSet;
        parameters.backupId = u"279563"_s;
        parameters.sourceRegion = u"cn-beijing"_s;
        parameters.sourceDBInstanceName = u"rm-source"_s;
        parameters.tableMeta.addDatabase(u"testdb1"_s, u"testdb1_new"_s);
        parameters.clientToken = ClientToken::generate();
        return parameters;
    }

    static const QDateTime &now()
    {
        static const QDateTime time = utc(2026, 11, 20, 8, 0);
        return time;
    }

private slots:
    void timesUseTheApisForms()
    {
        const QDateTime local(QDate(2026, 11, 20), QTime(16, 30, 45), QTimeZone(8 * 3600));
        QCOMPARE(AlibabaTime::toMinutes(local), u"2026-11-20T08:30Z"_s);
        QCOMPARE(AlibabaTime::toSeconds(local), u"2026-11-20T08:30:45Z"_s);
        QCOMPARE(AlibabaTime::parse(u"2026-11-20T08:30Z"_s), utc(2026, 11, 20, 8, 30));
        QCOMPARE(AlibabaTime::parse(u"2026-11-20T08:30:45Z"_s), utc(2026, 11, 20, 8, 30, 45));
        QCOMPARE(AlibabaTime::parse(u"2026-11-20T08:30:45.120Z"_s).time().msec(), 120);
        QVERIFY(!AlibabaTime::parse(u"2026-11-20 08:30"_s).isValid());
        QVERIFY(!AlibabaTime::parse(u"2026-11-20T08:30:45+08:00"_s).isValid());
    }

    void createBackupRules_data()
    {
        QTest::addColumn<CreateBackupParameters>("parameters");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("defaults") << backup({}, {}, {}, {}) << QStringList();
        QTest::newRow("MySQL logical single database") << backup(u"Logical"_s, u"db"_s, {u"rds_mysql"_s, u"shop"_s}, {}, u"MySQL"_s)
                                                     << QStringList();
        QTest::newRow("SQL Server full physical single database")
            << backup(u"Physical"_s, u"db"_s, {u"sales"_s}, u"FullBackup"_s, u"SQLServer"_s) << QStringList();
        QTest::newRow("SQL Server snapshot") << backup(u"Snapshot"_s, {}, {}, {}, u"SQLServer"_s) << QStringList();
        QTest::newRow("no instance") << [] { auto p = backup({}, {}, {}, {}); p.dbInstanceId = u"  "_s; return p; }()
                                     << QStringList{u"DBInstanceId:MissingParameter"_s};
        QTest::newRow("unknown method") << backup(u"Incremental"_s, {}, {}, {})
                                        << QStringList{u"BackupMethod:InvalidBackupMethod.ValueNotSupport"_s};
        QTest::newRow("method in lowercase") << backup(u"physical"_s, {}, {}, {})
                                             << QStringList{u"BackupMethod:InvalidBackupMethod.ValueNotSupport"_s};
        QTest::newRow("unknown strategy") << backup(u"Logical"_s, u"table"_s, {}, {})
                                          << QStringList{u"BackupStrategy:InvalidParameter"_s};
        QTest::newRow("unknown type") << backup(u"Physical"_s, {}, {}, u"Incremental"_s)
                                      << QStringList{u"BackupType:BackupType.NotSupport"_s};
        QTest::newRow("db strategy without DBName") << backup(u"Logical"_s, u"db"_s, {}, {})
                                                    << QStringList{u"DBName:MissingParameter"_s};
        QTest::newRow("DBName without db strategy") << backup(u"Logical"_s, u"instance"_s, {u"shop"_s}, {})
                                                    << QStringList{u"BackupStrategy:InvalidParameter"_s};
        QTest::newRow("DBName alone") << backup(u"Logical"_s, {}, {u"shop"_s}, {})
                                      << QStringList{u"BackupStrategy:InvalidParameter"_s};
        QTest::newRow("DBName format") << backup(u"Logical"_s, u"db"_s, {u"Shop"_s, u"1shop"_s, u"shop_"_s,
                                                                         u"a_very_long_name_1"_s}, {})
                                       << QStringList(4, u"DBName:InvalidDBName.Format"_s);
        QTest::newRow("DBName twice") << backup(u"Logical"_s, u"db"_s, {u"shop"_s, u"shop"_s}, {})
                                      << QStringList{u"DBName:InvalidParameter"_s};
        QTest::newRow("strategy with snapshot") << backup(u"Snapshot"_s, u"instance"_s, {}, {})
                                                << QStringList{u"BackupStrategy:InvalidParameter"_s};
        QTest::newRow("type needs Physical") << backup(u"Logical"_s, {}, {}, u"FullBackup"_s)
                                             << QStringList{u"BackupType:BackupType.NotSupport"_s};
        QTest::newRow("type is SQL Server only") << backup(u"Physical"_s, {}, {}, u"Auto"_s, u"MySQL"_s)
                                                 << QStringList{u"BackupType:BackupType.NotSupport"_s};
        QTest::newRow("SQL Server has no logical backup") << backup(u"Logical"_s, {}, {}, {}, u"SQLServer"_s)
                                                          << QStringList{u"BackupMethod:InvalidBackupMethod.ValueNotSupport"_s};
        QTest::newRow("MariaDB snapshot is sent as Physical") << backup(u"Snapshot"_s, {}, {}, {}, u"MariaDB"_s)
                                                              << QStringList{u"BackupMethod:InvalidBackupMethod.ValueNotSupport"_s};
        QTest::newRow("strategy not for MySQL physical") << backup(u"Physical"_s, u"instance"_s, {}, {}, u"MySQL"_s)
                                                         << QStringList{u"BackupStrategy:InvalidParameter"_s};
        QTest::newRow("strategy not for PostgreSQL") << backup(u"Logical"_s, u"instance"_s, {}, {}, u"PostgreSQL"_s)
                                                     << QStringList{u"BackupStrategy:InvalidParameter"_s};
        QTest::newRow("SQL Server strategy needs FullBackup") << backup(u"Physical"_s, u"instance"_s, {}, u"Auto"_s, u"SQLServer"_s)
                                                              << QStringList{u"BackupStrategy:InvalidParameter"_s};
    }

    void createBackupRules()
    {
        QFETCH(CreateBackupParameters, parameters);
        QFETCH(QStringList, expected);
        const ParameterErrors errors = parameters.validate();
        QCOMPARE(fieldsAndCodes(errors), expected);
        for (const ParameterError &error : errors)
            QVERIFY2(error.message.contains(error.field), qPrintable(error.message));
    }

    void createBackupQuery()
    {
        const QueryParameters query = backup(u"Logical"_s, u"db"_s, {u"shop"_s, u"crm"_s}, {}, u"MySQL"_s).toQuery();
        QCOMPARE(valueOf(query, u"DBInstanceId"_s), u"rm-uf6wjk5xxxx"_s);
        QCOMPARE(valueOf(query, u"BackupMethod"_s), u"Logical"_s);
        QCOMPARE(valueOf(query, u"BackupStrategy"_s), u"db"_s);
        QCOMPARE(valueOf(query, u"DBName"_s), u"shop,crm"_s);
        QVERIFY(!has(query, u"BackupType"_s));
        QVERIFY(!has(query, u"Engine"_s));
        QVERIFY(!has(backup({}, {}, {}, {}).toQuery(), u"BackupMethod"_s));
    }

    void describeBackupsRules()
    {
        DescribeBackupsParameters good;
        good.dbInstanceId = u"rm-1"_s;
        good.startTime = utc(2026, 11, 1, 0, 0);
        good.endTime = utc(2026, 11, 20, 8, 0);
        good.backupStatus = u"Success"_s;
        good.backupMode = u"Manual"_s;
        good.backupType = u"IncrementalBackup"_s;
        good.pageSize = 50;
        QVERIFY(good.validate().isEmpty());

        DescribeBackupsParameters bad = good;
        bad.dbInstanceId.clear();
        bad.backupStatus = u"Finished"_s;
        bad.backupMode = u"Auto"_s;
        bad.backupType = u"Full"_s;
        bad.pageSize = 40;
        bad.pageNumber = 0;
        QCOMPARE(fieldsAndCodes(bad.validate()),
                 QStringList({u"DBInstanceId:MissingParameter"_s, u"BackupStatus:InvalidParameter"_s,
                              u"BackupMode:InvalidParameter"_s, u"BackupType:InvalidParameter"_s,
                              u"PageSize:InvalidMaxRecordsPerPage.Malformed"_s,
                              u"PageNumber:InvalidPageNumbers.Malformed"_s}));

        DescribeBackupsParameters reversed = good;
        reversed.endTime = good.startTime.addSecs(30); // the same minute once sent
        QCOMPARE(fieldsAndCodes(reversed.validate()), QStringList{u"EndTime:InvalidParameterCombination"_s});
    }

    void describeBackupsQuerySendsMinutesInUtc()
    {
        DescribeBackupsParameters parameters;
        parameters.dbInstanceId = u"rm-1"_s;
        parameters.startTime = QDateTime(QDate(2026, 11, 1), QTime(8, 0, 59), QTimeZone(8 * 3600));
        parameters.endTime = utc(2026, 11, 2, 0, 0);
        parameters.backupId = u"327329803"_s;
        parameters.pageSize = 100;
        parameters.pageNumber = 3;
        const QueryParameters query = parameters.toQuery();
        QCOMPARE(valueOf(query, u"StartTime"_s), u"2026-11-01T00:00Z"_s);
        QCOMPARE(valueOf(query, u"EndTime"_s), u"2026-11-02T00:00Z"_s);
        QCOMPARE(valueOf(query, u"BackupId"_s), u"327329803"_s);
        QCOMPARE(valueOf(query, u"PageSize"_s), u"100"_s);
        QCOMPARE(valueOf(query, u"PageNumber"_s), u"3"_s);
        QVERIFY(!has(query, u"BackupStatus"_s));
    }

    void describeDBInstancesRules()
    {
        DescribeDBInstancesParameters parameters;
        QVERIFY(parameters.validate().isEmpty());
        QCOMPARE(valueOf(parameters.toQuery(u"cn-hangzhou"_s), u"RegionId"_s), u"cn-hangzhou"_s);
        parameters.pageSize = 101;
        parameters.engine = u"Oracle"_s;
        QCOMPARE(fieldsAndCodes(parameters.validate()),
                 QStringList({u"Engine:InvalidParameter"_s, u"PageSize:InvalidParameter"_s}));
    }

    void crossRegionBackupsRules()
    {
        DescribeCrossRegionBackupsParameters parameters;
        parameters.dbInstanceId = u"rm-1"_s;
        parameters.startTime = utc(2026, 11, 1, 0, 0);
        QCOMPARE(fieldsAndCodes(parameters.validate()), QStringList{u"EndTime:MissingParameter"_s});
        parameters.endTime = utc(2026, 11, 2, 0, 0, 30);
        parameters.crossBackupId = u"14x"_s;
        QCOMPARE(fieldsAndCodes(parameters.validate()), QStringList{u"CrossBackupId:InvalidParameter"_s});
        parameters.crossBackupId = u"14377"_s;
        QVERIFY(parameters.validate().isEmpty());
        const QueryParameters query = parameters.toQuery(u"cn-hangzhou"_s);
        QCOMPARE(valueOf(query, u"EndTime"_s), u"2026-11-02T00:00:30Z"_s);
        QCOMPARE(valueOf(query, u"RegionId"_s), u"cn-hangzhou"_s);
    }

    void clientTokenRules()
    {
        QSet<QString> tokens;
        for (int i = 0; i < 100; ++i) {
            const QString token = ClientToken::generate();
            QVERIFY(ClientToken::validate(token, true).isEmpty());
            QVERIFY(token.size() <= ClientToken::maxLength);
            tokens.insert(token);
        }
        QCOMPARE(tokens.size(), 100);
        QCOMPARE(fieldsAndCodes(ClientToken::validate({}, true)), QStringList{u"ClientToken:MissingParameter"_s});
        QVERIFY(ClientToken::validate({}, false).isEmpty());
        QCOMPARE(fieldsAndCodes(ClientToken::validate(QString(65, u'a'), true)),
                 QStringList{u"ClientToken:InvalidParameter"_s});
        QVERIFY(ClientToken::validate(QString(64, u'a'), true).isEmpty());
        QCOMPARE(fieldsAndCodes(ClientToken::validate(u"令牌"_s, true)), QStringList{u"ClientToken:InvalidParameter"_s});
    }

    void restoreFromBackupSet()
    {
        const RestoreDdrTableParameters parameters = restore();
        QVERIFY(parameters.validate(now()).isEmpty());
        const QueryParameters query = parameters.toQuery(u"cn-hangzhou"_s);
        QCOMPARE(valueOf(query, u"RestoreType"_s), u"0"_s);
        QCOMPARE(valueOf(query, u"BackupId"_s), u"279563"_s);
        QCOMPARE(valueOf(query, u"RegionId"_s), u"cn-hangzhou"_s);
        QCOMPARE(valueOf(query, u"TableMeta"_s), parameters.tableMeta.toJson());
        QCOMPARE(valueOf(query, u"ClientToken"_s), parameters.clientToken);
        QVERIFY(!has(query, u"RestoreTime"_s));

        RestoreDdrTableParameters missing = parameters;
        missing.backupId.clear();
        missing.restoreTime = utc(2026, 11, 19, 0, 0);
        QCOMPARE(fieldsAndCodes(missing.validate(now())),
                 QStringList({u"BackupId:RequiredParam.NotFound"_s, u"RestoreTime:InvalidParameters.Format"_s}));
    }

    void restoreToAPointInTime()
    {
        RestoreDdrTableParameters parameters = restore();
        parameters.restoreType = RestoreDdrType::PointInTime;
        parameters.backupId.clear();
        parameters.restoreTime = QDateTime(QDate(2026, 11, 20), QTime(12, 0, 7), QTimeZone(8 * 3600));
        QVERIFY(parameters.validate(now()).isEmpty());
        const QueryParameters query = parameters.toQuery(u"cn-hangzhou"_s);
        QCOMPARE(valueOf(query, u"RestoreType"_s), u"1"_s);
        QCOMPARE(valueOf(query, u"RestoreTime"_s), u"2026-11-20T04:00:07Z"_s);
        QCOMPARE(valueOf(query, u"SourceRegion"_s), u"cn-beijing"_s);
        QCOMPARE(valueOf(query, u"SourceDBInstanceName"_s), u"rm-source"_s);
        QVERIFY(!has(query, u"BackupId"_s));

        RestoreDdrTableParameters future = parameters;
        future.restoreTime = now().addSecs(60);
        QCOMPARE(fieldsAndCodes(future.validate(now())), QStringList{u"RestoreTime:InvalidRestoreTime.Format"_s});

        RestoreDdrTableParameters outside = parameters;
        outside.restorableWindow = rdsbm::RestoreWindow{utc(2026, 11, 20, 5, 0), utc(2026, 11, 20, 7, 0)};
        const ParameterErrors errors = outside.validate(now());
        QCOMPARE(fieldsAndCodes(errors), QStringList{u"RestoreTime:InvalidRestoreTime.Format"_s});
        QVERIFY(errors.first().message.contains(u"2026-11-20T05:00:00Z"_s));
        outside.restorableWindow = rdsbm::RestoreWindow{utc(2026, 11, 20, 3, 0), utc(2026, 11, 20, 7, 0)};
        QVERIFY(outside.validate(now()).isEmpty());

        RestoreDdrTableParameters incomplete = parameters;
        incomplete.restoreTime = {};
        incomplete.sourceRegion.clear();
        incomplete.sourceDBInstanceName.clear();
        incomplete.backupId = u"279563"_s;
        QCOMPARE(fieldsAndCodes(incomplete.validate(now())),
                 QStringList({u"BackupId:InvalidParameters.Format"_s, u"RestoreTime:InvalidRestoreTime.Format"_s,
                              u"SourceRegion:RequiredParam.NotFound"_s,
                              u"SourceDBInstanceName:RequiredParam.NotFound"_s}));
    }

    void restoreChecksTableMetaAndToken()
    {
        RestoreDdrTableParameters parameters = restore();
        parameters.tableMeta = {};
        parameters.clientToken.clear();
        QCOMPARE(fieldsAndCodes(parameters.validate(now())),
                 QStringList({u"TableMeta:InvalidParamTableMeta"_s, u"ClientToken:MissingParameter"_s}));

        RestoreDdrTableParameters intoSource = restore();
        intoSource.dbInstanceId = u"rm-source"_s;
        intoSource.tableMeta = {};
        intoSource.tableMeta.addDatabase(u"testdb1"_s, u"testdb1"_s);
        QVERIFY(intoSource.restoresIntoSource());
        QCOMPARE(fieldsAndCodes(intoSource.validate(now())),
                 QStringList{u"TableMeta[0]:InvalidParamTableMetaForRestore.Content"_s});

        RestoreDdrTableParameters known = restore();
        known.backupDatabases = QStringList{u"other"_s};
        known.targetDatabases = QStringList{u"testdb1_new"_s};
        QCOMPARE(fieldsAndCodes(known.validate(now())),
                 QStringList({u"TableMeta[0]:InvalidSourceRestoreDBName.NotFound"_s,
                              u"TableMeta[0]:InvalidDBName.Duplicate"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRdsParameters)
#include "tst_rdsparameters.moc"
