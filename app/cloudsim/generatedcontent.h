#pragma once

#include <QByteArray>
#include <QString>

namespace rdsbm::cloudsim {

// The bytes of one simulated backup file: a 64-byte header naming the file, then the
// simulator's pseudo-random block repeated and cut to size. A pure function of
// (seed, key, size) that can produce any range without producing what comes before it.
class GeneratedContent
{
public:
    static constexpr qint64 headerSize = 64;
    static constexpr qint64 blockSize = 8192;

    GeneratedContent(QByteArray header, QByteArray block, qint64 size);

    qint64 size() const { return m_size; }

    // Copies bytes [offset, offset + length) into `out`; the range must lie inside the file.
    void read(qint64 offset, char *out, qint64 length) const;

    // The first min(size, 64) bytes are this header's; it names the key so a file is recognisable.
    static QByteArray headerFor(quint32 seed, const QString &key, qint64 size);
    // blockSize bytes shared by every file of a simulator with this seed.
    static QByteArray blockFor(quint32 seed);

private:
    QByteArray m_header;
    QByteArray m_block;
    qint64 m_size;
};

} // namespace rdsbm::cloudsim
