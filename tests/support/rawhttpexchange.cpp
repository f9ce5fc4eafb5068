#include "tests/support/rawhttpexchange.h"

namespace rdsbm::testsupport {

RawHttpExchange::RawHttpExchange(const QHostAddress &address, quint16 port, QByteArray request, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_port(port)
    , m_request(std::move(request))
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket.readAll(); });
    const auto finish = [this] {
        if (m_closed)
            return;
        m_received += m_socket.readAll();
        m_closed = true;
        Q_EMIT closed();
    };
    connect(&m_socket, &QTcpSocket::disconnected, this, finish);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, finish);
}

QByteArray RawHttpExchange::getRequest(const QByteArray &target, quint16 port)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nConnection: close\r\n\r\n";
}

void RawHttpExchange::start()
{
    m_socket.connectToHost(m_address, m_port);
}

int RawHttpExchange::status() const
{
    if (!m_received.startsWith("HTTP/1.1 "))
        return 0;
    return m_received.mid(9, 3).toInt();
}

QByteArray RawHttpExchange::header(const QByteArray &name) const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    for (const QByteArray &line : m_received.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawHttpExchange::body() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}

bool RawHttpExchange::isComplete() const
{
    const QByteArray length = header("Content-Length");
    return status() != 0 && !length.isEmpty() && body().size() == length.toLongLong();
}

} // namespace rdsbm::testsupport
