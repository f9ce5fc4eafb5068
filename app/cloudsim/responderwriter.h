#pragma once

#include "app/cloudsim/simhttp.h"

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

#include <memory>

class QHttpServerResponder;

namespace rdsbm::cloudsim {

// Writes a SimResponse through a QHttpServerResponder (Qt HTTP Server 6.5 and later, where the
// socket is no longer handed to us). Small bodies go out at once; a stream is fed to the
// responder in chunks. Without the socket there is no back-pressure signal on 6.5-6.7, so chunks
// go out on a timer; from 6.8 Qt pulls them from a sized device itself. A cut-off stops the body
// early and leaves the connection open: the client sees a stall, not a reset.
class ResponderWriter
{
public:
    static void write(const std::shared_ptr<QHttpServerResponder> &responder,
                      const SimResponse &response, bool headOnly, qint64 cutOffAfter);
};

} // namespace rdsbm::cloudsim

#endif
