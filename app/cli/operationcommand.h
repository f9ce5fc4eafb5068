#pragma once

#include "app/cli/command.h"
#include "app/domain/cloudjob.h"
#include "app/operations/longoperation.h"

namespace rdsbm::cli {

class JobFollower;

// A command that runs one long operation: prepare (checks, reads), show what it will do and
// confirm it (a terminal or --yes), submit (journal first), then follow the job to its end with
// progress on stderr. The result on stdout is the API's response body; several calls make one
// object with a member per call, named by its action.
class OperationCommand : public Command
{
    Q_OBJECT

public:
    explicit OperationCommand(CliContext &context, QObject *parent = nullptr);

protected:
    // The clients the job's status is asked with (set them before runOperation()).
    JobFollower &follower() { return *m_follower; }
    // Takes `operation` as a child and runs it through.
    void runOperation(operations::LongOperation *operation, const QString &catalogProvider);
    // What stdout shows once the job is submitted; by default the reply (or replies) of the
    // submission.
    virtual QJsonObject resultObject(const operations::OperationResult &result) const;
    // False for operations that end once submitted (a DBS task created but not started).
    virtual bool followsJob() const { return true; }

private:
    void onPrepared();
    void onFinished();
    void onJobEnded(const CloudJob &job);

    JobFollower *m_follower;
    operations::LongOperation *m_operation = nullptr;
    QString m_catalogProvider;
};

} // namespace rdsbm::cli
