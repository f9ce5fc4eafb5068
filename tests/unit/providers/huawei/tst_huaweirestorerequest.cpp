#include "app/domain/huaweirestorerequest.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;

namespace {

DbInstance instance(const QString &id, const QString &engine, const QString &version, int volumeGb)
{
    DbInstance result;
    result.provider = Provider::Huawei;
    result.id = id;
    result.engine = engine;
    result.engineVersion = version;
    result.storageGb = volumeGb;
    result.status = u"ACTIVE"_s;
    return result;
}

QDateTime at(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds).toUTC();
}

HuaweiRestoreRequest byBackup(const DbInstance &source, const DbInstance &target)
{
    HuaweiRestoreRequest request;
    request.sourceInstance = source;
    request.targetInstance = target;
    request.sourceType = HuaweiRestoreSource::Backup;
    request.backupId = u"b-1"_s;
    return request;
}

HuaweiRestoreRequest byTime(const DbInstance &source, const DbInstance &target, qint64 milliseconds)
{
    HuaweiRestoreRequest request;
    request.sourceInstance = source;
    request.targetInstance = target;
    request.sourceType = HuaweiRestoreSource::Timestamp;
    request.restoreTime = at(milliseconds);
    request.restoreWindows = QList<RestoreWindow>{{at(1000), at(2000)}, {at(5000), at(9000)}};
    return request;
}

QStringList fieldsOf(const InputProblems &problems)
{
    QStringList fields;
    for (const InputProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

class TestHuaweiRestoreRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameInstanceByBackupIsFine()
    {
        const DbInstance mysql = instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100);
        QVERIFY(byBackup(mysql, mysql).validate().isEmpty());
        QVERIFY(byBackup(mysql, mysql).restoresToCurrentInstance());
    }

    void otherInstanceMeetingEveryRuleIsFine()
    {
        const DbInstance source = instance(u"a"_s, u"MySQL"_s, u"8.0"_s, 100);
        const DbInstance bigger = instance(u"b"_s, u"MySQL"_s, u"8.0"_s, 150);
        const DbInstance equal = instance(u"c"_s, u"mysql"_s, u"8.0"_s, 100);
        QVERIFY(byBackup(source, bigger).validate().isEmpty());
        QVERIFY(byBackup(source, equal).validate().isEmpty());
    }

    // Seed 004, rules 1 to 4, each refused with a sentence that names it.
    void seedConstraintsForAnotherInstance_data()
    {
        QTest::addColumn<DbInstance>("source");
        QTest::addColumn<DbInstance>("target");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("wording");
        QTest::newRow("1 engine") << instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100)
                                  << instance(u"b"_s, u"MariaDB"_s, u"5.7"_s, 100) << u"DBS.200037"_s
                                  << u"same database type"_s;
        QTest::newRow("2 version") << instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100)
                                   << instance(u"b"_s, u"MySQL"_s, u"8.0"_s, 100) << u"DBS.200037"_s
                                   << u"same database version"_s;
        QTest::newRow("3 volume") << instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100)
                                  << instance(u"b"_s, u"MySQL"_s, u"5.7"_s, 99) << u"DBS.200004"_s
                                  << u"greater than or equal"_s;
        QTest::newRow("3 volume unknown") << instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 0)
                                          << instance(u"b"_s, u"MySQL"_s, u"5.7"_s, 99) << u"DBS.200004"_s
                                          << u"not known"_s;
        QTest::newRow("4 SQL Server") << instance(u"a"_s, u"SQLServer"_s, u"2017_EE"_s, 100)
                                      << instance(u"b"_s, u"SQLServer"_s, u"2017_EE"_s, 100) << u"DBS.200004"_s
                                      << u"Microsoft SQL Server"_s;
    }

    void seedConstraintsForAnotherInstance()
    {
        QFETCH(DbInstance, source);
        QFETCH(DbInstance, target);
        QFETCH(QString, code);
        QFETCH(QString, wording);
        const InputProblems problems = byBackup(source, target).validate();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, code);
        QVERIFY2(problems.first().message.contains(wording), qPrintable(problems.first().message));
    }

    void sqlServerToItselfIsAllowed()
    {
        const DbInstance sqlServer = instance(u"a"_s, u"SQLServer"_s, u"2017_EE"_s, 100);
        QVERIFY(byBackup(sqlServer, sqlServer).validate().isEmpty());
    }

    void postgreSqlIsRefusedByV3()
    {
        const DbInstance pg = instance(u"a"_s, u"PostgreSQL"_s, u"14"_s, 100);
        const InputProblems problems = byBackup(pg, pg).validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"PostgreSQL"_s));
    }

    void everyBrokenRuleIsReported()
    {
        const InputProblems problems = byBackup(instance(u"a"_s, u"SQLServer"_s, u"2017"_s, 100),
                                                instance(u"b"_s, u"MySQL"_s, u"5.7"_s, 10))
                                           .validate();
        QCOMPARE(problems.size(), 3); // engine, volume, SQL Server
    }

    void sourceFieldsGoWithTheType()
    {
        const DbInstance mysql = instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100);
        HuaweiRestoreRequest noBackup = byBackup(mysql, mysql);
        noBackup.backupId.clear();
        QCOMPARE(fieldsOf(noBackup.validate()), QStringList{u"source.backup_id"_s});

        HuaweiRestoreRequest both = byBackup(mysql, mysql);
        both.restoreTime = at(1500);
        QCOMPARE(fieldsOf(both.validate()), QStringList{u"source.restore_time"_s});

        HuaweiRestoreRequest noTime = byTime(mysql, mysql, 1500);
        noTime.restoreTime = {};
        QCOMPARE(fieldsOf(noTime.validate()), QStringList{u"source.restore_time"_s});

        HuaweiRestoreRequest timeAndBackup = byTime(mysql, mysql, 1500);
        timeAndBackup.backupId = u"b"_s;
        QCOMPARE(fieldsOf(timeAndBackup.validate()), QStringList{u"source.backup_id"_s});

        HuaweiRestoreRequest noIds;
        noIds.backupId = u"b"_s;
        QCOMPARE(fieldsOf(noIds.validate()), (QStringList{u"source.instance_id"_s, u"target.instance_id"_s}));
    }

    void restoreTimeMustLieInAWindow_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("before every window") << qint64(999) << false;
        QTest::newRow("first window start") << qint64(1000) << true;
        QTest::newRow("first window end") << qint64(2000) << true;
        QTest::newRow("between windows") << qint64(3000) << false;
        QTest::newRow("second window") << qint64(8999) << true;
        QTest::newRow("after every window") << qint64(9001) << false;
    }

    void restoreTimeMustLieInAWindow()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(bool, accepted);
        const DbInstance mysql = instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100);
        const InputProblems problems = byTime(mysql, mysql, milliseconds).validate();
        QCOMPARE(problems.isEmpty(), accepted);
        if (!accepted)
            QVERIFY(problems.first().message.contains(u"outside every restorable time range"_s));
    }

    void windowsMustBeKnown()
    {
        const DbInstance mysql = instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100);
        HuaweiRestoreRequest notLoaded = byTime(mysql, mysql, 1500);
        notLoaded.restoreWindows.reset();
        QVERIFY(notLoaded.validate().first().message.contains(u"were not loaded"_s));
        HuaweiRestoreRequest none = byTime(mysql, mysql, 1500);
        none.restoreWindows = QList<RestoreWindow>{};
        QVERIFY(none.validate().first().message.contains(u"no restorable time range"_s));
    }

    void chosenBackupIsChecked()
    {
        const DbInstance mysql = instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100);
        HuaweiRestoreRequest request = byBackup(mysql, mysql);
        BackupSet backup;
        backup.provider = Provider::Huawei;
        backup.id = u"b-1"_s;
        backup.instanceId = u"a"_s;
        backup.type = u"manual"_s;
        backup.status = u"COMPLETED"_s;
        request.backup = backup;
        QVERIFY(request.validate().isEmpty());

        request.backup->status = u"BUILDING"_s;
        QVERIFY(request.validate().first().message.contains(u"only a COMPLETED backup"_s));
        request.backup->status = u"COMPLETED"_s;
        request.backup->type = u"incremental"_s;
        QVERIFY(request.validate().first().message.contains(u"incremental"_s));
        request.backup->type = u"auto"_s;
        request.backup->instanceId = u"other"_s;
        QVERIFY(request.validate().first().message.contains(u"belongs to instance other"_s));
    }

    void journalParametersMirrorTheBody()
    {
        const DbInstance mysql = instance(u"a"_s, u"MySQL"_s, u"5.7"_s, 100);
        const QJsonObject journal = byTime(mysql, instance(u"b"_s, u"MySQL"_s, u"5.7"_s, 100), 1500)
                                        .journalParameters();
        QCOMPARE(journal.value(u"source"_s).toObject().value(u"restore_time"_s).toInteger(), 1500);
        QCOMPARE(journal.value(u"source"_s).toObject().value(u"type"_s).toString(), u"timestamp"_s);
        QCOMPARE(journal.value(u"target"_s).toObject().value(u"instance_id"_s).toString(), u"b"_s);
    }
};

QTEST_GUILESS_MAIN(TestHuaweiRestoreRequest)
#include "tst_huaweirestorerequest.moc"
