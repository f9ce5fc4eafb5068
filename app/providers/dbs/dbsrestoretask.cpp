#include "app/providers/dbs/dbsrestoretask.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::dbs {

JobState DbsRestoreTask::state() const
{
    const QString status = restoreStatus.toLower();
    if (status == u"finish" || status == u"finished" || status == u"success")
        return JobState::Succeeded;
    if (status == u"stop" || status == u"failed")
        return JobState::Failed;
    if (status == u"init" || status == u"check_pass" || status == u"running" || status == u"pause"
        || status == u"wait")
        return JobState::Running;
    return JobState::Unknown;
}

int DbsRestoreTask::progressPercent() const
{
    if (state() == JobState::Succeeded)
        return 100;
    const int physical = std::max({physicalBackupRecoverProgress, physicalFullBackupRecoverProgress,
                                   physicalFullAndIncrementBackupRecoverProgress});
    if (physical > 0)
        return std::clamp(physical, 0, 100);
    int sum = fullStruforeRestoreProgress + fullDataRestoreProgress + fullStruAfterRestoreProgress;
    int stages = 3;
    if (restoreTime.isValid()) {
        sum += continuousRestoreProgress;
        ++stages;
    }
    return std::clamp(sum / stages, 0, 100);
}

void DbsRestoreTask::applyTo(CloudJob &job) const
{
    job.providerJobId = restoreTaskId;
    job.providerStatus = restoreStatus;
    job.state = state();
    job.progressPercent = progressPercent();
    if (job.state == JobState::Failed) {
        job.errorCode = restoreStatus;
        job.errorMessage = errMessage;
    }
    if (restoreTaskFinishTime.isValid() && job.isFinished())
        job.finishedAt = restoreTaskFinishTime;
}

} // namespace rdsbm::dbs
