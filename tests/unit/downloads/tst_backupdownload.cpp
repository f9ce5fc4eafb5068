#include "fileserving.h"

#include "app/domain/crc64.h"
#include "app/downloads/backupdownload.h"
#include "app/transport/httptransport.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using rdsbm::Crc64;
using rdsbm::downloads::BackupDownload;
using rdsbm::downloads::DownloadOptions;
using rdsbm::downloads::DownloadOutcome;
using rdsbm::downloads::DownloadRequest;
using rdsbm::downloads::LinkDelivery;

namespace {

constexpr int finishTimeoutMs = 20000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

DownloadOptions fastOptions()
{
    DownloadOptions options;
    options.maxRetries = 3;
    options.transferTimeout = std::chrono::milliseconds(10000);
    options.backoff.initialDelay = std::chrono::milliseconds(5);
    options.backoff.maxDelay = std::chrono::milliseconds(20);
    return options;
}

} // namespace

class TestBackupDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void completeDownloadIsVerified();
    void connectionCutMidBodyResumesWithRange();
    void newObjectResumesAnExistingPartFile();
    void resumedPartIsChecksummedFromDisk();
    void corruptedBytesAreKeptAsCorruptAndNothingAtPath();
    void serverChecksumHeaderIsCompared();
    void forbiddenLinkIsRefreshedAndContinues();
    void linkPastItsExpiresIsRefreshedBeforeAnyRequest();
    void failedRefreshEndsAsLinkExpired();
    void linkWithoutRefresherEndsAsLinkExpired();
    void unwritableDirectoryIsDiskError();
    void fullDiskIsDiskErrorAndKeepsPart();
    void cancelKeepsPartFile();
    void pauseThenResumeContinuesFromPart();
    void okInReplyToRangeRestartsCleanly();
    void wrongRangeStartRestartsCleanly();
    void completePartAnswered416IsVerified();
    void partLongerThanObjectStartsOver();
    void completePartWithKnownSizeNeedsNoRequest();
    void httpErrorIsNotRetried();
    void networkFailuresAreRetriedThenGiveUp();
    void existingTargetIsNotReplacedWithoutConsent();
    void existingTargetIsReplacedWithConsent();
    void missingChecksumIsReportedOrAllowed();
    void logsNeverContainTheLinkQuery();
    void progressAndSpeedAreReported();

private:
    std::unique_ptr<BackupDownload> makeDownload(const QUrl &url, std::optional<std::uint64_t> checksum,
                                                 qint64 size = -1);
    QString target() const { return m_dir->filePath(u"backups/hins1_data.xb"_s); }

    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_content;
};

void TestBackupDownload::init()
{
    m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_content = generatedContent(3 * 1024 * 1024 + 123);
}

void TestBackupDownload::cleanup()
{
    m_server.reset();
    m_transport.reset();
    m_dir.reset();
}

std::unique_ptr<BackupDownload> TestBackupDownload::makeDownload(const QUrl &url,
                                                                 std::optional<std::uint64_t> checksum, qint64 size)
{
    DownloadRequest request;
    request.url = url;
    request.targetPath = target();
    request.expectedChecksum = checksum;
    request.expectedSize = size;
    auto download = std::make_unique<BackupDownload>(*m_transport, request);
    download->setOptions(fastOptions());
    download->setRandomSource([] { return 0.5; });
    return download;
}

void TestBackupDownload::completeDownloadIsVerified()
{
    m_server->script({serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/bucket/hins1_data.xb?Expires=4102444800&Signature=abc"_s),
                                 Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    QVERIFY(finished.isValid());
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(finished.count(), 1);

    const auto &result = download->result();
    QCOMPARE(result.outcome, DownloadOutcome::Verified);
    QCOMPARE(result.finalPath, target());
    QCOMPARE(result.actualChecksum, std::optional<std::uint64_t>(Crc64::of(m_content)));
    QCOMPARE(result.bytes, qint64(m_content.size()));
    QVERIFY(readFile(target()) == m_content);
    QVERIFY(!QFileInfo::exists(download->partPath()));
    QCOMPARE(download->bytesTotal(), qint64(m_content.size()));

    QCOMPARE(m_server->received().size(), 1);
    const auto &sent = m_server->received().first();
    QVERIFY(sent.header("Range").isEmpty());
    QVERIFY(sent.header("Authorization").isEmpty());
    QVERIFY(sent.header("X-Sdk-Date").isEmpty());
    QCOMPARE(sent.header("Accept-Encoding"), QByteArray("identity"));
}

void TestBackupDownload::connectionCutMidBodyResumesWithRange()
{
    FileServing cut;
    cut.cutAfterBodyBytes = 1000000;
    m_server->script({serveFile(m_content, cut), serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy retries(download.get(), &BackupDownload::retryScheduled);
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));

    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(retries.count(), 1);
    QCOMPARE(m_server->received().size(), 2);
    QCOMPARE(m_server->received().at(1).header("Range"), QByteArray("bytes=1000000-"));
    QCOMPARE(download->result().actualChecksum, std::optional<std::uint64_t>(Crc64::of(m_content)));
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::newObjectResumesAnExistingPartFile()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, m_content.left(777777)));
    m_server->script({serveFile(m_content)});

    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy states(download.get(), &BackupDownload::stateChanged);
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));

    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().header("Range"), QByteArray("bytes=777777-"));
    QCOMPARE(states.first().first().value<BackupDownload::State>(), BackupDownload::State::Preparing);
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::resumedPartIsChecksummedFromDisk()
{
    // A .part whose first bytes are wrong must fail verification: the CRC of what is on disk is
    // recomputed, not assumed.
    QByteArray damagedPrefix = m_content.left(500000);
    damagedPrefix[1234] = char(damagedPrefix.at(1234) ^ 0x01);
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, damagedPrefix));
    m_server->script({serveFile(m_content)});

    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::ChecksumMismatch);
    QCOMPARE(download->result().actualChecksum,
             std::optional<std::uint64_t>(Crc64::of(damagedPrefix + m_content.mid(500000))));
}

void TestBackupDownload::corruptedBytesAreKeptAsCorruptAndNothingAtPath()
{
    QByteArray corrupted = m_content;
    corrupted[2000000] = char(corrupted.at(2000000) ^ 0x40);
    m_server->script({serveFile(corrupted)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));

    const auto &result = download->result();
    QCOMPARE(result.outcome, DownloadOutcome::ChecksumMismatch);
    QCOMPARE(result.expectedChecksum, std::optional<std::uint64_t>(Crc64::of(m_content)));
    QCOMPARE(result.actualChecksum, std::optional<std::uint64_t>(Crc64::of(corrupted)));
    QVERIFY(result.message.contains(QString::number(Crc64::of(m_content))));
    QVERIFY(result.message.contains(QString::number(Crc64::of(corrupted))));
    QCOMPARE(result.finalPath, download->corruptPath());
    QVERIFY(!QFileInfo::exists(target()));
    QVERIFY(!QFileInfo::exists(download->partPath()));
    QVERIFY(readFile(download->corruptPath()) == corrupted);
}

void TestBackupDownload::serverChecksumHeaderIsCompared()
{
    FileServing wrongHeader;
    wrongHeader.crcHeader = Crc64::of(m_content) ^ 1;
    m_server->script({serveFile(m_content, wrongHeader)});
    auto download = makeDownload(m_server->url(u"/f"_s), std::nullopt);
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::ChecksumMismatch);
    QCOMPARE(download->result().headerChecksum, wrongHeader.crcHeader);
    QVERIFY(!QFileInfo::exists(target()));

    // The same header with the right value verifies a download that had no Checksum of its own.
    QVERIFY(QFile::remove(download->corruptPath()));
    FileServing rightHeader;
    rightHeader.crcHeader = Crc64::of(m_content);
    m_server->script({serveFile(m_content, rightHeader)});
    auto second = makeDownload(m_server->url(u"/f"_s), std::nullopt);
    QSignalSpy secondFinished(second.get(), &BackupDownload::finished);
    second->start();
    QVERIFY(secondFinished.wait(finishTimeoutMs));
    QCOMPARE(second->result().outcome, DownloadOutcome::Verified);
}

void TestBackupDownload::forbiddenLinkIsRefreshedAndContinues()
{
    m_server->script({serveFileOnlyWithToken("token=fresh", m_content)});
    auto download = makeDownload(m_server->url(u"/f?token=stale"_s), Crc64::of(m_content));
    int refreshes = 0;
    download->setLinkRefresher([this, &refreshes](LinkDelivery deliver) {
        ++refreshes;
        deliver(m_server->url(u"/f?token=fresh"_s), {});
    });
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(refreshes, 1);
    QCOMPARE(m_server->received().size(), 2);
    QVERIFY(m_server->received().at(1).target.contains("token=fresh"));
}

void TestBackupDownload::linkPastItsExpiresIsRefreshedBeforeAnyRequest()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
    const qint64 past = now.addSecs(-60).toSecsSinceEpoch();
    const qint64 future = now.addSecs(3600).toSecsSinceEpoch();
    m_server->script({serveFileOnlyWithToken("Signature=fresh", m_content)});
    auto download = makeDownload(m_server->url(u"/f?Expires=%1&Signature=stale"_s.arg(past)), Crc64::of(m_content));
    download->setClock([now] { return now; });
    download->setLinkRefresher([this, future](LinkDelivery deliver) {
        // Answer later, as a real DescribeBackups would.
        QTimer::singleShot(10, this, [this, future, deliver] {
            deliver(m_server->url(u"/f?Expires=%1&Signature=fresh"_s.arg(future)), {});
        });
    });
    QSignalSpy states(download.get(), &BackupDownload::stateChanged);
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 1);
    QVERIFY(m_server->received().first().target.contains("Signature=fresh"));
    QCOMPARE(states.first().first().value<BackupDownload::State>(), BackupDownload::State::RefreshingLink);
}

void TestBackupDownload::failedRefreshEndsAsLinkExpired()
{
    m_server->script({refuseLink()});
    auto download = makeDownload(m_server->url(u"/f?token=stale"_s), Crc64::of(m_content));
    download->setLinkRefresher(
        [](LinkDelivery deliver) { deliver({}, u"DescribeBackups answered InvalidBackupId.NotFound"_s); });
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::LinkExpired);
    QVERIFY(download->result().message.contains(u"InvalidBackupId.NotFound"_s));
    QVERIFY(!QFileInfo::exists(target()));

    // A refresher that keeps handing out refused links is bounded too.
    auto looping = makeDownload(m_server->url(u"/f?token=stale"_s), Crc64::of(m_content));
    int refreshes = 0;
    looping->setLinkRefresher([this, &refreshes](LinkDelivery deliver) {
        ++refreshes;
        deliver(m_server->url(u"/f?token=still-stale"_s), {});
    });
    QSignalSpy loopingFinished(looping.get(), &BackupDownload::finished);
    looping->start();
    QVERIFY(loopingFinished.wait(finishTimeoutMs));
    QCOMPARE(looping->result().outcome, DownloadOutcome::LinkExpired);
    QCOMPARE(refreshes, fastOptions().maxLinkRefreshes);
}

void TestBackupDownload::linkWithoutRefresherEndsAsLinkExpired()
{
    m_server->script({refuseLink()});
    auto download = makeDownload(m_server->url(u"/f?token=stale"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::LinkExpired);
    QCOMPARE(m_server->received().size(), 1);
}

void TestBackupDownload::unwritableDirectoryIsDiskError()
{
    // A regular file where the folder should be: refused for every user, root included.
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    QVERIFY(writeFile(blocker, "x"));
    m_server->script({serveFile(m_content)});
    DownloadRequest request;
    request.url = m_server->url(u"/f"_s);
    request.targetPath = blocker + u"/backup.xb"_s;
    request.expectedChecksum = Crc64::of(m_content);
    BackupDownload download(*m_transport, request);
    QSignalSpy finished(&download, &BackupDownload::finished);
    download.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, finishTimeoutMs);
    QCOMPARE(download.result().outcome, DownloadOutcome::DiskError);
    QVERIFY2(download.result().message.contains(download.partPath()), qPrintable(download.result().message));
    QCOMPARE(m_server->received().size(), 0);
}

void TestBackupDownload::fullDiskIsDiskErrorAndKeepsPart()
{
#ifndef Q_OS_LINUX
    QSKIP("/dev/full stands in for a full disk on Linux only");
#else
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full here");
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(QFile::link(u"/dev/full"_s, target() + u".part"_s));
    m_server->script({serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::DiskError);
    QVERIFY2(download->result().message.contains(u"space"_s, Qt::CaseInsensitive),
             qPrintable(download->result().message));
    QVERIFY(QFileInfo(download->partPath()).isSymLink());
    QVERIFY(!QFileInfo::exists(target()));
#endif
}

void TestBackupDownload::cancelKeepsPartFile()
{
    FileServing stall;
    stall.stallAfterBodyBytes = 600000;
    m_server->script({serveFile(m_content, stall)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QTRY_COMPARE_WITH_TIMEOUT(download->bytesReceived(), qint64(600000), finishTimeoutMs);
    download->cancel();
    QCOMPARE(finished.count(), 1);
    download->cancel(); // safe, and still only one finished()
    QCOMPARE(finished.count(), 1);
    QCOMPARE(download->result().outcome, DownloadOutcome::Canceled);
    QCOMPARE(download->result().finalPath, download->partPath());
    QVERIFY(readFile(download->partPath()) == m_content.left(600000));
    QVERIFY(!QFileInfo::exists(target()));
}

void TestBackupDownload::pauseThenResumeContinuesFromPart()
{
    FileServing stall;
    stall.stallAfterBodyBytes = 400000;
    m_server->script({serveFile(m_content, stall), serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QTRY_COMPARE_WITH_TIMEOUT(download->bytesReceived(), qint64(400000), finishTimeoutMs);
    download->pause();
    QCOMPARE(download->state(), BackupDownload::State::Paused);
    QCOMPARE(QFileInfo(download->partPath()).size(), qint64(400000));
    QCOMPARE(finished.count(), 0);

    download->resume();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 2);
    QCOMPARE(m_server->received().at(1).header("Range"), QByteArray("bytes=400000-"));
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::okInReplyToRangeRestartsCleanly()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, m_content.left(500000)));
    FileServing ignore;
    ignore.ignoreRange = true;
    m_server->script({serveFile(m_content, ignore)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().first().header("Range"), QByteArray("bytes=500000-"));
    QCOMPARE(QFileInfo(target()).size(), qint64(m_content.size()));
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::wrongRangeStartRestartsCleanly()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, m_content.left(500000)));
    FileServing shifted;
    shifted.wrongRangeStart = 400000;
    m_server->script({serveFile(m_content, shifted), serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 2);
    QVERIFY(m_server->received().at(1).header("Range").isEmpty());
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::completePartAnswered416IsVerified()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, m_content));
    m_server->script({serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content)); // size unknown
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().header("Range"), QByteArray("bytes=%1-").replace("%1", QByteArray::number(m_content.size())));
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::partLongerThanObjectStartsOver()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, m_content + QByteArray(1000, 'z')));
    m_server->script({serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 2);
    QVERIFY(m_server->received().at(1).header("Range").isEmpty());
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::completePartWithKnownSizeNeedsNoRequest()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target() + u".part"_s, m_content));
    m_server->script({refuseLink()});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content), m_content.size());
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(m_server->received().size(), 0);
}

void TestBackupDownload::httpErrorIsNotRetried()
{
    m_server->script({ScriptedHttpServer::reply(404, "<Error><Code>NoSuchKey</Code></Error>")});
    auto download = makeDownload(m_server->url(u"/missing"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::HttpError);
    QCOMPARE(download->result().httpStatus, 404);
    QCOMPARE(m_server->received().size(), 1);
    QVERIFY(!QFileInfo::exists(target()));
}

void TestBackupDownload::networkFailuresAreRetriedThenGiveUp()
{
    m_server->script({ScriptedHttpServer::reply(503, "busy"), ScriptedHttpServer::reply(500, "oops"),
                      serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy retries(download.get(), &BackupDownload::retryScheduled);
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QCOMPARE(download->result().attempts, 3);
    QCOMPARE(retries.count(), 2);
    QCOMPARE(retries.at(1).at(0).toInt(), 2);

    // Dropped connections (Qt itself may resend a GET once on a dropped keep-alive connection,
    // so the server's count is not ours).
    m_server->script({ScriptedHttpServer::drop()});
    QVERIFY(QFile::remove(target()));
    auto failing = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy failingFinished(failing.get(), &BackupDownload::finished);
    failing->start();
    QVERIFY(failingFinished.wait(finishTimeoutMs));
    QCOMPARE(failing->result().outcome, DownloadOutcome::NetworkError);
    QCOMPARE(failing->result().attempts, fastOptions().maxRetries + 1);
    QVERIFY(!QFileInfo::exists(target()));
}

void TestBackupDownload::existingTargetIsNotReplacedWithoutConsent()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target(), "precious"));
    m_server->script({serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, finishTimeoutMs);
    QCOMPARE(download->result().outcome, DownloadOutcome::DiskError);
    QCOMPARE(readFile(target()), QByteArray("precious"));
    QCOMPARE(m_server->received().size(), 0);
}

void TestBackupDownload::existingTargetIsReplacedWithConsent()
{
    QVERIFY(QDir().mkpath(QFileInfo(target()).absolutePath()));
    QVERIFY(writeFile(target(), "old"));
    m_server->script({serveFile(m_content)});
    DownloadRequest request;
    request.url = m_server->url(u"/f"_s);
    request.targetPath = target();
    request.expectedChecksum = Crc64::of(m_content);
    request.overwriteExisting = true;
    BackupDownload download(*m_transport, request);
    QSignalSpy finished(&download, &BackupDownload::finished);
    download.start();
    QVERIFY(finished.wait(finishTimeoutMs));
    QCOMPARE(download.result().outcome, DownloadOutcome::Verified);
    QVERIFY(readFile(target()) == m_content);
}

void TestBackupDownload::missingChecksumIsReportedOrAllowed()
{
    m_server->script({serveFile(m_content)});
    auto strict = makeDownload(m_server->url(u"/f"_s), std::nullopt);
    QSignalSpy strictFinished(strict.get(), &BackupDownload::finished);
    strict->start();
    QVERIFY(strictFinished.wait(finishTimeoutMs));
    QCOMPARE(strict->result().outcome, DownloadOutcome::ChecksumUnavailable);
    QVERIFY(!QFileInfo::exists(target()));
    QVERIFY(readFile(strict->partPath()) == m_content);

    QVERIFY(QFile::remove(strict->partPath()));
    DownloadRequest request;
    request.url = m_server->url(u"/f"_s);
    request.targetPath = target();
    request.allowUnverified = true;
    BackupDownload lenient(*m_transport, request);
    QSignalSpy lenientFinished(&lenient, &BackupDownload::finished);
    lenient.start();
    QVERIFY(lenientFinished.wait(finishTimeoutMs));
    QCOMPARE(lenient.result().outcome, DownloadOutcome::Unverified);
    QVERIFY(lenient.result().succeeded());
    QVERIFY(readFile(target()) == m_content);
}

namespace {
QStringList *capturedLogs = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLogs)
        capturedLogs->append(message);
}
} // namespace

void TestBackupDownload::logsNeverContainTheLinkQuery()
{
    QStringList logs;
    capturedLogs = &logs;
    QLoggingCategory::setFilterRules(u"rdsbm.*=true"_s);
    const auto previous = qInstallMessageHandler(captureMessage);

    FileServing cut;
    cut.cutAfterBodyBytes = 1000;
    m_server->script({serveFile(m_content, cut), refuseLink(), serveFile(m_content)});
    auto download = makeDownload(m_server->url(u"/f?OSSAccessKeyId=LTAIsecretid&Signature=s3cr3tsig"_s),
                                 Crc64::of(m_content));
    download->setLinkRefresher([this](LinkDelivery deliver) {
        deliver(m_server->url(u"/f?OSSAccessKeyId=LTAIsecretid&Signature=fr3shsig"_s), {});
    });
    QSignalSpy finished(download.get(), &BackupDownload::finished);
    download->start();
    const bool done = finished.wait(finishTimeoutMs);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"rdsbm.*.debug=false"_s);
    capturedLogs = nullptr;

    QVERIFY(done);
    QCOMPARE(download->result().outcome, DownloadOutcome::Verified);
    QVERIFY(!logs.isEmpty());
    const QString all = logs.join(u'\n');
    QVERIFY2(!all.contains(u"s3cr3tsig"_s) && !all.contains(u"fr3shsig"_s) && !all.contains(u"LTAIsecretid"_s),
             qPrintable(all));
    QVERIFY(!download->result().message.contains(u"Signature"_s));
}

void TestBackupDownload::progressAndSpeedAreReported()
{
    FileServing stall;
    stall.stallAfterBodyBytes = 300000;
    m_server->script({serveFile(m_content, stall)});
    auto download = makeDownload(m_server->url(u"/f"_s), Crc64::of(m_content));
    QSignalSpy progress(download.get(), &BackupDownload::progressChanged);
    download->start();
    QTRY_COMPARE_WITH_TIMEOUT(download->bytesReceived(), qint64(300000), finishTimeoutMs);
    QVERIFY(!progress.isEmpty());
    qint64 previous = -1;
    for (const auto &arguments : progress) {
        const qint64 received = arguments.at(0).toLongLong();
        QVERIFY(received >= previous);
        previous = received;
    }
    QCOMPARE(previous, qint64(300000));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_content.size()));
    QCOMPARE(download->bytesTotal(), qint64(m_content.size()));
    QVERIFY(download->bytesPerSecond() >= 0.0);
    download->cancel();
}

QTEST_GUILESS_MAIN(TestBackupDownload)
#include "tst_backupdownload.moc"
