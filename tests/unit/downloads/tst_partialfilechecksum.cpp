#include "app/domain/crc64.h"
#include "app/downloads/partialfilechecksum.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rdsbm::Crc64;
using rdsbm::downloads::PartialFileChecksum;

namespace {
QByteArray patternedBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 251) & 0xFF);
    return bytes;
}
} // namespace

class TestPartialFileChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_content = patternedBytes(100'003);
        m_path = m_dir.filePath(u"x.part"_s);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(m_content), qint64(m_content.size()));
    }

    void hashesInSlicesAcrossEventLoopTurns()
    {
        PartialFileChecksum hasher;
        hasher.setSliceBytes(10'000);
        QSignalSpy finished(&hasher, &PartialFileChecksum::finished);
        QVERIFY(finished.isValid());
        hasher.start(m_path, m_content.size());
        QCOMPARE(finished.count(), 0); // never inside start()
        QVERIFY(hasher.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(hasher.succeeded());
        QCOMPARE(hasher.bytesHashed(), qint64(m_content.size()));
        QCOMPARE(hasher.checksum(), Crc64::of(m_content));
    }

    void hashesOnlyThePrefixAskedFor()
    {
        PartialFileChecksum hasher;
        hasher.setSliceBytes(4096);
        QSignalSpy finished(&hasher, &PartialFileChecksum::finished);
        hasher.start(m_path, 54'321);
        QVERIFY(finished.wait(5000));
        QCOMPARE(hasher.checksum(), Crc64::of(m_content.left(54'321)));
    }

    void cancelStopsWithoutFinishing()
    {
        PartialFileChecksum hasher;
        hasher.setSliceBytes(1);
        QSignalSpy finished(&hasher, &PartialFileChecksum::finished);
        hasher.start(m_path, m_content.size());
        QTRY_VERIFY(hasher.bytesHashed() > 0);
        hasher.cancel();
        QVERIFY(!hasher.isRunning());
        const qint64 hashed = hasher.bytesHashed();
        QVERIFY(hashed < m_content.size());
        QVERIFY(!finished.wait(100)); // a stray tick would show here
        QCOMPARE(finished.count(), 0);
        QCOMPARE(hasher.bytesHashed(), hashed);
    }

    void missingOrShortFileFails()
    {
        PartialFileChecksum hasher;
        QSignalSpy finished(&hasher, &PartialFileChecksum::finished);
        hasher.start(m_dir.filePath(u"missing.part"_s), 10);
        QVERIFY(finished.wait(5000));
        QVERIFY(!hasher.succeeded());
        QVERIFY(hasher.errorString().contains(u"missing.part"_s));

        hasher.start(m_path, m_content.size() + 10);
        QVERIFY(finished.wait(5000));
        QVERIFY(!hasher.succeeded());
        QVERIFY(hasher.errorString().contains(QString::number(m_content.size())));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_content;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestPartialFileChecksum)
#include "tst_partialfilechecksum.moc"
