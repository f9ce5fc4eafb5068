#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace rdsbm::cloudsim {

// Reproducible numbers and string fingerprints for the Huawei data and the file store:
// SplitMix64 and FNV-1a, our own arithmetic rather than qHash, whose output may change between
// Qt versions, so that the same --seed gives the same data set on every build.
class StableRandom
{
public:
    explicit StableRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    // In [low, high], inclusive.
    qint64 between(qint64 low, qint64 high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<qint64>(next() % span);
    }

    static std::uint64_t mix(std::uint64_t value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
        return value ^ (value >> 31);
    }

    static std::uint64_t hash(QByteArrayView bytes, std::uint64_t seed = 0)
    {
        std::uint64_t value = 0xCBF29CE484222325ULL ^ mix(seed);
        for (const char byte : bytes) {
            value ^= static_cast<unsigned char>(byte);
            value *= 0x100000001B3ULL;
        }
        return mix(value);
    }

    static std::uint64_t hash(const QString &text, std::uint64_t seed = 0)
    {
        const QByteArray utf8 = text.toUtf8();
        return hash(QByteArrayView(utf8), seed);
    }

    // 16 lowercase hex digits.
    static QString hex64(std::uint64_t value)
    {
        return QString::number(value, 16).rightJustified(16, u'0');
    }

private:
    std::uint64_t m_state;
};

} // namespace rdsbm::cloudsim
