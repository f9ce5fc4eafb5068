#include "app/cloudsim/simulatorserver.h"

#include "app/cloudsim/cloudsimlogging.h"
#include "app/cloudsim/responderwriter.h"
#include "app/cloudsim/socketresponsewriter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
constexpr std::chrono::seconds droppedConnectionStall{30};
#endif

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QString familyCounterName(RequestFamily family)
{
    switch (family) {
    case RequestFamily::Diagnostic: return u"diagnostic"_s;
    case RequestFamily::AlibabaApi: return u"alibaba"_s;
    case RequestFamily::HuaweiApi: return u"huawei"_s;
    case RequestFamily::BackupFile: return u"file"_s;
    case RequestFamily::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace

SimulatorServer::SimulatorServer(SimRouter &router, FaultInjector &faults, SimStats &stats,
                                 Timing timing, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_faults(faults)
    , m_stats(stats)
    , m_timing(timing)
{
}

SimulatorServer::~SimulatorServer() = default;

bool SimulatorServer::start(const QHostAddress &address, quint16 port)
{
    auto *tcpServer = new QTcpServer(this);
    // Many clients connect at once in the load test; the default backlog of 50 would make the
    // kernel drop SYNs and the clients wait a second to retry.
    tcpServer->setListenBacklogSize(1024);
    tcpServer->setMaxPendingConnections(1024);
    if (!tcpServer->listen(address, port)) {
        m_errorString = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    m_port = tcpServer->serverPort();
    bind(tcpServer); // void on 6.4, bool later: the listen above already succeeded
    return true;
}

SimRequest SimulatorServer::toSimRequest(const QHttpServerRequest &request)
{
    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.path = request.url().path();
    simRequest.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    for (const auto &header : request.headers())
        simRequest.headers.append({header.first, header.second});
#else
    for (const auto &[name, value] : request.headers().toListOfPairs())
        simRequest.headers.append({name, value});
#endif
    simRequest.body = request.body();
    simRequest.peerAddress = request.remoteAddress().toString();
    return simRequest;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool SimulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest simRequest = toSimRequest(request);
    ReplyChannel channel;
    channel.socket = socket;
    channel.headOnly = simRequest.method == "HEAD";
    channel.closeAfter = simRequest.header("Connection").toLower().contains("close");
    dispatch(simRequest, channel);
    return true;
}

void SimulatorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    SimResponse response;
    response.status = 404;
    SocketResponseWriter::write(socket, response, {});
}

#else

bool SimulatorServer::handleRequest(const QHttpServerRequest &request,
                                    QHttpServerResponder &responder)
{
    SimRequest simRequest = toSimRequest(request);
    ReplyChannel channel;
    // Qt requires the responder to be moved out before returning true; it then answers later.
    channel.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    channel.headOnly = simRequest.method == "HEAD";
    channel.closeAfter = simRequest.header("Connection").toLower().contains("close");
    dispatch(simRequest, channel);
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void SimulatorServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void SimulatorServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#endif

void SimulatorServer::dispatch(const SimRequest &request, ReplyChannel channel)
{
    const RequestFamily family = m_router.familyOf(request);
    const FaultKind fault = m_faults.decide(family);
    m_stats.increment(u"requests"_s, u"total"_s);
    m_stats.increment(u"requests"_s, familyCounterName(family));
    if (fault != FaultKind::None)
        m_stats.increment(u"faults"_s, FaultInjector::name(fault));

    std::chrono::milliseconds delay = family == RequestFamily::Diagnostic
        ? std::chrono::milliseconds(0)
        : m_timing.latency;
    SimResponse response;
    qint64 cutOffAfter = -1;
    switch (fault) {
    case FaultKind::Throttling:
    case FaultKind::ServiceUnavailable:
        response = m_router.faultResponse(fault, family);
        break;
    case FaultKind::DroppedConnection:
        qCDebug(lcCloudSim, "%s %ls -> dropped", request.method.constData(),
                qUtf16Printable(request.path.section(u'/', 0, 3)));
        if (delay.count() == 0) {
            drop(channel);
        } else {
            QTimer::singleShot(delay, this, [this, channel] { drop(channel); });
        }
        return;
    case FaultKind::SlowReply:
        delay += m_timing.slowReply;
        response = m_router.route(request);
        break;
    case FaultKind::CutOffDownload:
        response = m_router.route(request);
        if (response.stream && response.streamLength > 1)
            cutOffAfter = response.streamLength / 2;
        else if (!response.stream && response.body.size() > 1)
            cutOffAfter = response.body.size() / 2;
        break;
    case FaultKind::None:
        response = m_router.route(request);
        break;
    }

    qCDebug(lcCloudSim, "%s %ls -> %d (%ls, %lld ms late)", request.method.constData(),
            qUtf16Printable(request.path.section(u'/', 0, 3)), response.status,
            qUtf16Printable(FaultInjector::name(fault)), qint64(delay.count()));
    if (delay.count() == 0) {
        send(channel, response, cutOffAfter);
        return;
    }
    QTimer::singleShot(delay, this, [this, channel, response, cutOffAfter] {
        send(channel, response, cutOffAfter);
    });
}

void SimulatorServer::send(const ReplyChannel &channel, const SimResponse &response,
                           qint64 cutOffAfter)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    SocketResponseWriter::Options options;
    options.headOnly = channel.headOnly;
    options.closeAfter = channel.closeAfter;
    options.cutOffAfter = cutOffAfter;
    SocketResponseWriter::write(channel.socket, response, options);
#else
    ResponderWriter::write(channel.responder, response, channel.headOnly, cutOffAfter);
#endif
}

void SimulatorServer::drop(const ReplyChannel &channel)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (channel.socket)
        channel.socket->abort();
#else
    SimResponse unavailable = m_router.faultResponse(FaultKind::ServiceUnavailable,
                                                     RequestFamily::AlibabaApi);
    QTimer::singleShot(droppedConnectionStall, this, [channel, unavailable] {
        ResponderWriter::write(channel.responder, unavailable, channel.headOnly, -1);
    });
#endif
}

} // namespace rdsbm::cloudsim
