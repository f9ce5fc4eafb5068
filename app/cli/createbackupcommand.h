#pragma once

#include "app/cli/operationcommand.h"

namespace rdsbm::cli {

// rdsbm alibaba backups create: CreateBackup (seed 001), confirmed, then DescribeBackupTasks
// until the job ends.
class CreateBackupCommand : public OperationCommand
{
    Q_OBJECT

public:
    using OperationCommand::OperationCommand;
    void start() override;
};

} // namespace rdsbm::cli
