#pragma once

#include "app/operations/clientlookup.h"
#include "app/operations/providerstatussource.h"

#include <QCoreApplication>

#include <chrono>

namespace rdsbm::operations {

// Huawei restore jobs: GET /v3/{project_id}/jobs?id=. A new job cannot be queried for a few
// seconds, so "job not found" within `jobNotFoundGrace` of the request is "pending"; after that,
// and for a job whose id is unknown, the target instance's status tells (RESTORING, then ACTIVE),
// as the reference advises. A job found Submitting after a restart is never sent again (the API
// has no idempotency token): the target RESTORING means it arrived, otherwise it is Unknown.
class HuaweiJobStatusSource : public ProviderStatusSource
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiJobStatusSource)

public:
    static constexpr std::chrono::seconds jobNotFoundGrace{30};

    explicit HuaweiJobStatusSource(HuaweiClientLookup clients);

    bool handles(const CloudJob &job) const override;
    void poll(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;
    void reconcile(const CloudJob &job, QObject *context, std::function<void(jobs::JobUpdate)> done) override;

private:
    void pollTarget(const CloudJob &job, QObject *context, bool reconciling, std::function<void(jobs::JobUpdate)> done);
    static bool isJobNotFound(const transport::ApiResult &result);

    HuaweiClientLookup m_clients;
};

} // namespace rdsbm::operations
