#pragma once

#include "app/cli/operationcommand.h"

namespace rdsbm::cli {

// rdsbm huawei restore: seed 004's POST /v3/{project_id}/instances/recovery, from a backup
// (--backup-id) or a point in time (--restore-time, sent as epoch milliseconds), into the source
// itself or another instance, after the seed's constraints are checked and confirmed.
class HuaweiRestoreCommand : public OperationCommand
{
    Q_OBJECT

public:
    using OperationCommand::OperationCommand;
    void start() override;
};

} // namespace rdsbm::cli
