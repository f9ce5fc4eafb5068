#include "ui/restore/jobstatussources.h"

#include "app/catalog/instancecatalog.h"
#include "app/jobs/jobtracker.h"
#include "app/operations/backupjobstatussource.h"
#include "app/operations/dbsrestorestatussource.h"
#include "app/operations/ddrrestorestatussource.h"
#include "app/operations/huaweijobstatussource.h"

namespace rdsbm::ui {

void installJobStatusSources(jobs::JobTracker &tracker, catalog::InstanceCatalog &instances,
                             transport::HttpTransport &transport)
{
    const auto alibabaAccount = [&instances](const CloudJob &job) {
        const catalog::CloudAccount *account = instances.account(job.profileName);
        return account && account->provider == Provider::Alibaba ? account : nullptr;
    };
    const operations::RdsClientLookup rds = [&instances, alibabaAccount](const CloudJob &job)
        -> std::optional<alibaba::RdsClient> {
        if (!alibabaAccount(job))
            return std::nullopt;
        return instances.rdsClient(job.profileName, job.regionId);
    };
    const operations::DbsClientLookup dbsClients = [&instances, &transport, alibabaAccount](const CloudJob &job)
        -> std::optional<dbs::DbsClient> {
        if (!alibabaAccount(job))
            return std::nullopt;
        return dbs::DbsClient(transport, instances.rdsClient(job.profileName, job.regionId).requestFactory());
    };
    const operations::HuaweiClientLookup huawei = [&instances](const CloudJob &job) -> huawei::HuaweiRdsClient * {
        const catalog::CloudAccount *account = instances.account(job.profileName);
        if (!account || account->provider != Provider::Huawei)
            return nullptr;
        return instances.huaweiClient(job.profileName, job.regionId);
    };
    tracker.addStatusSource(std::make_shared<operations::BackupJobStatusSource>(rds));
    tracker.addStatusSource(std::make_shared<operations::DdrRestoreStatusSource>(rds));
    tracker.addStatusSource(std::make_shared<operations::DbsRestoreStatusSource>(dbsClients));
    tracker.addStatusSource(std::make_shared<operations::HuaweiJobStatusSource>(huawei));
}

} // namespace rdsbm::ui
