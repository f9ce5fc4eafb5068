#include "app/cloudsim/main/commandline.h"

#include "app/cloudsim/backupcatalog.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

const QString description = uR"(Simulates the Alibaba Cloud RDS (2014-08-15) and DBS (2019-03-06) RPC APIs at "/" and
Huawei Cloud RDS v3 at "/v3/...", with signed requests, generated data, jobs that move
over time, backup files with real CRC-64 checksums, and injected faults.
When ready it prints "listening on http://127.0.0.1:PORT" and serves until SIGINT/SIGTERM.
Diagnostics (unsigned): GET /_sim/stats, POST /_sim/clock?advance=SECONDS.)"_s;

bool readInteger(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                 qint64 maximum, qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = u"--%1 takes a whole number from %2 to %3, not \"%4\"."_s.arg(
            name, QString::number(minimum), QString::number(maximum), parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

bool readKeyPair(const QCommandLineParser &parser, const QString &name, QString *id,
                 QString *secret, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString value = parser.value(name);
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0 || colon == value.size() - 1) {
        *error = u"--%1 takes ID:SECRET."_s.arg(name);
        return false;
    }
    *id = value.left(colon);
    *secret = value.mid(colon + 1);
    return true;
}

} // namespace

CommandLine::Parsed CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions({
        {u"port"_s, u"TCP port to listen on; 0 (default) picks a free one."_s, u"N"_s},
        {u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s},
        {u"seed"_s, u"Seed of the generated data and of the faults (default 1)."_s, u"N"_s},
        {u"instances"_s, u"Instances per region (default 4)."_s, u"N"_s},
        {u"backups-per-instance"_s, u"Backup sets per instance (default 36, at most 99999)."_s, u"N"_s},
        {u"latency-ms"_s, u"Delay every reply by N milliseconds."_s, u"N"_s},
        {u"fault-rate"_s, u"Fraction of requests (0..1) that meet a fault: throttling, 503, slow reply, dropped connection, cut-off download."_s, u"P"_s},
        {u"alibaba-key"_s, u"Alibaba AccessKey pair (default demo-access-key-id:demo-access-key-secret)."_s, u"ID:SECRET"_s},
        {u"huawei-key"_s, u"Huawei AK/SK pair (default demo-ak:demo-sk)."_s, u"AK:SK"_s},
        {u"state"_s, u"Keep the state (created backups, jobs, restores, ClientTokens, counters) in FILE across restarts."_s, u"FILE"_s},
        {u"job-step-seconds"_s, u"Extension: seconds per job state step (default 2)."_s, u"S"_s},
        {u"slow-reply-ms"_s, u"Extension: how late a slow-reply fault answers (default 3000)."_s, u"N"_s},
        {u"link-lifetime-seconds"_s, u"Extension: how long download links stay valid (default 3600)."_s, u"N"_s},
    });

    Parsed parsed;
    const auto usageError = [&parsed](const QString &message) {
        parsed.outcome = Outcome::UsageError;
        parsed.text = message;
        return parsed;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        parsed.outcome = Outcome::ShowHelp;
        parsed.text = parser.helpText();
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.outcome = Outcome::ShowVersion;
        parsed.text = u"rdsbm-cloudsim %1"_s.arg(QStringLiteral(RDSBM_VERSION));
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"Unexpected argument \"%1\"."_s.arg(parser.positionalArguments().constFirst()));

    SimulatorConfig &config = parsed.config;
    QString error;
    qint64 port = config.port;
    qint64 seed = config.seed;
    qint64 instances = config.instancesPerRegion;
    qint64 backups = config.backupsPerInstance;
    qint64 latency = config.latencyMs;
    qint64 slowReply = config.slowReplyMs;
    qint64 linkLifetime = config.downloadLinkLifetimeSeconds;
    if (!readInteger(parser, u"port"_s, 0, 65535, &port, &error)
        || !readInteger(parser, u"seed"_s, 0, 4294967295LL, &seed, &error)
        || !readInteger(parser, u"instances"_s, 0, 200, &instances, &error)
        || !readInteger(parser, u"backups-per-instance"_s, 0, BackupCatalog::maxBackupsPerInstance, &backups, &error)
        || !readInteger(parser, u"latency-ms"_s, 0, 600000, &latency, &error)
        || !readInteger(parser, u"slow-reply-ms"_s, 0, 600000, &slowReply, &error)
        || !readInteger(parser, u"link-lifetime-seconds"_s, 1, 7 * 24 * 3600, &linkLifetime, &error)
        || !readKeyPair(parser, u"alibaba-key"_s, &config.alibabaAccessKeyId, &config.alibabaAccessKeySecret, &error)
        || !readKeyPair(parser, u"huawei-key"_s, &config.huaweiAccessKey, &config.huaweiSecretKey, &error))
        return usageError(error);
    config.port = quint16(port);
    config.seed = quint32(seed);
    config.instancesPerRegion = int(instances);
    config.backupsPerInstance = int(backups);
    config.latencyMs = int(latency);
    config.slowReplyMs = int(slowReply);
    config.downloadLinkLifetimeSeconds = int(linkLifetime);

    if (parser.isSet(u"bind"_s)) {
        if (QHostAddress(parser.value(u"bind"_s)).isNull())
            return usageError(u"--bind takes an IP address, not \"%1\"."_s.arg(parser.value(u"bind"_s)));
        config.bindAddress = parser.value(u"bind"_s);
    }
    if (parser.isSet(u"fault-rate"_s)) {
        bool ok = false;
        const double rate = parser.value(u"fault-rate"_s).toDouble(&ok);
        if (!ok || !std::isfinite(rate) || rate < 0.0 || rate > 1.0)
            return usageError(u"--fault-rate takes a number from 0 to 1, not \"%1\"."_s.arg(parser.value(u"fault-rate"_s)));
        config.faultRate = rate;
    }
    if (parser.isSet(u"job-step-seconds"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"job-step-seconds"_s).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > 3600)
            return usageError(u"--job-step-seconds takes a number from 0.001 to 3600."_s);
        config.jobSecondsPerStep = seconds;
    }
    if (parser.isSet(u"state"_s)) {
        config.stateFile = parser.value(u"state"_s);
        if (config.stateFile.isEmpty())
            return usageError(u"--state takes a file name."_s);
    }
    return parsed;
}

} // namespace rdsbm::cloudsim
