#pragma once

#include "app/operations/clientlookup.h"
#include "app/operations/providerstatussource.h"

#include <QCoreApplication>

#include <chrono>

namespace rdsbm::operations {

// RestoreDdrTable jobs. The reply names no job; the reference says the restore shows as the
// target instance's status, Restoring while it runs and Running again once done
// (DescribeDBInstanceAttribute), and the simulator does exactly that. So: Restoring -> Running;
// Running after Restoring -> Succeeded. Running without Restoring seen (a restore shorter than
// the poll interval, or one that ran while no process followed it) is Succeeded once every
// database the TableMeta restores whole is on the instance; otherwise an instance that never
// shows Restoring within `restoreStartGrace` of the request is reported Unknown, not Succeeded.
// A job found Submitting after a restart is sent again with the journal's very parameters and
// ClientToken: the service runs a token at most once, so this is safe.
class DdrRestoreStatusSource : public ProviderStatusSource
{
    Q_DECLARE_TR_FUNCTIONS(DdrRestoreStatusSource)

public:
    static constexpr std::chrono::minutes restoreStartGrace{10};

    explicit DdrRestoreStatusSource(RdsClientLookup clients);

    bool handles(const CloudJob &job) const override;
    void poll(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;
    void reconcile(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;

    // The journal's copy of the request as typed parameters, or nothing when it cannot be read
    // back into exactly the same query (then nothing is resent).
    static std::optional<alibaba::RestoreDdrTableParameters> parametersFromJob(const CloudJob &job,
                                                                              const QString &clientRegionId);

    // The new names of the databases the job's TableMeta restores whole; empty when any entry
    // restores tables (which may land in a database that was there before).
    static QStringList wholeDatabasesCreated(const CloudJob &job);

private:
    void lookForRestoredDatabases(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done);

    RdsClientLookup m_clients;
};

} // namespace rdsbm::operations
