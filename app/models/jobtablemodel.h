#pragma once

#include "app/domain/cloudjob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

namespace rdsbm::jobs {
class JobTracker;
}

namespace rdsbm::models {

// Every job the JobTracker follows, one row each, in the order they were recorded: a thin
// adapter mapping each jobChanged() to one row update or insert. Elapsed times of unfinished
// jobs tick once a second.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        ProviderColumn,
        InstanceColumn,
        StateColumn,
        ProgressColumn,
        ProviderStatusColumn,
        ElapsedColumn,
        ProviderJobIdColumn,
        ErrorCodeColumn,
        StartedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit JobTableModel(jobs::JobTracker &tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CloudJob &jobAt(int row) const { return m_jobs.at(row); }
    int rowOfJob(const QString &localId) const { return m_rowById.value(localId, -1); }

    // UTC now, for elapsed times (tests pass a fixed clock).
    void setClock(std::function<QDateTime()> clock);
    // Header and cell texts follow the language; call after a language switch.
    void retranslate();

    static QString kindText(JobKind kind);
    static QString stateText(JobState state);
    // "0:00:42", "1:02:03": hours grow without a day unit, as a job monitor's clock does.
    static QString elapsedText(qint64 seconds);

private:
    void onJobChanged(const CloudJob &job);
    void tickElapsed();
    void updateTicking();
    qint64 elapsedSeconds(const CloudJob &job) const;
    QString displayText(const CloudJob &job, int column) const;
    QVariant rawValue(const CloudJob &job, int column) const;

    QList<CloudJob> m_jobs;
    QHash<QString, int> m_rowById;
    std::function<QDateTime()> m_clock;
    QTimer m_elapsedTimer;
};

} // namespace rdsbm::models
