#include "app/cloudsim/backupfilestore.h"
#include "app/domain/crc64.h"

#include <QElapsedTimer>
#include <limits>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;

namespace {

const QDateTime linkTime = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
constexpr int lifetimeSeconds = 900;
constexpr qint64 headerSize = 64;
constexpr qint64 blockSize = 8192;

SimRequest requestFor(const QUrl &url, const QByteArray &method = "GET", const SimHeaders &headers = {})
{
    SimRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyDecoded);
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    request.headers = headers;
    return request;
}

QByteArray headerOf(const SimResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// Reads the streamed body the way the server does, in socket-sized chunks.
QByteArray bodyOf(const SimResponse &response)
{
    if (!response.stream)
        return response.body;
    auto device = response.stream();
    QByteArray body;
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        body += chunk;
    }
    return body;
}

std::uint64_t streamedCrc(const SimResponse &response, qint64 *length)
{
    auto device = response.stream();
    Crc64 crc;
    *length = 0;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(chunk.data(), chunk.size());
        if (read <= 0)
            break;
        crc.update(QByteArrayView(chunk.constData(), read));
        *length += read;
    }
    return crc.value();
}

} // namespace

class TestBackupFileStore : public QObject
{
    Q_OBJECT

private slots:
    void checksumEqualsCrcOfStreamedBytes_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("header minus one") << headerSize - 1;
        QTest::newRow("header only") << headerSize;
        QTest::newRow("header plus one") << headerSize + 1;
        QTest::newRow("one block minus one") << headerSize + blockSize - 1;
        QTest::newRow("one block") << headerSize + blockSize;
        QTest::newRow("one block plus one") << headerSize + blockSize + 1;
        QTest::newRow("odd size") << headerSize + 2 * blockSize + 7;
        QTest::newRow("3 MiB and 5 bytes") << qint64(3 * 1024 * 1024 + 5);
        QTest::newRow("64 MiB and 3 bytes") << qint64(64 * 1024 * 1024 + 3);
    }

    void checksumEqualsCrcOfStreamedBytes()
    {
        QFETCH(qint64, size);
        const BackupFileStore store(7, lifetimeSeconds);
        const QString key = u"rds/rm-bp1example/123456"_s;
        const SimResponse response = store.serve(requestFor(store.downloadUrl(key, size, false, linkTime)),
                                                 linkTime);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.streamLength, size);
        qint64 streamedLength = 0;
        const std::uint64_t crc = streamedCrc(response, &streamedLength);
        QCOMPARE(streamedLength, size);
        QCOMPARE(store.checksum(key, size), crc);
        QCOMPARE(headerOf(response, "x-oss-hash-crc64ecma"), QByteArray::number(quint64(crc)));
        QCOMPARE(headerOf(response, "Content-Length"), QByteArray::number(size));
        QCOMPARE(headerOf(response, "Accept-Ranges"), QByteArray("bytes"));
        QVERIFY(!headerOf(response, "ETag").isEmpty());
    }

    void contentIsAPureFunctionOfSeedKeyAndSize()
    {
        const BackupFileStore first(7, lifetimeSeconds);
        const BackupFileStore again(7, lifetimeSeconds);
        const BackupFileStore otherSeed(8, lifetimeSeconds);
        const QString key = u"huawei/inst/backup/file.qp"_s;
        auto bytes = [&](const BackupFileStore &store, const QString &fileKey, qint64 size) {
            return bodyOf(store.serve(requestFor(store.downloadUrl(fileKey, size, false, linkTime)), linkTime));
        };
        const QByteArray reference = bytes(first, key, 20000);
        QCOMPARE(reference.size(), 20000);
        QCOMPARE(bytes(again, key, 20000), reference);
        QVERIFY(bytes(otherSeed, key, 20000) != reference);
        QVERIFY(bytes(first, u"huawei/inst/backup/other.qp"_s, 20000) != reference);
        QVERIFY(reference.startsWith("RDSBM-SIM "));
        QVERIFY(reference.left(headerSize).contains(key.toUtf8()));
        QVERIFY(first.checksum(key, 20000) != otherSeed.checksum(key, 20000));
    }

    // A DescribeBackups page of 100 needs 100 checksums; files may be many gigabytes.
    void checksumsOfHugeFilesAreFast()
    {
        const BackupFileStore store(7, lifetimeSeconds);
        // The best of a few rounds, so that a busy machine does not fail the test.
        qint64 bestNs = std::numeric_limits<qint64>::max();
        std::uint64_t combined = 0;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 100; ++i)
                combined ^= store.checksum(u"rds/instance/backup-%1"_s.arg(i), (qint64(5) << 30) + 1000 * i + 17);
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        QVERIFY2(bestNs < 40'000'000, qPrintable(u"%1 us for 100 checksums"_s.arg(bestNs / 1000)));
        QVERIFY(combined != 0);
    }

    void rangesSelectExactlyTheRequestedBytes_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        const qint64 size = 100000;
        QTest::newRow("first-last") << QByteArray("bytes=10-19") << qint64(10) << qint64(19);
        QTest::newRow("across a block edge") << QByteArray("bytes=8250-8260") << qint64(8250) << qint64(8260);
        QTest::newRow("open ended") << QByteArray("bytes=99990-") << qint64(99990) << size - 1;
        QTest::newRow("suffix") << QByteArray("bytes=-100") << size - 100 << size - 1;
        QTest::newRow("suffix longer than file") << QByteArray("bytes=-200000") << qint64(0) << size - 1;
        QTest::newRow("last beyond end") << QByteArray("bytes=99999-200000") << size - 1 << size - 1;
        QTest::newRow("single byte") << QByteArray("bytes=0-0") << qint64(0) << qint64(0);
        QTest::newRow("spaces") << QByteArray(" bytes=5-6 ") << qint64(5) << qint64(6);
    }

    void rangesSelectExactlyTheRequestedBytes()
    {
        QFETCH(QByteArray, range);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const qint64 size = 100000;
        const BackupFileStore store(3, lifetimeSeconds);
        const QUrl url = store.downloadUrl(u"rds/i/b"_s, size, false, linkTime);
        const QByteArray whole = bodyOf(store.serve(requestFor(url), linkTime));
        const SimResponse response = store.serve(requestFor(url, "GET", {{"Range", range}}), linkTime);
        QCOMPARE(response.status, 206);
        QCOMPARE(headerOf(response, "Content-Range"),
                 "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + "/100000");
        QCOMPARE(response.streamLength, last - first + 1);
        QCOMPARE(headerOf(response, "Content-Length"), QByteArray::number(last - first + 1));
        QCOMPARE(bodyOf(response), whole.mid(first, last - first + 1));
        // The checksum header always describes the whole file, as OSS sends it.
        QCOMPARE(headerOf(response, "x-oss-hash-crc64ecma"), QByteArray::number(quint64(Crc64::of(whole))));
    }

    void unsatisfiableRangesAre416_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QByteArray>("range");
        QTest::newRow("starts at the end") << qint64(1000) << QByteArray("bytes=1000-");
        QTest::newRow("starts beyond") << qint64(1000) << QByteArray("bytes=5000-6000");
        QTest::newRow("empty suffix") << qint64(1000) << QByteArray("bytes=-0");
        QTest::newRow("empty file") << qint64(0) << QByteArray("bytes=0-");
    }

    void unsatisfiableRangesAre416()
    {
        QFETCH(qint64, size);
        QFETCH(QByteArray, range);
        const BackupFileStore store(3, lifetimeSeconds);
        const QUrl url = store.downloadUrl(u"rds/i/b"_s, size, false, linkTime);
        const SimResponse response = store.serve(requestFor(url, "GET", {{"Range", range}}), linkTime);
        QCOMPARE(response.status, 416);
        QCOMPARE(headerOf(response, "Content-Range"), "bytes */" + QByteArray::number(size));
        QVERIFY(response.body.contains("<Code>InvalidRange</Code>"));
        QVERIFY(!response.stream);
    }

    void rangesTheServerIgnoresGiveTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::newRow("multi-range") << QByteArray("bytes=0-1,5-9");
        QTest::newRow("last before first") << QByteArray("bytes=9-5");
        QTest::newRow("not a number") << QByteArray("bytes=a-b");
        QTest::newRow("other unit") << QByteArray("items=0-5");
        QTest::newRow("no dash") << QByteArray("bytes=5");
        QTest::newRow("negative first") << QByteArray("bytes=--5");
    }

    void rangesTheServerIgnoresGiveTheWholeFile()
    {
        QFETCH(QByteArray, range);
        const BackupFileStore store(3, lifetimeSeconds);
        const QUrl url = store.downloadUrl(u"rds/i/b"_s, 5000, false, linkTime);
        const SimResponse response = store.serve(requestFor(url, "GET", {{"Range", range}}), linkTime);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.streamLength, 5000);
        QVERIFY(headerOf(response, "Content-Range").isEmpty());
    }

    void ifRangeResumesOnlyTheSameFile()
    {
        const BackupFileStore store(3, lifetimeSeconds);
        const QUrl url = store.downloadUrl(u"rds/i/b"_s, 5000, false, linkTime);
        const QByteArray etag = headerOf(store.serve(requestFor(url, "HEAD"), linkTime), "ETag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        const SimResponse same = store.serve(requestFor(url, "GET", {{"Range", "bytes=100-"}, {"If-Range", etag}}),
                                             linkTime);
        QCOMPARE(same.status, 206);
        const SimResponse changed = store.serve(
            requestFor(url, "GET", {{"Range", "bytes=100-"}, {"If-Range", "\"0000000000000000\""}}), linkTime);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.streamLength, 5000);
    }

    void headAnswersLikeGetWithoutABody()
    {
        const BackupFileStore store(3, lifetimeSeconds);
        const QUrl url = store.downloadUrl(u"rds/i/b"_s, 123456, false, linkTime);
        const SimResponse get = store.serve(requestFor(url), linkTime);
        const SimResponse head = store.serve(requestFor(url, "HEAD"), linkTime);
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        // The writer takes Content-Length from the stream and sends no body for HEAD.
        QCOMPARE(head.streamLength, 123456);
        QCOMPARE(headerOf(head, "Content-Length"), QByteArray("123456"));
        QCOMPARE(headerOf(head, "ETag"), headerOf(get, "ETag"));
        QCOMPARE(headerOf(head, "x-oss-hash-crc64ecma"), headerOf(get, "x-oss-hash-crc64ecma"));
    }

    void otherMethodsAreRefused()
    {
        const BackupFileStore store(3, lifetimeSeconds);
        const SimResponse response = store.serve(
            requestFor(store.downloadUrl(u"rds/i/b"_s, 10, false, linkTime), "PUT"), linkTime);
        QCOMPARE(response.status, 405);
        QVERIFY(response.body.contains("<Code>MethodNotAllowed</Code>"));
    }

    void linksExpireAfterTheirLifetime()
    {
        const BackupFileStore store(3, lifetimeSeconds);
        const QUrl url = store.downloadUrl(u"rds/i/b"_s, 1000, false, linkTime);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"Expires"_s),
                 QString::number(linkTime.toSecsSinceEpoch() + lifetimeSeconds));
        QCOMPARE(store.linkExpiry(linkTime), linkTime.addSecs(lifetimeSeconds));
        QCOMPARE(store.serve(requestFor(url), linkTime.addSecs(lifetimeSeconds)).status, 200);

        const SimResponse expired = store.serve(requestFor(url), linkTime.addSecs(lifetimeSeconds + 1));
        QCOMPARE(expired.status, 403);
        QCOMPARE(headerOf(expired, "Content-Type"), QByteArray("application/xml"));
        QVERIFY(expired.body.contains("<Code>AccessDenied</Code>"));
        QVERIFY(expired.body.contains("<Message>Request has expired.</Message>"));
        QVERIFY(expired.body.contains("<Expires>2026-11-20T08:15:00.000Z</Expires>"));
        QVERIFY(!expired.stream);

        // A fresh link (the list APIs make one on every call) works again.
        const QDateTime later = linkTime.addSecs(lifetimeSeconds + 1);
        const QUrl fresh = store.downloadUrl(u"rds/i/b"_s, 1000, false, later);
        QVERIFY(fresh != url);
        QCOMPARE(store.serve(requestFor(fresh), later).status, 200);
    }

    void tamperedLinksAreRefused_data()
    {
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("signature changed") << u"Signature"_s << u"0"_s.repeated(64) << QByteArray("SignatureDoesNotMatch");
        QTest::newRow("size changed") << u"size"_s << u"999999"_s << QByteArray("SignatureDoesNotMatch");
        QTest::newRow("expiry pushed back") << u"Expires"_s << QString::number(linkTime.toSecsSinceEpoch() + 86400)
                                            << QByteArray("SignatureDoesNotMatch");
        QTest::newRow("signature removed") << u"Signature"_s << QString() << QByteArray("AccessDenied");
        QTest::newRow("size not a number") << u"size"_s << u"-5"_s << QByteArray("AccessDenied");
    }

    void tamperedLinksAreRefused()
    {
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QByteArray, code);
        const BackupFileStore store(3, lifetimeSeconds);
        QUrl url = store.downloadUrl(u"rds/i/b"_s, 1000, false, linkTime);
        QUrlQuery query(url);
        query.removeQueryItem(parameter);
        if (!value.isEmpty())
            query.addQueryItem(parameter, value);
        url.setQuery(query);
        const SimResponse response = store.serve(requestFor(url), linkTime);
        QCOMPARE(response.status, 403);
        QVERIFY2(response.body.contains("<Code>" + code + "</Code>"), response.body.constData());
        QVERIFY(!response.stream);
    }

    void aLinkServesOnlyItsOwnKey()
    {
        const BackupFileStore store(3, lifetimeSeconds);
        SimRequest request = requestFor(store.downloadUrl(u"rds/i/b"_s, 1000, false, linkTime));
        request.path = u"/files/rds/i/other"_s;
        QCOMPARE(store.serve(request, linkTime).status, 403);
        // Links of another simulator (another seed, so another secret) do not work here.
        const BackupFileStore otherSimulator(4, lifetimeSeconds);
        QCOMPARE(otherSimulator.serve(requestFor(store.downloadUrl(u"rds/i/b"_s, 1000, false, linkTime)), linkTime)
                     .status,
                 403);
    }

    void intranetLinksServeTheSameBytes()
    {
        BackupFileStore store(3, lifetimeSeconds);
        store.setBaseUrl(QUrl(u"http://127.0.0.1:8080"_s));
        const QUrl publicUrl = store.downloadUrl(u"rds/i/b"_s, 3000, false, linkTime);
        const QUrl intranetUrl = store.downloadUrl(u"rds/i/b"_s, 3000, true, linkTime);
        QCOMPARE(publicUrl.toString(QUrl::RemoveQuery), u"http://127.0.0.1:8080/files/rds/i/b"_s);
        QCOMPARE(intranetUrl.toString(QUrl::RemoveQuery), u"http://127.0.0.1:8080/intranet/files/rds/i/b"_s);
        QVERIFY(BackupFileStore::handles(publicUrl.path()));
        QVERIFY(BackupFileStore::handles(intranetUrl.path()));
        QVERIFY(!BackupFileStore::handles(u"/v3/projects"_s));
        QVERIFY(!BackupFileStore::handles(u"/"_s));
        QCOMPARE(bodyOf(store.serve(requestFor(intranetUrl), linkTime)),
                 bodyOf(store.serve(requestFor(publicUrl), linkTime)));
    }

    void keysWithAnyCharactersRoundTrip()
    {
        BackupFileStore store(3, lifetimeSeconds);
        store.setBaseUrl(QUrl(u"http://127.0.0.1:8080"_s));
        const QString key = u"huawei/实例 1/备份+%/file name.bak"_s;
        const QUrl url = store.downloadUrl(key, 4000, false, linkTime);
        // What a server sees: the link as text, parsed again.
        const QUrl received(url.toString(QUrl::FullyEncoded));
        const SimResponse response = store.serve(requestFor(received), linkTime);
        QCOMPARE(response.status, 200);
        QVERIFY(bodyOf(response).left(headerSize).contains("RDSBM-SIM"));
        QCOMPARE(Crc64::of(bodyOf(response)), store.checksum(key, 4000));
    }
};

QTEST_GUILESS_MAIN(TestBackupFileStore)
#include "tst_backupfilestore.moc"
