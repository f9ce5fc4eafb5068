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
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        Q_EMIT currentInstanceChanged();
        Q_EMIT currentNoteChanged(currentNote());
    });
    connect(this, &QTreeWidget::itemSelectionChanged, this, &InstancePicker::currentInstanceChanged);
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
        if (excluded) {
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (previous && previous->id == instance.id) {
            restore = item;
        }
    }
    // Alibaba's list does not give the storage size: no empty column then.
    setColumnHidden(StorageColumn, std::none_of(m_candidates.cbegin(), m_candidates.cend(),
                                                [](const InstanceCandidate &c) { return c.instance.storageGb > 0; }));
    if (restore)
        setCurrentItem(restore);
    blocker.unblock();
    Q_EMIT currentInstanceChanged();
    Q_EMIT currentNoteChanged(currentNote());
}

const InstanceCandidate *InstancePicker::candidateAt(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int index = item->data(IdColumn, candidateIndexRole).toInt();
    return index >= 0 && index < m_candidates.size() ? &m_candidates.at(index) : nullptr;
}

QString InstancePicker::currentNote() const
{
    const InstanceCandidate *candidate = candidateAt(currentItem());
    if (!candidate)
        return {};
    return candidate->exclusionReason.isEmpty()
        ? candidate->note
        : tr("%1 cannot be chosen: %2").arg(candidate->instance.id, candidate->exclusionReason);
}

std::optional<DbInstance> InstancePicker::currentInstance() const
{
    const QTreeWidgetItem *item = currentItem();
    const InstanceCandidate *candidate = candidateAt(item);
    if (!candidate || !item->isSelected() || !candidate->exclusionReason.isEmpty())
        return std::nullopt;
    return candidate->instance;
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
        if (item->text(IdColumn) == instanceId && (item->flags() & Qt::ItemIsSelectable)) {
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
