#include "app/providers/alibaba/rdsreplies.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

JobState BackupTask::jobState() const
{
    if (backupStatus == u"Finished"_s)
        return JobState::Succeeded;
    if (backupStatus == u"Failed"_s)
        return JobState::Failed;
    if (backupStatus.isEmpty())
        return JobState::Unknown;
    return JobState::Running; // NoStart, Checking, Preparing, Waiting, Uploading
}

} // namespace rdsbm::alibaba
