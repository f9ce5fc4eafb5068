#include "app/cli/commandline.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::cli;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLine parse(const QString &line) { return parseCommandLine(line.split(u' ', Qt::SkipEmptyParts)); }

private slots:
    void commandWithOptions()
    {
        const auto cl = parse(u"alibaba backups list --instance rm-1 --limit 5 --status Success"_s);
        QCOMPARE(cl.request, CommandLine::Request::Run);
        QVERIFY(cl.command);
        QCOMPARE(cl.command->words, (QStringList{u"alibaba"_s, u"backups"_s, u"list"_s}));
        QCOMPARE(cl.value(u"instance"_s), u"rm-1"_s);
        QCOMPARE(cl.value(u"limit"_s), u"5"_s);
        QCOMPARE(cl.value(u"status"_s), u"Success"_s);
    }

    void globalsBeforeAndAfterTheCommand()
    {
        const auto cl = parse(u"--output json --region cn-shanghai alibaba instances list --demo --lang ja --yes"_s);
        QCOMPARE(cl.request, CommandLine::Request::Run);
        QCOMPARE(cl.command->words.join(u' '), u"alibaba instances list"_s);
        QCOMPARE(cl.globals.output, OutputFormat::Json);
        QCOMPARE(cl.globals.region, u"cn-shanghai"_s);
        QVERIFY(cl.globals.demo);
        QVERIFY(cl.globals.yes);
        QCOMPARE(cl.globals.language, u"ja"_s);
    }

    void equalsForm()
    {
        const auto cl = parse(u"huawei restore --source-instance=a --backup-id=b --target-instance=a --timeout=30"_s);
        QCOMPARE(cl.request, CommandLine::Request::Run);
        QCOMPARE(cl.value(u"backup-id"_s), u"b"_s);
        QCOMPARE(*cl.globals.timeoutSeconds, 30);
    }

    void flagsAndSameNameWithValueElsewhere()
    {
        const auto restore = parse(u"dbs restore --plan p --name n --dest-type RDS --start --objects []"_s);
        QCOMPARE(restore.request, CommandLine::Request::Run);
        QVERIFY(restore.flags.contains(u"start"_s));
        const auto list = parse(u"alibaba backups list --instance i --start 2026-11-20T08:00:00Z"_s);
        QCOMPARE(list.value(u"start"_s), u"2026-11-20T08:00:00Z"_s);
    }

    void jobsWaitTakesAnId()
    {
        const auto cl = parse(u"jobs wait 1234-abcd"_s);
        QCOMPARE(cl.request, CommandLine::Request::Run);
        QCOMPARE(cl.arguments, QStringList{u"1234-abcd"_s});
    }

    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QString() << u"No command"_s;
        QTest::newRow("unknown command") << u"alibaba snapshots list"_s << u"alibaba snapshots list"_s;
        QTest::newRow("unknown option") << u"alibaba instances list --instance x"_s << u"--instance"_s;
        QTest::newRow("missing value") << u"alibaba backups list --instance"_s << u"--instance"_s;
        QTest::newRow("flag with value") << u"alibaba backups download --intranet=yes"_s << u"--intranet"_s;
        QTest::newRow("bad output") << u"jobs list --output xml"_s << u"--output"_s;
        QTest::newRow("bad lang") << u"jobs list --lang fr"_s << u"--lang"_s;
        QTest::newRow("bad timeout") << u"jobs list --timeout -4"_s << u"--timeout"_s;
        QTest::newRow("twice") << u"alibaba backups list --instance a --instance b"_s << u"twice"_s;
        QTest::newRow("stray argument") << u"jobs list extra"_s << u"extra"_s;
    }

    void errors()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        const auto cl = parse(line);
        QCOMPARE(cl.request, CommandLine::Request::Invalid);
        QVERIFY2(cl.error.contains(mentions), qPrintable(cl.error));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse(u"--help"_s).request, CommandLine::Request::Help);
        const auto commandHelp = parse(u"alibaba restore-ddr --help"_s);
        QCOMPARE(commandHelp.request, CommandLine::Request::Help);
        QVERIFY(helpText(commandHelp.command).contains(u"--table-meta JSON|@FILE"_s));
        QVERIFY(helpText(nullptr).contains(u"huawei restore"_s));
        QCOMPARE(parse(u"--version"_s).request, CommandLine::Request::Version);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
