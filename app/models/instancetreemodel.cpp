#include "app/models/instancetreemodel.h"

#include "app/catalog/instancecatalog.h"
#include "app/models/modelroles.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::models {

namespace {

// internalId: 0 for accounts; 1 + account row for regions; regionBase + region index for instances.
constexpr quintptr regionBase = quintptr(1) << 30;

QString providerName(Provider provider)
{
    return provider == Provider::Alibaba ? InstanceTreeModel::tr("Alibaba Cloud")
                                         : InstanceTreeModel::tr("Huawei Cloud");
}

} // namespace

InstanceTreeModel::InstanceTreeModel(catalog::InstanceCatalog &catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{
    connect(&m_catalog, &catalog::InstanceCatalog::regionsReset, this, &InstanceTreeModel::rebuild);
    connect(&m_catalog, &catalog::InstanceCatalog::regionChanged, this, &InstanceTreeModel::onRegionChanged);
    rebuild();
}

void InstanceTreeModel::rebuild()
{
    beginResetModel();
    m_accounts.clear();
    for (const auto &account : m_catalog.accounts())
        m_accounts.append(account.profileName);
    m_regions.clear();
    for (const auto &region : m_catalog.regions())
        m_regions.append({region.profileName, region.regionId, region.instances});
    endResetModel();
}

void InstanceTreeModel::onRegionChanged(int catalogIndex)
{
    if (catalogIndex < 0 || catalogIndex >= m_regions.size() || catalogIndex >= m_catalog.regions().size())
        return;
    const catalog::RegionInstances &fresh = m_catalog.regions().at(catalogIndex);
    RegionSnapshot &shown = m_regions[catalogIndex];
    const int accountRow = accountRowOf(shown.profileName);
    const QList<int> siblings = regionsOfAccount(accountRow);
    const QModelIndex regionIndex = index(int(siblings.indexOf(catalogIndex)), 0, index(accountRow, 0));

    // Same instances in the same order: update in place; otherwise replace the children.
    bool sameIds = fresh.instances.size() == shown.instances.size();
    for (qsizetype i = 0; sameIds && i < shown.instances.size(); ++i)
        sameIds = fresh.instances.at(i).id == shown.instances.at(i).id;
    if (sameIds) {
        shown.instances = fresh.instances;
        if (!shown.instances.isEmpty())
            Q_EMIT dataChanged(index(0, 0, regionIndex), index(int(shown.instances.size()) - 1, ColumnCount - 1, regionIndex));
    } else {
        if (!shown.instances.isEmpty()) {
            beginRemoveRows(regionIndex, 0, int(shown.instances.size()) - 1);
            shown.instances.clear();
            endRemoveRows();
        }
        if (!fresh.instances.isEmpty()) {
            beginInsertRows(regionIndex, 0, int(fresh.instances.size()) - 1);
            shown.instances = fresh.instances;
            endInsertRows();
        }
    }
    Q_EMIT dataChanged(regionIndex, regionIndex.siblingAtColumn(ColumnCount - 1));
}

QModelIndex InstanceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_accounts.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (kind(parent) == NodeKind::Account) {
        return row < regionsOfAccount(parent.row()).size() ? createIndex(row, column, quintptr(1 + parent.row()))
                                                            : QModelIndex();
    }
    if (kind(parent) == NodeKind::Region) {
        const int region = regionIndexOf(parent);
        if (region >= 0 && row < m_regions.at(region).instances.size())
            return createIndex(row, column, regionBase + quintptr(region));
    }
    return {};
}

QModelIndex InstanceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (kind(child)) {
    case NodeKind::Account:
        return {};
    case NodeKind::Region:
        return createIndex(int(child.internalId() - 1), 0, quintptr(0));
    case NodeKind::Instance: {
        const int region = int(child.internalId() - regionBase);
        const int accountRow = accountRowOf(m_regions.at(region).profileName);
        const int regionRow = int(regionsOfAccount(accountRow).indexOf(region));
        return createIndex(regionRow, 0, quintptr(1 + accountRow));
    }
    }
    return {};
}

int InstanceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_accounts.size());
    if (parent.column() != 0)
        return 0;
    switch (kind(parent)) {
    case NodeKind::Account: return int(regionsOfAccount(parent.row()).size());
    case NodeKind::Region: return int(m_regions.at(regionIndexOf(parent)).instances.size());
    case NodeKind::Instance: return 0;
    }
    return 0;
}

int InstanceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

InstanceTreeModel::NodeKind InstanceTreeModel::kind(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return NodeKind::Account;
    return id < regionBase ? NodeKind::Region : NodeKind::Instance;
}

int InstanceTreeModel::regionIndexOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    switch (kind(index)) {
    case NodeKind::Account: return -1;
    case NodeKind::Region: return regionsOfAccount(int(index.internalId() - 1)).value(index.row(), -1);
    case NodeKind::Instance: return int(index.internalId() - regionBase);
    }
    return -1;
}

QString InstanceTreeModel::profileNameAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (kind(index) == NodeKind::Account)
        return m_accounts.value(index.row());
    const int region = regionIndexOf(index);
    return region >= 0 ? m_regions.at(region).profileName : QString();
}

std::optional<DbInstance> InstanceTreeModel::instanceAt(const QModelIndex &index) const
{
    if (!index.isValid() || kind(index) != NodeKind::Instance)
        return std::nullopt;
    const auto &instances = m_regions.at(regionIndexOf(index)).instances;
    if (index.row() >= instances.size())
        return std::nullopt;
    return instances.at(index.row());
}

QModelIndex InstanceTreeModel::indexOfInstance(const QString &profileName, const QString &regionId,
                                               const QString &instanceId) const
{
    for (int region = 0; region < m_regions.size(); ++region) {
        const RegionSnapshot &snapshot = m_regions.at(region);
        if (snapshot.profileName != profileName || snapshot.regionId != regionId)
            continue;
        for (int row = 0; row < snapshot.instances.size(); ++row)
            if (snapshot.instances.at(row).id == instanceId)
                return createIndex(row, 0, regionBase + quintptr(region));
    }
    return {};
}

QVariant InstanceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeKind nodeKind = kind(index);
    if (nodeKind == NodeKind::Account) {
        const QString profile = m_accounts.at(index.row());
        const auto *account = m_catalog.account(profile);
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return account ? u"%1 (%2)"_s.arg(profile, providerName(account->provider)) : profile;
        return {};
    }
    if (nodeKind == NodeKind::Region) {
        const int region = regionIndexOf(index);
        if (region < 0 || region >= m_catalog.regions().size())
            return {};
        const auto &state = m_catalog.regions().at(region);
        if (role == Qt::DisplayRole) {
            if (index.column() == NameColumn) {
                return state.state == catalog::LoadState::Loaded
                    ? u"%1 (%2)"_s.arg(regionLabel(region)).arg(state.instances.size())
                    : regionLabel(region);
            }
            if (index.column() == StatusColumn) {
                switch (state.state) {
                case catalog::LoadState::Loading: return tr("Loading…");
                case catalog::LoadState::Failed: return tr("Failed");
                case catalog::LoadState::Loaded:
                case catalog::LoadState::NotLoaded: return QString();
                }
            }
        }
        if (role == Qt::ToolTipRole && state.state == catalog::LoadState::Failed)
            return state.failure.summary();
        return {};
    }

    const auto instance = instanceAt(index);
    if (!instance)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (instance->description.isEmpty() || instance->description == instance->id)
                return instance->id;
            // Huawei ids are 36 opaque characters: the name is what people recognise.
            return instance->provider == Provider::Huawei ? u"%1  %2"_s.arg(instance->description, instance->id)
                                                          : u"%1  %2"_s.arg(instance->id, instance->description);
        case EngineColumn: return (instance->engine + u' ' + instance->engineVersion).trimmed();
        case StatusColumn: return instance->status;
        case StorageColumn: return instance->storageGb > 0 ? tr("%1 GB").arg(instance->storageGb) : QString();
        default: return {};
        }
    case StatusRole:
        return instance->status;
    case RawValueRole:
        return index.column() == StorageColumn ? QVariant(instance->storageGb) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return tr("%1 · %2 %3 · %4 · %5").arg(instance->id, instance->engine, instance->engineVersion,
                                            instance->status, instance->regionId);
    default:
        return {};
    }
}

QVariant InstanceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Instance");
    case EngineColumn: return tr("Engine");
    case StatusColumn: return tr("Status");
    case StorageColumn: return tr("Storage");
    default: return {};
    }
}

void InstanceTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_accounts.size()) - 1, ColumnCount - 1));
    for (int account = 0; account < m_accounts.size(); ++account) {
        const int regions = rowCount(index(account, 0));
        if (regions > 0)
            Q_EMIT dataChanged(index(0, 0, index(account, 0)), index(regions - 1, ColumnCount - 1, index(account, 0)));
    }
}

int InstanceTreeModel::accountRowOf(const QString &profileName) const
{
    return int(m_accounts.indexOf(profileName));
}

QList<int> InstanceTreeModel::regionsOfAccount(int accountRow) const
{
    QList<int> result;
    if (accountRow < 0 || accountRow >= m_accounts.size())
        return result;
    const QString &profile = m_accounts.at(accountRow);
    for (int i = 0; i < m_regions.size(); ++i)
        if (m_regions.at(i).profileName == profile)
            result.append(i);
    return result;
}

QString InstanceTreeModel::regionLabel(int regionIndex) const
{
    const auto &region = m_catalog.regions().at(regionIndex);
    return region.regionName.isEmpty() || region.regionName == region.regionId
        ? region.regionId
        : u"%1 · %2"_s.arg(region.regionName, region.regionId);
}

} // namespace rdsbm::models
