#pragma once

#include "app/domain/provider.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rdsbm::accounts {

enum class AlibabaSignatureVersion { V1, V3 };

// One saved account: everything needed to reach a provider except the secret, which lives only
// in the SecretStore (the OS keychain) under SecretStore::keyForProfile(name).
struct Profile
{
    QString name;
    Provider provider = Provider::Alibaba;
    QString defaultRegion;
    QStringList extraRegions;
    QUrl endpoint; // empty: the providers' real regional endpoints; else replaces scheme, host and port
    AlibabaSignatureVersion signatureVersion = AlibabaSignatureVersion::V1; // Alibaba only
    QMap<QString, QString> huaweiProjectIds; // region -> project id; not secret, cached from IAM
    QString accessKeyId; // not secret (it names the key); the secret is never stored here

    // The default region first, then the extra ones, without duplicates.
    QStringList regions() const;
    QString huaweiProjectId(const QString &region) const { return huaweiProjectIds.value(region); }

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Each returns a sentence naming the field and the rule, or an empty string when the value is fine.
QString profileNameProblem(const QString &name);
QString regionIdProblem(const QString &fieldName, const QString &region);
QString endpointProblem(const QUrl &endpoint);
QString profileProblem(const Profile &profile);

QString signatureVersionKey(AlibabaSignatureVersion version);
std::optional<AlibabaSignatureVersion> signatureVersionFromKey(const QString &key);
std::optional<Provider> providerFromKey(const QString &key);

} // namespace rdsbm::accounts
