#include "app/cloudsim/responderwriter.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

#include <QHttpServerResponder>
#include <QIODevice>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <algorithm>

namespace rdsbm::cloudsim {

namespace {

constexpr qint64 chunkSize = 64 * 1024;

bool isLengthOrConnection(const QByteArray &name)
{
    return name.compare("Content-Length", Qt::CaseInsensitive) == 0
        || name.compare("Connection", Qt::CaseInsensitive) == 0;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

// A random-access view of the first `limit` bytes of a sequential stream, so that Qt writes a
// Content-Length and pulls the body as the socket drains.
class SizedStreamDevice : public QIODevice
{
public:
    SizedStreamDevice(std::unique_ptr<QIODevice> source, qint64 declaredSize, qint64 limit)
        : m_source(std::move(source)), m_declaredSize(declaredSize), m_limit(limit)
    {
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_declaredSize; }
    bool atEnd() const override { return m_delivered >= m_limit; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 wanted = std::min(maxSize, m_limit - m_delivered);
        if (wanted <= 0)
            return m_delivered >= m_limit ? 0 : -1;
        const qint64 read = m_source->read(data, wanted);
        if (read > 0)
            m_delivered += read;
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_source;
    qint64 m_declaredSize;
    qint64 m_limit;
    qint64 m_delivered = 0;
};

#endif

} // namespace

void ResponderWriter::write(const std::shared_ptr<QHttpServerResponder> &responder,
                            const SimResponse &response, bool headOnly, qint64 cutOffAfter)
{
    if (!responder)
        return;
    const auto status = QHttpServerResponder::StatusCode(response.status);
    const bool streamed = bool(response.stream);
    const qint64 length = streamed ? response.streamLength : response.body.size();
    qint64 limit = headOnly ? 0 : length;
    if (cutOffAfter >= 0)
        limit = std::min(limit, cutOffAfter);

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    responder->writeStatusLine(status);
    for (const auto &[name, value] : response.headers) {
        if (!isLengthOrConnection(name))
            responder->writeHeader(name, value);
    }
    responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(length));
    if (!streamed || limit == 0) {
        responder->writeBody(response.body.left(limit));
        return;
    }
    std::shared_ptr<QIODevice> source(response.stream().release());
    if (!source || (!source->isOpen() && !source->open(QIODevice::ReadOnly)))
        return;
    auto *timer = new QTimer;
    auto sent = std::make_shared<qint64>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, responder, source, sent, limit] {
        QByteArray chunk(std::min(chunkSize, limit - *sent), Qt::Uninitialized);
        const qint64 read = chunk.isEmpty() ? 0 : source->read(chunk.data(), chunk.size());
        if (read > 0) {
            responder->writeBody(chunk.constData(), read);
            *sent += read;
        }
        if (read <= 0 || *sent >= limit)
            timer->deleteLater();
    });
    timer->start(0);
#else
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers) {
        if (!isLengthOrConnection(name))
            headers.append(QAnyStringView(name), QAnyStringView(value));
    }
    if (!streamed || limit == 0) {
        responder->write(response.body.left(limit), headers, status);
        return;
    }
    std::unique_ptr<QIODevice> source = response.stream();
    if (!source || (!source->isOpen() && !source->open(QIODevice::ReadOnly)))
        return;
    auto *device = new SizedStreamDevice(std::move(source), length, limit);
    device->open(QIODevice::ReadOnly);
    responder->write(device, headers, status);
#endif
}

} // namespace rdsbm::cloudsim

#endif
