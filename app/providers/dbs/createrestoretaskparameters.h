#pragma once

#include "app/domain/dbsrestorerequest.h"
#include "app/providers/alibaba/parametererror.h"
#include "app/signing/signingtypes.h"

namespace rdsbm::dbs {

// CreateRestoreTask (seed 002): the user's request plus the ClientToken made once for this user
// action, which every resend carries unchanged so that the service creates one task at most.
struct CreateRestoreTaskParameters
{
    DbsRestoreRequest request;
    QString clientToken;

    // Every rule of seed 002 (DbsRestoreRequest::validate) and a valid, present ClientToken.
    alibaba::ParameterErrors validate() const;
    // The request parameters, DestinationEndpointPassword included: hand them only to the
    // request factory (the transport never logs queries or bodies).
    signing::QueryParameters toQuery() const;
};

} // namespace rdsbm::dbs
