#pragma once

#include "app/signing/signingtypes.h"

#include <QJsonObject>

namespace rdsbm::operations {

// A request's parameters as the journal keeps them (CloudJob::parameters): the API's own names
// and values, so that a reconciliation after a restart can send the very same request again.
// Only for requests without secrets.
QJsonObject toJobParameters(const signing::QueryParameters &parameters);

} // namespace rdsbm::operations
