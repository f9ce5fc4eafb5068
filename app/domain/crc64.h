#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace rdsbm {

// CRC-64/XZ (ECMA-182 polynomial, reflected, init and xorout all ones): the checksum OSS reports
// as x-oss-hash-crc64ecma and RDS as a backup's Checksum. check("123456789") = 0x995DC9BBDF1939FA.
class Crc64
{
public:
    static constexpr std::uint64_t checkValue = 0x995DC9BBDF1939FAULL;

    void update(QByteArrayView data) { m_value = extend(m_value, data); }
    std::uint64_t value() const { return m_value; }
    void reset() { m_value = 0; }

    // The CRC of `previous` followed by `data` (the running value, not the raw register).
    static std::uint64_t extend(std::uint64_t previous, QByteArrayView data);
    static std::uint64_t of(QByteArrayView data) { return extend(0, data); }

    // The CRC of A||B from crc(A), crc(B) and the length of B, in O(log lengthB) time:
    // lets the simulator checksum multi-gigabyte generated files without reading them.
    static std::uint64_t combine(std::uint64_t crcA, std::uint64_t crcB, std::uint64_t lengthB);

    // The same byte loop the slicing tables are built from; kept as the benchmark's baseline.
    static std::uint64_t extendBytewise(std::uint64_t previous, QByteArrayView data);

private:
    std::uint64_t m_value = 0;
};

} // namespace rdsbm
