#include "app/models/jobtablemodel.h"

#include "app/jobs/cloudjobjson.h"
#include "app/jobs/jobtracker.h"
#include "app/models/displayformat.h"
#include "app/models/modelroles.h"

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::models {

JobTableModel::JobTableModel(jobs::JobTracker &tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_jobs = tracker.jobs();
    for (int row = 0; row < m_jobs.size(); ++row)
        m_rowById.insert(m_jobs.at(row).localId, row);
    m_elapsedTimer.setInterval(std::chrono::seconds(1));
    connect(&m_elapsedTimer, &QTimer::timeout, this, &JobTableModel::tickElapsed);
    connect(&tracker, &jobs::JobTracker::jobChanged, this, &JobTableModel::onJobChanged);
    connect(&tracker, &jobs::JobTracker::jobFinished, this, &JobTableModel::onJobChanged);
    updateTicking();
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(job, index.column());
    case RawValueRole:
        return rawValue(job, index.column());
    case StatusRole:
        return jobs::jobStateKey(job.state);
    case Qt::ToolTipRole:
        if (index.column() == ErrorCodeColumn && !job.errorMessage.isEmpty())
            return job.errorMessage;
        if (index.column() == StateColumn && job.state == JobState::Unknown)
            return tr("The application stopped while this job was being submitted and the provider could not "
                      "tell whether it arrived. Check the instance before submitting it again.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn || index.column() == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString JobTableModel::kindText(JobKind kind)
{
    switch (kind) {
    case JobKind::CreateBackup: return tr("Create backup");
    case JobKind::RestoreDdrTable: return tr("Cross-region restore");
    case JobKind::DbsRestore: return tr("DBS restore");
    case JobKind::HuaweiRestore: return tr("Huawei Cloud restore");
    case JobKind::Download: return tr("Download");
    }
    return {};
}

QString JobTableModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Submitting: return tr("Submitting");
    case JobState::Running: return tr("Running");
    case JobState::Succeeded: return tr("Succeeded");
    case JobState::Failed: return tr("Failed");
    case JobState::Canceled: return tr("Canceled");
    //: The provider could not say whether a job sent just before a crash arrived.
    case JobState::Unknown: return tr("Unknown: check with the provider");
    }
    return {};
}

QString JobTableModel::elapsedText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString JobTableModel::displayText(const CloudJob &job, int column) const
{
    switch (column) {
    case KindColumn: return kindText(job.kind);
    case ProviderColumn: return job.provider == Provider::Alibaba ? tr("Alibaba Cloud") : tr("Huawei Cloud");
    case InstanceColumn:
        return job.regionId.isEmpty() ? job.instanceId : tr("%1 (%2)").arg(job.instanceId, job.regionId);
    case StateColumn: return stateText(job.state);
    case ProgressColumn:
        return job.progressPercent < 0 ? QString() : tr("%1%").arg(job.progressPercent);
    case ProviderStatusColumn: return job.providerStatus;
    case ElapsedColumn: return elapsedText(elapsedSeconds(job));
    case ProviderJobIdColumn: return job.providerJobId;
    case ErrorCodeColumn: return job.errorCode;
    case StartedColumn: return formatTime(job.createdAt);
    default: return {};
    }
}

QVariant JobTableModel::rawValue(const CloudJob &job, int column) const
{
    switch (column) {
    case ProgressColumn:
        // Finished jobs without a figure show a full or empty bar, not an unknown one.
        if (job.progressPercent < 0 && job.state == JobState::Succeeded)
            return 100;
        return job.progressPercent;
    case ElapsedColumn: return elapsedSeconds(job);
    case StartedColumn: return job.createdAt;
    default: return displayText(job, column);
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Job");
    case ProviderColumn: return tr("Provider");
    case InstanceColumn: return tr("Instance");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    case ProviderStatusColumn: return tr("Provider status");
    case ElapsedColumn: return tr("Elapsed");
    case ProviderJobIdColumn: return tr("Provider job ID");
    case ErrorCodeColumn: return tr("Error code");
    case StartedColumn: return tr("Started");
    default: return {};
    }
}

void JobTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tickElapsed();
}

void JobTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JobTableModel::onJobChanged(const CloudJob &job)
{
    const int row = rowOfJob(job.localId);
    if (row >= 0) {
        m_jobs[row] = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const int last = int(m_jobs.size());
        beginInsertRows({}, last, last);
        m_jobs.append(job);
        m_rowById.insert(job.localId, last);
        endInsertRows();
    }
    updateTicking();
}

void JobTableModel::tickElapsed()
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (!m_jobs.at(row).isFinished())
            Q_EMIT dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn));
    updateTicking();
}

void JobTableModel::updateTicking()
{
    const bool anyUnfinished = std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                                           [](const CloudJob &job) { return !job.isFinished(); });
    if (anyUnfinished && !m_elapsedTimer.isActive())
        m_elapsedTimer.start();
    else if (!anyUnfinished)
        m_elapsedTimer.stop();
}

qint64 JobTableModel::elapsedSeconds(const CloudJob &job) const
{
    if (!job.createdAt.isValid())
        return -1;
    const QDateTime end = job.finishedAt.isValid() ? job.finishedAt : m_clock();
    return std::max<qint64>(0, job.createdAt.secsTo(end));
}

} // namespace rdsbm::models
