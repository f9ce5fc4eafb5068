#include "tests/support/simfixture.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::testsupport {

cloudsim::SimulatorConfig SimFixture::fastConfig()
{
    cloudsim::SimulatorConfig config;
    config.jobSecondsPerStep = 0.02;
    return config;
}

bool SimFixture::start(const cloudsim::SimulatorConfig &config)
{
    stop();
    m_simulator = std::make_unique<cloudsim::CloudSimulator>(config);
    if (!m_simulator->start()) {
        m_errorString = m_simulator->errorString();
        return false;
    }
    m_client = std::make_unique<SimTestClient>(m_simulator->baseUrl());
    return true;
}

void SimFixture::stop()
{
    m_client.reset();
    m_simulator.reset();
}

QJsonArray SimFixture::instances(const QString &regionId)
{
    const auto result = m_client->rds(u"DescribeDBInstances"_s, {{u"RegionId"_s, regionId}, {u"PageSize"_s, u"100"_s}});
    return result.json.object().value(u"Items"_s).toObject().value(u"DBInstance"_s).toArray();
}

QJsonObject SimFixture::findInstance(const QString &regionId, const QList<std::pair<QString, QString>> &fields)
{
    for (const QJsonValue &value : instances(regionId)) {
        const QJsonObject instance = value.toObject();
        bool matches = true;
        for (const auto &[name, expected] : fields)
            matches = matches && instance.value(name).toString() == expected;
        if (matches)
            return instance;
    }
    return {};
}

} // namespace rdsbm::testsupport
