// Bad input to rdsbm: times, ids, numbers, JSON and output folders that cannot be right are refused
// before anything is sent (exit 2, "error: ..." naming the option or the JSON element, nothing on
// stdout, no job recorded). A disk that fills up during a download ends with an error naming the
// file and exit 1 (a local failure, as `rdsbm --help` documents), and loses nothing: the bytes
// already received stay in PATH.part and the next run resumes from them.
// (tests/integration/cli/tst_cli_basics covers the plain usage errors: unknown commands and
// options, missing values, a time with an offset, values outside the API's lists.)
#include "app/cloudsim/simstats.h"
#include "tests/integration/cli/clirunner.h"
#include "tests/support/simfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::testsupport;

class TestCliBadInput : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QTemporaryDir m_directory;
    std::unique_ptr<CliRunner> m_cli;
    QString m_instance;
    QJsonObject m_backup; // a downloadable backup of a few MB

    QStringList withEndpoint(QStringList arguments)
    {
        arguments << u"--endpoint"_s << m_fixture.simulator().baseUrl().toString();
        return arguments;
    }

    QStringList download(const QString &path)
    {
        return withEndpoint({u"alibaba"_s, u"backups"_s, u"download"_s, u"--instance"_s, m_instance, u"--backup-id"_s,
                             m_backup[u"BackupId"_s].toString(), u"--out"_s, path});
    }

    qint64 requestsSoFar() { return m_fixture.simulator().stats().value(u"requests"_s, u"total"_s); }

    int journalSize()
    {
        const CliRun list = m_cli->run({u"jobs"_s, u"list"_s, u"--output"_s, u"json"_s});
        return int(list.json().array().size());
    }

    // A folder this process cannot create files in, or an empty string. chmod 0555 does not stop
    // root, so root gets a folder no one may create files in.
    QString unwritableFolder()
    {
        const QString folder = m_directory.filePath(u"read-only"_s);
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
        for (const QString &candidate : {folder, u"/sys"_s, u"/proc"_s}) {
            QFile probe(QDir(candidate).filePath(u"rdsbm-probe"_s));
            if (!QFileInfo(candidate).isDir())
                continue;
            if (probe.open(QIODevice::WriteOnly)) {
                probe.close();
                probe.remove();
                continue;
            }
            return candidate;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_cli = std::make_unique<CliRunner>(m_directory.path());
        for (const QJsonValue &instance : m_fixture.instances(u"cn-hangzhou"_s)) {
            const QString id = instance[u"DBInstanceId"_s].toString();
            const auto page = m_fixture.client().rds(u"DescribeBackups"_s, {{u"DBInstanceId"_s, id}, {u"PageSize"_s, u"100"_s}});
            for (const QJsonValue &value : page.json.object()[u"Items"_s][u"Backup"_s].toArray()) {
                const qint64 size = value[u"BackupSize"_s].toInteger();
                if (m_backup.isEmpty() && !value[u"BackupDownloadURL"_s].toString().isEmpty()
                    && !value[u"Checksum"_s].toString().isEmpty() && size > 6'000'000 && size < 40'000'000) {
                    m_backup = value.toObject();
                    m_instance = id;
                }
            }
        }
        QVERIFY2(!m_backup.isEmpty(), "no downloadable backup of 6 to 40 MB");
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_fixture.stop();
    }

    void refusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QStringList list{u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, u"rm-x"_s};
        const QStringList ddr{u"alibaba"_s, u"restore-ddr"_s, u"--instance"_s, u"rm-target"_s, u"--source-instance"_s,
                              u"rm-source"_s, u"--source-region"_s, u"cn-hangzhou"_s, u"--yes"_s};
        const QStringList dbs{u"dbs"_s, u"restore"_s, u"--plan"_s, u"dbs1"_s, u"--name"_s, u"n"_s, u"--dest-type"_s,
                              u"Other"_s, u"--dest-ip"_s, u"10.0.0.1"_s, u"--dest-user"_s, u"u"_s,
                              u"--backup-set-id"_s, u"s"_s, u"--yes"_s};
        const QStringList huawei{u"huawei"_s, u"restore"_s, u"--source-instance"_s, u"a"_s, u"--target-instance"_s,
                                 u"b"_s, u"--yes"_s};

        // Times.
        QTest::newRow("start out of range") << (list + QStringList{u"--start"_s, u"2026-13-45T99:00:00Z"_s}) << u"--start"_s;
        QTest::newRow("end in words") << (list + QStringList{u"--end"_s, u"yesterday"_s}) << u"--end"_s;
        QTest::newRow("end without zone") << (list + QStringList{u"--end"_s, u"2026-11-20T08:00:00"_s}) << u"--end"_s;
        QTest::newRow("restore time empty")
            << (ddr + QStringList{u"--restore-time"_s, u""_s, u"--table-meta"_s, u"[{\"type\":\"db\",\"name\":\"a\",\"newname\":\"b\"}]"_s})
            << u"--restore-time"_s;
        QTest::newRow("huawei restore time") << (huawei + QStringList{u"--restore-time"_s, u"2026-02-30T00:00:00Z"_s})
                                             << u"--restore-time"_s;
        // Numbers and ids.
        QTest::newRow("limit not a number") << (list + QStringList{u"--limit"_s, u"ten"_s}) << u"--limit"_s;
        QTest::newRow("limit negative") << (list + QStringList{u"--limit"_s, u"-5"_s}) << u"--limit"_s;
        QTest::newRow("timeout zero") << (list + QStringList{u"--timeout"_s, u"0"_s}) << u"--timeout"_s;
        QTest::newRow("port out of range")
            << (dbs + QStringList{u"--dest-port"_s, u"70000"_s, u"--objects"_s, u"[{\"DBName\":\"a\"}]"_s}) << u"--dest-port"_s;
        QTest::newRow("instance id empty") << QStringList{u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, u""_s}
                                           << u"--instance"_s;
        QTest::newRow("backup id empty") << QStringList{u"alibaba"_s, u"backups"_s, u"download"_s, u"--instance"_s,
                                                        u"rm-x"_s, u"--backup-id"_s, u""_s, u"--out"_s, u"x.xb"_s}
                                         << u"--backup-id"_s;
        QTest::newRow("unknown job id") << QStringList{u"jobs"_s, u"wait"_s, u"../../etc/passwd"_s} << u"JobNotFound"_s;
        // JSON.
        QTest::newRow("table meta without name")
            << (ddr + QStringList{u"--restore-time"_s, u"2026-01-01T00:00:00Z"_s, u"--table-meta"_s, u"[{\"type\":\"db\"}]"_s})
            << u"TableMeta entry 1"_s;
        QTest::newRow("table meta an object")
            << (ddr + QStringList{u"--restore-time"_s, u"2026-01-01T00:00:00Z"_s, u"--table-meta"_s,
                                  u"{\"type\":\"db\",\"name\":\"a\"}"_s})
            << u"TableMeta"_s;
        QTest::newRow("table meta from a missing file")
            << (ddr + QStringList{u"--restore-time"_s, u"2026-01-01T00:00:00Z"_s, u"--table-meta"_s, u"@/no/such/meta.json"_s})
            << u"/no/such/meta.json"_s;
        QTest::newRow("objects with a number") << (dbs + QStringList{u"--objects"_s, u"[{\"DBName\":5}]"_s})
                                               << u"RestoreObjects[0]"_s;
        QTest::newRow("objects with an unknown key")
            << (dbs + QStringList{u"--objects"_s, u"[{\"DBName\":\"a\",\"Tables\":[\"t\"]}]"_s}) << u"RestoreObjects[0]"_s;
        QTest::newRow("objects truncated") << (dbs + QStringList{u"--objects"_s, u"[{\"DBName\":\"a\""_s})
                                           << u"RestoreObjects"_s;
    }

    void refusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        m_cli->environment().insert(u"RDSBM_DEST_PASSWORD"_s, u"bad-input-password"_s);
        const qint64 before = requestsSoFar();
        const CliRun run = m_cli->run(withEndpoint(arguments));
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.errText().startsWith(u"error: "_s), run.describe());
        QVERIFY2(run.errText().contains(named), run.describe());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(requestsSoFar(), before);
        QCOMPARE(journalSize(), 0);
    }

    void unwritableFolderIsReportedAndLeavesNothing()
    {
        const QString folder = unwritableFolder();
        if (folder.isEmpty())
            QSKIP("every folder tried could be written, even /sys");
        const QString target = QDir(folder).filePath(u"backup.xb"_s);
        const qint64 before = requestsSoFar();
        const CliRun run = m_cli->run(download(target));
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.errText().startsWith(u"error: InvalidOutputPath: --out: "_s), run.describe());
        QVERIFY2(run.errText().contains(QDir::toNativeSeparators(target)), run.describe());
        QCOMPARE(requestsSoFar(), before); // refused before asking the service anything
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(target + u".part"_s));
        QVERIFY(run.out.isEmpty());
    }

    void fullDiskKeepsWhatArrivedAndTheNextRunResumes()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is POSIX");
#else
        // The file may not grow past 2 MB: write() then fails with EFBIG, as on a full disk
        // (SIGXFSZ ignored, as a disk-full ENOSPC would not signal either).
        const QString target = m_directory.filePath(u"full-disk.xb"_s);
        QProcess process;
        process.setProcessEnvironment(m_cli->environment());
        process.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{2 * 1024 * 1024, 2 * 1024 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(CliRunner::executable(), download(target));
        const CliRun full = CliRunner::waitFor(process, 300000);
        QVERIFY2(full.exitCode == 1, full.describe());
        QVERIFY2(full.errText().contains(u"\nerror: DiskError: "_s), full.describe());
        QVERIFY2(full.errText().contains(QDir::toNativeSeparators(target + u".part"_s)), full.describe());
        QVERIFY(!QFileInfo::exists(target));
        const qint64 kept = QFileInfo(target + u".part"_s).size();
        QVERIFY2(kept > 0 && kept <= 2 * 1024 * 1024, qPrintable(QString::number(kept)));

        // Room again: the bytes that arrived are used, not fetched again.
        const CliRun resumed = m_cli->run(QStringList(download(target)) << u"--output"_s << u"json"_s);
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        QVERIFY2(resumed.err.contains("Resuming from " + QByteArray::number(kept) + " bytes"), resumed.describe());
        QCOMPARE(resumed.json().object()[u"ChecksumVerified"_s].toBool(), true);
        QCOMPARE(QFileInfo(target).size(), m_backup[u"BackupSize"_s].toInteger());
        QVERIFY(!QFileInfo::exists(target + u".part"_s));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
