#pragma once

#include <QString>

#include <cstdint>

namespace rdsbm::cloudsim {

// SplitMix64: a tiny generator whose whole state is one integer, so any item of the generated
// world (the k-th backup of an instance) can be derived on demand from (seed, instance, k)
// without generating the ones before it.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(std::uint64_t state) : m_state(state) {}

    static std::uint64_t mix(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0)
    {
        DeterministicRandom random(a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL) * 0xBF58476D1CE4E5B9ULL
                                   ^ (c + 0x85157AF5ULL) * 0x94D049BB133111EBULL);
        random.next();
        return random.next();
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound).
    int bounded(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    QString alphanumeric(int length)
    {
        static constexpr char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i)
            out.append(QLatin1Char(alphabet[bounded(36)]));
        return out;
    }

private:
    std::uint64_t m_state;
};

} // namespace rdsbm::cloudsim
