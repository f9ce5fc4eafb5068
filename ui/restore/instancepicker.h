#pragma once

#include "app/domain/dbinstance.h"

#include <QTreeWidget>

#include <optional>

namespace rdsbm::ui {

// An instance the user may pick, or may not, with the reason when not.
struct InstanceCandidate
{
    DbInstance instance;
    QString exclusionReason; // empty: eligible
    QString note;            // shown for eligible ones ("the source itself")
};

// A list of instances where the ones that cannot be chosen stay visible, greyed out, with the
// reason in their own column and tooltip: the user sees why a target is missing. Excluded rows
// can still be reached with the keyboard (not selected), so currentNote() reads their reason out.
class InstancePicker : public QTreeWidget
{
    Q_OBJECT
    Q_PROPERTY(QString currentInstanceId READ currentInstanceId NOTIFY currentInstanceChanged)

public:
    enum Column { IdColumn, NameColumn, EngineColumn, StorageColumn, StatusColumn, NoteColumn, ColumnCount };

    explicit InstancePicker(QWidget *parent = nullptr);

    void setCandidates(const QList<InstanceCandidate> &candidates);
    const QList<InstanceCandidate> &candidates() const { return m_candidates; }
    std::optional<DbInstance> currentInstance() const;
    QString currentInstanceId() const;
    // Selects an eligible instance by id; false when it is not there or excluded.
    bool selectInstance(const QString &instanceId);
    int eligibleCount() const;
    // The whole reason (or note) of the row the keyboard or mouse is on, for a label beside the list.
    QString currentNote() const;

Q_SIGNALS:
    void currentInstanceChanged();
    void currentNoteChanged(const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    const InstanceCandidate *candidateAt(const QTreeWidgetItem *item) const;

    QList<InstanceCandidate> m_candidates;
};

} // namespace rdsbm::ui
