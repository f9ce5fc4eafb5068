#include "app/operations/runningbackupjob.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

std::optional<alibaba::BackupTask> runningManualBackupJob(const alibaba::BackupTaskList &tasks)
{
    for (const alibaba::BackupTask &task : tasks.tasks) {
        if (task.jobMode == u"Automated"_s || task.jobId.isEmpty())
            continue;
        if (task.jobState() == JobState::Running)
            return task;
    }
    return std::nullopt;
}

} // namespace rdsbm::operations
