#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A loopback HTTP/1.1 server whose every reply is scripted by the test: canned answers, stalls,
// dropped connections, endless bodies, redirect loops. It records each request it reads.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    using Behaviour = std::function<void(const Request &, QTcpSocket &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    // Behaviours are used in order, one per request; the last one repeats.
    void script(QList<Behaviour> behaviours);
    const QList<Request> &received() const { return m_received; }

    static Behaviour reply(int status, QByteArray body,
                           QList<std::pair<QByteArray, QByteArray>> headers = {});
    static Behaviour json(int status, const QByteArray &body,
                          QList<std::pair<QByteArray, QByteArray>> extraHeaders = {});
    static Behaviour stall();          // read the request, never answer
    static Behaviour drop();           // read the request, close the connection
    static Behaviour cutAfterHeaders(); // start a 200 reply, then close mid-body
    static Behaviour trickle();        // headers, then one byte every 100 ms, forever
    static Behaviour redirectToSelf(); // 302 to the same target

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Behaviour> m_behaviours;
    QList<Request> m_received;
};
