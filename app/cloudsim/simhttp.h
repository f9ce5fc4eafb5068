#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

namespace rdsbm::cloudsim {

using SimHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as the simulator's API handlers see it: plain data, independent of the
// Qt HTTP Server version, so every handler is a testable function of request and state.
struct SimRequest
{
    QByteArray method;   // upper case
    QString path;        // decoded path, e.g. "/" or "/v3/{project}/backups"
    QByteArray rawQuery; // exactly as received (percent-encoded), without '?'
    SimHeaders headers;  // as received
    QByteArray body;
    QString peerAddress;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QUrlQuery query() const { return QUrlQuery(QString::fromUtf8(rawQuery)); }
};

// A response is either a small body or a stream produced on demand (backup files), never both.
struct SimResponse
{
    int status = 200;
    SimHeaders headers;
    QByteArray body;
    // For large bodies: a factory for a sequential device yielding exactly streamLength bytes.
    std::function<std::unique_ptr<QIODevice>()> stream;
    qint64 streamLength = 0;

    static SimResponse json(int status, const QJsonDocument &document)
    {
        SimResponse response;
        response.status = status;
        response.headers.append({QByteArrayLiteral("Content-Type"),
                                 QByteArrayLiteral("application/json;charset=utf-8")});
        response.body = document.toJson(QJsonDocument::Compact);
        return response;
    }
};

} // namespace rdsbm::cloudsim
