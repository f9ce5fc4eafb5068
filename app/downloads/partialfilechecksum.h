#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>

namespace rdsbm::downloads {

// The CRC-64 of the first `length` bytes of a file, computed on the caller's thread in bounded
// slices, one per event-loop turn.
//
// Why slices and not a worker thread: a resumed .part can be many gigabytes, but one slice
// (1 MiB by default) costs about a millisecond with the slicing-table CRC, so the event loop
// never waits long; cancel() is just stopping a timer; the file handle never crosses a thread;
// and the core needs no QtConcurrent. The price is throughput shared with the UI thread, which
// is fine for a one-off pass before a resume.
class PartialFileChecksum : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultSliceBytes = 1024 * 1024;

    explicit PartialFileChecksum(QObject *parent = nullptr);

    void setSliceBytes(qint64 bytes) { m_sliceBytes = bytes > 0 ? bytes : defaultSliceBytes; }

    // Restarts if already running. finished() follows on a later event-loop turn, never inside.
    void start(const QString &path, qint64 length);
    void cancel();

    bool isRunning() const { return m_tick.isActive(); }
    bool succeeded() const { return m_succeeded; }
    std::uint64_t checksum() const { return m_checksum; }
    qint64 bytesHashed() const { return m_hashed; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void finished();

private:
    void hashNextSlice();
    void finishWith(bool succeeded, const QString &errorString = {});

    QFile m_file;
    QTimer m_tick;
    QByteArray m_buffer;
    qint64 m_sliceBytes = defaultSliceBytes;
    qint64 m_length = 0;
    qint64 m_hashed = 0;
    std::uint64_t m_checksum = 0;
    bool m_succeeded = false;
    QString m_errorString;
};

} // namespace rdsbm::downloads
