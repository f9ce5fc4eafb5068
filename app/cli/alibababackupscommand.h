#pragma once

#include "app/cli/command.h"
#include "app/providers/alibaba/describebackupsparameters.h"

#include <optional>

namespace rdsbm::cli {

// rdsbm alibaba backups list: DescribeBackups (seed 003) with its filters, every page (the first,
// then the rest concurrently, in order), --limit N stopping after N backup sets.
class AlibabaBackupsCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

    static QStringList tableColumns();

private:
    std::optional<alibaba::DescribeBackupsParameters> filterFromOptions();
    void list(const alibaba::RdsClient &client, const alibaba::DescribeBackupsParameters &filter, qint64 limit);
};

} // namespace rdsbm::cli
