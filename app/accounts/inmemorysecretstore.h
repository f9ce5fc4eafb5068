#pragma once

#include "app/accounts/secretstore.h"

#include <QHash>

namespace rdsbm::accounts {

// A SecretStore for tests and for runs that must not touch the user's keychain (demo mode).
// Answers asynchronously like the real one; can pretend the keychain is missing.
class InMemorySecretStore : public SecretStore
{
public:
    void readSecret(const QString &key, QObject *context, SecretHandler handler) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, SecretHandler handler) override;
    void deleteSecret(const QString &key, QObject *context, SecretHandler handler) override;

    // Every later call fails with this status (Ok restores normal service).
    void setFailure(SecretStatus status) { m_failure = status; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString secret(const QString &key) const { return m_secrets.value(key); }
    QStringList keys() const { return m_secrets.keys(); }
    int operationCount() const { return m_operations; }

private:
    static void deliver(QObject *context, SecretHandler handler, SecretResult result);
    bool failing() const { return m_failure != SecretStatus::Ok; }
    SecretResult failure() const;

    QHash<QString, QString> m_secrets;
    SecretStatus m_failure = SecretStatus::Ok;
    int m_operations = 0;
};

} // namespace rdsbm::accounts
