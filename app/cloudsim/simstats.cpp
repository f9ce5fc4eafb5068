#include "app/cloudsim/simstats.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

void SimStats::increment(const QString &group, const QString &key, qint64 by)
{
    m_flat[group][key] += by;
}

void SimStats::increment(const QString &group, const QString &key, const QString &subKey, qint64 by)
{
    m_nested[group][key][subKey] += by;
}

qint64 SimStats::value(const QString &group, const QString &key) const
{
    return m_flat.value(group).value(key);
}

qint64 SimStats::value(const QString &group, const QString &key, const QString &subKey) const
{
    return m_nested.value(group).value(key).value(subKey);
}

void SimStats::recordExecution(const QString &resourceId, const QString &action)
{
    increment(u"executions"_s, resourceId, action);
}

QJsonObject SimStats::toJson() const
{
    QJsonObject root;
    for (auto group = m_flat.cbegin(); group != m_flat.cend(); ++group) {
        QJsonObject counters;
        for (auto it = group->cbegin(); it != group->cend(); ++it)
            counters.insert(it.key(), it.value());
        root.insert(group.key(), counters);
    }
    for (auto group = m_nested.cbegin(); group != m_nested.cend(); ++group) {
        QJsonObject keys;
        for (auto key = group->cbegin(); key != group->cend(); ++key) {
            QJsonObject counters;
            for (auto it = key->cbegin(); it != key->cend(); ++it)
                counters.insert(it.key(), it.value());
            keys.insert(key.key(), counters);
        }
        root.insert(group.key(), keys);
    }
    return root;
}

void SimStats::restore(const QJsonObject &saved)
{
    m_flat.clear();
    m_nested.clear();
    for (auto group = saved.constBegin(); group != saved.constEnd(); ++group) {
        const QJsonObject keys = group.value().toObject();
        for (auto key = keys.constBegin(); key != keys.constEnd(); ++key) {
            if (key.value().isObject()) {
                const QJsonObject counters = key.value().toObject();
                for (auto it = counters.constBegin(); it != counters.constEnd(); ++it)
                    m_nested[group.key()][key.key()][it.key()] = it.value().toInteger();
            } else {
                m_flat[group.key()][key.key()] = key.value().toInteger();
            }
        }
    }
}

} // namespace rdsbm::cloudsim
