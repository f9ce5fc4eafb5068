#include "app/cloudsim/generatedfiledevice.h"

#include <algorithm>

namespace rdsbm::cloudsim {

GeneratedFileDevice::GeneratedFileDevice(GeneratedContent content, qint64 begin, qint64 length,
                                         QObject *parent)
    : QIODevice(parent), m_content(std::move(content)), m_begin(begin), m_length(length)
{
    Q_ASSERT(begin >= 0 && length >= 0 && begin + length <= m_content.size());
    open(QIODevice::ReadOnly);
}

qint64 GeneratedFileDevice::readData(char *data, qint64 maxSize)
{
    const qint64 position = pos();
    const qint64 count = std::min(maxSize, m_length - position);
    if (count <= 0)
        return 0;
    m_content.read(m_begin + position, data, count);
    return count;
}

qint64 GeneratedFileDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace rdsbm::cloudsim
