#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace rdsbm::accounts {

enum class SecretStatus {
    Ok,
    NotFound,     // no entry under that key
    Unavailable,  // no keychain on this system (no Secret Service, no KWallet, ...)
    AccessDenied, // the user or the system refused
    Failed,       // anything else; errorMessage says what
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString secret;       // for reads that succeeded
    QString errorMessage; // the backend's own words, for the user

    bool ok() const { return status == SecretStatus::Ok; }
};

using SecretHandler = std::function<void(const SecretResult &result)>;

// Where secrets live: the OS keychain in the application, memory in tests. Every call answers
// through `handler` on a later event-loop turn (never inside the call), and only while `context`
// lives. Secrets never pass through QSettings, logs or command lines.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual void readSecret(const QString &key, QObject *context, SecretHandler handler) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context, SecretHandler handler) = 0;
    virtual void deleteSecret(const QString &key, QObject *context, SecretHandler handler) = 0;

    static QString keyForProfile(const QString &profileName)
    {
        return QStringLiteral("profile/") + profileName;
    }
};

} // namespace rdsbm::accounts
