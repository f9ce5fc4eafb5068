#include "scriptedhttpserver.h"

#include <QTimer>

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
}

void ScriptedHttpServer::script(QList<Behaviour> behaviours)
{
    m_behaviours = std::move(behaviours);
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_received.append(request);
        const qsizetype index = std::min<qsizetype>(m_received.size() - 1, m_behaviours.size() - 1);
        if (index >= 0)
            m_behaviours.at(index)(request, *socket);
    }
    socket->setProperty("buffer", buffer);
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::reply(int status, QByteArray body,
                                                        QList<std::pair<QByteArray, QByteArray>> headers)
{
    return [=](const Request &, QTcpSocket &socket) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket.write(out);
    };
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::json(int status, const QByteArray &body,
                                                       QList<std::pair<QByteArray, QByteArray>> extraHeaders)
{
    extraHeaders.prepend({"Content-Type", "application/json"});
    return reply(status, body, extraHeaders);
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::stall()
{
    return [](const Request &, QTcpSocket &) {};
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::drop()
{
    return [](const Request &, QTcpSocket &socket) { socket.abort(); };
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::cutAfterHeaders()
{
    return [](const Request &, QTcpSocket &socket) {
        socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Req");
        socket.flush();
        socket.abort();
    };
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::trickle()
{
    return [](const Request &, QTcpSocket &socket) {
        socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{");
        auto *timer = new QTimer(&socket);
        QObject::connect(timer, &QTimer::timeout, &socket, [&socket] { socket.write(" "); });
        timer->start(100);
    };
}

ScriptedHttpServer::Behaviour ScriptedHttpServer::redirectToSelf()
{
    return [](const Request &request, QTcpSocket &socket) {
        socket.write("HTTP/1.1 302 Found\r\nLocation: " + request.target + "\r\nContent-Length: 0\r\n\r\n");
    };
}
