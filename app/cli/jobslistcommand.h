#pragma once

#include "app/cli/command.h"

namespace rdsbm::cli {

// rdsbm jobs list: every job of the local journal the GUI shares, as the journal keeps it.
class JobsListCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
};

} // namespace rdsbm::cli
