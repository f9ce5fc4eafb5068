#pragma once

#include "app/cloudsim/faultinjector.h"
#include "app/cloudsim/simhttp.h"
#include "app/cloudsim/simrouter.h"
#include "app/cloudsim/simstats.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

#include <chrono>
#include <memory>

class QHttpServerResponder;

namespace rdsbm::cloudsim {

// The HTTP front of the simulator: turns each Qt HTTP Server request into a SimRequest, lets the
// fault injector decide its fate, asks the router for the SimResponse and writes it back, late
// when --latency-ms or a SlowReply fault says so (a QTimer, never a blocking wait).
//
// Qt 6.4 hands handleRequest() the socket, so every fault is exact: dropped connections are
// aborted and cut-off downloads stop mid-body. From Qt 6.5 on the virtuals take a responder and
// the socket is out of reach: a dropped connection degrades to a 30 s stall followed by a 503,
// and a cut-off download to a body that stops early on a connection left open (the client sees a
// transfer timeout instead of a reset).
class SimulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Timing
    {
        std::chrono::milliseconds latency{0};
        std::chrono::milliseconds slowReply{3000};
    };

    SimulatorServer(SimRouter &router, FaultInjector &faults, SimStats &stats, Timing timing,
                    QObject *parent = nullptr);
    ~SimulatorServer() override;

    // Listens on address:port (0 = a free port the OS picks).
    bool start(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    struct ReplyChannel
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        QPointer<QTcpSocket> socket;
#else
        std::shared_ptr<QHttpServerResponder> responder;
#endif
        bool headOnly = false;
        bool closeAfter = false;
    };

    static SimRequest toSimRequest(const QHttpServerRequest &request);
    void dispatch(const SimRequest &request, ReplyChannel channel);
    void send(const ReplyChannel &channel, const SimResponse &response, qint64 cutOffAfter);
    void drop(const ReplyChannel &channel);

    SimRouter &m_router;
    FaultInjector &m_faults;
    SimStats &m_stats;
    Timing m_timing;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace rdsbm::cloudsim
