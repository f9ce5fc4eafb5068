// No secret leaks. A whole session against the simulator, with every rdsbm.* debug line on:
//  1. in-process, the desktop's path: profiles saved in a settings file, their secrets in a
//     SecretStore, resolved by CredentialResolver; instances and backups listed, a backup
//     downloaded, a cross-region restore submitted and followed by the JobTracker, Huawei
//     listed (its project discovered through IAM);
//  2. the rdsbm executable with the secrets in the SDK environment variables: the same steps
//     plus a Huawei and a DBS restore, a wrong secret, and a run killed with SIGSEGV.
// Then every captured log line, stderr and stdout, the settings and every file under the state
// and home folders, and /proc/<pid>/cmdline of each running rdsbm are searched for the secrets
// and for what signatures are computed from: the AccessKey secret (and the "secret&" HMAC key of
// signature V1), the Huawei SK, the STS token and the destination database password. A
// "Signature=" with a value left in plain text (a presigned link, a signed query) fails too.
#include "app/accounts/credentialresolver.h"
#include "app/accounts/inmemorysecretstore.h"
#include "app/accounts/profilestore.h"
#include "app/cloudsim/alibabaworld.h"
#include "app/downloads/backupdownload.h"
#include "app/jobs/jobjournal.h"
#include "app/jobs/jobtracker.h"
#include "app/operations/ddrrestorestatussource.h"
#include "app/operations/restoreddrtableoperation.h"
#include "app/providers/alibaba/concurrentbackuplister.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/httptransport.h"
#include "tests/integration/cli/clirunner.h"
#include "tests/support/simfixture.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::testsupport;

namespace {

// Distinctive values: nothing else in a log could contain them by chance.
const QString alibabaKeyId = u"LTAI5tSecretsTestKeyId"_s;
const QString alibabaSecret = u"AbCdSeCrEt-7f3e9a1c55b24d0e8a6f-ALIBABA"_s;
const QString stsToken = u"CAIS-sts-token-4c1d9e7b2a6f8e0d-STS"_s;
const QString huaweiAk = u"HWSECRETSTESTAK0001"_s;
const QString huaweiSk = u"HwSk-9b8a7c6d5e4f3a2b1c0d-HUAWEI"_s;
const QString destinationPassword = u"DestPw-1a2b3c4d5e6f-DBS"_s;

QStringList forbidden()
{
    return {alibabaSecret, alibabaSecret + u'&', stsToken, huaweiSk, destinationPassword,
            // The same, percent-encoded, as they would appear in a query string.
            QString::fromLatin1(QUrl::toPercentEncoding(alibabaSecret + u'&')), QString::fromLatin1(QUrl::toPercentEncoding(stsToken))};
}

// Every message Qt logs in this process, whatever the category or level.
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    }
    if (type == QtFatalMsg || type == QtCriticalMsg || type == QtWarningMsg)
        previousHandler(type, context, message);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    SimFixture m_fixture;
    QTemporaryDir m_directory;
    QStringList m_cmdlines; // /proc/<pid>/cmdline of the rdsbm processes, read while they ran
    struct Output
    {
        QString command;
        QByteArray out;
        QByteArray err;
    };
    QList<Output> m_outputs; // what each rdsbm run printed

    // Fails naming where a secret was found, or, in logs (`isLog`), a signature in plain text.
    // Results on stdout may hold presigned links: the contract's lists print BackupDownloadURL.
    static void scan(const QString &where, const QString &text, bool isLog = true)
    {
        for (const QString &secret : forbidden())
            QVERIFY2(!text.contains(secret), qPrintable(u"a secret in %1: ...%2..."_s.arg(where, text.mid(text.indexOf(secret) - 60, 120))));
        if (!isLog)
            return;
        static const QRegularExpression plainSignature(u"(?i)[?&]Signature=(?!\\[redacted\\])[^&\\s\"']+"_s);
        const auto match = plainSignature.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(u"a signature in plain text in %1: %2"_s.arg(where, match.captured(0))));
    }

    static void scanFolder(const QString &folder)
    {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(u".xb"_s) || path.endsWith(u".part"_s))
                continue; // backup contents, generated bytes
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            scan(path, QString::fromUtf8(file.readAll()));
            ++scanned;
        }
        QVERIFY2(scanned > 0, qPrintable(u"nothing to scan in "_s + folder));
    }

    cloudsim::SimulatorConfig config() const
    {
        cloudsim::SimulatorConfig config = SimFixture::fastConfig();
        config.jobSecondsPerStep = 0.05;
        config.alibabaAccessKeyId = alibabaKeyId;
        config.alibabaAccessKeySecret = alibabaSecret;
        config.huaweiAccessKey = huaweiAk;
        config.huaweiSecretKey = huaweiSk;
        return config;
    }

    QString instanceWith(const QString &region, const QString &engineVersion = {})
    {
        for (const cloudsim::RdsInstance &instance : m_fixture.simulator().alibaba().instances())
            if (instance.regionId == region && instance.engine == u"MySQL"_s && instance.baseStatus == u"Running"_s
                && instance.type == u"Primary"_s && !instance.databases.isEmpty()
                && (engineVersion.isEmpty() || instance.engineVersion == engineVersion))
                return instance.id;
        return {};
    }

    // Starts rdsbm and reads its command line from /proc as soon as it runs.
    std::unique_ptr<QProcess> startRdsbm(CliRunner &cli, const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cli.environment());
        QSignalSpy started(process.get(), &QProcess::started);
        process->start(CliRunner::executable(), arguments);
        process->closeWriteChannel();
        if (process->state() != QProcess::Running && !started.wait(30000))
            return process;
#ifdef Q_OS_LINUX
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(process->processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            m_cmdlines.append(QString::fromUtf8(cmdline.readAll().replace('\0', ' ')));
#endif
        return process;
    }

    // Runs rdsbm to its end.
    CliRun rdsbm(CliRunner &cli, const QStringList &arguments)
    {
        std::unique_ptr<QProcess> process = startRdsbm(cli, arguments);
        const CliRun run = CliRunner::waitFor(*process, 300000);
        m_outputs.append({arguments.join(u' '), run.out, run.err});
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        previousHandler = qInstallMessageHandler(capture);
        QVERIFY2(m_fixture.start(config()), qPrintable(m_fixture.errorString()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        m_fixture.stop();
    }

    void inProcessSessionFromSavedProfiles()
    {
        const QString home = m_directory.filePath(u"desktop"_s);
        QDir().mkpath(home);
        QSettings settings(QDir(home).filePath(u"settings.ini"_s), QSettings::IniFormat);
        accounts::ProfileStore profiles(settings);
        accounts::InMemorySecretStore secrets;

        accounts::Profile alibabaProfile;
        alibabaProfile.name = u"secrets-alibaba"_s;
        alibabaProfile.provider = Provider::Alibaba;
        alibabaProfile.defaultRegion = u"cn-hangzhou"_s;
        alibabaProfile.extraRegions = {u"cn-shanghai"_s};
        alibabaProfile.endpoint = m_fixture.simulator().baseUrl();
        alibabaProfile.accessKeyId = alibabaKeyId;
        alibabaProfile.signatureVersion = accounts::AlibabaSignatureVersion::V3;
        QCOMPARE(profiles.save(alibabaProfile), QString());
        accounts::Profile huaweiProfile;
        huaweiProfile.name = u"secrets-huawei"_s;
        huaweiProfile.provider = Provider::Huawei;
        huaweiProfile.defaultRegion = u"cn-north-4"_s;
        huaweiProfile.endpoint = m_fixture.simulator().baseUrl();
        huaweiProfile.accessKeyId = huaweiAk;
        QCOMPARE(profiles.save(huaweiProfile), QString());

        int written = 0;
        secrets.writeSecret(accounts::SecretStore::keyForProfile(alibabaProfile.name), alibabaSecret, this,
                            [&written](const accounts::SecretResult &result) { written += result.ok(); });
        secrets.writeSecret(accounts::SecretStore::keyForProfile(huaweiProfile.name), huaweiSk, this,
                            [&written](const accounts::SecretResult &result) { written += result.ok(); });
        QTRY_COMPARE(written, 2);
        settings.sync();

        // Resolved the way the application does: no environment, the profile and its keychain entry.
        accounts::CredentialResolver resolver(profiles, secrets, QProcessEnvironment());
        std::optional<accounts::CredentialResolution> alibabaResolution;
        std::optional<accounts::CredentialResolution> huaweiResolution;
        resolver.resolve(Provider::Alibaba, alibabaProfile.name, u"cn-hangzhou"_s, this,
                         [&alibabaResolution](const accounts::CredentialResolution &resolution) { alibabaResolution = resolution; });
        resolver.resolve(Provider::Huawei, huaweiProfile.name, u"cn-north-4"_s, this,
                         [&huaweiResolution](const accounts::CredentialResolution &resolution) { huaweiResolution = resolution; });
        QTRY_VERIFY(alibabaResolution && huaweiResolution);
        QVERIFY2(alibabaResolution->ok() && huaweiResolution->ok(),
                 qPrintable(alibabaResolution->problem + huaweiResolution->problem));

        transport::HttpTransport transport;
        alibaba::AlibabaAccount account;
        account.credentials = alibabaResolution->credentials->alibaba;
        account.regionId = u"cn-hangzhou"_s;
        account.endpoint = alibabaProfile.endpoint;
        account.signatureVersion = alibaba::SignatureVersion::V3;
        const alibaba::RdsClient rds(transport, alibaba::AlibabaRequestFactory(account));

        std::optional<alibaba::DbInstanceList> instances;
        rds.describeAllDBInstances({}, this, [&instances](transport::TypedReply<alibaba::DbInstanceList> reply) {
            QVERIFY2(reply.ok(), qPrintable(reply.result.summary()));
            instances = *reply.value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(instances.has_value(), 30000);
        QVERIFY(!instances->instances.isEmpty());

        const QString source = instanceWith(u"cn-hangzhou"_s, u"8.0"_s);
        alibaba::DescribeBackupsParameters filter;
        filter.dbInstanceId = source;
        alibaba::ConcurrentBackupLister lister(rds, filter);
        QList<BackupSet> backups;
        connect(&lister, &alibaba::ConcurrentBackupLister::batchReceived, this,
                [&backups](const QList<BackupSet> &batch) { backups += batch; });
        QSignalSpy listed(&lister, &alibaba::ConcurrentBackupLister::finished);
        QVERIFY(lister.start().isEmpty());
        QVERIFY(listed.wait(30000));
        QVERIFY2(lister.result().succeeded(), qPrintable(lister.result().result.summary()));

        // A download through its presigned link (a credential in its query).
        const BackupSet *small = nullptr;
        for (const BackupSet &backup : std::as_const(backups))
            if (!small && backup.isDownloadable() && backup.checksum && backup.sizeBytes > 0 && backup.sizeBytes < 8'000'000)
                small = &backup;
        QVERIFY(small);
        downloads::DownloadRequest request;
        request.url = small->downloadUrl;
        request.targetPath = QDir(home).filePath(u"backup.xb"_s);
        request.expectedChecksum = small->checksum;
        downloads::BackupDownload download(transport, request);
        QSignalSpy downloaded(&download, &downloads::BackupDownload::finished);
        download.start();
        QVERIFY(downloaded.wait(60000));
        QCOMPARE(download.result().outcome, downloads::DownloadOutcome::Verified);

        // A cross-region restore, recorded in the journal and followed to its end.
        jobs::JobJournal journal(QDir(home).filePath(u"state/jobs.json"_s));
        QString error;
        QVERIFY2(journal.load(error), qPrintable(error));
        jobs::JobTracker tracker(journal);
        tracker.setPollInterval(std::chrono::milliseconds(50));
        tracker.addStatusSource(std::make_shared<operations::DdrRestoreStatusSource>([&](const CloudJob &job) {
            return std::optional(rds.inRegion(job.regionId));
        }));
        alibaba::RestoreDdrTableParameters restore;
        restore.dbInstanceId = instanceWith(u"cn-shanghai"_s);
        restore.restoreType = alibaba::RestoreDdrType::PointInTime;
        restore.restoreTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        restore.sourceRegion = u"cn-hangzhou"_s;
        restore.sourceDBInstanceName = source;
        restore.tableMeta.addDatabase(m_fixture.simulator().alibaba().instance(source)->databases.first().name,
                                      u"secrets_copy"_s);
        operations::RestoreDdrTableOperation operation(tracker, rds.inRegion(u"cn-shanghai"_s), restore, alibabaProfile.name);
        QSignalSpy prepared(&operation, &operations::LongOperation::prepared);
        operation.prepare();
        QVERIFY(prepared.wait(30000));
        QCOMPARE(operation.result().outcome, operations::OperationOutcome::Ready);
        QSignalSpy submitted(&operation, &operations::LongOperation::finished);
        operation.submit();
        QVERIFY(submitted.wait(30000));
        QVERIFY2(operation.result().succeeded(), qPrintable(operation.result().failure.summary()));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.job(operation.result().localJobId)->state, JobState::Succeeded, 30000);

        // Huawei: the project id is discovered through IAM, every request signed with the SK.
        huawei::HuaweiAccount huaweiAccount;
        huaweiAccount.profileName = huaweiProfile.name;
        huaweiAccount.credentials = huaweiResolution->credentials->huawei;
        huaweiAccount.regionId = u"cn-north-4"_s;
        huaweiAccount.endpoint = huaweiProfile.endpoint;
        huawei::HuaweiRdsClient huaweiClient(transport, huaweiAccount);
        std::optional<QList<DbInstance>> huaweiInstances;
        huaweiClient.listInstances({}, this, [&huaweiInstances](transport::TypedReply<QList<DbInstance>> reply) {
            huaweiInstances = reply.value.value_or(QList<DbInstance>{});
        });
        QTRY_VERIFY_WITH_TIMEOUT(huaweiInstances.has_value(), 30000);
        QVERIFY(!huaweiInstances->isEmpty());

        // A wrong secret: the service's refusal (it echoes what it signed) is logged and reported.
        alibaba::AlibabaAccount wrong = account;
        wrong.credentials.accessKeySecret = alibabaSecret + u"-wrong"_s;
        std::optional<transport::ApiResult> refused;
        alibaba::RdsClient(transport, alibaba::AlibabaRequestFactory(wrong))
            .describeDBInstanceAttribute(source, this, [&refused](transport::TypedReply<alibaba::DbInstanceAttribute> reply) {
                refused = reply.result;
            });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QCOMPARE(refused->outcome, transport::Outcome::ServiceError);
        scan(u"the refusal's summary"_s, refused->summary());

        {
            QMutexLocker lock(&capturedMutex);
            QVERIFY2(captured.size() > 20, "debug logging was not on");
            bool sawNetLines = false;
            for (const QString &line : std::as_const(captured)) {
                scan(u"log line \""_s + line.left(200) + u'"', line);
                sawNetLines = sawNetLines || line.startsWith(u"rdsbm.net: "_s);
            }
            QVERIFY(sawNetLines);
        }
        scanFolder(home); // settings.ini and the job journal
        QFile settingsFile(settings.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(settingsFile.readAll().contains(alibabaKeyId.toUtf8())); // the profile is there, its secret not
    }

    void commandLineSessionFromTheEnvironment()
    {
        const QString workDirectory = m_directory.filePath(u"cli"_s);
        QDir().mkpath(workDirectory);
        CliRunner cli(workDirectory);
        cli.environment().insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, alibabaKeyId);
        cli.environment().insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, alibabaSecret);
        cli.environment().insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, stsToken);
        cli.environment().insert(u"HUAWEICLOUD_SDK_AK"_s, huaweiAk);
        cli.environment().insert(u"HUAWEICLOUD_SDK_SK"_s, huaweiSk);
        cli.environment().insert(u"RDSBM_DEST_PASSWORD"_s, destinationPassword);
        cli.environment().insert(u"QT_LOGGING_RULES"_s, u"rdsbm.*.debug=true;rdsbm.*.info=true"_s);
        const QString endpoint = m_fixture.simulator().baseUrl().toString();
        const auto run = [&](QStringList arguments) {
            arguments << u"--endpoint"_s << endpoint;
            return rdsbm(cli, arguments);
        };

        const QString source = instanceWith(u"cn-hangzhou"_s, u"8.0"_s);
        const CliRun instances = run({u"alibaba"_s, u"instances"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(instances.exitCode == 0, instances.describe());
        const CliRun backups = run({u"alibaba"_s, u"backups"_s, u"list"_s, u"--instance"_s, source, u"--output"_s, u"json"_s});
        QVERIFY2(backups.exitCode == 0, backups.describe());
        QString backupId;
        for (const QJsonValue &backup : backups.json().array())
            if (backupId.isEmpty() && !backup[u"BackupDownloadURL"_s].toString().isEmpty()
                && backup[u"BackupSize"_s].toInteger() > 0 && backup[u"BackupSize"_s].toInteger() < 8'000'000)
                backupId = backup[u"BackupId"_s].toString();
        QVERIFY(!backupId.isEmpty());
        const CliRun download = run({u"alibaba"_s, u"backups"_s, u"download"_s, u"--instance"_s, source,
                                     u"--backup-id"_s, backupId, u"--out"_s, QDir(workDirectory).filePath(u"b.xb"_s)});
        QVERIFY2(download.exitCode == 0, download.describe());

        const QString database = m_fixture.simulator().alibaba().instance(source)->databases.first().name;
        const CliRun ddr = run({u"--region"_s, u"cn-shanghai"_s, u"alibaba"_s, u"restore-ddr"_s, u"--instance"_s,
                                instanceWith(u"cn-shanghai"_s), u"--source-instance"_s, source, u"--source-region"_s,
                                u"cn-hangzhou"_s, u"--restore-time"_s,
                                QDateTime::currentDateTimeUtc().addSecs(-3600).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s),
                                u"--table-meta"_s, u"[{\"type\":\"db\",\"name\":\"%1\",\"newname\":\"cli_secret\"}]"_s.arg(database),
                                u"--yes"_s});
        QVERIFY2(ddr.exitCode == 0, ddr.describe());

        const CliRun huaweiList = run({u"huawei"_s, u"instances"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(huaweiList.exitCode == 0, huaweiList.describe());

        const auto plans = run({u"dbs"_s, u"plans"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(plans.exitCode == 0, plans.describe());
        QJsonObject plan;
        for (const QJsonValue &value : plans.json().array())
            if (plan.isEmpty() && value[u"DatabaseType"_s] == u"MySQL"_s && value[u"SourceEndpointInstanceType"_s] == u"RDS"_s)
                plan = value.toObject();
        QVERIFY(!plan.isEmpty());
        const cloudsim::DbsBackupPlan *simPlan = m_fixture.simulator().alibaba().plan(plan[u"BackupPlanId"_s].toString());
        QVERIFY(simPlan && !simPlan->fullBackups.isEmpty() && !simPlan->databases.isEmpty());
        const CliRun dbsRestore = run({u"dbs"_s, u"restore"_s, u"--plan"_s, simPlan->planId, u"--name"_s, u"secrets"_s,
                                       u"--dest-type"_s, u"Other"_s, u"--dest-ip"_s, u"10.9.8.7"_s, u"--dest-port"_s,
                                       u"3306"_s, u"--dest-user"_s, u"restorer"_s, u"--backup-set-id"_s,
                                       simPlan->fullBackups.first().backupSetId, u"--objects"_s,
                                       u"[{\"DBName\":\"%1\"}]"_s.arg(simPlan->databases.first()), u"--start"_s, u"--yes"_s});
        QVERIFY2(dbsRestore.exitCode == 0, dbsRestore.describe());

        const CliRun jobsList = run({u"jobs"_s, u"list"_s, u"--output"_s, u"json"_s});
        QVERIFY2(jobsList.exitCode == 0, jobsList.describe());

        // A wrong secret: the service says what it signed; we say it was refused, nothing more.
        cli.environment().insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, alibabaSecret + u"-wrong"_s);
        const CliRun refused = run({u"alibaba"_s, u"instances"_s, u"list"_s});
        QVERIFY2(refused.exitCode == 3, refused.describe());
        cli.environment().insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, alibabaSecret);

#ifdef Q_OS_UNIX
        // A crash mid-download: whatever a crash prints (a sanitizer's report, a core message).
        const QString largeBackup = [&] {
            QString id;
            qint64 largest = 0;
            for (const QJsonValue &backup : backups.json().array())
                if (!backup[u"BackupDownloadURL"_s].toString().isEmpty() && backup[u"BackupSize"_s].toInteger() > largest) {
                    largest = backup[u"BackupSize"_s].toInteger();
                    id = backup[u"BackupId"_s].toString();
                }
            return id;
        }();
        const QString crashTarget = QDir(workDirectory).filePath(u"crash.xb"_s);
        auto crashing = startRdsbm(cli, {u"alibaba"_s, u"backups"_s, u"download"_s, u"--instance"_s, source,
                                         u"--backup-id"_s, largeBackup, u"--out"_s, crashTarget, u"--endpoint"_s, endpoint});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(crashTarget + u".part"_s).size() > 0 || crashing->state() == QProcess::NotRunning, 60000);
        ::kill(pid_t(crashing->processId()), SIGSEGV);
        const CliRun crashed = CliRunner::waitFor(*crashing, 60000);
        m_outputs.append({u"crashed download"_s, crashed.out, crashed.err});
#endif

        QVERIFY(!m_outputs.isEmpty());
        bool sawDebugLines = false;
        for (const Output &output : std::as_const(m_outputs)) {
            scan(u"the stderr of rdsbm "_s + output.command, QString::fromUtf8(output.err));
            scan(u"the stdout of rdsbm "_s + output.command, QString::fromUtf8(output.out), false);
            sawDebugLines = sawDebugLines || output.err.contains("rdsbm.net");
        }
        QVERIFY2(sawDebugLines, "QT_LOGGING_RULES did not turn the debug lines on");
#ifdef Q_OS_LINUX
        QVERIFY(!m_cmdlines.isEmpty());
        for (const QString &cmdline : std::as_const(m_cmdlines))
            scan(u"/proc/<pid>/cmdline"_s, cmdline);
#endif
        scanFolder(workDirectory); // settings, journal, anything rdsbm wrote under HOME and RDSBM_STATE_DIR
    }
};

int main(int argc, char *argv[])
{
    // Every rdsbm.* line on, whatever the environment says (ctest turns debug off for the other
    // tests). QT_LOGGING_RULES is read once, when the application starts, and wins over
    // QLoggingCategory::setFilterRules(): it has to be set before.
    qputenv("QT_LOGGING_RULES", "rdsbm.*.debug=true\nrdsbm.*.info=true");
    QCoreApplication application(argc, argv);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
