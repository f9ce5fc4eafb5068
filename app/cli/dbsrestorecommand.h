#pragma once

#include "app/cli/operationcommand.h"
#include "app/domain/dbsrestorerequest.h"

#include <optional>

namespace rdsbm::cli {

// rdsbm dbs restore: CreateRestoreTask (seed 002) with its --dest-* fields mapped to the
// DestinationEndpoint* parameters, and StartRestoreTask with --start (then followed to its end).
// The destination password is never an option: RDSBM_DEST_PASSWORD, or asked on the terminal
// without echo.
class DbsRestoreCommand : public OperationCommand
{
    Q_OBJECT

public:
    static constexpr const char *passwordVariable = "RDSBM_DEST_PASSWORD";

    using OperationCommand::OperationCommand;
    void start() override;

protected:
    bool followsJob() const override { return m_start; }

private:
    std::optional<DbsRestoreRequest> requestFromOptions();
    void run(DbsRestoreRequest request);

    bool m_start = false;
};

} // namespace rdsbm::cli
