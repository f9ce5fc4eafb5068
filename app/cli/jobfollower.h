#pragma once

#include "app/cli/clicontext.h"
#include "app/domain/cloudjob.h"
#include "app/providers/alibaba/rdsclient.h"
#include "app/providers/dbs/dbsclient.h"
#include "app/providers/huawei/huaweirdsclient.h"
#include "app/transport/apiresult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace rdsbm::cli {

// Follows one job of the shared journal to its end for a command: gives the JobTracker status
// sources that answer for this job only (so this process never polls another account's jobs
// with its credentials), writes each change as one line on stderr, and says when the job ended
// or turned Unknown, or when asking about it failed for good.
class JobFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxConsecutiveFailures = 20;

    explicit JobFollower(CliContext &context, QObject *parent = nullptr);

    void setAlibabaClient(alibaba::RdsClient client) { m_rds = std::move(client); }
    void setDbsClient(dbs::DbsClient client) { m_dbs = std::move(client); }
    void setHuaweiClient(huawei::HuaweiRdsClient *client) { m_huawei = client; }

    // A job just submitted: the tracker polls it already.
    void follow(const QString &localId);
    // A job from the journal (rdsbm jobs wait): reconciles it if Submitting, polls it if Running.
    void resume(const QString &localId);

Q_SIGNALS:
    void ended(const rdsbm::CloudJob &job);
    // The service refused a poll (credentials, permissions, a vanished resource): it will not
    // get better by asking again.
    void pollRefused(const rdsbm::transport::ApiResult &result, const QString &action);
    void gaveUp(const rdsbm::transport::ApiResult &result, const QString &action);

private:
    void installSources();
    void onJobChanged(const rdsbm::CloudJob &job);
    void onPollFailure(const CloudJob &job, const QString &action, const transport::ApiResult &result);
    void report(const CloudJob &job);

    CliContext &m_context;
    QString m_localId;
    std::optional<alibaba::RdsClient> m_rds;
    std::optional<dbs::DbsClient> m_dbs;
    QPointer<huawei::HuaweiRdsClient> m_huawei;
    int m_consecutiveFailures = 0;
    QString m_lastLine;
    bool m_ended = false;
};

} // namespace rdsbm::cli
