#pragma once

#include "app/cli/command.h"
#include "app/providers/huawei/huaweirequestfactory.h"

#include <functional>

namespace rdsbm::cli {

// rdsbm huawei instances list / huawei backups list: ListInstances or ListBackups, every page
// (offset/limit 100: the first, then the rest concurrently), printed as the API wrote its items.
// The project id comes from the environment, the profile's cache or IAM.
class HuaweiListCommand : public Command
{
    Q_OBJECT

public:
    enum class List { Instances, Backups };

    HuaweiListCommand(CliContext &context, List list, QObject *parent = nullptr);
    void start() override;

private:
    void listIn(huawei::HuaweiRdsClient &client, const QString &projectId);
    // The request for one page, and how its reply is checked (field by field) and where the
    // items are.
    huawei::HuaweiCall pageCall(huawei::HuaweiRdsClient &client, const QString &projectId, qint64 offset) const;
    std::optional<qint64> checkedTotal(const QJsonDocument &document, QString &error) const;

    List m_list;
};

} // namespace rdsbm::cli
