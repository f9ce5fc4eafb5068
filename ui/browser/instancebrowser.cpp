#include "ui/browser/instancebrowser.h"

#include "app/models/instancetreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using rdsbm::models::InstanceTreeModel;

namespace rdsbm::ui {

InstanceBrowser::InstanceBrowser(models::InstanceTreeModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_treeView(new QTreeView(this))
{
    m_treeView->setObjectName(u"instanceTreeView"_s);
    m_treeView->setModel(&m_model);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The name column takes what the others leave; they keep a width that fits their values.
    QHeaderView *header = m_treeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InstanceTreeModel::NameColumn, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(InstanceTreeModel::EngineColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(InstanceTreeModel::StatusColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(InstanceTreeModel::StorageColumn, QHeaderView::ResizeToContents);
    header->resizeSection(InstanceTreeModel::EngineColumn, 20 * charWidth);
    header->resizeSection(InstanceTreeModel::StatusColumn, 13 * charWidth);
    m_treeView->setIndentation(14);
    m_treeView->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_treeView);

    // Accounts and regions open as they appear, so instances are one click away.
    connect(&m_model, &QAbstractItemModel::modelReset, m_treeView, [this] { m_treeView->expandToDepth(1); });
    connect(&m_model, &QAbstractItemModel::rowsInserted, m_treeView, [this](const QModelIndex &parent) {
        if (!parent.isValid() || m_model.kind(parent) != InstanceTreeModel::NodeKind::Region)
            m_treeView->expandToDepth(1);
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const auto instance = m_model.instanceAt(current.siblingAtColumn(0)))
                    Q_EMIT instanceActivated(*instance);
            });
    connect(m_treeView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model.kind(index) == InstanceTreeModel::NodeKind::Region)
            Q_EMIT regionRefreshRequested(m_model.regionIndexOf(index));
    });
    m_treeView->expandToDepth(1);
}

QString InstanceBrowser::currentProfileName() const
{
    const QString current = m_model.profileNameAt(m_treeView->currentIndex());
    return current.isEmpty() ? m_contextProfileName : current;
}

void InstanceBrowser::addContextActions(const QList<QAction *> &actions)
{
    m_contextActions += actions;
    if (m_treeView->contextMenuPolicy() == Qt::CustomContextMenu)
        return;
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_treeView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_treeView->indexAt(position);
        if (!index.isValid())
            return;
        m_treeView->setCurrentIndex(index);
        // Remembered: a refresh that resets the tree while the menu is open must not change the
        // account the chosen action acts on.
        m_contextProfileName = m_model.profileNameAt(index);
        QMenu::exec(m_contextActions, m_treeView->viewport()->mapToGlobal(position), nullptr, m_treeView);
    });
}

std::optional<DbInstance> InstanceBrowser::currentInstance() const
{
    return m_model.instanceAt(m_treeView->currentIndex().siblingAtColumn(0));
}

void InstanceBrowser::selectInstance(const QString &profileName, const QString &regionId, const QString &instanceId)
{
    const QModelIndex index = m_model.indexOfInstance(profileName, regionId, instanceId);
    if (index.isValid())
        m_treeView->setCurrentIndex(index);
}

} // namespace rdsbm::ui
