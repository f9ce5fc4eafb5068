#pragma once

#include <QString>

namespace rdsbm::cloudsim {

// Everything `rdsbm-cloudsim` takes on its command line (see the contract), with its defaults.
struct SimulatorConfig
{
    quint16 port = 0;
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint32 seed = 1;
    int instancesPerRegion = 4;
    int backupsPerInstance = 36;
    int latencyMs = 0;
    double faultRate = 0.0;
    QString alibabaAccessKeyId = QStringLiteral("demo-access-key-id");
    QString alibabaAccessKeySecret = QStringLiteral("demo-access-key-secret");
    QString huaweiAccessKey = QStringLiteral("demo-ak");
    QString huaweiSecretKey = QStringLiteral("demo-sk");
    QString huaweiProjectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    QString stateFile;                // empty: state lives in memory only
    double jobSecondsPerStep = 2.0;   // how fast jobs advance through their states
    int downloadLinkLifetimeSeconds = 3600;
    int slowReplyMs = 3000;           // part A: how late a SlowReply fault answers (--slow-reply-ms)
};

} // namespace rdsbm::cloudsim
