#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

namespace rdsbm::testsupport {

// One HTTP/1.1 request written byte for byte on its own connection (with Connection: close),
// and everything the server sends until it closes: for tests that must see what a client
// library would hide (a dropped connection, a body cut short) and for many connections at once.
class RawHttpExchange : public QObject
{
    Q_OBJECT

public:
    RawHttpExchange(const QHostAddress &address, quint16 port, QByteArray request, QObject *parent = nullptr);

    // A GET of `target` ("/?a=b" or a path) with Connection: close.
    static QByteArray getRequest(const QByteArray &target, quint16 port);

    void start();
    bool isClosed() const { return m_closed; }

    const QByteArray &received() const { return m_received; }
    int status() const;
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
    // True when the body holds as many bytes as Content-Length promised.
    bool isComplete() const;

Q_SIGNALS:
    void closed();

private:
    QTcpSocket m_socket;
    QHostAddress m_address;
    quint16 m_port;
    QByteArray m_request;
    QByteArray m_received;
    bool m_closed = false;
};

} // namespace rdsbm::testsupport
