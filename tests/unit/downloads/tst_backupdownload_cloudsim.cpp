#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/generatedcontent.h"
#include "app/cloudsim/simclock.h"
#include "app/cloudsim/simulator.h"
#include "app/downloads/backupdownload.h"
#include "app/transport/httptransport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using rdsbm::cloudsim::CloudSimulator;
using rdsbm::cloudsim::GeneratedContent;
using rdsbm::cloudsim::SimulatorConfig;
using rdsbm::downloads::BackupDownload;
using rdsbm::downloads::DownloadOptions;
using rdsbm::downloads::DownloadOutcome;
using rdsbm::downloads::DownloadRequest;
using rdsbm::downloads::LinkDelivery;

namespace {

constexpr int finishTimeoutMs = 60000;
const QString fileKey = u"custins100/hins100_data_20261120080000.xb"_s;
constexpr qint64 fileSize = 6 * 1024 * 1024 + 4321;

QByteArray expectedBytes(quint32 seed, qint64 from, qint64 length)
{
    const GeneratedContent content(GeneratedContent::headerFor(seed, fileKey, fileSize),
                                   GeneratedContent::blockFor(seed), fileSize);
    QByteArray bytes(length, Qt::Uninitialized);
    content.read(from, bytes.data(), length);
    return bytes;
}

DownloadOptions options()
{
    DownloadOptions options;
    options.maxRetries = 12;
    options.transferTimeout = 10s;
    options.backoff.initialDelay = 5ms;
    options.backoff.maxDelay = 50ms;
    return options;
}

} // namespace

// BackupDownload against the simulator's object storage over real HTTP: its presigned links,
// Range support, x-oss-hash-crc64ecma header, expiry (403) and injected faults.
class TestBackupDownloadCloudSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
    }

    void cleanup()
    {
        m_transport.reset();
        m_simulator.reset();
        m_dir.reset();
    }

    void downloadsAndVerifiesAgainstTheBackupChecksum()
    {
        startSimulator(SimulatorConfig{});
        const QUrl link = files().downloadUrl(fileKey, fileSize, false, m_simulator->clock().now());
        QCOMPARE(link.host(), u"127.0.0.1"_s);
        auto download = makeDownload(link);
        QSignalSpy finished(download.get(), &BackupDownload::finished);
        download->start();
        QVERIFY(finished.wait(finishTimeoutMs));
        QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
        QCOMPARE(download->result().headerChecksum, download->result().expectedChecksum);
        QCOMPARE(QFileInfo(target()).size(), fileSize);
        QFile file(target());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(100000) == expectedBytes(m_simulator->config().seed, 0, 100000));
    }

    void resumesAnExistingPartWithARange()
    {
        startSimulator(SimulatorConfig{});
        const qint64 already = 2 * 1024 * 1024 + 17;
        QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
        QFile part(target() + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        QCOMPARE(part.write(expectedBytes(m_simulator->config().seed, 0, already)), already);
        part.close();

        auto download = makeDownload(files().downloadUrl(fileKey, fileSize, false, m_simulator->clock().now()));
        QSignalSpy progress(download.get(), &BackupDownload::progressChanged);
        QSignalSpy finished(download.get(), &BackupDownload::finished);
        download->start();
        QVERIFY(finished.wait(finishTimeoutMs));
        QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
        QCOMPARE(download->result().attempts, 1);
        QCOMPARE(progress.first().at(0).toLongLong(), already); // the .part was counted, not refetched
        QCOMPARE(QFileInfo(target()).size(), fileSize);
    }

    void linkExpiredAtTheServerIsRefreshed()
    {
        SimulatorConfig config;
        config.downloadLinkLifetimeSeconds = 600;
        startSimulator(config);
        const QUrl stale = files().downloadUrl(fileKey, fileSize, false, m_simulator->clock().now());
        // The simulator's clock moves past the link's life; the download's own clock (the wall
        // clock) still trusts it, so only the server's 403 can tell.
        m_simulator->clock().advance(std::chrono::hours(1));
        auto download = makeDownload(stale);
        int refreshes = 0;
        download->setLinkRefresher([this, &refreshes](LinkDelivery deliver) {
            ++refreshes;
            deliver(files().downloadUrl(fileKey, fileSize, false, m_simulator->clock().now()), {});
        });
        download->setClock([] { return QDateTime::currentDateTimeUtc(); });
        QSignalSpy finished(download.get(), &BackupDownload::finished);
        download->start();
        QVERIFY(finished.wait(finishTimeoutMs));
        QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
        QCOMPARE(refreshes, 1);
        QCOMPARE(download->result().attempts, 2);
    }

    void survivesInjectedFaultsAndStillVerifies()
    {
        SimulatorConfig config;
        config.seed = 5;
        config.faultRate = 0.9;
        config.slowReplyMs = 50;
        startSimulator(config);
        auto download = makeDownload(files().downloadUrl(fileKey, fileSize, false, m_simulator->clock().now()));
        QSignalSpy finished(download.get(), &BackupDownload::finished);
        download->start();
        QVERIFY(finished.wait(finishTimeoutMs));
        QVERIFY2(download->result().outcome == DownloadOutcome::Verified, qPrintable(download->result().message));
        QVERIFY(download->result().attempts > 1); // with this seed the first attempt is cut off
        QCOMPARE(QFileInfo(target()).size(), fileSize);
    }

private:
    void startSimulator(const SimulatorConfig &config)
    {
        m_simulator = std::make_unique<CloudSimulator>(config);
        QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
    }

    rdsbm::cloudsim::BackupFileStore &files() { return m_simulator->files(); }
    QString target() const { return m_dir->filePath(u"downloads/hins100_data.xb"_s); }

    std::unique_ptr<BackupDownload> makeDownload(const QUrl &link)
    {
        DownloadRequest request;
        request.url = link;
        request.targetPath = target();
        request.expectedChecksum = files().checksum(fileKey, fileSize);
        auto download = std::make_unique<BackupDownload>(*m_transport, request);
        download->setOptions(options());
        CloudSimulator *simulator = m_simulator.get();
        download->setClock([simulator] { return simulator->clock().now(); });
        return download;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CloudSimulator> m_simulator;
    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;
};

QTEST_GUILESS_MAIN(TestBackupDownloadCloudSim)
#include "tst_backupdownload_cloudsim.moc"
