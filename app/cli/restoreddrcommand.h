#pragma once

#include "app/cli/operationcommand.h"
#include "app/providers/alibaba/restoreddrtableparameters.h"

#include <optional>

namespace rdsbm::cli {

// rdsbm alibaba restore-ddr: RestoreDdrTable (seed 000) into an existing instance, from a
// cross-region backup set (--backup-set-id, RestoreType 0) or a point in time (--restore-time,
// RestoreType 1, with --source-instance and --source-region), confirmed, then followed through
// the target's status. The ClientToken (--client-token, or one made now) is printed on stderr.
class RestoreDdrCommand : public OperationCommand
{
    Q_OBJECT

public:
    using OperationCommand::OperationCommand;
    void start() override;

private:
    std::optional<alibaba::RestoreDdrTableParameters> parametersFromOptions();
};

} // namespace rdsbm::cli
