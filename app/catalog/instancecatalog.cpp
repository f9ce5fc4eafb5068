#include "app/catalog/instancecatalog.h"

#include "app/providers/alibaba/describedbinstancesparameters.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::catalog {

InstanceCatalog::InstanceCatalog(transport::HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

InstanceCatalog::~InstanceCatalog() = default;

void InstanceCatalog::setAccounts(QList<CloudAccount> accounts)
{
    m_accounts = std::move(accounts);
    m_regions.clear();
    m_huaweiClients.clear();
    for (const CloudAccount &account : std::as_const(m_accounts)) {
        for (const QString &region : account.regions)
            m_regions.append({account.profileName, account.provider, region, {}, LoadState::NotLoaded, {}, {}});
    }
    Q_EMIT regionsReset();
}

void InstanceCatalog::refresh()
{
    for (const CloudAccount &account : std::as_const(m_accounts)) {
        if (account.provider == Provider::Alibaba && account.regions.isEmpty())
            discoverAlibabaRegions(account);
    }
    for (int index = 0; index < m_regions.size(); ++index)
        loadRegion(index);
    updateLoading();
}

void InstanceCatalog::refreshRegion(int index)
{
    if (index >= 0 && index < m_regions.size())
        loadRegion(index);
    updateLoading();
}

bool InstanceCatalog::isLoading() const
{
    if (m_discoveries > 0)
        return true;
    return std::any_of(m_regions.begin(), m_regions.end(),
                       [](const RegionInstances &r) { return r.state == LoadState::Loading; });
}

std::optional<DbInstance> InstanceCatalog::instance(const QString &profileName, const QString &regionId,
                                                    const QString &instanceId) const
{
    const int index = indexOf(profileName, regionId);
    if (index < 0)
        return std::nullopt;
    for (const DbInstance &instance : m_regions.at(index).instances)
        if (instance.id == instanceId)
            return instance;
    return std::nullopt;
}

const CloudAccount *InstanceCatalog::account(const QString &profileName) const
{
    for (const CloudAccount &account : m_accounts)
        if (account.profileName == profileName)
            return &account;
    return nullptr;
}

alibaba::RdsClient InstanceCatalog::rdsClient(const QString &profileName, const QString &regionId) const
{
    const CloudAccount *found = account(profileName);
    alibaba::AlibabaAccount alibabaAccount = found ? found->alibaba : alibaba::AlibabaAccount{};
    alibabaAccount.regionId = regionId;
    return alibaba::RdsClient(m_transport, alibaba::AlibabaRequestFactory(alibabaAccount));
}

huawei::HuaweiRdsClient *InstanceCatalog::huaweiClient(const QString &profileName, const QString &regionId)
{
    const QString key = profileName + u'|' + regionId;
    if (auto existing = m_huaweiClients.value(key))
        return existing.get();
    const CloudAccount *found = account(profileName);
    if (!found)
        return nullptr;
    huawei::HuaweiAccount huaweiAccount = found->huawei;
    if (huaweiAccount.regionId != regionId)
        huaweiAccount.projectId.clear(); // a project id belongs to one region
    huaweiAccount.regionId = regionId;
    auto client = std::make_shared<huawei::HuaweiRdsClient>(m_transport, huaweiAccount);
    m_huaweiClients.insert(key, client);
    return client.get();
}

void InstanceCatalog::discoverAlibabaRegions(const CloudAccount &account)
{
    ++m_discoveries;
    const QString profileName = account.profileName;
    const auto started = rdsClient(profileName, account.alibaba.regionId)
                             .describeRegions(this, [this, profileName](transport::TypedReply<alibaba::RegionList> reply) {
                                 --m_discoveries;
                                 const CloudAccount *current = this->account(profileName);
                                 if (current && reply.ok()) {
                                     QList<std::pair<QString, QString>> regions;
                                     for (const alibaba::AlibabaRegion &region : reply.value->regions)
                                         regions.append({region.regionId, region.localName});
                                     setRegionsOf(*current, regions);
                                 } else if (current) {
                                     // Show the home region with the failure, so the user sees why.
                                     const QString home = current->alibaba.regionId;
                                     setRegionsOf(*current, {{home, {}}});
                                     finishRegion(profileName, home, LoadState::Failed, {}, reply.result);
                                 }
                                 updateLoading();
                             });
    if (!started.wasSent())
        --m_discoveries;
}

void InstanceCatalog::setRegionsOf(const CloudAccount &account,
                                   const QList<std::pair<QString, QString>> &regions)
{
    QList<RegionInstances> updated;
    for (const RegionInstances &region : std::as_const(m_regions))
        if (region.profileName != account.profileName)
            updated.append(region);
    const int first = int(updated.size());
    for (const auto &[regionId, name] : regions) {
        RegionInstances region{account.profileName, account.provider, regionId, name, LoadState::NotLoaded, {}, {}};
        const int old = indexOf(account.profileName, regionId);
        if (old >= 0) {
            region.instances = m_regions.at(old).instances;
            region.state = m_regions.at(old).state;
        }
        updated.append(region);
    }
    m_regions = updated;
    Q_EMIT regionsReset();
    for (int index = first; index < m_regions.size(); ++index)
        if (m_regions.at(index).state != LoadState::Failed)
            loadRegion(index);
}

void InstanceCatalog::loadRegion(int index)
{
    RegionInstances &region = m_regions[index];
    if (region.state == LoadState::Loading)
        return;
    region.state = LoadState::Loading;
    Q_EMIT regionChanged(index);
    const QString profileName = region.profileName;
    const QString regionId = region.regionId;

    if (region.provider == Provider::Alibaba) {
        alibaba::DescribeDBInstancesParameters parameters;
        const auto started = rdsClient(profileName, regionId)
                                 .describeAllDBInstances(parameters, this,
                                                         [this, profileName, regionId](auto reply) {
                                                             finishRegion(profileName, regionId,
                                                                          reply.ok() ? LoadState::Loaded : LoadState::Failed,
                                                                          reply.ok() ? reply.value->instances : QList<DbInstance>(),
                                                                          reply.result);
                                                         });
        if (!started.wasSent())
            finishRegion(profileName, regionId, LoadState::Failed, {}, {});
        return;
    }

    huawei::HuaweiRdsClient *client = huaweiClient(profileName, regionId);
    if (!client) {
        finishRegion(profileName, regionId, LoadState::Failed, {}, {});
        return;
    }
    const auto started = client->listInstances({}, this, [this, profileName, regionId](auto reply) {
        finishRegion(profileName, regionId, reply.ok() ? LoadState::Loaded : LoadState::Failed,
                     reply.ok() ? *reply.value : QList<DbInstance>(), reply.result);
    });
    if (!started.wasSent())
        finishRegion(profileName, regionId, LoadState::Failed, {}, {});
}

void InstanceCatalog::finishRegion(const QString &profileName, const QString &regionId, LoadState state,
                                   QList<DbInstance> instances, const transport::ApiResult &failure)
{
    const int index = indexOf(profileName, regionId);
    if (index < 0)
        return;
    RegionInstances &region = m_regions[index];
    region.state = state;
    if (state == LoadState::Loaded) {
        for (DbInstance &instance : instances) {
            instance.profileName = profileName;
            if (instance.regionId.isEmpty())
                instance.regionId = regionId;
        }
        region.instances = std::move(instances);
        region.failure = {};
    } else {
        region.failure = failure;
    }
    Q_EMIT regionChanged(index);
    updateLoading();
}

int InstanceCatalog::indexOf(const QString &profileName, const QString &regionId) const
{
    for (int index = 0; index < m_regions.size(); ++index)
        if (m_regions.at(index).profileName == profileName && m_regions.at(index).regionId == regionId)
            return index;
    return -1;
}

void InstanceCatalog::updateLoading()
{
    const bool loading = isLoading();
    if (loading != m_wasLoading) {
        m_wasLoading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

} // namespace rdsbm::catalog
