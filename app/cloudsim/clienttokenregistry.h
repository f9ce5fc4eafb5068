#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rdsbm::cloudsim {

// What a write with a ClientToken answered, so that the same token gets the same answer and the
// write is not done twice. A token reused with different parameters is refused, as Alibaba's
// services do (IdempotentParameterMismatch). Only successful writes are remembered: a request
// that failed may be sent again with its token and then take effect.
class ClientTokenRegistry
{
public:
    enum class Match { New, Replay, Mismatch };

    Match lookup(const QString &action, const QString &token, const QString &fingerprint,
                 QJsonObject *response) const;
    void remember(const QString &action, const QString &token, const QString &fingerprint,
                  const QJsonObject &response);

    QJsonArray save() const;
    void restore(const QJsonArray &saved);

private:
    struct Entry
    {
        QString fingerprint;
        QJsonObject response;
    };
    static QString key(const QString &action, const QString &token) { return action + u'\n' + token; }

    QHash<QString, Entry> m_entries;
};

} // namespace rdsbm::cloudsim
