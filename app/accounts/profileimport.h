#pragma once

#include "app/accounts/profile.h"
#include "app/accounts/profilesecret.h"

#include <QList>
#include <QString>

#include <optional>

namespace rdsbm::accounts {

struct ImportedProfile
{
    Profile profile;
    std::optional<ProfileSecret> secret; // goes to the SecretStore, never to settings
    QString note;                        // for the user, e.g. why the secret must be entered again
};

struct SkippedProfile
{
    QString name;
    QString reason; // a sentence for the user
};

// What one CLI configuration file yielded. `error` is set when the file as a whole could not
// be used (missing, unreadable, not the expected JSON); profiles are then empty.
struct ProfileImportResult
{
    QString sourcePath;
    QString error;
    QString currentProfileName; // the file's "current" profile, when it names one
    QList<ImportedProfile> imported;
    QList<SkippedProfile> skipped;

    bool ok() const { return error.isEmpty(); }
};

} // namespace rdsbm::accounts
