// rdsbm's lists against the simulator: every page fetched, the API's own field names in JSON,
// aligned tables, filters sent as the API takes them, --limit.
#include "tests/integration/cli/clirunner.h"
#include "tests/support/simfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::testsupport;

class TestCliLists : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QTemporaryDir m_directory;
    std::unique_ptr<CliRunner> m_cli;
    QString m_instance;

    CliRun rdsbm(QStringList arguments)
    {
        arguments << u"--endpoint"_s << m_fixture.simulator().baseUrl().toString();
        return m_cli->run(arguments);
    }

    using Parameters = QList<std::pair<QString, QString>>;
    qint64 total(const Parameters &parameters)
    {
        Parameters all{{u"DBInstanceId"_s, m_instance}, {u"PageSize"_s, u"30"_s}};
        all.append(parameters);
        const auto result = m_fixture.client().rds(u"DescribeBackups"_s, all);
        return result.json.object().value(u"TotalRecordCount"_s).toVariant().toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        rdsbm::cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.backupsPerInstance = 260; // three pages of 100
        QVERIFY2(m_fixture.start(config), qPrintable(m_fixture.errorString()));
        m_cli = std::make_unique<CliRunner>(m_directory.path());
        m_instance = m_fixture.findInstance(u"cn-hangzhou"_s, {{u"Engine"_s, u"MySQL"_s}, {u"DBInstanceType"_s, u"Primary"_s}})
                         .value(u"DBInstanceId"_s)
                         .toString();
        QVERIFY(!m_instance.isEmpty());
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_fixture.stop();
    }

    void alibabaInstancesAsJsonAndTable()
    {
        const CliRun json = rdsbm({u"alibaba"_s, u"instances"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonArray instances = json.json().array();
        QCOMPARE(instances.size(), m_fixture.instances(u"cn-hangzhou"_s).size());
        for (const QJsonValue &instance : instances) {
            QCOMPARE(instance[u"RegionId"_s].toString(), u"cn-hangzhou"_s);
            QVERIFY(instance.toObject().contains(u"DBInstanceStatus"_s));
        }

        const CliRun table = rdsbm({u"--region"_s, u"cn-shanghai"_s, u"alibaba"_s, u"instances"_s, u"list"_s});
        QVERIFY2(table.exitCode == 0, table.describe());
        const QStringList lines = table.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"DBInstanceId"_s));
        QVERIFY(lines.first().contains(u"DBInstanceStatus"_s));
        QCOMPARE(lines.size() - 1, m_fixture.instances(u"cn-shanghai"_s).size());
        // Columns line up: every row has its status where the header has it.
        const qsizetype statusColumn = lines.first().indexOf(u"DBInstanceStatus"_s);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.at(statusColumn - 1) == u' ' && line.at(statusColumn) != u' ', qPrintable(line));
    }

    void alibabaBackupsEveryPageInOrder()
    {
        const CliRun run = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--output"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QJsonArray backups = run.json().array();
        QCOMPARE(qint64(backups.size()), total({}));
        QVERIFY(backups.size() > 200);
        QSet<QString> ids;
        for (const QJsonValue &backup : backups) {
            ids.insert(backup[u"BackupId"_s].toString());
            for (const char *field : {"BackupStatus", "BackupStartTime", "BackupEndTime", "BackupMethod", "BackupMode",
                                      "BackupSize", "Checksum", "BackupDownloadURL"})
                QVERIFY2(backup.toObject().contains(QLatin1StringView(field)), field);
        }
        QCOMPARE(ids.size(), backups.size()); // no duplicate, no gap
        QVERIFY(run.errText().contains(u"Pages read: 3 of 3"_s));
    }

    void alibabaBackupsFiltersAndLimit()
    {
        const CliRun limited = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--limit"_s,
                                      u"120"_s, u"--output"_s, u"json"_s});
        QVERIFY2(limited.exitCode == 0, limited.describe());
        QCOMPARE(limited.json().array().size(), 120);

        const CliRun manual = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--mode"_s,
                                     u"Manual"_s, u"--output"_s, u"json"_s});
        QVERIFY2(manual.exitCode == 0, manual.describe());
        QCOMPARE(qint64(manual.json().array().size()), total({{u"BackupMode"_s, u"Manual"_s}}));
        for (const QJsonValue &backup : manual.json().array())
            QCOMPARE(backup[u"BackupMode"_s].toString(), u"Manual"_s);

        const CliRun failed = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--status"_s,
                                     u"Failed"_s, u"--output"_s, u"json"_s});
        QVERIFY2(failed.exitCode == 0, failed.describe());
        for (const QJsonValue &backup : failed.json().array())
            QCOMPARE(backup[u"BackupStatus"_s].toString(), u"Failed"_s);

        // A time range in UTC, sent to the minute.
        const QJsonArray all = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--output"_s,
                                      u"json"_s})
                                   .json()
                                   .array();
        const QString middle = all.at(all.size() / 2)[u"BackupStartTime"_s].toString();
        const QDateTime start = QDateTime::fromString(middle, Qt::ISODate).addSecs(-3600 * 24);
        const QString startText = start.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        const QString endText = QDateTime::fromString(middle, Qt::ISODate).toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        const CliRun range = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--start"_s,
                                    startText, u"--end"_s, endText, u"--output"_s, u"json"_s});
        QVERIFY2(range.exitCode == 0, range.describe());
        QCOMPARE(qint64(range.json().array().size()),
                 total({{u"StartTime"_s, start.toUTC().toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s)},
                        {u"EndTime"_s, QDateTime::fromString(middle, Qt::ISODate).toUTC().toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s)}}));
        QVERIFY(range.json().array().size() > 0);
        QVERIFY(range.json().array().size() < all.size());

        const QString oneId = all.first()[u"BackupId"_s].toString();
        const CliRun one = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--backup-id"_s,
                                  oneId, u"--output"_s, u"json"_s});
        QVERIFY2(one.exitCode == 0, one.describe());
        QCOMPARE(one.json().array().size(), 1);
        QCOMPARE(one.json().array().first()[u"BackupId"_s].toString(), oneId);

        const CliRun table = rdsbm({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, m_instance, u"--limit"_s, u"5"_s});
        QVERIFY2(table.exitCode == 0, table.describe());
        const QStringList lines = table.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith(u"BackupId"_s));
        QVERIFY(lines.first().contains(u"Checksum"_s));
    }

    void huaweiInstancesAndBackups()
    {
        const CliRun instances = rdsbm({u"huawei"_s, u"instances"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(instances.exitCode == 0, instances.describe());
        const QJsonArray list = instances.json().array();
        QVERIFY(!list.isEmpty());
        QString mysql;
        for (const QJsonValue &instance : list) {
            QVERIFY(instance.toObject().contains(u"id"_s));
            QVERIFY(instance.toObject().contains(u"status"_s));
            if (mysql.isEmpty() && instance[u"datastore"_s][u"type"_s].toString() == u"MySQL"_s)
                mysql = instance[u"id"_s].toString();
        }
        QVERIFY(!mysql.isEmpty());

        const CliRun backups = rdsbm({u"huawei"_s, u"backups"_s, u"list"_s, u"--instance"_s, mysql, u"--output"_s, u"json"_s});
        QVERIFY2(backups.exitCode == 0, backups.describe());
        QVERIFY(backups.json().array().size() > 100); // more than one page of 100
        QSet<QString> ids;
        for (const QJsonValue &backup : backups.json().array()) {
            QCOMPARE(backup[u"instance_id"_s].toString(), mysql);
            ids.insert(backup[u"id"_s].toString());
            QVERIFY(backup.toObject().contains(u"size"_s));
        }
        QCOMPARE(ids.size(), backups.json().array().size());

        const CliRun table = rdsbm({u"huawei"_s, u"instances"_s, u"list"_s});
        QVERIFY2(table.exitCode == 0, table.describe());
        QVERIFY(table.out.startsWith("id "));
        QVERIFY(table.out.contains("datastore.type"));
        QVERIFY(table.out.contains("MySQL"));

        const CliRun missing = rdsbm({u"huawei"_s, u"backups"_s, u"list"_s, u"--instance"_s, u"nosuchinstance"_s});
        QVERIFY2(missing.exitCode == 3, missing.describe());
    }

    void dbsPlans()
    {
        const CliRun run = rdsbm({u"dbs"_s, u"plans"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        const auto direct = m_fixture.client().dbs(u"DescribeBackupPlanList"_s, {{u"PageSize"_s, u"100"_s}});
        QCOMPARE(qint64(run.json().array().size()), direct.json.object().value(u"TotalElements"_s).toVariant().toLongLong());
        for (const QJsonValue &plan : run.json().array()) {
            QVERIFY(plan.toObject().contains(u"BackupPlanId"_s));
            QVERIFY(plan.toObject().contains(u"DatabaseType"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLists)
#include "tst_cli_lists.moc"
