#pragma once

#include "app/cloudsim/simulator.h"
#include "tests/support/simtestclient.h"

#include <QJsonArray>

#include <memory>

namespace rdsbm::testsupport {

// An in-process simulator on a free loopback port plus a client for it: what every simulator
// test starts with. Jobs step every 20 ms unless the configuration says otherwise, so tests
// can follow them to the end with QTRY_* in well under a second.
class SimFixture
{
public:
    static cloudsim::SimulatorConfig fastConfig();

    // Returns false (with errorString()) when the simulator cannot start.
    bool start(const cloudsim::SimulatorConfig &config = fastConfig());
    void stop();
    QString errorString() const { return m_errorString; }

    cloudsim::CloudSimulator &simulator() { return *m_simulator; }
    SimTestClient &client() { return *m_client; }

    // Instances of a region from DescribeDBInstances, as the API shows them.
    QJsonArray instances(const QString &regionId);
    // The first instance of `regionId` with these field values (e.g. Engine=MySQL), or {}.
    QJsonObject findInstance(const QString &regionId, const QList<std::pair<QString, QString>> &fields);

private:
    std::unique_ptr<cloudsim::CloudSimulator> m_simulator;
    std::unique_ptr<SimTestClient> m_client;
    QString m_errorString;
};

} // namespace rdsbm::testsupport
