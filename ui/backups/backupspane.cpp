#include "ui/backups/backupspane.h"

#include "app/models/backupfilterproxymodel.h"
#include "app/models/backuptablemodel.h"
#include "ui/backups/backupdetailspanel.h"
#include "ui/backups/backupfilterbar.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using rdsbm::models::BackupTableModel;

namespace rdsbm::ui {

BackupsPane::BackupsPane(models::BackupTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new models::BackupFilterProxyModel(this))
    , m_filterBar(new BackupFilterBar(this))
    , m_tableView(new QTableView(this))
    , m_detailsPanel(new BackupDetailsPanel(this))
    , m_countLabel(new QLabel(this))
{
    m_proxy->setSourceModel(&m_model);
    m_tableView->setObjectName(u"backupTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(BackupTableModel::StartTimeColumn, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionsMovable(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    m_tableView->setColumnWidth(BackupTableModel::BackupIdColumn, 14 * charWidth);
    const int timeWidth = m_tableView->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59 UTC+08"_s) + 16;
    m_tableView->setColumnWidth(BackupTableModel::StartTimeColumn, timeWidth);
    m_tableView->setColumnWidth(BackupTableModel::EndTimeColumn, timeWidth);
    m_tableView->setColumnWidth(BackupTableModel::SizeColumn, 11 * charWidth);
    m_tableView->setColumnWidth(BackupTableModel::ChecksumColumn, 19 * charWidth);
    m_tableView->setColumnHidden(BackupTableModel::InitiatorColumn, true);
    m_tableView->setColumnHidden(BackupTableModel::EndTimeColumn, true);
    m_countLabel->setObjectName(u"backupCountLabel"_s);

    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_detailsPanel);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_tableView, 1);
    leftLayout->addWidget(m_countLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"backupsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    detailsScroll->setMinimumWidth(m_detailsPanel->minimumSizeHint().width() + 24);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filterBar, &BackupFilterBar::filtersChanged, this, &BackupsPane::applyFilters);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        Q_EMIT selectedBackupChanged();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &BackupsPane::updateCount);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { collectChoices(first, last); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BackupsPane::resetChoices);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateDetails();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &BackupsPane::updateDetails);
    updateCount();
}

std::optional<BackupSet> BackupsPane::selectedBackup() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_proxy->backupAt(current);
}

void BackupsPane::setSummary(const QString &text)
{
    m_summary = text;
    updateCount();
}

void BackupsPane::applyFilters()
{
    m_proxy->setSearchText(m_filterBar->searchText());
    m_proxy->setStatuses(m_filterBar->statuses());
    m_proxy->setMethods(m_filterBar->methods());
    m_proxy->setTypes(m_filterBar->types());
    m_proxy->setTimeRange(m_filterBar->from(), m_filterBar->to());
    updateCount();
}

void BackupsPane::updateDetails()
{
    if (const auto backup = selectedBackup())
        m_detailsPanel->showBackup(*backup);
    else
        m_detailsPanel->clear();
}

// The filter lists offer the words the provider used for this instance's backup sets; rows
// arriving page by page only add to them (a full rescan per page would grow with the list).
void BackupsPane::resetChoices()
{
    m_statuses.clear();
    m_methods.clear();
    m_types.clear();
    collectChoices(0, m_model.rowCount() - 1);
    if (m_model.rowCount() == 0)
        m_filterBar->setChoices({}, {}, {});
}

void BackupsPane::collectChoices(int firstRow, int lastRow)
{
    bool grew = false;
    for (int row = firstRow; row <= lastRow; ++row) {
        const BackupSet &backup = m_model.backupAt(row);
        for (auto [set, value] : {std::pair{&m_statuses, &backup.status}, std::pair{&m_methods, &backup.method},
                                  std::pair{&m_types, &backup.type}}) {
            if (!value->isEmpty() && !set->contains(*value)) {
                set->insert(*value);
                grew = true;
            }
        }
    }
    if (!grew)
        return;
    auto sorted = [](const QSet<QString> &values) {
        QStringList list(values.begin(), values.end());
        list.sort(Qt::CaseInsensitive);
        return list;
    };
    m_filterBar->setChoices(sorted(m_statuses), sorted(m_methods), sorted(m_types));
}

void BackupsPane::updateCount()
{
    const QString shown = tr("%n backup set(s) shown", nullptr, m_proxy->rowCount());
    const QString of = m_proxy->rowCount() == m_model.rowCount()
        ? shown
        : tr("%1 of %2").arg(shown, QLocale().toString(m_model.rowCount()));
    m_countLabel->setText(m_summary.isEmpty() ? of : of + u" · "_s + m_summary);
}

} // namespace rdsbm::ui
