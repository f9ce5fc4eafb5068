#pragma once

#include "app/domain/cloudjob.h"
#include "app/domain/dbsrestorerequest.h"
#include "app/signing/signingtypes.h"

#include <optional>

namespace rdsbm::operations {

// A DBS restore as the journal keeps it: DbsRestoreRequest::journalParameters() (never the
// password) plus the ClientToken and a fingerprint of every parameter sent but the password, so
// that the request can be rebuilt after a restart, given the password again, and checked to be
// byte for byte the one that was (maybe) sent before it is sent again with the same token.
class DbsJobRequest
{
public:
    static constexpr QStringView fingerprintKey = u"RequestFingerprint";

    // SHA-256 over the parameters sorted by name, DestinationEndpointPassword left out.
    static QString fingerprint(const signing::QueryParameters &query);

    // The request and token from the journal, with `password`; nothing when the journal's copy
    // cannot be rebuilt into exactly the request it fingerprinted.
    static std::optional<std::pair<DbsRestoreRequest, QString>> fromJob(const CloudJob &job, const QString &password);
};

} // namespace rdsbm::operations
