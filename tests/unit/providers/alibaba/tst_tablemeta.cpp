#include "app/domain/tablemeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rdsbm::InputProblems;
using rdsbm::TableMeta;

class TestTableMeta : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const InputProblems &problems)
    {
        QStringList list;
        for (const auto &problem : problems)
            list.append(problem.code);
        return list;
    }

    static TableMeta seedExample()
    {
        TableMeta meta;
        meta.addDatabase(u"testdb1"_s, u"testdb1"_s)
            .addTable(u"testdb1"_s, u"test1"_s, u"test1_backup"_s)
            .addTable(u"testdb1"_s, u"test2"_s, u"test2_backup"_s);
        return meta;
    }

private slots:
    void builderProducesTheSeedsJson()
    {
        const TableMeta meta = seedExample();
        // Seed 000's example value, compared as JSON (member order is not meaningful).
        const QByteArray seed = R"([{"type":"db","name":"testdb1","newname":"testdb1","tables":[{"type":"table","name":"test1","newname":"test1_backup"},{"type":"table","name":"test2","newname":"test2_backup"}]}])";
        QCOMPARE(QJsonDocument::fromJson(meta.toJson().toUtf8()), QJsonDocument::fromJson(seed));
        QVERIFY(!meta.toJson().contains(u'\n'));
        QVERIFY(!meta.toJson().contains(u' '));
        QVERIFY(meta.validate().isEmpty());
    }

    void wholeDatabaseHasNoTablesMember()
    {
        TableMeta meta;
        meta.addDatabase(u"shop"_s, u"shop_restored"_s);
        const QJsonObject entry = QJsonDocument::fromJson(meta.toJson().toUtf8()).array().first().toObject();
        QCOMPARE(entry.value(u"type"_s).toString(), u"db"_s);
        QCOMPARE(entry.value(u"newname"_s).toString(), u"shop_restored"_s);
        QVERIFY(!entry.contains(u"tables"_s));
    }

    void addTableCreatesItsDatabaseUnderItsOwnName()
    {
        TableMeta meta;
        meta.addTable(u"crm"_s, u"customers"_s, u"customers_old"_s);
        QCOMPARE(meta.databases().size(), 1);
        QCOMPARE(meta.databases().first().name, u"crm"_s);
        QCOMPARE(meta.databases().first().newName, u"crm"_s);
        QCOMPARE(meta.databases().first().tables.first().newName, u"customers_old"_s);
    }

    void roundTripsThroughJson()
    {
        const TableMeta meta = seedExample();
        InputProblems problems;
        const auto parsed = TableMeta::fromJson(meta.toJson(), problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, meta);
    }

    void fromJsonRejectsWhatIsNotTableMeta_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QString() << u"TableMeta"_s;
        QTest::newRow("not json") << u"[{\"type\":\"db\","_s << u"TableMeta"_s;
        QTest::newRow("object, not list") << u"{\"type\":\"db\",\"name\":\"a\",\"newname\":\"b\"}"_s << u"TableMeta"_s;
        QTest::newRow("entry not object") << u"[\"db1\"]"_s << u"TableMeta[0]"_s;
        QTest::newRow("wrong type") << u"[{\"type\":\"table\",\"name\":\"a\",\"newname\":\"b\"}]"_s << u"TableMeta[0]"_s;
        QTest::newRow("name a number") << u"[{\"type\":\"db\",\"name\":5,\"newname\":\"b\"}]"_s << u"TableMeta[0]"_s;
        QTest::newRow("tables not list") << u"[{\"type\":\"db\",\"name\":\"a\",\"newname\":\"b\",\"tables\":{}}]"_s
                                         << u"TableMeta[0]"_s;
        QTest::newRow("table wrong type")
            << u"[{\"type\":\"db\",\"name\":\"a\",\"newname\":\"a\",\"tables\":[{\"type\":\"db\",\"name\":\"t\",\"newname\":\"u\"}]}]"_s
            << u"TableMeta[0].tables[0]"_s;
    }

    void fromJsonRejectsWhatIsNotTableMeta()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        InputProblems problems;
        QVERIFY(!TableMeta::fromJson(json, problems).has_value());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, u"InvalidParamTableMeta"_s);
        QCOMPARE(problems.first().field, field);
        QVERIFY(problems.first().message.contains(u"TableMeta"_s));
    }

    void missingNamesAreContentProblems()
    {
        InputProblems problems;
        const auto parsed = TableMeta::fromJson(
            u"[{\"type\":\"db\",\"name\":\"a\"},{\"type\":\"db\",\"name\":\"b\",\"newname\":\"b\",\"tables\":[{\"type\":\"table\",\"name\":\"t\"}]}]"_s,
            problems);
        QVERIFY(parsed.has_value());
        const InputProblems found = parsed->validate();
        QCOMPARE(codes(found), QStringList({u"InvalidParamTableMeta.Content"_s, u"InvalidParamTableMeta.Content"_s}));
        QCOMPARE(found.at(0).field, u"TableMeta[0]"_s);
        QCOMPARE(found.at(1).field, u"TableMeta[1].tables[0]"_s);
    }

    void emptyListIsAFormatProblem()
    {
        QCOMPARE(codes(TableMeta().validate()), QStringList{u"InvalidParamTableMeta"_s});
        InputProblems problems;
        const auto parsed = TableMeta::fromJson(u"[]"_s, problems);
        QVERIFY(parsed.has_value());
        QCOMPARE(codes(parsed->validate()), QStringList{u"InvalidParamTableMeta"_s});
    }

    void duplicatesAreRefused_data()
    {
        QTest::addColumn<TableMeta>("meta");
        TableMeta twiceTheSameDatabase;
        twiceTheSameDatabase.addDatabase(u"a"_s, u"a1"_s).addDatabase(u"A"_s, u"a2"_s);
        QTest::newRow("database twice (case-insensitive)") << twiceTheSameDatabase;
        TableMeta sameNewName;
        sameNewName.addDatabase(u"a"_s, u"merged"_s).addDatabase(u"b"_s, u"merged"_s);
        QTest::newRow("two databases, one new name") << sameNewName;
        TableMeta tableTwice;
        tableTwice.addDatabase(u"a"_s, u"a"_s).addTable(u"a"_s, u"t"_s, u"t1"_s).addTable(u"a"_s, u"t"_s, u"t2"_s);
        QTest::newRow("table twice") << tableTwice;
        TableMeta sameTableNewName;
        sameTableNewName.addDatabase(u"a"_s, u"a"_s).addTable(u"a"_s, u"t"_s, u"x"_s).addTable(u"a"_s, u"u"_s, u"x"_s);
        QTest::newRow("two tables, one new name") << sameTableNewName;
        TableMeta system;
        system.addDatabase(u"app"_s, u"mysql"_s);
        QTest::newRow("system database as new name") << system;
    }

    void duplicatesAreRefused()
    {
        QFETCH(TableMeta, meta);
        QCOMPARE(codes(meta.validate()), QStringList{u"InvalidParamTableMeta.Duplicate"_s});
    }

    void sourceDatabasesMustBeInTheBackup()
    {
        TableMeta meta;
        meta.addDatabase(u"orders"_s, u"orders_copy"_s).addDatabase(u"ghost"_s, u"ghost_copy"_s);
        const InputProblems problems = meta.validate(QStringList{u"orders"_s, u"users"_s}, std::nullopt, false);
        QCOMPARE(codes(problems), QStringList{u"InvalidSourceRestoreDBName.NotFound"_s});
        QCOMPARE(problems.first().field, u"TableMeta[1]"_s);
        QVERIFY(problems.first().message.contains(u"ghost"_s));
        // Unknown backup contents: not checked.
        QVERIFY(meta.validate(std::nullopt, std::nullopt, false).isEmpty());
    }

    void wholeDatabaseMayNotOverwriteOneOnTheTarget()
    {
        TableMeta meta;
        meta.addDatabase(u"orders"_s, u"orders_copy"_s);
        QCOMPARE(codes(meta.validate(std::nullopt, QStringList{u"Orders_Copy"_s}, false)),
                 QStringList{u"InvalidDBName.Duplicate"_s});
        QVERIFY(meta.validate(std::nullopt, QStringList{u"orders"_s}, false).isEmpty());
        // Tables go into an existing database: that is the seed's own example.
        QVERIFY(seedExample().validate(QStringList{u"testdb1"_s}, QStringList{u"testdb1"_s}, true).isEmpty());
    }

    void restoringIntoTheSourceNeedsNewNames()
    {
        TableMeta sameDatabase;
        sameDatabase.addDatabase(u"orders"_s, u"orders"_s);
        QCOMPARE(codes(sameDatabase.validate(std::nullopt, std::nullopt, true)),
                 QStringList{u"InvalidParamTableMetaForRestore.Content"_s});
        QVERIFY(sameDatabase.validate(std::nullopt, std::nullopt, false).isEmpty());

        TableMeta sameTable;
        sameTable.addDatabase(u"orders"_s, u"orders"_s)
            .addTable(u"orders"_s, u"lines"_s, u"lines"_s)
            .addTable(u"orders"_s, u"heads"_s, u"heads_old"_s);
        const InputProblems problems = sameTable.validate(std::nullopt, std::nullopt, true);
        QCOMPARE(codes(problems), QStringList{u"InvalidParamTableMetaForRestore.Content"_s});
        QCOMPARE(problems.first().field, u"TableMeta[0].tables[0]"_s);

        TableMeta renamedDatabase;
        renamedDatabase.addDatabase(u"orders"_s, u"orders_old"_s).addTable(u"orders"_s, u"lines"_s, u"lines"_s);
        QVERIFY(renamedDatabase.validate(std::nullopt, std::nullopt, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTableMeta)
#include "tst_tablemeta.moc"
