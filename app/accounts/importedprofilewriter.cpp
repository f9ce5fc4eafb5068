#include "app/accounts/importedprofilewriter.h"

#include "app/accounts/profilestore.h"
#include "app/accounts/secretstore.h"

#include <QTimer>

namespace rdsbm::accounts {

ImportedProfileWriter::ImportedProfileWriter(ProfileStore &profiles, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

bool ImportedProfileWriter::write(QList<ImportedProfile> profiles, bool replaceExisting, Handler handler)
{
    if (isBusy() || !handler)
        return false;
    m_pending = std::move(profiles);
    m_outcomes.clear();
    m_replaceExisting = replaceExisting;
    m_handler = std::move(handler);
    QTimer::singleShot(0, this, &ImportedProfileWriter::writeNext);
    return true;
}

void ImportedProfileWriter::writeNext()
{
    if (m_pending.isEmpty()) {
        Handler handler = std::move(m_handler);
        m_handler = nullptr;
        handler(m_outcomes);
        return;
    }
    const ImportedProfile imported = m_pending.takeFirst();
    ProfileWriteOutcome outcome;
    outcome.name = imported.profile.name;

    if (QString problem = profileProblem(imported.profile); !problem.isEmpty()) {
        outcome.problem = problem;
        m_outcomes.append(outcome);
        writeNext();
        return;
    }
    const bool exists = m_profiles.contains(imported.profile.name);
    if (exists && !m_replaceExisting) {
        outcome.problem = tr("A profile named \"%1\" already exists and was left unchanged.").arg(imported.profile.name);
        m_outcomes.append(outcome);
        writeNext();
        return;
    }

    const QString key = SecretStore::keyForProfile(imported.profile.name);
    if (imported.secret && !imported.secret->isEmpty()) {
        m_secrets.writeSecret(key, imported.secret->toStoredText(), this,
                              [this, imported, outcome](const SecretResult &result) mutable {
                                  if (result.ok())
                                      outcome.secretStored = true;
                                  else
                                      outcome.problem = tr("The secret of \"%1\" could not be stored in the keychain: %2")
                                                            .arg(imported.profile.name, result.errorMessage);
                                  saveProfile(imported, outcome);
                              });
        return;
    }
    if (exists) {
        // The replaced profile's secret belongs to its old key; never pair it with the new one.
        m_secrets.deleteSecret(key, this, [this, imported, outcome](const SecretResult &) {
            saveProfile(imported, outcome);
        });
        return;
    }
    saveProfile(imported, outcome);
}

void ImportedProfileWriter::saveProfile(const ImportedProfile &imported, ProfileWriteOutcome outcome)
{
    const QString problem = m_profiles.save(imported.profile);
    if (problem.isEmpty())
        outcome.profileSaved = true;
    else if (outcome.problem.isEmpty())
        outcome.problem = problem;
    m_outcomes.append(outcome);
    writeNext();
}

} // namespace rdsbm::accounts
