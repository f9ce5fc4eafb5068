#pragma once

#include "app/accounts/secretstore.h"

namespace rdsbm::accounts {

// The OS keychain through QtKeychain: Secret Service or KWallet on Linux, Keychain on macOS,
// the Credential Manager on Windows. Deliberately thin: it cannot be exercised in CI (no secret
// service runs there), so everything above it is tested against InMemorySecretStore.
// QtKeychain's plaintext fallback stays off: without a keychain, calls fail as Unavailable.
class KeychainSecretStore : public SecretStore
{
public:
    static constexpr const char *serviceName = "rds-backup-manager";

    void readSecret(const QString &key, QObject *context, SecretHandler handler) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, SecretHandler handler) override;
    void deleteSecret(const QString &key, QObject *context, SecretHandler handler) override;
};

} // namespace rdsbm::accounts
