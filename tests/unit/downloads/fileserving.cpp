#include "fileserving.h"

#include <QRandomGenerator>

namespace {

std::optional<qint64> requestedStart(const ScriptedHttpServer::Request &request)
{
    const QByteArray range = request.header("Range").trimmed();
    if (!range.startsWith("bytes=") || !range.endsWith('-'))
        return std::nullopt;
    bool ok = false;
    const qint64 start = range.mid(6, range.size() - 7).toLongLong(&ok);
    return ok ? std::optional<qint64>(start) : std::nullopt;
}

} // namespace

ScriptedHttpServer::Behaviour serveFile(QByteArray content, FileServing options)
{
    return [content, options](const ScriptedHttpServer::Request &request, QTcpSocket &socket) {
        const qint64 size = content.size();
        const auto start = options.ignoreRange ? std::nullopt : requestedStart(request);
        QByteArray head;
        QByteArray body;
        if (start && *start >= size) {
            socket.write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */"
                         + QByteArray::number(size) + "\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        if (start) {
            const qint64 first = options.wrongRangeStart >= 0 ? options.wrongRangeStart : *start;
            body = content.mid(first);
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(first) + '-'
                + QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n";
        } else {
            body = content;
            head = "HTTP/1.1 200 OK\r\n";
        }
        head += "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
        if (options.crcHeader)
            head += "x-oss-hash-crc64ecma: " + QByteArray::number(quint64(*options.crcHeader)) + "\r\n";
        head += "\r\n";
        if (options.cutAfterBodyBytes >= 0) {
            socket.write(head + body.left(options.cutAfterBodyBytes));
            socket.disconnectFromHost(); // after the buffered bytes are out
            return;
        }
        if (options.stallAfterBodyBytes >= 0) {
            socket.write(head + body.left(options.stallAfterBodyBytes));
            return;
        }
        socket.write(head + body);
    };
}

ScriptedHttpServer::Behaviour refuseLink()
{
    return ScriptedHttpServer::reply(
        403,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
        "<Message>Request has expired.</Message><RequestId>5F0C0000000000000000000A</RequestId></Error>",
        {{"Content-Type", "application/xml"}});
}

ScriptedHttpServer::Behaviour serveFileOnlyWithToken(const QByteArray &token, QByteArray content)
{
    const auto serve = serveFile(std::move(content));
    const auto refuse = refuseLink();
    return [token, serve, refuse](const ScriptedHttpServer::Request &request, QTcpSocket &socket) {
        if (request.target.contains(token))
            serve(request, socket);
        else
            refuse(request, socket);
    };
}

QByteArray generatedContent(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xFF);
    return bytes;
}
