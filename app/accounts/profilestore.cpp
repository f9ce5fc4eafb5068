#include "app/accounts/profilestore.h"

#include "app/accounts/settingkey.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts {

namespace {

const QString profilesGroup = u"profiles"_s;
const QString projectIdsGroup = u"huaweiProjectIds"_s;

// Inside "profiles/<name>/".
const SettingKey<QString> providerSetting{"provider", u"alibaba"_s};
const SettingKey<QString> defaultRegionKey{"defaultRegion", {}};
const SettingKey<QStringList> extraRegionsKey{"extraRegions", {}};
const SettingKey<QString> endpointKey{"endpoint", {}};
const SettingKey<QString> signatureVersionSettingKey{"signatureVersion", u"v1"_s};
const SettingKey<QString> accessKeyIdKey{"accessKeyId", {}};
// At the top level.
const SettingKey<QString> defaultProfileKey{"accounts/defaultProfile", {}};

// RAII group entry, so an early return cannot leave the settings inside a group.
class GroupScope
{
public:
    GroupScope(QSettings &settings, const QString &group)
        : m_settings(settings)
    {
        m_settings.beginGroup(group);
    }
    ~GroupScope() { m_settings.endGroup(); }
    GroupScope(const GroupScope &) = delete;
    GroupScope &operator=(const GroupScope &) = delete;

private:
    QSettings &m_settings;
};

QString profileGroup(const QString &name)
{
    return profilesGroup + u'/' + name;
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QStringList ProfileStore::profileNames() const
{
    QSettings &settings = m_settings; // a reference member: const methods may still enter groups
    GroupScope scope(settings, profilesGroup);
    QStringList names = settings.childGroups();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all;
    for (const QString &name : profileNames())
        if (auto found = profile(name))
            all.append(*found);
    return all;
}

bool ProfileStore::contains(const QString &name) const
{
    return profileNameProblem(name).isEmpty() && profileNames().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    QSettings &settings = m_settings;
    GroupScope scope(settings, profileGroup(name));
    Profile profile;
    profile.name = name;
    profile.provider = providerFromKey(providerSetting.read(settings)).value_or(Provider::Alibaba);
    profile.defaultRegion = defaultRegionKey.read(settings);
    profile.extraRegions = extraRegionsKey.read(settings);
    profile.endpoint = QUrl(endpointKey.read(settings), QUrl::StrictMode);
    profile.signatureVersion =
        signatureVersionFromKey(signatureVersionSettingKey.read(settings)).value_or(AlibabaSignatureVersion::V1);
    profile.accessKeyId = accessKeyIdKey.read(settings);
    {
        GroupScope projects(settings, projectIdsGroup);
        for (const QString &region : settings.childKeys())
            profile.huaweiProjectIds.insert(region, settings.value(region).toString());
    }
    return profile;
}

QString ProfileStore::save(const Profile &profile)
{
    if (QString problem = profileProblem(profile); !problem.isEmpty())
        return problem;
    m_settings.remove(profileGroup(profile.name)); // no stale keys from an older version of it
    GroupScope scope(m_settings, profileGroup(profile.name));
    // Written even when default, so that the group exists for a profile with all defaults.
    m_settings.setValue(QString::fromLatin1(providerSetting.name), rdsbm::providerKey(profile.provider));
    defaultRegionKey.write(m_settings, profile.defaultRegion);
    extraRegionsKey.write(m_settings, profile.extraRegions);
    endpointKey.write(m_settings, profile.endpoint.toString(QUrl::FullyEncoded));
    if (profile.provider == Provider::Alibaba)
        signatureVersionSettingKey.write(m_settings, signatureVersionKey(profile.signatureVersion));
    accessKeyIdKey.write(m_settings, profile.accessKeyId);
    if (!profile.huaweiProjectIds.isEmpty()) {
        GroupScope projects(m_settings, projectIdsGroup);
        for (auto it = profile.huaweiProjectIds.cbegin(); it != profile.huaweiProjectIds.cend(); ++it)
            m_settings.setValue(it.key(), it.value());
    }
    return {};
}

void ProfileStore::remove(const QString &name)
{
    if (profileNameProblem(name).isEmpty())
        m_settings.remove(profileGroup(name));
    if (defaultProfileName() == name)
        setDefaultProfileName({});
}

QString ProfileStore::cacheHuaweiProjectId(const QString &name, const QString &region, const QString &projectId)
{
    auto found = profile(name);
    if (!found)
        return QCoreApplication::translate("rdsbm::accounts::ProfileStore", "There is no profile named \"%1\".")
            .arg(name);
    found->huaweiProjectIds.insert(region, projectId);
    return save(*found);
}

QString ProfileStore::defaultProfileName() const
{
    return defaultProfileKey.read(m_settings);
}

void ProfileStore::setDefaultProfileName(const QString &name)
{
    defaultProfileKey.write(m_settings, name);
}

} // namespace rdsbm::accounts
