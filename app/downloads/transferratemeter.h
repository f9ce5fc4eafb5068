#pragma once

#include <QList>

#include <chrono>
#include <optional>
#include <utility>

namespace rdsbm::downloads {

// Speed and time left over a sliding window of (time, total bytes) samples, so a stall shows up
// within seconds and a burst does not promise a time the link cannot keep. Pure: the caller
// passes a monotonic time.
class TransferRateMeter
{
public:
    explicit TransferRateMeter(std::chrono::milliseconds window = std::chrono::seconds(5));

    void reset();
    void addSample(std::chrono::milliseconds at, qint64 totalBytes);

    // 0 until the window spans enough time to say anything.
    double bytesPerSecond() const;
    std::optional<std::chrono::seconds> timeLeft(qint64 remainingBytes) const;

private:
    std::chrono::milliseconds m_window;
    QList<std::pair<std::chrono::milliseconds, qint64>> m_samples;
};

} // namespace rdsbm::downloads
