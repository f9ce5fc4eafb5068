#include "ui/restore/instancepicker.h"

#include <QEvent>
#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

constexpr int candidateIndexRole = Qt::UserRole + 1;

} // namespace

InstancePicker::InstancePicker(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QTreeWidget::currentItemChanged, this, &InstancePicker::currentInstanceChanged);
    retranslateUi();
}

void InstancePicker::setCandidates(const QList<InstanceCandidate> &candidates)
{
    const std::optional<DbInstance> previous = currentInstance();
    QSignalBlocker blocker(this);
    clear();
    m_candidates = candidates;
    QTreeWidgetItem *restore = nullptr;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const InstanceCandidate &candidate = m_candidates.at(i);
        const DbInstance &instance = candidate.instance;
        auto *item = new QTreeWidgetItem(this);
        item->setData(IdColumn, candidateIndexRole, int(i));
        item->setText(IdColumn, instance.id);
        item->setText(NameColumn, instance.description);
        item->setText(EngineColumn, (instance.engine + u' ' + instance.engineVersion).trimmed());
        item->setText(StorageColumn, instance.storageGb > 0 ? tr("%1 GB").arg(instance.storageGb) : QString());
        item->setText(StatusColumn, instance.status);
        const bool excluded = !candidate.exclusionReason.isEmpty();
        item->setText(NoteColumn, excluded ? candidate.exclusionReason : candidate.note);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, item->text(NoteColumn));
        if (excluded)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else if (previous && previous->id == instance.id)
            restore = item;
    }
    for (int column = 0; column < NoteColumn; ++column)
        resizeColumnToContents(column);
    if (restore)
        setCurrentItem(restore);
    blocker.unblock();
    Q_EMIT currentInstanceChanged();
}

std::optional<DbInstance> InstancePicker::currentInstance() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled) || !item->isSelected())
        return std::nullopt;
    const int index = item->data(IdColumn, candidateIndexRole).toInt();
    if (index < 0 || index >= m_candidates.size())
        return std::nullopt;
    return m_candidates.at(index).instance;
}

QString InstancePicker::currentInstanceId() const
{
    const auto instance = currentInstance();
    return instance ? instance->id : QString();
}

bool InstancePicker::selectInstance(const QString &instanceId)
{
    for (int row = 0; row < topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = topLevelItem(row);
        if (item->text(IdColumn) == instanceId && (item->flags() & Qt::ItemIsEnabled)) {
            setCurrentItem(item);
            item->setSelected(true);
            scrollToItem(item);
            return true;
        }
    }
    return false;
}

int InstancePicker::eligibleCount() const
{
    return int(std::count_if(m_candidates.cbegin(), m_candidates.cend(),
                             [](const InstanceCandidate &candidate) { return candidate.exclusionReason.isEmpty(); }));
}

void InstancePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void InstancePicker::retranslateUi()
{
    setHeaderLabels({tr("Instance ID"), tr("Name"), tr("Engine"), tr("Storage"), tr("Status"),
                     tr("Eligibility")});
}

} // namespace rdsbm::ui
