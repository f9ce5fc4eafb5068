#include "app/downloads/partialfilechecksum.h"

#include "app/domain/crc64.h"

#include <algorithm>

namespace rdsbm::downloads {

PartialFileChecksum::PartialFileChecksum(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(0);
    connect(&m_tick, &QTimer::timeout, this, &PartialFileChecksum::hashNextSlice);
}

void PartialFileChecksum::start(const QString &path, qint64 length)
{
    cancel();
    m_length = std::max<qint64>(length, 0);
    m_hashed = 0;
    m_checksum = 0;
    m_succeeded = false;
    m_errorString.clear();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Could not read %1 to resume it: %2")
                            .arg(path, m_file.errorString());
    }
    // Even an immediate answer goes through the timer, so finished() never fires inside start().
    m_tick.start();
}

void PartialFileChecksum::cancel()
{
    m_tick.stop();
    if (m_file.isOpen())
        m_file.close();
}

void PartialFileChecksum::hashNextSlice()
{
    if (!m_errorString.isEmpty()) {
        finishWith(false, m_errorString);
        return;
    }
    if (m_hashed >= m_length) {
        finishWith(true);
        return;
    }
    const qint64 wanted = std::min(m_sliceBytes, m_length - m_hashed);
    if (m_buffer.size() < wanted)
        m_buffer.resize(wanted);
    const qint64 got = m_file.read(m_buffer.data(), wanted);
    if (got <= 0) {
        finishWith(false,
                   tr("Could not read %1 to resume it: it ended after %2 of %3 bytes.")
                       .arg(m_file.fileName())
                       .arg(m_hashed)
                       .arg(m_length));
        return;
    }
    m_checksum = Crc64::extend(m_checksum, QByteArrayView(m_buffer.constData(), got));
    m_hashed += got;
    if (m_hashed >= m_length)
        finishWith(true);
}

void PartialFileChecksum::finishWith(bool succeeded, const QString &errorString)
{
    m_tick.stop();
    if (m_file.isOpen())
        m_file.close();
    m_succeeded = succeeded;
    m_errorString = errorString;
    Q_EMIT finished();
}

} // namespace rdsbm::downloads
