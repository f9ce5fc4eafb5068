#include "app/accounts/keychainsecretstore.h"

#include <QTimer>

#if RDSBM_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts {

#if RDSBM_HAVE_QTKEYCHAIN

namespace {

SecretResult resultOf(const QKeychain::Job &job, const QString &secret = {})
{
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretResult{SecretStatus::Ok, secret, {}};
    case QKeychain::EntryNotFound:
        return SecretResult{SecretStatus::NotFound, {}, job.errorString()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult{SecretStatus::AccessDenied, {}, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult{SecretStatus::Unavailable, {}, job.errorString()};
    default:
        return SecretResult{SecretStatus::Failed, {}, job.errorString()};
    }
}

template <typename JobType>
JobType *makeJob(const QString &key)
{
    auto *job = new JobType(QString::fromLatin1(KeychainSecretStore::serviceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void KeychainSecretStore::readSecret(const QString &key, QObject *context, SecretHandler handler)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, handler = std::move(handler)] {
        handler(resultOf(*job, job->textData()));
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      SecretHandler handler)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, handler = std::move(handler)] { handler(resultOf(*job)); });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &key, QObject *context, SecretHandler handler)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, handler = std::move(handler)] { handler(resultOf(*job)); });
    job->start();
}

#else

namespace {
void unavailable(QObject *context, SecretHandler handler)
{
    QTimer::singleShot(0, context, [handler = std::move(handler)] {
        handler(SecretResult{SecretStatus::Unavailable, {},
                             u"This build has no keychain support (QtKeychain was not found)."_s});
    });
}
} // namespace

void KeychainSecretStore::readSecret(const QString &, QObject *context, SecretHandler handler)
{
    unavailable(context, std::move(handler));
}

void KeychainSecretStore::writeSecret(const QString &, const QString &, QObject *context, SecretHandler handler)
{
    unavailable(context, std::move(handler));
}

void KeychainSecretStore::deleteSecret(const QString &, QObject *context, SecretHandler handler)
{
    unavailable(context, std::move(handler));
}

#endif

} // namespace rdsbm::accounts
