#pragma once

#include "app/cloudsim/simhttp.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace rdsbm::cloudsim {

// Writes one SimResponse straight onto a connection (Qt HTTP Server 6.4 hands us the socket):
// status line, headers, then the body; a stream is pulled in chunks only as fast as the socket
// drains, so a multi-gigabyte backup file is never held in memory. It can also stop the body
// part-way and close the connection, which is how a cut-off download looks to a client.
// It lives as a child of the socket, so a client that goes away takes it along.
class SocketResponseWriter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool headOnly = false;    // HEAD: headers (with the GET's Content-Length), no body
        bool closeAfter = false;  // the client asked for Connection: close
        qint64 cutOffAfter = -1;  // >= 0: send at most this many body bytes, then close
    };

    static void write(QTcpSocket *socket, SimResponse response, Options options);

    // "HTTP/1.1 200 OK\r\n" plus the headers every reply carries; shared with the responder path.
    static QByteArray head(const SimResponse &response, qint64 contentLength, bool closeAfter);

private:
    SocketResponseWriter(QTcpSocket *socket, SimResponse response, Options options);

    void start();
    void pump();
    void finish(bool cutShort);

    QTcpSocket *m_socket;
    SimResponse m_response;
    Options m_options;
    std::unique_ptr<QIODevice> m_stream;
    qint64 m_bodyLimit = 0;
    qint64 m_bodySent = 0;
    bool m_finished = false;
};

} // namespace rdsbm::cloudsim
