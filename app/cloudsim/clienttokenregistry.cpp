#include "app/cloudsim/clienttokenregistry.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

ClientTokenRegistry::Match ClientTokenRegistry::lookup(const QString &action, const QString &token,
                                                       const QString &fingerprint,
                                                       QJsonObject *response) const
{
    const auto it = m_entries.constFind(key(action, token));
    if (it == m_entries.constEnd())
        return Match::New;
    if (it->fingerprint != fingerprint)
        return Match::Mismatch;
    if (response)
        *response = it->response;
    return Match::Replay;
}

void ClientTokenRegistry::remember(const QString &action, const QString &token,
                                   const QString &fingerprint, const QJsonObject &response)
{
    m_entries.insert(key(action, token), {fingerprint, response});
}

QJsonArray ClientTokenRegistry::save() const
{
    QJsonArray saved;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const qsizetype split = it.key().indexOf(u'\n');
        saved.append(QJsonObject{
            {u"action"_s, it.key().left(split)},
            {u"token"_s, it.key().mid(split + 1)},
            {u"fingerprint"_s, it->fingerprint},
            {u"response"_s, it->response},
        });
    }
    return saved;
}

void ClientTokenRegistry::restore(const QJsonArray &saved)
{
    m_entries.clear();
    for (const QJsonValue &value : saved) {
        const QJsonObject entry = value.toObject();
        remember(entry.value(u"action"_s).toString(), entry.value(u"token"_s).toString(),
                 entry.value(u"fingerprint"_s).toString(), entry.value(u"response"_s).toObject());
    }
}

} // namespace rdsbm::cloudsim
