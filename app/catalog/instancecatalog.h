#pragma once

#include "app/catalog/cloudaccount.h"
#include "app/domain/dbinstance.h"
#include "app/providers/alibaba/rdsclient.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/apiresult.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace rdsbm::catalog {

enum class LoadState { NotLoaded, Loading, Loaded, Failed };

// The instances of one account in one region.
struct RegionInstances
{
    QString profileName;
    Provider provider = Provider::Alibaba;
    QString regionId;
    QString regionName;               // the provider's local name when known
    LoadState state = LoadState::NotLoaded;
    QList<DbInstance> instances;
    transport::ApiResult failure;     // why the last load failed
};

// Owns the instance tree's data across accounts, providers and regions, loaded concurrently.
// Also hands out the per-region clients the rest of the application talks through.
class InstanceCatalog : public QObject
{
    Q_OBJECT

public:
    explicit InstanceCatalog(transport::HttpTransport &transport, QObject *parent = nullptr);
    ~InstanceCatalog() override;

    void setAccounts(QList<CloudAccount> accounts);
    const QList<CloudAccount> &accounts() const { return m_accounts; }

    // Reloads every region of every account (Alibaba regions are discovered first when the
    // account lists none). Regions already shown keep their rows until their new list arrives.
    void refresh();
    void refreshRegion(int index);
    bool isLoading() const;

    const QList<RegionInstances> &regions() const { return m_regions; }
    std::optional<DbInstance> instance(const QString &profileName, const QString &regionId,
                                       const QString &instanceId) const;

    const CloudAccount *account(const QString &profileName) const;
    alibaba::RdsClient rdsClient(const QString &profileName, const QString &regionId) const;
    huawei::HuaweiRdsClient *huaweiClient(const QString &profileName, const QString &regionId);

Q_SIGNALS:
    void regionsReset();
    void regionChanged(int index);
    void loadingChanged(bool loading);

private:
    void discoverAlibabaRegions(const CloudAccount &account);
    void setRegionsOf(const CloudAccount &account, const QList<std::pair<QString, QString>> &regions);
    void loadRegion(int index);
    void finishRegion(const QString &profileName, const QString &regionId, LoadState state,
                      QList<DbInstance> instances, const transport::ApiResult &failure);
    int indexOf(const QString &profileName, const QString &regionId) const;
    void updateLoading();

    transport::HttpTransport &m_transport;
    QList<CloudAccount> m_accounts;
    QList<RegionInstances> m_regions;
    QHash<QString, std::shared_ptr<huawei::HuaweiRdsClient>> m_huaweiClients; // profile|region
    int m_discoveries = 0;
    bool m_wasLoading = false;
};

} // namespace rdsbm::catalog
