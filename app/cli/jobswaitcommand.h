#pragma once

#include "app/cli/command.h"
#include "app/domain/cloudjob.h"

namespace rdsbm::cli {

class JobFollower;

// rdsbm jobs wait JOB_ID: follows a job of the journal to its end, after a restart too. A job
// still Submitting is reconciled first (its status source decides whether it was submitted;
// only requests with a ClientToken are ever sent again). Prints the job as the journal keeps it.
class JobsWaitCommand : public Command
{
    Q_OBJECT

public:
    explicit JobsWaitCommand(CliContext &context, QObject *parent = nullptr);
    void start() override;

private:
    void onEnded(const CloudJob &job);

    JobFollower *m_follower;
    QString m_catalogProvider;
};

} // namespace rdsbm::cli
