#include "../downloads/fileserving.h"

#include "app/domain/crc64.h"
#include "app/downloads/downloadqueue.h"
#include "app/models/downloadtablemodel.h"
#include "app/models/modelroles.h"
#include "app/transport/httptransport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace rdsbm::downloads;
using rdsbm::Crc64;
using rdsbm::models::DownloadTableModel;

namespace {

constexpr int timeoutMs = 20000;

} // namespace

class TestDownloadTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_content;

    std::unique_ptr<DownloadQueue> makeQueue()
    {
        auto queue = std::make_unique<DownloadQueue>(*m_transport, m_dir->path(),
                                                     [](const QueuedDownload &, LinkDelivery deliver) {
                                                         deliver({}, u"no fresh link in this test"_s);
                                                     });
        DownloadOptions options;
        options.maxRetries = 1;
        options.backoff.initialDelay = 5ms;
        options.backoff.maxDelay = 10ms;
        queue->setOptions(options);
        return queue;
    }

    QueuedDownload entryFor(const QString &name, std::optional<std::uint64_t> checksum)
    {
        QueuedDownload entry;
        entry.targetPath = m_dir->filePath(name);
        entry.expectedChecksum = checksum;
        entry.expectedSize = m_content.size();
        entry.source = QJsonObject{{u"backupId"_s, name}};
        return entry;
    }

private slots:
    void init()
    {
        m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_content = generatedContent(512 * 1024 + 3, 11);
    }

    void cleanup()
    {
        m_server.reset();
        m_transport.reset();
        m_dir.reset();
    }

    void showsProgressWhileRunningAndKeepsTheVerifiedRow()
    {
        FileServing stall;
        stall.stallAfterBodyBytes = 200000;
        m_server->script({serveFile(m_content, stall), serveFile(m_content)});
        auto queue = makeQueue();
        DownloadTableModel model(*queue);
        model.setSampleInterval(20ms);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        const QString id = queue->enqueue(entryFor(u"a.xb"_s, Crc64::of(m_content)), m_server->url(u"/a"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfDownload(id), 0);
        QCOMPARE(model.rowOfBackup(u"a.xb"_s), 0);
        QCOMPARE(model.index(0, DownloadTableModel::FileColumn).data().toString(), u"a.xb"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, DownloadTableModel::BytesColumn).data(rdsbm::models::RawValueRole)
                                      .toLongLong(), 200000, timeoutMs);
        QCOMPARE(model.index(0, DownloadTableModel::ProgressColumn).data(rdsbm::models::RawValueRole).toInt(),
                 int(200000LL * 100 / m_content.size()));
        QCOMPARE(model.index(0, DownloadTableModel::StateColumn).data(rdsbm::models::StatusRole).toString(),
                 u"running"_s);
        QCOMPARE(model.index(0, DownloadTableModel::StateColumn).data().toString(), u"Downloading"_s);
        QVERIFY(model.index(0, DownloadTableModel::BytesColumn).data().toString().contains(u" of "_s));

        // Paused: the running object stays, the speed goes.
        queue->pause(id);
        QCOMPARE(model.index(0, DownloadTableModel::StateColumn).data().toString(), u"Paused"_s);
        QVERIFY(model.index(0, DownloadTableModel::SpeedColumn).data().toString().isEmpty());

        // Resumed: the second script serves the rest from the Range asked.
        queue->resume(id);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, DownloadTableModel::VerificationColumn).data().toString(),
                                  u"Verified"_s, timeoutMs);
        QCOMPARE(model.rowCount(), 1); // the queue forgot it, the model did not
        QVERIFY(!queue->entry(id));
        QCOMPARE(model.index(0, DownloadTableModel::ProgressColumn).data(rdsbm::models::RawValueRole).toInt(), 100);
        QCOMPARE(model.index(0, DownloadTableModel::StateColumn).data(rdsbm::models::StatusRole).toString(),
                 u"verified"_s);
        QCOMPARE(m_server->received().last().header("Range"), QByteArray("bytes=200000-"));

        model.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }

    void marksAMismatchAndAFailure()
    {
        m_server->script({serveFile(m_content)});
        auto queue = makeQueue();
        DownloadTableModel model(*queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        queue->enqueue(entryFor(u"bad.xb"_s, Crc64::of(m_content) ^ 1), m_server->url(u"/bad"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, DownloadTableModel::StateColumn).data(rdsbm::models::StatusRole)
                                      .toString(), u"mismatch"_s, timeoutMs);
        QCOMPARE(model.index(0, DownloadTableModel::VerificationColumn).data().toString(),
                 u"Mismatch: kept as .corrupt"_s);
        QVERIFY(model.index(0, DownloadTableModel::VerificationColumn).data(Qt::ToolTipRole).toString()
                    .contains(QString::number(Crc64::of(m_content))));
        QVERIFY(QFile::exists(m_dir->filePath(u"bad.xb.corrupt"_s)));

        m_server->script({ScriptedHttpServer::reply(404, "gone")});
        const QString failing = queue->enqueue(entryFor(u"gone.xb"_s, 1), m_server->url(u"/gone"_s));
        const int row = model.rowOfDownload(failing);
        QCOMPARE(row, 1);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(row, DownloadTableModel::StateColumn).data().toString(), u"Failed"_s,
                                  timeoutMs);
        QVERIFY(!model.index(row, DownloadTableModel::StateColumn).data(Qt::ToolTipRole).toString().isEmpty());
        model.clearFinished(); // the failed one stays in the queue and in the model
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).id, failing);

        queue->remove(failing);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsPersistedEntriesAfterARestart()
    {
        // What a previous run left: a paused entry and its .part.
        QFile part(m_dir->filePath(u"old.xb.part"_s));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_content.left(1000));
        part.close();
        const QJsonObject entry{{u"id"_s, u"old-1"_s},
                                {u"targetPath"_s, m_dir->filePath(u"old.xb"_s)},
                                {u"expectedSize"_s, double(m_content.size())},
                                {u"expectedChecksum"_s, QString::number(Crc64::of(m_content))},
                                {u"source"_s, QJsonObject{{u"backupId"_s, u"B-1"_s}}},
                                {u"status"_s, u"paused"_s}};
        QFile state(m_dir->filePath(u"downloads.json"_s));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"downloads"_s, QJsonArray{entry}}}).toJson());
        state.close();

        auto queue = makeQueue();
        DownloadTableModel model(*queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(queue->load(), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfBackup(u"B-1"_s), 0);
        QCOMPARE(model.index(0, DownloadTableModel::StateColumn).data().toString(), u"Paused"_s);
        QCOMPARE(model.index(0, DownloadTableModel::BytesColumn).data(rdsbm::models::RawValueRole).toLongLong(), 1000);
        QCOMPARE(model.index(0, DownloadTableModel::ProgressColumn).data(rdsbm::models::RawValueRole).toInt(),
                 int(1000LL * 100 / m_content.size()));

        // A model made after the load sees the same row.
        DownloadTableModel later(*queue);
        QCOMPARE(later.rowCount(), 1);
        QCOMPARE(later.rowAt(0).id, u"old-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestDownloadTableModel)
#include "tst_downloadtablemodel.moc"
