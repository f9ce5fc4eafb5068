#pragma once

#include "app/providers/alibaba/rdsreplies.h"

#include <optional>

namespace rdsbm::operations {

// The manual backup job DescribeBackupTasks shows running (or not yet started) on an instance:
// what a CreateBackup that got no reply may have started. An instance runs one backup job at a
// time (BackupJobExists), so there is at most one; automatic jobs are not ours.
std::optional<alibaba::BackupTask> runningManualBackupJob(const alibaba::BackupTaskList &tasks);

} // namespace rdsbm::operations
