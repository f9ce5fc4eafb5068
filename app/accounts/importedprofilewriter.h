#pragma once

#include "app/accounts/profileimport.h"

#include <QList>
#include <QObject>

#include <functional>

namespace rdsbm::accounts {

class ProfileStore;
class SecretStore;

struct ProfileWriteOutcome
{
    QString name;
    bool profileSaved = false;
    bool secretStored = false;
    QString problem; // a sentence for the user when something was not written
};

// Saves imported profiles: each secret into the SecretStore (keychain), then the profile into
// the ProfileStore (settings), one profile at a time. A secret that cannot be stored does not
// stop its profile from being saved: the user can enter the secret later.
class ImportedProfileWriter : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QList<ProfileWriteOutcome> &outcomes)>;

    ImportedProfileWriter(ProfileStore &profiles, SecretStore &secrets, QObject *parent = nullptr);

    // A profile whose name is already taken is left unchanged unless `replaceExisting`.
    // `handler` runs once, on a later event-loop turn, with one outcome per profile in order.
    // One write at a time: a call while another runs is refused (returns false).
    bool write(QList<ImportedProfile> profiles, bool replaceExisting, Handler handler);
    bool isBusy() const { return static_cast<bool>(m_handler); }

private:
    void writeNext();
    void saveProfile(const ImportedProfile &imported, ProfileWriteOutcome outcome);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QList<ImportedProfile> m_pending;
    QList<ProfileWriteOutcome> m_outcomes;
    bool m_replaceExisting = false;
    Handler m_handler;
};

} // namespace rdsbm::accounts
