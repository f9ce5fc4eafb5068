#pragma once

#include "app/operations/clientlookup.h"
#include "app/operations/providerstatussource.h"

#include <QCoreApplication>

namespace rdsbm::operations {

// DBS restore tasks: DescribeRestoreTaskList with their RestoreTaskId (DbsRestoreTask::state()).
// A task that should have been started but still waits in init is sent StartRestoreTask again,
// with the job's own start ClientToken, so the service starts it at most once. A task created
// without --start ends as Succeeded in init: nothing more will happen to it on its own.
// A job found Submitting after a restart cannot be sent again, because the journal never keeps
// the destination password; the plan's task list is searched for the task by its name instead,
// and without it the job is Unknown (the user may run the command again with the same
// ClientToken, which is safe).
class DbsRestoreStatusSource : public ProviderStatusSource
{
    Q_DECLARE_TR_FUNCTIONS(DbsRestoreStatusSource)

public:
    explicit DbsRestoreStatusSource(DbsClientLookup clients);

    bool handles(const CloudJob &job) const override;
    void poll(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;
    void reconcile(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;

private:
    void start(const dbs::DbsClient &client, const CloudJob &job, const dbs::DbsRestoreTask &task,
               QObject *context, std::function<void(jobs::JobUpdate)> done);

    DbsClientLookup m_clients;
};

} // namespace rdsbm::operations
