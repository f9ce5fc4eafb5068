#pragma once

#include "app/accounts/profile.h"

#include <QList>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace rdsbm::accounts {

// Saved profiles in QSettings, through typed keys under "profiles/<name>/". It has no field for
// a secret, so none can reach the settings file; secrets go to the SecretStore.
// The QSettings object is the caller's (the application's, or an .ini in a test's folder).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    QStringList profileNames() const;
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    // Empty on success; otherwise the sentence naming the field and the rule (nothing is written).
    QString save(const Profile &profile);
    void remove(const QString &name);

    // IAM answers are cached with the profile: a project id is not a secret.
    QString cacheHuaweiProjectId(const QString &name, const QString &region, const QString &projectId);

    QString defaultProfileName() const;
    void setDefaultProfileName(const QString &name);

private:
    QSettings &m_settings;
};

} // namespace rdsbm::accounts
