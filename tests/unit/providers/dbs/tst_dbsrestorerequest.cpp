#include "app/domain/dbsrestorerequest.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;

namespace {

// A request with every field a destination of `type` could need filled in.
DbsRestoreRequest complete(DbsDestinationType type, const QString &databaseType = u"MySQL"_s)
{
    DbsRestoreRequest request;
    request.backupPlanId = u"dbs1hvb0ww1234"_s;
    request.restoreTaskName = u"orders-back"_s;
    request.destinationType = type;
    request.sourceDatabaseType = databaseType;
    request.destinationRegion = u"cn-hangzhou"_s;
    request.destinationInstanceId = u"rm-bp1p8c29abcd"_s;
    request.destinationIp = u"10.0.0.8"_s;
    request.destinationPort = 3306;
    request.destinationDatabaseName = u"app"_s;
    request.destinationUserName = u"restorer"_s;
    request.destinationPassword = u"Secret#1"_s;
    request.backupGatewayId = 4312;
    request.restoreDir = u"/data/restore"_s;
    request.restoreObjects.add({u"orders"_s, u"orders_copy"_s, {}, {}});
    request.backupSetId = u"1ewhkxp3ab01"_s;
    return request;
}

void clear(DbsRestoreRequest &request, DbsDestinationField field)
{
    switch (field) {
    case DbsDestinationField::Region: request.destinationRegion.clear(); break;
    case DbsDestinationField::InstanceId: request.destinationInstanceId.clear(); break;
    case DbsDestinationField::Ip: request.destinationIp.clear(); break;
    case DbsDestinationField::Port: request.destinationPort.reset(); break;
    case DbsDestinationField::BackupGatewayId: request.backupGatewayId.reset(); break;
    case DbsDestinationField::RestoreObjects: request.restoreObjects = {}; break;
    }
}

QStringList fieldsOf(const InputProblems &problems)
{
    QStringList fields;
    for (const InputProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

const QList<DbsDestinationField> &destinationFields()
{
    static const QList<DbsDestinationField> fields{
        DbsDestinationField::Region, DbsDestinationField::InstanceId,      DbsDestinationField::Ip,
        DbsDestinationField::Port,   DbsDestinationField::BackupGatewayId, DbsDestinationField::RestoreObjects};
    return fields;
}

} // namespace

class TestDbsRestoreRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeRequestsPass()
    {
        for (DbsDestinationType type : DbsDestinationTypes::all()) {
            const InputProblems problems = complete(type).validate();
            QVERIFY2(problems.isEmpty(), qPrintable(DbsDestinationTypes::apiValue(type) + u": "_s
                                                    + fieldsOf(problems).join(u", "_s)));
        }
    }

    // Seed 002's notes, as a table: which destination field each DestinationEndpointInstanceType
    // needs. Every type is tried with each field missing.
    void destinationTypeTable_data()
    {
        QTest::addColumn<DbsDestinationType>("type");
        QTest::addColumn<DbsDestinationField>("field");
        QTest::addColumn<bool>("required");
        const QHash<DbsDestinationType, QList<DbsDestinationField>> seed{
            {DbsDestinationType::Rds, {DbsDestinationField::Region, DbsDestinationField::InstanceId,
                                       DbsDestinationField::RestoreObjects}},
            {DbsDestinationType::Ecs, {DbsDestinationField::Region, DbsDestinationField::InstanceId,
                                       DbsDestinationField::Port, DbsDestinationField::RestoreObjects}},
            {DbsDestinationType::Express, {DbsDestinationField::Region, DbsDestinationField::InstanceId,
                                           DbsDestinationField::Ip, DbsDestinationField::Port,
                                           DbsDestinationField::RestoreObjects}},
            {DbsDestinationType::Agent, {DbsDestinationField::Region, DbsDestinationField::Ip,
                                         DbsDestinationField::Port, DbsDestinationField::BackupGatewayId}},
            {DbsDestinationType::Dds, {DbsDestinationField::Region, DbsDestinationField::InstanceId,
                                       DbsDestinationField::RestoreObjects}},
            {DbsDestinationType::Other, {DbsDestinationField::Ip, DbsDestinationField::Port,
                                         DbsDestinationField::RestoreObjects}},
            {DbsDestinationType::Dg, {DbsDestinationField::RestoreObjects}},
        };
        for (DbsDestinationType type : DbsDestinationTypes::all()) {
            for (DbsDestinationField field : destinationFields()) {
                const QString row = DbsDestinationTypes::apiValue(type) + u" without "_s
                    + DbsDestinationTypes::parameterName(field);
                QTest::newRow(qPrintable(row)) << type << field << seed.value(type).contains(field);
            }
        }
    }

    void destinationTypeTable()
    {
        QFETCH(DbsDestinationType, type);
        QFETCH(DbsDestinationField, field);
        QFETCH(bool, required);
        QCOMPARE(DbsDestinationTypes::needs(type, field), required);

        DbsRestoreRequest request = complete(type, u"PostgreSQL"_s);
        clear(request, field);
        const InputProblems problems = request.validate();
        const QString name = DbsDestinationTypes::parameterName(field);
        if (!required) {
            QVERIFY2(problems.isEmpty(), qPrintable(fieldsOf(problems).join(u", "_s)));
            return;
        }
        QCOMPARE(fieldsOf(problems), QStringList{name});
        QCOMPARE(problems.first().code, u"MissingParameter"_s);
        QVERIFY2(problems.first().message.contains(name), qPrintable(problems.first().message));
        QVERIFY2(problems.first().message.contains(DbsDestinationTypes::apiValue(type)),
                 qPrintable(problems.first().message));
    }

    void engineDependentFields_data()
    {
        QTest::addColumn<DbsDestinationType>("type");
        QTest::addColumn<QString>("databaseType");
        QTest::addColumn<QStringList>("missing");
        const QStringList credentials{u"DestinationEndpointUserName"_s, u"DestinationEndpointPassword"_s};
        QTest::newRow("MySQL on RDS needs credentials") << DbsDestinationType::Rds << u"MySQL"_s << credentials;
        QTest::newRow("SQL Server over an agent needs none") << DbsDestinationType::Agent << u"SQLServer"_s
                                                             << QStringList{};
        QTest::newRow("MSSQL spelling too") << DbsDestinationType::Agent << u"MSSQL"_s << QStringList{};
        QTest::newRow("SQL Server on RDS needs them") << DbsDestinationType::Rds << u"SQLServer"_s << credentials;
        QTest::newRow("Redis needs none") << DbsDestinationType::Other << u"Redis"_s << QStringList{};
        QTest::newRow("PostgreSQL needs a database")
            << DbsDestinationType::Rds << u"PostgreSQL"_s
            << (QStringList{u"DestinationEndpointDatabaseName"_s} + credentials);
        QTest::newRow("MongoDB needs a database")
            << DbsDestinationType::Dds << u"MongoDB"_s
            << (QStringList{u"DestinationEndpointDatabaseName"_s} + credentials);
        QTest::newRow("Oracle needs a SID")
            << DbsDestinationType::Ecs << u"Oracle"_s << (credentials + QStringList{u"DestinationEndpointOracleSID"_s});
        QTest::newRow("MySQL over an agent needs RestoreDir")
            << DbsDestinationType::Agent << u"MySQL"_s << (QStringList{u"RestoreDir"_s} + credentials);
    }

    void engineDependentFields()
    {
        QFETCH(DbsDestinationType, type);
        QFETCH(QString, databaseType);
        QFETCH(QStringList, missing);
        DbsRestoreRequest request = complete(type, databaseType);
        request.destinationDatabaseName.clear();
        request.destinationUserName.clear();
        request.destinationPassword.clear();
        request.restoreDir.clear();
        QCOMPARE(fieldsOf(request.validate()), missing);
    }

    void backupSetOrTime()
    {
        DbsRestoreRequest neither = complete(DbsDestinationType::Rds);
        neither.backupSetId.clear();
        QCOMPARE(fieldsOf(neither.validate()), QStringList{u"BackupSetId"_s});

        DbsRestoreRequest both = complete(DbsDestinationType::Rds);
        both.restoreTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(fieldsOf(both.validate()), QStringList{u"RestoreTime"_s});
        QVERIFY(both.validate().first().message.contains(u"not both"_s));

        DbsRestoreRequest byTime = both;
        byTime.backupSetId.clear();
        QVERIFY(byTime.validate().isEmpty());
    }

    void crossAccountFieldsGoTogether()
    {
        DbsRestoreRequest request = complete(DbsDestinationType::Rds);
        request.crossAliyunId = u"2749528728000000"_s;
        QCOMPARE(fieldsOf(request.validate()), QStringList{u"CrossRoleName"_s});
        request.crossRoleName = u"test123"_s;
        QVERIFY(request.validate().isEmpty());
        request.crossAliyunId.clear();
        QCOMPARE(fieldsOf(request.validate()), QStringList{u"CrossAliyunId"_s});
        request.crossAliyunId = u"27495287x"_s;
        QCOMPARE(fieldsOf(request.validate()), QStringList{u"CrossAliyunId"_s});
    }

    void valuesInRange()
    {
        DbsRestoreRequest request = complete(DbsDestinationType::Express);
        request.destinationPort = 70000;
        request.backupGatewayId = 0;
        QCOMPARE(fieldsOf(request.validate()), (QStringList{u"DestinationEndpointPort"_s, u"BackupGatewayId"_s}));
        request = complete(DbsDestinationType::Rds);
        request.destinationInstanceId = u"rm bp1"_s;
        QCOMPARE(fieldsOf(request.validate()), QStringList{u"DestinationEndpointInstanceID"_s});
    }

    void requiredBasics()
    {
        DbsRestoreRequest request;
        request.backupSetId = u"x"_s;
        QCOMPARE(fieldsOf(request.validate()),
                 (QStringList{u"BackupPlanId"_s, u"RestoreTaskName"_s, u"DestinationEndpointInstanceType"_s,
                              u"DestinationEndpointUserName"_s, u"DestinationEndpointPassword"_s}));
        QVERIFY(request.validate().at(2).message.contains(u"RDS, ECS, Express, Agent, DDS, Other, dg"_s));
    }

    void apiSpellings()
    {
        for (DbsDestinationType type : DbsDestinationTypes::all())
            QCOMPARE(DbsDestinationTypes::fromApiValue(DbsDestinationTypes::apiValue(type)), type);
        QCOMPARE(DbsDestinationTypes::fromApiValue(u"rds"_s), std::nullopt); // case-sensitive
        QCOMPARE(DbsDestinationTypes::fromApiValue(u"DG"_s), std::nullopt);
        QCOMPARE(DbsDuplicateConflicts::fromApiValue(u"renamenew"_s), DbsDuplicateConflict::RenameNew);
        QCOMPARE(DbsDuplicateConflicts::fromApiValue(u"failure"_s), DbsDuplicateConflict::Failure);
        QCOMPARE(DbsDuplicateConflicts::fromApiValue(u"overwrite"_s), std::nullopt);
    }

    void journalLeavesThePasswordOut()
    {
        const QJsonObject journal = complete(DbsDestinationType::Rds).journalParameters();
        QVERIFY(!journal.contains(u"DestinationEndpointPassword"_s));
        QVERIFY(!QJsonDocument(journal).toJson().contains("Secret#1"));
        QCOMPARE(journal.value(u"DestinationEndpointInstanceType"_s).toString(), u"RDS"_s);
        QCOMPARE(journal.value(u"BackupSetId"_s).toString(), u"1ewhkxp3ab01"_s);
    }
};

QTEST_GUILESS_MAIN(TestDbsRestoreRequest)
#include "tst_dbsrestorerequest.moc"
