#include "fileserving.h"

#include "app/domain/crc64.h"
#include "app/downloads/downloadqueue.h"
#include "app/transport/httptransport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using rdsbm::Crc64;
using namespace rdsbm::downloads;

namespace {

constexpr int timeoutMs = 20000;

DownloadOptions fastOptions()
{
    DownloadOptions options;
    options.maxRetries = 2;
    options.transferTimeout = 10s;
    options.backoff.initialDelay = 5ms;
    options.backoff.maxDelay = 20ms;
    return options;
}

QJsonArray persistedEntries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"downloads"_s).toArray();
}

} // namespace

class TestDownloadQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_content = generatedContent(1024 * 1024 + 77, 3);
        m_linkRequests = 0;
    }

    void cleanup()
    {
        m_server.reset();
        m_transport.reset();
        m_dir.reset();
    }

    void runsAtMostTheAllowedNumberAtOnce()
    {
        FileServing stall;
        stall.stallAfterBodyBytes = 1000;
        m_server->script({serveFile(m_content, stall)});
        auto queue = makeQueue();
        queue->setMaxConcurrent(2);
        const QString first = queue->enqueue(entryFor(u"a.xb"_s), m_server->url(u"/a?Signature=secret-a"_s));
        const QString second = queue->enqueue(entryFor(u"b.xb"_s), m_server->url(u"/b?Signature=secret-b"_s));
        const QString third = queue->enqueue(entryFor(u"c.xb"_s), m_server->url(u"/c?Signature=secret-c"_s));
        QCOMPARE(queue->runningCount(), 2);
        QCOMPARE(queue->entry(third)->status, QueuedDownload::Status::Waiting);
        QVERIFY(!queue->download(third));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->received().size(), 2, timeoutMs);

        // The list on disk names all three and none of their links.
        const QJsonArray saved = persistedEntries(queue->stateFilePath());
        QCOMPARE(saved.size(), 3);
        QFile file(queue->stateFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret-"));

        queue->cancel(first);
        QVERIFY(!queue->entry(first));
        QCOMPARE(queue->entry(third)->status, QueuedDownload::Status::Running);
        QCOMPARE(queue->runningCount(), 2);
        QVERIFY(QFileInfo::exists(target(u"a.xb"_s) + u".part"_s)); // a cancel keeps the bytes
        queue->pause(second);
        QCOMPARE(queue->entry(second)->status, QueuedDownload::Status::Paused);
        QCOMPARE(queue->runningCount(), 1);
        QCOMPARE(persistedEntries(queue->stateFilePath()).size(), 2);
    }

    void theSameFileIsNeverQueuedTwice()
    {
        FileServing stall;
        stall.stallAfterBodyBytes = 0;
        m_server->script({serveFile(m_content, stall)});
        auto queue = makeQueue();
        const QString id = queue->enqueue(entryFor(u"a.xb"_s), m_server->url(u"/a"_s));
        QCOMPARE(queue->enqueue(entryFor(u"a.xb"_s), m_server->url(u"/a"_s)), id);
        QCOMPARE(queue->entries().size(), 1);
    }

    void aRestartFindsTheUnfinishedDownloadAndResumesIt()
    {
        FileServing stall;
        stall.stallAfterBodyBytes = 300000;
        m_server->script({serveFile(m_content, stall)});
        QString id;
        {
            auto queue = makeQueue();
            id = queue->enqueue(entryFor(u"a.xb"_s), m_server->url(u"/a?Signature=first"_s));
            QTRY_COMPARE_WITH_TIMEOUT(queue->download(id)->bytesReceived(), qint64(300000), timeoutMs);
        } // the application quits mid-download

        m_server->script({serveFile(m_content)});
        const int requestsBefore = int(m_server->received().size());
        auto queue = makeQueue();
        QSignalSpy finished(queue.get(), &DownloadQueue::downloadFinished);
        QCOMPARE(queue->load(), QString());
        QCOMPARE(queue->entries().size(), 1);
        QCOMPARE(queue->entries().first().id, id);
        QCOMPARE(queue->entries().first().source.value(u"backupId"_s).toString(), u"a.xb"_s);
        QVERIFY(finished.wait(timeoutMs));
        const auto result = finished.first().at(1).value<DownloadResult>();
        QCOMPARE(result.outcome, DownloadOutcome::Verified);
        QCOMPARE(m_linkRequests, 1); // links are not persisted: a fresh one was asked for
        QCOMPARE(m_server->received().at(requestsBefore).header("Range"), QByteArray("bytes=300000-"));
        QVERIFY(queue->entries().isEmpty());
        QCOMPARE(persistedEntries(queue->stateFilePath()).size(), 0);
        QFile file(target(u"a.xb"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == m_content);
    }

    void failuresStayListedUntilRetried()
    {
        m_server->script({ScriptedHttpServer::reply(404, "<Error><Code>NoSuchKey</Code></Error>"), serveFile(m_content)});
        auto queue = makeQueue();
        QSignalSpy finished(queue.get(), &DownloadQueue::downloadFinished);
        const QString id = queue->enqueue(entryFor(u"a.xb"_s), m_server->url(u"/a"_s));
        QVERIFY(finished.wait(timeoutMs));
        QCOMPARE(queue->entry(id)->status, QueuedDownload::Status::Failed);
        QVERIFY(queue->entry(id)->lastError.contains(u"404"_s));
        const QJsonArray saved = persistedEntries(queue->stateFilePath());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(saved.first().toObject().value(u"expectedChecksum"_s).toString(), QString::number(Crc64::of(m_content)));

        queue->resume(id);
        QVERIFY(finished.wait(timeoutMs));
        QCOMPARE(finished.last().at(1).value<DownloadResult>().outcome, DownloadOutcome::Verified);
        QVERIFY(!queue->entry(id));
    }

    void aDamagedListIsReportedNotTrusted()
    {
        QVERIFY(QDir().mkpath(stateDirectory()));
        QFile file(QDir(stateDirectory()).filePath(u"downloads.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"downloads\": 12");
        file.close();
        auto queue = makeQueue();
        QVERIFY(queue->load().contains(u"damaged"_s));
        QVERIFY(queue->entries().isEmpty());
    }

private:
    std::unique_ptr<DownloadQueue> makeQueue()
    {
        auto queue = std::make_unique<DownloadQueue>(
            *m_transport, stateDirectory(), [this](const QueuedDownload &entry, LinkDelivery deliver) {
                ++m_linkRequests;
                deliver(m_server->url(u"/"_s + entry.source.value(u"backupId"_s).toString() + u"?Signature=fresh"_s), {});
            });
        queue->setOptions(fastOptions());
        return queue;
    }

    QueuedDownload entryFor(const QString &name) const
    {
        QueuedDownload entry;
        entry.targetPath = target(name);
        entry.expectedChecksum = Crc64::of(m_content);
        entry.source = QJsonObject{{u"provider"_s, u"alibaba"_s}, {u"backupId"_s, name}};
        return entry;
    }

    QString target(const QString &name) const { return m_dir->filePath(u"files/"_s + name); }
    QString stateDirectory() const { return m_dir->filePath(u"state"_s); }

    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_content;
    int m_linkRequests = 0;
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
