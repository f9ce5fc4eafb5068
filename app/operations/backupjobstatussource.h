#pragma once

#include "app/operations/clientlookup.h"
#include "app/operations/providerstatussource.h"

#include <QCoreApplication>

namespace rdsbm::operations {

// CreateBackup jobs: DescribeBackupTasks with their BackupJobId (BackupTask::jobState()).
// A job found Submitting after a restart is looked for among the instance's running manual
// backup jobs and adopted. With none running nothing tells whether the request arrived (the job
// may have finished meanwhile, CreateBackup has no ClientToken): the answer is Unknown, naming a
// manual backup set that started after the request when there is one, and nothing is resent.
class BackupJobStatusSource : public ProviderStatusSource
{
    Q_DECLARE_TR_FUNCTIONS(BackupJobStatusSource)

public:
    explicit BackupJobStatusSource(RdsClientLookup clients);

    bool handles(const CloudJob &job) const override;
    void poll(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;
    void reconcile(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;

private:
    void lookForBackupSet(const alibaba::RdsClient &client, const CloudJob &job, QObject *context,
                          std::function<void(jobs::JobUpdate)> done);

    RdsClientLookup m_clients;
};

} // namespace rdsbm::operations
