#pragma once

#include "app/cli/command.h"

namespace rdsbm::cli {

// rdsbm dbs plans list: every page of DescribeBackupPlanList (PageNum from 0) in the region.
class DbsPlansCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
};

} // namespace rdsbm::cli
