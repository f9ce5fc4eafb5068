#pragma once

#include "app/operations/longoperation.h"
#include "app/providers/alibaba/rdsclient.h"

#include <optional>

namespace rdsbm::operations {

// RestoreDdrTable (seed 000): databases and tables of a cross-region backup (RestoreType 0) or
// of a point in time (RestoreType 1) restored into an existing instance. prepare() reads the
// target (DescribeDBInstanceAttribute, DescribeDatabases) so the TableMeta is checked against
// what it already holds, and lists what the restore writes into. The ClientToken is made once
// per user action, here, and every attempt and every resend carries it.
class RestoreDdrTableOperation : public LongOperation
{
    Q_OBJECT

public:
    RestoreDdrTableOperation(jobs::JobTracker &tracker, alibaba::RdsClient client,
                             alibaba::RestoreDdrTableParameters parameters, QString profileName,
                             QObject *parent = nullptr);

    QString action() const override { return QStringLiteral("RestoreDdrTable"); }
    const QString &clientToken() const { return m_parameters.clientToken; }
    const alibaba::RestoreDdrTableParameters &parameters() const { return m_parameters; }

protected:
    void doPrepare() override;
    void doSubmit() override;

private:
    void onTarget(transport::TypedReply<alibaba::DbInstanceAttribute> reply);
    void onTargetDatabases(transport::TypedReply<alibaba::DatabaseList> reply);
    OperationPreview makePreview() const;
    void onRestored(transport::TypedReply<alibaba::RestoreDdrTableReply> reply);

    alibaba::RdsClient m_client;
    alibaba::RestoreDdrTableParameters m_parameters;
    QString m_profileName;
    std::optional<alibaba::DbInstanceAttribute> m_target;
};

} // namespace rdsbm::operations
