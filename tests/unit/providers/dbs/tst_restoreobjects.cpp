#include "app/domain/restoreobjects.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;

class TestRestoreObjects : public QObject
{
    Q_OBJECT

private:
    static QStringList fieldsOf(const InputProblems &problems)
    {
        QStringList fields;
        for (const InputProblem &problem : problems)
            fields.append(problem.field);
        return fields;
    }

private Q_SLOTS:
    void compactJsonInTheSeedsShape()
    {
        RestoreObjects objects;
        objects.add({u"orders"_s, u"orders_copy"_s, {}, {}});
        objects.add({u"crm"_s, {}, u"public"_s, u"restored"_s});
        QCOMPARE(objects.toJson(),
                 QByteArray(R"([{"DBName":"orders","NewDBName":"orders_copy"},)"
                            R"({"DBName":"crm","NewDBName":"crm","NewSchemaName":"restored","SchemaName":"public"}])"));
        QVERIFY(objects.validate(true).isEmpty());
    }

    void readsWhatUsersType()
    {
        InputProblems problems;
        const auto objects = RestoreObjects::fromJson(
            R"([{"DBName":"a","NewDBName":"b"},{"DBName":"c","SchemaName":"s","NewSchemaName":"t"}])", problems);
        QVERIFY(objects);
        QVERIFY(problems.isEmpty());
        QCOMPARE(objects->size(), 2);
        QCOMPARE(objects->objects().at(0), (RestoreObject{u"a"_s, u"b"_s, {}, {}}));
        QCOMPARE(objects->objects().at(1).effectiveNewDbName(), u"c"_s);
        QCOMPARE(objects->objects().at(1).newSchemaName, u"t"_s);
        // What comes back out reads the same way.
        InputProblems again;
        QCOMPARE(RestoreObjects::fromJson(objects->toJson(), again)->objects().at(0), objects->objects().at(0));
    }

    void unreadableInputNamesTheElement_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("[{DBName:a}]") << u"RestoreObjects"_s;
        QTest::newRow("an object, not an array") << QByteArray(R"({"DBName":"a"})") << u"RestoreObjects"_s;
        QTest::newRow("element not an object") << QByteArray(R"([{"DBName":"a"}, "b"])") << u"RestoreObjects[1]"_s;
        QTest::newRow("unknown key") << QByteArray(R"([{"DBName":"a","TableName":"t"}])")
                                     << u"RestoreObjects[0].TableName"_s;
        QTest::newRow("number") << QByteArray(R"([{"DBName":7}])") << u"RestoreObjects[0].DBName"_s;
    }

    void unreadableInputNamesTheElement()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        InputProblems problems;
        QVERIFY(!RestoreObjects::fromJson(json, problems));
        QCOMPARE(fieldsOf(problems).first(), field);
        QVERIFY(problems.first().message.contains(field));
    }

    void rules_data()
    {
        QTest::addColumn<QList<RestoreObject>>("objects");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("no database name") << QList<RestoreObject>{{u" "_s, u"b"_s, {}, {}}}
                                          << QStringList{u"RestoreObjects[0].DBName"_s};
        QTest::newRow("padded name") << QList<RestoreObject>{{u"a"_s, u"b "_s, {}, {}}}
                                     << QStringList{u"RestoreObjects[0].NewDBName"_s};
        QTest::newRow("same database twice")
            << QList<RestoreObject>{{u"a"_s, u"b"_s, {}, {}}, {u"a"_s, u"c"_s, {}, {}}}
            << QStringList{u"RestoreObjects[1]"_s};
        QTest::newRow("two into one")
            << QList<RestoreObject>{{u"a"_s, u"x"_s, {}, {}}, {u"b"_s, u"x"_s, {}, {}}}
            << QStringList{u"RestoreObjects[1].NewDBName"_s};
        QTest::newRow("rename onto a kept name")
            << QList<RestoreObject>{{u"a"_s, {}, {}, {}}, {u"b"_s, u"a"_s, {}, {}}}
            << QStringList{u"RestoreObjects[1].NewDBName"_s};
        QTest::newRow("new schema without schema") << QList<RestoreObject>{{u"a"_s, {}, {}, u"s2"_s}}
                                                   << QStringList{u"RestoreObjects[0].NewSchemaName"_s};
        QTest::newRow("two schemas of one database are fine")
            << QList<RestoreObject>{{u"a"_s, {}, u"s1"_s, {}}, {u"a"_s, {}, u"s2"_s, {}}} << QStringList{};
    }

    void rules()
    {
        QFETCH(QList<RestoreObject>, objects);
        QFETCH(QStringList, fields);
        QCOMPARE(fieldsOf(RestoreObjects(objects).validate(true)), fields);
    }

    void emptyIsAProblemOnlyWhenRequired()
    {
        QVERIFY(RestoreObjects().validate(false).isEmpty());
        const InputProblems problems = RestoreObjects().validate(true);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, u"MissingParameter"_s);
        QCOMPARE(problems.first().field, u"RestoreObjects"_s);
    }
};

QTEST_GUILESS_MAIN(TestRestoreObjects)
#include "tst_restoreobjects.moc"
