#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/transport/apicall.h"

#include <QPointer>

namespace rdsbm::alibaba {

// What asking a client for an operation gave: either a call on its way (keep `call` to cancel
// it; the handler will run), or the parameters that were refused, in which case nothing was sent
// and the handler is never called.
struct StartedCall
{
    QPointer<transport::ApiCall> call;
    ParameterErrors rejected;

    bool wasSent() const { return rejected.isEmpty(); }
};

} // namespace rdsbm::alibaba
