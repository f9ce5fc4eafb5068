#include "app/domain/crc64.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace rdsbm {

namespace {

constexpr std::uint64_t reflectedPolynomial = 0xC96C5795D7870F42ULL;

using SliceTables = std::array<std::array<std::uint64_t, 256>, 8>;

constexpr SliceTables makeTables()
{
    SliceTables tables{};
    for (std::uint64_t byte = 0; byte < 256; ++byte) {
        std::uint64_t crc = byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ reflectedPolynomial : crc >> 1;
        tables[0][byte] = crc;
    }
    for (std::size_t byte = 0; byte < 256; ++byte) {
        for (std::size_t slice = 1; slice < 8; ++slice) {
            const std::uint64_t previous = tables[slice - 1][byte];
            tables[slice][byte] = tables[0][previous & 0xFF] ^ (previous >> 8);
        }
    }
    return tables;
}

constexpr SliceTables tables = makeTables();

// Multiplication modulo the polynomial in the reflected bit order (x^0 is the top bit).
std::uint64_t multiplyModP(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t product = 0;
    for (std::uint64_t mask = 1ULL << 63; mask != 0; mask >>= 1) {
        if (a & mask) {
            product ^= b;
            if ((a & (mask - 1)) == 0)
                break;
        }
        b = (b & 1) ? (b >> 1) ^ reflectedPolynomial : b >> 1;
    }
    return product;
}

// powersOfX[k] = x^(2^k) mod P
const std::array<std::uint64_t, 64> &powersOfX()
{
    static const std::array<std::uint64_t, 64> powers = [] {
        std::array<std::uint64_t, 64> p{};
        std::uint64_t value = 1ULL << 62; // x^1
        for (auto &entry : p) {
            entry = value;
            value = multiplyModP(value, value);
        }
        return p;
    }();
    return powers;
}

// x^(n * 2^k) mod P
std::uint64_t xToTheNTimes2ToTheK(std::uint64_t n, unsigned k)
{
    std::uint64_t result = 1ULL << 63; // x^0
    while (n) {
        if (n & 1)
            result = multiplyModP(powersOfX()[k & 63], result);
        n >>= 1;
        ++k;
    }
    return result;
}

} // namespace

std::uint64_t Crc64::extend(std::uint64_t previous, QByteArrayView data)
{
    std::uint64_t crc = ~previous;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype remaining = data.size();

    while (remaining >= 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes, 8);
        if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
            word = qFromLittleEndian(word);
        crc ^= word;
        crc = tables[7][crc & 0xFF] ^ tables[6][(crc >> 8) & 0xFF] ^ tables[5][(crc >> 16) & 0xFF]
            ^ tables[4][(crc >> 24) & 0xFF] ^ tables[3][(crc >> 32) & 0xFF]
            ^ tables[2][(crc >> 40) & 0xFF] ^ tables[1][(crc >> 48) & 0xFF] ^ tables[0][crc >> 56];
        bytes += 8;
        remaining -= 8;
    }
    while (remaining-- > 0)
        crc = tables[0][(crc ^ *bytes++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

std::uint64_t Crc64::extendBytewise(std::uint64_t previous, QByteArrayView data)
{
    std::uint64_t crc = ~previous;
    for (const char c : data)
        crc = tables[0][(crc ^ static_cast<unsigned char>(c)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

std::uint64_t Crc64::combine(std::uint64_t crcA, std::uint64_t crcB, std::uint64_t lengthB)
{
    return multiplyModP(xToTheNTimes2ToTheK(lengthB, 3), crcA) ^ crcB;
}

} // namespace rdsbm
