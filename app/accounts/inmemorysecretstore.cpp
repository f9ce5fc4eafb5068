#include "app/accounts/inmemorysecretstore.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts {

void InMemorySecretStore::deliver(QObject *context, SecretHandler handler, SecretResult result)
{
    QTimer::singleShot(0, context, [handler = std::move(handler), result = std::move(result)] { handler(result); });
}

SecretResult InMemorySecretStore::failure() const
{
    return SecretResult{m_failure, {}, u"The in-memory secret store was told to fail."_s};
}

void InMemorySecretStore::readSecret(const QString &key, QObject *context, SecretHandler handler)
{
    ++m_operations;
    if (failing())
        return deliver(context, std::move(handler), failure());
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return deliver(context, std::move(handler), SecretResult{SecretStatus::NotFound, {}, u"No such entry."_s});
    deliver(context, std::move(handler), SecretResult{SecretStatus::Ok, *it, {}});
}

void InMemorySecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      SecretHandler handler)
{
    ++m_operations;
    if (failing())
        return deliver(context, std::move(handler), failure());
    m_secrets.insert(key, secret);
    deliver(context, std::move(handler), SecretResult{SecretStatus::Ok, {}, {}});
}

void InMemorySecretStore::deleteSecret(const QString &key, QObject *context, SecretHandler handler)
{
    ++m_operations;
    if (failing())
        return deliver(context, std::move(handler), failure());
    const bool existed = m_secrets.remove(key) > 0;
    deliver(context, std::move(handler),
            existed ? SecretResult{SecretStatus::Ok, {}, {}} : SecretResult{SecretStatus::NotFound, {}, u"No such entry."_s});
}

} // namespace rdsbm::accounts
