// rdsbm alibaba backups download against the simulator's object storage: a verified file only at
// PATH, a download killed part-way resumed from PATH.part, a damaged .part detected (PATH.corrupt,
// exit 5), and PATH never overwritten.
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

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::testsupport;

class TestCliDownloads : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QTemporaryDir m_directory;
    std::unique_ptr<CliRunner> m_cli;
    QString m_instance;
    QJsonObject m_small; // a few MB
    QJsonObject m_large; // hundreds of MB: long enough to be interrupted

    QStringList download(const QJsonObject &backup, const QString &path)
    {
        return {u"alibaba"_s, u"backups"_s, u"download"_s, u"--instance"_s, m_instance, u"--backup-id"_s,
                backup[u"BackupId"_s].toString(), u"--out"_s, path, u"--endpoint"_s,
                m_fixture.simulator().baseUrl().toString()};
    }

    QString path(const QString &name) const { return m_directory.filePath(name); }

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
                const QJsonObject backup = value.toObject();
                const qint64 size = backup[u"BackupSize"_s].toInteger();
                if (backup[u"BackupDownloadURL"_s].toString().isEmpty() || backup[u"Checksum"_s].toString().isEmpty())
                    continue;
                if (m_instance.isEmpty() || m_instance == id) {
                    if (size > 1'000'000 && size < 20'000'000 && m_small.isEmpty())
                        m_small = backup;
                    if (size > 150'000'000 && (m_large.isEmpty() || size > m_large[u"BackupSize"_s].toInteger()))
                        m_large = backup;
                    if (!m_small.isEmpty() && !m_large.isEmpty())
                        m_instance = id;
                }
            }
            if (!m_instance.isEmpty())
                break;
            m_small = {};
            m_large = {};
        }
        QVERIFY2(!m_instance.isEmpty(), "no instance with both a small and a large downloadable backup");
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_fixture.stop();
    }

    void verifiedFileLandsAtPathOnly()
    {
        const QString target = path(u"small.xb"_s);
        const CliRun run = m_cli->run(QStringList(download(m_small, target)) << u"--output"_s << u"json"_s);
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(QFileInfo(target).size(), m_small[u"BackupSize"_s].toInteger());
        QVERIFY(!QFileInfo::exists(target + u".part"_s));
        const QJsonObject result = run.json().object();
        QCOMPARE(result[u"Checksum"_s].toString(), m_small[u"Checksum"_s].toString());
        QCOMPARE(result[u"ChecksumVerified"_s].toBool(), true);
        QCOMPARE(result[u"Bytes"_s].toInteger(), m_small[u"BackupSize"_s].toInteger());

        // Never overwritten: a second run refuses before sending anything.
        const CliRun again = m_cli->run(download(m_small, target));
        QVERIFY2(again.exitCode == 2, again.describe());
        QVERIFY(again.errText().contains(u"error: OutputExists: "_s));

        const CliRun intranet = m_cli->run(QStringList(download(m_small, path(u"intranet.xb"_s))) << u"--intranet"_s);
        QVERIFY2(intranet.exitCode == 0, intranet.describe());
        QCOMPARE(QFileInfo(path(u"intranet.xb"_s)).size(), m_small[u"BackupSize"_s].toInteger());

        const CliRun missingFolder = m_cli->run(download(m_small, path(u"no/such/folder/x.xb"_s)));
        QVERIFY2(missingFolder.exitCode == 2, missingFolder.describe());
    }

    void damagedPartialFileIsDetected()
    {
        const QString target = path(u"damaged.xb"_s);
        QFile part(target + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(4096, 'x')); // not the file's first bytes
        part.close();
        const CliRun run = m_cli->run(download(m_small, target));
        QVERIFY2(run.exitCode == 5, run.describe());
        QVERIFY(run.errText().contains(u"Resuming from 4096 bytes"_s));
        QVERIFY2(run.errText().contains(u"error: ChecksumMismatch: "_s), run.describe());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(target + u".part"_s));
        QCOMPARE(QFileInfo(target + u".corrupt"_s).size(), m_small[u"BackupSize"_s].toInteger());
        QVERIFY(run.out.isEmpty());
    }

    void downloadKilledPartWayResumes()
    {
        const QString target = path(u"large.xb"_s);
        const QString partPath = target + u".part"_s;
        auto process = m_cli->start(download(m_large, target));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partPath).size() > 2'000'000, 60000);
        process->kill();
        QSignalSpy finished(process.get(), &QProcess::finished);
        QVERIFY(finished.wait(10000));
        const qint64 kept = QFileInfo(partPath).size();
        QVERIFY(kept > 0);
        QVERIFY2(kept < m_large[u"BackupSize"_s].toInteger(), "the download finished before it could be interrupted");
        QVERIFY(!QFileInfo::exists(target));

        const CliRun resumed = m_cli->run(QStringList(download(m_large, target)) << u"--output"_s << u"json"_s, {}, 300000);
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        QVERIFY2(resumed.errText().contains(u"Resuming from "_s), resumed.describe());
        QCOMPARE(QFileInfo(target).size(), m_large[u"BackupSize"_s].toInteger());
        QVERIFY(!QFileInfo::exists(partPath));
        QCOMPARE(resumed.json().object()[u"Checksum"_s].toString(), m_large[u"Checksum"_s].toString());
    }
};

QTEST_GUILESS_MAIN(TestCliDownloads)
#include "tst_cli_downloads.moc"
