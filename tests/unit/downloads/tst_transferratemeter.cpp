#include "app/downloads/transferratemeter.h"

#include <QTest>

using namespace std::chrono_literals;
using rdsbm::downloads::TransferRateMeter;

class TestTransferRateMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToSayAtFirst()
    {
        TransferRateMeter meter;
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.addSample(0ms, 0);
        meter.addSample(100ms, 1000); // too short a span to mean anything
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QVERIFY(!meter.timeLeft(1000));
    }

    void steadyRateAndTimeLeft()
    {
        TransferRateMeter meter;
        for (int second = 0; second <= 4; ++second)
            meter.addSample(std::chrono::milliseconds(second * 1000), qint64(second) * 2'000'000);
        QCOMPARE(meter.bytesPerSecond(), 2'000'000.0);
        QCOMPARE(meter.timeLeft(10'000'000), std::optional<std::chrono::seconds>(5s));
        QCOMPARE(meter.timeLeft(1), std::optional<std::chrono::seconds>(1s));
    }

    void onlyTheWindowCounts()
    {
        TransferRateMeter meter(5s);
        meter.addSample(0ms, 0);
        meter.addSample(1000ms, 100'000'000); // a burst long ago
        for (int second = 2; second <= 12; ++second)
            meter.addSample(std::chrono::milliseconds(second * 1000), 100'000'000 + qint64(second - 1) * 1000);
        QVERIFY(qAbs(meter.bytesPerSecond() - 1000.0) < 1.0);
    }

    void aStallShowsAsZero()
    {
        TransferRateMeter meter(2s);
        meter.addSample(0ms, 0);
        meter.addSample(1000ms, 5000);
        for (int tick = 2; tick <= 6; ++tick)
            meter.addSample(std::chrono::milliseconds(tick * 1000), 5000);
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QVERIFY(!meter.timeLeft(100));
    }

    void goingBackStartsOver()
    {
        TransferRateMeter meter;
        meter.addSample(0ms, 0);
        meter.addSample(2000ms, 4000);
        meter.addSample(3000ms, 0); // the file was restarted from zero
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.addSample(4000ms, 3000);
        QCOMPARE(meter.bytesPerSecond(), 3000.0);
    }
};

QTEST_GUILESS_MAIN(TestTransferRateMeter)
#include "tst_transferratemeter.moc"
