#include "app/providers/huawei/huaweijobinfo.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

JobState HuaweiJobInfo::state() const
{
    if (status == u"Running")
        return JobState::Running;
    if (status == u"Completed")
        return JobState::Succeeded;
    if (status == u"Failed")
        return JobState::Failed;
    return JobState::Unknown;
}

void HuaweiJobInfo::applyTo(CloudJob &job) const
{
    if (!id.isEmpty())
        job.providerJobId = id;
    job.providerStatus = status;
    job.state = state();
    if (job.state == JobState::Succeeded)
        job.progressPercent = 100;
    else if (progressPercent >= 0)
        job.progressPercent = progressPercent;
    if (job.state == JobState::Failed) {
        job.errorCode = u"Failed"_s;
        job.errorMessage = failReason;
    }
    if (ended.isValid())
        job.finishedAt = ended;
}

} // namespace rdsbm::huawei
