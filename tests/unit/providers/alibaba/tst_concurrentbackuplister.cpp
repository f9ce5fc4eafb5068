#include "../../transport/scriptedhttpserver.h"

#include "app/providers/alibaba/concurrentbackuplister.h"
#include "app/transport/httptransport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::alibaba;
using rdsbm::transport::Outcome;
using Server = ScriptedHttpServer;

namespace {

// Serves DescribeBackups pages of a list of `total` backups (ids 1..total) after a per-page delay,
// and records how many requests it held at once.
struct PageServer
{
    qint64 total = 0;
    QHash<int, int> delayMs;
    int inFlight = 0;
    int maxInFlight = 0;
    QList<int> requestedPages;
    std::function<QByteArray(int page, QByteArray body)> tamper; // may rewrite a page's reply

    QByteArray page(int number, int size) const
    {
        const qint64 first = qint64(number - 1) * size;
        const qint64 count = std::clamp<qint64>(total - first, 0, size);
        QByteArray items;
        for (qint64 i = first; i < first + count; ++i) {
            if (!items.isEmpty())
                items += ',';
            items += "{\"BackupId\":\"" + QByteArray::number(i + 1)
                + "\",\"BackupStatus\":\"Success\",\"BackupMode\":\"Automated\",\"BackupMethod\":\"Physical\","
                  "\"BackupStartTime\":\"2026-11-01T00:00:00Z\",\"BackupEndTime\":\"2026-11-01T00:10Z\","
                  "\"BackupSize\":" + QByteArray::number(1000 + i) + ",\"Checksum\":\"" + QByteArray::number(i * 7919)
                + "\",\"IsAvail\":1}";
        }
        return "{\"RequestId\":\"P-" + QByteArray::number(number) + "\",\"PageNumber\":\"" + QByteArray::number(number)
            + "\",\"PageRecordCount\":\"" + QByteArray::number(count) + "\",\"TotalRecordCount\":\""
            + QByteArray::number(total) + "\",\"TotalEcsSnapshotSize\":0,\"Items\":{\"Backup\":[" + items + "]}}";
    }
};

Server::Behaviour serve(const std::shared_ptr<PageServer> &state)
{
    return [state](const Server::Request &request, QTcpSocket &socket) {
        const QUrlQuery query(QString::fromLatin1(request.target.mid(request.target.indexOf('?') + 1)));
        const int number = query.queryItemValue(u"PageNumber"_s).toInt();
        const int size = query.queryItemValue(u"PageSize"_s).toInt();
        state->requestedPages.append(number);
        state->maxInFlight = std::max(state->maxInFlight, ++state->inFlight);
        QTimer::singleShot(state->delayMs.value(number), &socket, [state, &socket, number, size] {
            --state->inFlight;
            QByteArray body = state->page(number, size);
            int status = 200;
            if (state->tamper) {
                body = state->tamper(number, body);
                if (body.contains("\"Code\""))
                    status = 400;
            }
            socket.write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    };
}

} // namespace

class TestConcurrentBackupLister : public QObject
{
    Q_OBJECT

private:
    RdsClient client()
    {
        AlibabaAccount account;
        account.credentials = {u"demo-access-key-id"_s, u"demo-access-key-secret"_s, {}};
        account.regionId = u"cn-hangzhou"_s;
        account.endpoint = m_server->url();
        return RdsClient(*m_transport, AlibabaRequestFactory(account));
    }

    std::shared_ptr<PageServer> pages(qint64 total)
    {
        auto state = std::make_shared<PageServer>();
        state->total = total;
        // Shuffled delays: later pages often answer before earlier ones.
        QRandomGenerator random(20261120);
        const int pageCount = int((total + 99) / 100);
        for (int page = 1; page <= pageCount; ++page)
            state->delayMs.insert(page, int(random.bounded(40)));
        m_server->script({serve(state)});
        return state;
    }

    std::unique_ptr<ConcurrentBackupLister> lister(qint64 limit = 0, int maxInFlight = 4)
    {
        DescribeBackupsParameters filter;
        filter.dbInstanceId = u"rm-uf6wjk5xxxx"_s;
        filter.backupStatus = u"Success"_s;
        auto result = std::make_unique<ConcurrentBackupLister>(client(), filter);
        result->setLimit(limit);
        result->setMaxInFlight(maxInFlight);
        return result;
    }

    std::unique_ptr<rdsbm::transport::HttpTransport> m_transport;
    std::unique_ptr<Server> m_server;

private slots:
    void init()
    {
        m_transport = std::make_unique<rdsbm::transport::HttpTransport>();
        m_transport->setBackoffPolicy({std::chrono::milliseconds(5), std::chrono::milliseconds(20)});
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    void tenThousandBackupsArriveInOrderWithoutGapsOrDuplicates()
    {
        const auto state = pages(10000);
        auto listing = lister();
        QList<QString> ids;
        int batches = 0;
        connect(listing.get(), &ConcurrentBackupLister::batchReceived, this,
                [&](const QList<rdsbm::BackupSet> &batch) {
                    ++batches;
                    for (const rdsbm::BackupSet &backup : batch)
                        ids.append(backup.id);
                });
        QSignalSpy progress(listing.get(), &ConcurrentBackupLister::progressChanged);
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(progress.isValid());
        QVERIFY(finished.isValid());
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(60000));

        QVERIFY2(listing->result().succeeded(), qPrintable(listing->result().result.summary()));
        QCOMPARE(listing->result().totalRecordCount, 10000);
        QCOMPARE(listing->result().delivered, 10000);
        QVERIFY(!listing->result().stoppedAtLimit);
        QCOMPARE(ids.size(), 10000);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), QString::number(i + 1));
        QVERIFY(batches > 1);

        QCOMPARE(progress.size(), 100);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(progress.last().at(1).toInt(), 100);
        QCOMPARE(finished.size(), 1);

        QList<int> requested = state->requestedPages;
        QCOMPARE(requested.first(), 1);
        std::sort(requested.begin(), requested.end());
        QList<int> everyPage(100);
        std::iota(everyPage.begin(), everyPage.end(), 1);
        QCOMPARE(requested, everyPage);
        QVERIFY2(state->maxInFlight <= 4, qPrintable(QString::number(state->maxInFlight)));
        QVERIFY2(state->maxInFlight >= 2, qPrintable(QString::number(state->maxInFlight)));
    }

    void theFilterGoesWithEveryPage()
    {
        pages(250);
        auto listing = lister();
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(15000));
        QVERIFY(listing->result().succeeded());
        QCOMPARE(m_server->received().size(), 3);
        for (const Server::Request &request : m_server->received()) {
            const QUrlQuery query(QString::fromLatin1(request.target.mid(request.target.indexOf('?') + 1)));
            QCOMPARE(query.queryItemValue(u"PageSize"_s), u"100"_s);
            QCOMPARE(query.queryItemValue(u"BackupStatus"_s), u"Success"_s);
            QCOMPARE(query.queryItemValue(u"DBInstanceId"_s), u"rm-uf6wjk5xxxx"_s);
        }
    }

    void limitStopsEarly()
    {
        const auto state = pages(10000);
        auto listing = lister(250);
        qint64 received = 0;
        connect(listing.get(), &ConcurrentBackupLister::batchReceived, this,
                [&received](const QList<rdsbm::BackupSet> &batch) { received += batch.size(); });
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(15000));
        QVERIFY(listing->result().succeeded());
        QVERIFY(listing->result().stoppedAtLimit);
        QCOMPARE(listing->result().delivered, 250);
        QCOMPARE(received, 250);
        QCOMPARE(listing->pagesTotal(), 3);
        QVERIFY(std::all_of(state->requestedPages.cbegin(), state->requestedPages.cend(),
                            [](int page) { return page <= 3; }));
    }

    void emptyListFinishesWithNothing()
    {
        pages(0);
        auto listing = lister();
        QSignalSpy batches(listing.get(), &ConcurrentBackupLister::batchReceived);
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(15000));
        QVERIFY(listing->result().succeeded());
        QCOMPARE(listing->result().delivered, 0);
        QCOMPARE(batches.size(), 0);
        QCOMPARE(m_server->received().size(), 1);
    }

    void aListThatChangesWhileReadIsAnError()
    {
        const auto state = pages(1000);
        state->tamper = [](int page, QByteArray body) {
            return page == 7 ? body.replace("\"TotalRecordCount\":\"1000\"", "\"TotalRecordCount\":\"1001\"") : body;
        };
        auto listing = lister();
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(15000));
        QCOMPARE(listing->result().result.outcome, Outcome::ParseError);
        QVERIFY2(listing->result().result.errorMessage.contains(u"TotalRecordCount"_s),
                 qPrintable(listing->result().result.errorMessage));
    }

    void aShiftedPageIsCaughtNotSilentlyDeduplicated()
    {
        const auto state = pages(1000);
        // Page 4 repeats the last backup of page 3 and drops its own last one: a new backup pushed
        // the list down between the two requests.
        state->tamper = [](int page, QByteArray body) {
            if (page != 4)
                return body;
            return body.replace("\"BackupId\":\"400\"", "\"BackupId\":\"300\"");
        };
        auto listing = lister();
        QList<QString> ids;
        connect(listing.get(), &ConcurrentBackupLister::batchReceived, this,
                [&ids](const QList<rdsbm::BackupSet> &batch) {
                    for (const auto &backup : batch)
                        ids.append(backup.id);
                });
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(15000));
        QCOMPARE(listing->result().result.outcome, Outcome::ParseError);
        QCOMPARE(listing->result().delivered, 999);
        QCOMPARE(ids.count(u"300"_s), 1); // never delivered twice
    }

    void aFailingPageEndsTheListingWithItsError()
    {
        const auto state = pages(2000);
        state->tamper = [](int page, QByteArray body) {
            return page == 5 ? QByteArray(R"({"Code":"InvalidDBInstanceId.NotFound","Message":"gone","RequestId":"E-5"})")
                             : body;
        };
        auto listing = lister();
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(listing->result().result.outcome, Outcome::ServiceError);
        QCOMPARE(listing->result().result.errorCode, u"InvalidDBInstanceId.NotFound"_s);
        QCOMPARE(listing->result().result.requestId, u"E-5"_s);
        QVERIFY(listing->result().delivered <= 400);
    }

    void cancelStopsEverything()
    {
        const auto state = pages(10000);
        for (auto it = state->delayMs.begin(); it != state->delayMs.end(); ++it)
            it.value() = it.key() == 1 ? 0 : 2000;
        auto listing = lister();
        QSignalSpy batches(listing.get(), &ConcurrentBackupLister::batchReceived);
        QSignalSpy finished(listing.get(), &ConcurrentBackupLister::finished);
        QVERIFY(listing->start().isEmpty());
        QVERIFY(batches.wait(15000));
        QTRY_COMPARE(state->inFlight, 4);
        listing->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(listing->result().result.outcome, Outcome::Canceled);
        QCOMPARE(listing->result().delivered, 100);
        QCOMPARE(batches.size(), 1);
        QVERIFY(listing->isFinished());
    }

    void refusedFilterSendsNothing()
    {
        pages(100);
        DescribeBackupsParameters filter;
        filter.backupMode = u"Sometimes"_s;
        ConcurrentBackupLister listing(client(), filter);
        const ParameterErrors errors = listing.start();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, u"DBInstanceId"_s);
        QCOMPARE(errors.at(1).field, u"BackupMode"_s);
        QVERIFY(!listing.isFinished());
        QVERIFY(m_server->received().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentBackupLister)
#include "tst_concurrentbackuplister.moc"
