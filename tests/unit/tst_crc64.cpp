#include "app/domain/crc64.h"

#include <QRandomGenerator>
#include <QTest>

using rdsbm::Crc64;

class TestCrc64 : public QObject
{
    Q_OBJECT

private slots:
    void checkValue()
    {
        QCOMPARE(Crc64::of("123456789"), Crc64::checkValue);
        QCOMPARE(Crc64::of("123456789"), 11051210869376104954ULL);
        QCOMPARE(Crc64::extendBytewise(0, "123456789"), Crc64::checkValue);
    }

    void emptyInputIsZero() { QCOMPARE(Crc64::of({}), 0ULL); }

    void slicedEqualsBytewiseAtEveryLengthAndSplit()
    {
        QByteArray data(1031, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : data)
            c = char(generator.bounded(256));
        for (qsizetype length = 0; length < data.size(); length += 37) {
            const QByteArrayView view(data.constData(), length);
            const auto expected = Crc64::extendBytewise(0, view);
            QCOMPARE(Crc64::of(view), expected);
            const qsizetype split = length / 3;
            Crc64 running;
            running.update(view.first(split));
            running.update(view.sliced(split));
            QCOMPARE(running.value(), expected);
        }
    }

    void combineMatchesConcatenation()
    {
        QByteArray a(777, 'a'), b(1500, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : b)
            c = char(generator.bounded(256));
        QCOMPARE(Crc64::combine(Crc64::of(a), Crc64::of(b), quint64(b.size())), Crc64::of(a + b));
        QCOMPARE(Crc64::combine(Crc64::of(a), 0, 0), Crc64::of(a));
        QCOMPARE(Crc64::combine(0, Crc64::of(b), quint64(b.size())), Crc64::of(b));
    }
};

QTEST_GUILESS_MAIN(TestCrc64)
#include "tst_crc64.moc"
