#include "app/cloudsim/generatedcontent.h"

#include "app/cloudsim/stablerandom.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace rdsbm::cloudsim {

GeneratedContent::GeneratedContent(QByteArray header, QByteArray block, qint64 size)
    : m_header(std::move(header)), m_block(std::move(block)), m_size(size)
{
    Q_ASSERT(m_header.size() == headerSize);
    Q_ASSERT(m_block.size() == blockSize);
}

void GeneratedContent::read(qint64 offset, char *out, qint64 length) const
{
    Q_ASSERT(offset >= 0 && length >= 0 && offset + length <= m_size);
    if (offset < headerSize && length > 0) {
        const qint64 count = std::min(length, headerSize - offset);
        std::memcpy(out, m_header.constData() + offset, static_cast<size_t>(count));
        out += count;
        offset += count;
        length -= count;
    }
    while (length > 0) {
        const qint64 inBlock = (offset - headerSize) % blockSize;
        const qint64 count = std::min(length, blockSize - inBlock);
        std::memcpy(out, m_block.constData() + inBlock, static_cast<size_t>(count));
        out += count;
        offset += count;
        length -= count;
    }
}

QByteArray GeneratedContent::headerFor(quint32 seed, const QString &key, qint64 size)
{
    const QByteArray keyBytes = key.toUtf8();
    const std::uint64_t fingerprint = StableRandom::hash(
        QByteArrayView(QByteArray(keyBytes + '\n' + QByteArray::number(size))), seed);
    // The fingerprint comes first so that long keys, cut off below, still give distinct headers.
    QByteArray header = "RDSBM-SIM " + StableRandom::hex64(fingerprint).toLatin1() + ' '
        + keyBytes;
    header.truncate(headerSize - 1);
    header = header.leftJustified(headerSize - 1, ' ');
    header += '\n';
    return header;
}

QByteArray GeneratedContent::blockFor(quint32 seed)
{
    QByteArray block(blockSize, Qt::Uninitialized);
    StableRandom random(StableRandom::mix(0x626C6F636BULL ^ seed));
    for (qint64 offset = 0; offset < blockSize; offset += 8)
        qToLittleEndian(random.next(), block.data() + offset);
    return block;
}

} // namespace rdsbm::cloudsim
