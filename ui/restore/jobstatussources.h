#pragma once

namespace rdsbm::catalog {
class InstanceCatalog;
}
namespace rdsbm::jobs {
class JobTracker;
}
namespace rdsbm::transport {
class HttpTransport;
}

namespace rdsbm::ui {

// Lets the tracker follow every kind of job the desktop submits (backups, cross-region and DBS
// restores, Huawei restores), each asked through the account that submitted it. Jobs of accounts
// the application does not know are left alone. Call before the tracker resumes unfinished jobs.
void installJobStatusSources(jobs::JobTracker &tracker, catalog::InstanceCatalog &instances,
                             transport::HttpTransport &transport);

} // namespace rdsbm::ui
