#pragma once

#include "app/cli/command.h"

namespace rdsbm::cli {

// rdsbm alibaba instances list: every page of DescribeDBInstances in the region.
class AlibabaInstancesCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void list(const alibaba::RdsClient &client);
};

} // namespace rdsbm::cli
