#include "app/cli/jobslistcommand.h"

#include "app/jobs/cloudjobjson.h"
#include "app/jobs/jobtracker.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

void JobsListCommand::start()
{
    QJsonArray rows;
    for (const CloudJob &job : cli().tracker.jobs())
        rows.append(jobs::toJson(job));
    finishWithList(rows, {u"localId"_s, u"kind"_s, u"provider"_s, u"region"_s, u"instanceId"_s, u"providerJobId"_s,
                          u"state"_s, u"progressPercent"_s, u"providerStatus"_s, u"createdAt"_s});
}

} // namespace rdsbm::cli
