#pragma once

#include "app/operations/clientlookup.h"
#include "app/operations/providerstatussource.h"

#include <QCoreApplication>

namespace rdsbm::operations {

// DBS restore tasks: DescribeRestoreTaskList with their RestoreTaskId (DbsRestoreTask::state()).
// A task that should have been started but still waits in init is sent StartRestoreTask again,
// with the job's own start ClientToken, so the service starts it at most once. A task created
// without --start ends as Succeeded in init: nothing more will happen to it on its own.
// A job found Submitting after a restart is looked for in its plan's task list by its name. When
// it is not there, CreateRestoreTask is sent again with the job's ClientToken (safe: the service
// creates a token's task at most once) if the destination password can be had again (the journal
// never keeps it; `passwords` supplies it, e.g. from RDSBM_DEST_PASSWORD) and the rebuilt request
// matches the journal's fingerprint of the first one. Otherwise the job is Unknown.
class DbsRestoreStatusSource : public ProviderStatusSource
{
    Q_DECLARE_TR_FUNCTIONS(DbsRestoreStatusSource)

public:
    using PasswordSource = std::function<QString(const CloudJob &job)>;

    explicit DbsRestoreStatusSource(DbsClientLookup clients, PasswordSource passwords = {});

    bool handles(const CloudJob &job) const override;
    void poll(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;
    void reconcile(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;

private:
    void start(const dbs::DbsClient &client, const CloudJob &job, const dbs::DbsRestoreTask &task,
               QObject *context, std::function<void(jobs::JobUpdate)> done);

    void resend(const dbs::DbsClient &client, const CloudJob &job, const dbs::CreateRestoreTaskParameters &parameters,
                QObject *context, std::function<void(jobs::JobUpdate)> done);

    DbsClientLookup m_clients;
    PasswordSource m_passwords;
};

} // namespace rdsbm::operations
