#include "app/cloudsim/simdiagnostics.h"

#include "app/cloudsim/simclock.h"
#include "app/cloudsim/simstats.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

SimResponse problem(int status, const QString &message)
{
    return SimResponse::json(status, QJsonDocument(QJsonObject{{u"error"_s, message}}));
}

} // namespace

SimDiagnostics::SimDiagnostics(SimStats &stats, SimClock &clock,
                               std::function<QJsonObject()> huaweiStatistics)
    : m_stats(stats)
    , m_clock(clock)
    , m_huaweiStatistics(std::move(huaweiStatistics))
{
}

SimResponse SimDiagnostics::handle(const SimRequest &request)
{
    if (request.path == u"/_sim/stats"_s) {
        if (request.method != "GET")
            return problem(405, u"use GET"_s);
        QJsonObject body = m_stats.toJson();
        if (m_huaweiStatistics)
            body.insert(u"huawei"_s, m_huaweiStatistics());
        return SimResponse::json(200, QJsonDocument(body));
    }
    if (request.path == u"/_sim/clock"_s) {
        if (request.method != "POST")
            return problem(405, u"use POST"_s);
        bool ok = false;
        const double seconds = request.query().queryItemValue(u"advance"_s).toDouble(&ok);
        if (!ok || seconds < 0 || !std::isfinite(seconds))
            return problem(400, u"advance must be a number of seconds >= 0"_s);
        m_clock.advance(std::chrono::milliseconds(qint64(seconds * 1000)));
        return SimResponse::json(200, QJsonDocument(QJsonObject{
                                          {u"now"_s, m_clock.now().toString(Qt::ISODateWithMs)}}));
    }
    return problem(404, u"unknown diagnostic endpoint"_s);
}

} // namespace rdsbm::cloudsim
