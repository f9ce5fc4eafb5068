#include "app/cloudsim/socketresponsewriter.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace rdsbm::cloudsim {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 socketHighWater = 512 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 204: return QByteArrayLiteral("No Content");
    case 206: return QByteArrayLiteral("Partial Content");
    case 304: return QByteArrayLiteral("Not Modified");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 416: return QByteArrayLiteral("Requested Range Not Satisfiable");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}

bool hasHeader(const SimHeaders &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

QByteArray SocketResponseWriter::head(const SimResponse &response, qint64 contentLength,
                                      bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    if (!hasHeader(response.headers, "Date"))
        out += "Date: " + httpDate() + "\r\n";
    if (!hasHeader(response.headers, "Server"))
        out += "Server: rdsbm-cloudsim\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += closeAfter ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    return out;
}

void SocketResponseWriter::write(QTcpSocket *socket, SimResponse response, Options options)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    auto *writer = new SocketResponseWriter(socket, std::move(response), options);
    writer->start();
}

SocketResponseWriter::SocketResponseWriter(QTcpSocket *socket, SimResponse response,
                                           Options options)
    : QObject(socket)
    , m_socket(socket)
    , m_response(std::move(response))
    , m_options(options)
{
}

void SocketResponseWriter::start()
{
    const bool streamed = bool(m_response.stream);
    const qint64 contentLength = streamed ? m_response.streamLength : m_response.body.size();
    m_socket->write(head(m_response, contentLength, m_options.closeAfter));

    m_bodyLimit = m_options.headOnly ? 0 : contentLength;
    if (m_options.cutOffAfter >= 0)
        m_bodyLimit = std::min(m_bodyLimit, m_options.cutOffAfter);

    if (streamed && m_bodyLimit > 0) {
        m_stream = m_response.stream();
        if (!m_stream || (!m_stream->isOpen() && !m_stream->open(QIODevice::ReadOnly))) {
            finish(true);
            return;
        }
        connect(m_socket, &QTcpSocket::bytesWritten, this, &SocketResponseWriter::pump);
        pump();
        return;
    }
    if (m_bodyLimit > 0)
        m_socket->write(m_response.body.constData(), m_bodyLimit);
    m_bodySent = m_bodyLimit;
    finish(m_bodySent < contentLength && !m_options.headOnly);
}

void SocketResponseWriter::pump()
{
    if (m_finished)
        return;
    QByteArray chunk;
    while (m_bodySent < m_bodyLimit && m_socket->bytesToWrite() < socketHighWater) {
        chunk.resize(std::min(chunkSize, m_bodyLimit - m_bodySent));
        const qint64 read = m_stream->read(chunk.data(), chunk.size());
        if (read <= 0) {
            finish(true);
            return;
        }
        m_socket->write(chunk.constData(), read);
        m_bodySent += read;
    }
    if (m_bodySent >= m_bodyLimit)
        finish(m_bodySent < m_response.streamLength);
}

void SocketResponseWriter::finish(bool cutShort)
{
    m_finished = true;
    m_stream.reset();
    // disconnectFromHost() lets the bytes already queued reach the client before the close,
    // so a cut-off download delivers its partial body and then ends early.
    if (cutShort || m_options.closeAfter)
        m_socket->disconnectFromHost();
    deleteLater();
}

} // namespace rdsbm::cloudsim
