#pragma once

#include "app/domain/dbinstance.h"

#include <QAbstractItemModel>
#include <QList>

namespace rdsbm::catalog {
class InstanceCatalog;
struct RegionInstances;
}

namespace rdsbm::models {

// The instance browser's tree: account (with its provider) -> region -> instance, with the
// engine, status and storage of each instance in columns. A thin adapter over InstanceCatalog;
// it keeps a snapshot of what it has shown so that each catalog change maps to exact row
// operations (selection survives a refresh).
class InstanceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EngineColumn, StatusColumn, StorageColumn, ColumnCount };
    Q_ENUM(Column)
    enum class NodeKind { Account, Region, Instance };

    explicit InstanceTreeModel(catalog::InstanceCatalog &catalog, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NodeKind kind(const QModelIndex &index) const;
    // For an instance row; nothing for account and region rows.
    std::optional<DbInstance> instanceAt(const QModelIndex &index) const;
    // The catalog's region index of a region or instance row, -1 for an account row.
    int regionIndexOf(const QModelIndex &index) const;
    // The profile name of the account a row belongs to (account, region or instance row).
    QString profileNameAt(const QModelIndex &index) const;
    QModelIndex indexOfInstance(const QString &profileName, const QString &regionId, const QString &instanceId) const;

    void retranslate();

private:
    struct RegionSnapshot
    {
        QString profileName;
        QString regionId;
        QList<DbInstance> instances;
    };

    void rebuild();
    void onRegionChanged(int catalogIndex);
    int accountRowOf(const QString &profileName) const;
    QList<int> regionsOfAccount(int accountRow) const; // indexes into m_regions
    QString regionLabel(int regionIndex) const;

    catalog::InstanceCatalog &m_catalog;
    QStringList m_accounts;              // profile names, in catalog order
    QList<RegionSnapshot> m_regions;     // same order as the catalog's regions
};

} // namespace rdsbm::models
