#include "app/downloads/transferratemeter.h"

#include <cmath>

namespace rdsbm::downloads {

namespace {
constexpr std::chrono::milliseconds shortestMeaningfulSpan{250};
}

TransferRateMeter::TransferRateMeter(std::chrono::milliseconds window)
    : m_window(window)
{
}

void TransferRateMeter::reset()
{
    m_samples.clear();
}

void TransferRateMeter::addSample(std::chrono::milliseconds at, qint64 totalBytes)
{
    if (!m_samples.isEmpty() && (at < m_samples.last().first || totalBytes < m_samples.last().second))
        m_samples.clear(); // the clock or the file went back (a restart from zero): start over
    m_samples.append({at, totalBytes});
    // Keep one sample at or before the window's start so the span covers the whole window.
    while (m_samples.size() > 2 && at - m_samples.at(1).first >= m_window)
        m_samples.removeFirst();
}

double TransferRateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const auto span = m_samples.last().first - m_samples.first().first;
    if (span < shortestMeaningfulSpan)
        return 0.0;
    const qint64 bytes = m_samples.last().second - m_samples.first().second;
    return double(bytes) * 1000.0 / double(span.count());
}

std::optional<std::chrono::seconds> TransferRateMeter::timeLeft(qint64 remainingBytes) const
{
    const double rate = bytesPerSecond();
    if (remainingBytes < 0 || rate <= 0.0)
        return std::nullopt;
    return std::chrono::seconds(qint64(std::ceil(double(remainingBytes) / rate)));
}

} // namespace rdsbm::downloads
