#include "app/cloudsim/backupfilestore.h"
#include "app/cloudsim/huaweiapi.h"
#include "app/domain/crc64.h"
#include "tests/support/huaweisimsigner.h"

#include <QElapsedTimer>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::cloudsim;

namespace {

const QDateTime startTime = QDateTime(QDate(2026, 11, 20), QTime(8, 30), QTimeZone::utc());
const QString project = u"0123456789abcdef0123456789abcdef"_s;
const QRegularExpression chinaTimePattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0800$"_s);

QJsonObject jsonOf(const SimResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// Reads what a download link serves, as a client would.
QByteArray download(const BackupFileStore &files, const QString &link, const QDateTime &now,
                    int *status = nullptr)
{
    const QUrl url(link);
    SimRequest request;
    request.method = "GET";
    request.path = url.path(QUrl::FullyDecoded);
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    const SimResponse response = files.serve(request, now);
    if (status)
        *status = response.status;
    if (!response.stream)
        return {};
    return response.stream()->readAll();
}

} // namespace

// The read side of the Huawei simulation over SimRequest/SimResponse: IAM, ListInstances,
// ListBackups, ListRestoreTimes and backup download links.
class TestCloudsimHuaweiLists : public QObject
{
    Q_OBJECT

private:
    SimulatorConfig m_config;
    std::unique_ptr<BackupFileStore> m_files;
    std::unique_ptr<HuaweiApi> m_api;
    QDateTime m_now = startTime;
    testsupport::HuaweiSimSigner m_signer;

    void rebuild()
    {
        m_files = std::make_unique<BackupFileStore>(m_config.seed, m_config.downloadLinkLifetimeSeconds);
        m_files->setBaseUrl(QUrl(u"http://127.0.0.1:8080"_s));
        m_api = std::make_unique<HuaweiApi>(m_config, *m_files, [this] { return m_now; },
                                            [] { return startTime; });
    }

    SimResponse get(const QString &path, const signing::QueryParameters &query = {})
    {
        return m_api->handle(m_signer.request("GET", path, query));
    }

    QJsonObject getJson(const QString &path, const signing::QueryParameters &query = {})
    {
        const SimResponse response = get(path, query);
        if (response.status != 200)
            qWarning() << response.status << response.body;
        return jsonOf(response);
    }

    void verifyError(const SimResponse &response, int status, const QString &code)
    {
        QCOMPARE(response.status, status);
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body.value(u"error_code"_s).toString(), code);
        QVERIFY(!body.value(u"error_msg"_s).toString().isEmpty());
    }

    QJsonArray instances(const QString &projectId = project)
    {
        return getJson(u"/v3/"_s + projectId + u"/instances"_s).value(u"instances"_s).toArray();
    }

    QJsonObject firstInstance(const std::function<bool(const QJsonObject &)> &predicate)
    {
        for (const QJsonValue &value : instances())
            if (predicate(value.toObject()))
                return value.toObject();
        return {};
    }

    QJsonArray allBackups(const QString &instanceId)
    {
        return getJson(u"/v3/"_s + project + u"/backups"_s, {{u"instance_id"_s, instanceId}})
            .value(u"backups"_s)
            .toArray();
    }

private slots:
    void init()
    {
        m_config = {};
        m_config.seed = 42;
        m_config.instancesPerRegion = 12;
        m_now = startTime;
        m_signer = {};
        m_signer.signedAt = startTime;
        m_signer.projectHeader = project;
        rebuild();
    }

    void iamFindsTheProjectOfARegion()
    {
        m_signer.projectHeader.clear(); // as the SDKs send the lookup
        const QJsonArray northFour = getJson(u"/v3/projects"_s, {{u"name"_s, u"cn-north-4"_s}})
                                         .value(u"projects"_s)
                                         .toArray();
        QCOMPARE(northFour.size(), 1);
        QCOMPARE(northFour.at(0)[u"id"_s].toString(), project);
        QCOMPARE(northFour.at(0)[u"name"_s].toString(), u"cn-north-4"_s);
        QVERIFY(!northFour.at(0)[u"domain_id"_s].toString().isEmpty());

        const QJsonArray eastThree = getJson(u"/v3/projects"_s, {{u"name"_s, u"cn-east-3"_s}})
                                         .value(u"projects"_s)
                                         .toArray();
        QCOMPARE(eastThree.size(), 1);
        const QString eastProject = eastThree.at(0)[u"id"_s].toString();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(eastProject).hasMatch());
        QVERIFY(eastProject != project);

        QVERIFY(getJson(u"/v3/projects"_s, {{u"name"_s, u"eu-nowhere-9"_s}}).value(u"projects"_s).toArray().isEmpty());
        const QJsonArray all = getJson(u"/v3/projects"_s).value(u"projects"_s).toArray();
        QVERIFY(all.size() >= 3);
        QCOMPARE(getJson(u"/v3/auth/projects"_s).value(u"projects"_s).toArray(), all);

        // Same seed, same ids; another seed, other ids (except the configured one).
        rebuild();
        QCOMPARE(getJson(u"/v3/projects"_s, {{u"name"_s, u"cn-east-3"_s}}).value(u"projects"_s).toArray(), eastThree);
        m_config.seed = 43;
        rebuild();
        const QJsonArray otherSeed = getJson(u"/v3/projects"_s).value(u"projects"_s).toArray();
        QVERIFY(otherSeed != all);
        QCOMPARE(getJson(u"/v3/projects"_s, {{u"name"_s, u"cn-north-4"_s}})[u"projects"_s][0][u"id"_s].toString(),
                 project);
    }

    void eachRegionIsItsOwnProject()
    {
        m_signer.projectHeader.clear();
        const QString eastProject = getJson(u"/v3/projects"_s, {{u"name"_s, u"cn-east-3"_s}})[u"projects"_s][0][u"id"_s]
                                        .toString();
        const QJsonArray east = instances(eastProject);
        QCOMPARE(east.size(), 12);
        QCOMPARE(east.at(0)[u"region"_s].toString(), u"cn-east-3"_s);
        QSet<QString> northIds;
        for (const QJsonValue &value : instances())
            northIds.insert(value[u"id"_s].toString());
        for (const QJsonValue &value : east)
            QVERIFY(!northIds.contains(value[u"id"_s].toString()));
        // An instance is found only through its own project.
        const QString eastInstance = east.at(0)[u"id"_s].toString();
        verifyError(get(u"/v3/"_s + project + u"/backups"_s, {{u"instance_id"_s, eastInstance}}), 404, u"DBS.200002"_s);
    }

    void anUnknownProjectIsRefused()
    {
        const QString stranger = u"ffffffffffffffffffffffffffffffff"_s;
        m_signer.projectHeader = stranger;
        verifyError(get(u"/v3/"_s + stranger + u"/instances"_s), 403, u"DBS.200010"_s);
    }

    void instancesCoverEveryEngineAndState()
    {
        const QJsonObject reply = getJson(u"/v3/"_s + project + u"/instances"_s);
        QCOMPARE(reply.value(u"total_count"_s).toInt(), 12);
        QSet<QString> engines;
        QSet<QString> statuses;
        for (const QJsonValue &value : reply.value(u"instances"_s).toArray()) {
            const QJsonObject instance = value.toObject();
            engines.insert(instance[u"datastore"_s][u"type"_s].toString() + u' '
                           + instance[u"datastore"_s][u"version"_s].toString());
            statuses.insert(instance[u"status"_s].toString());
            QVERIFY(instance[u"id"_s].toString().endsWith(u"in01"_s));
            QCOMPARE(instance[u"id"_s].toString().size(), 36);
            QVERIFY(instance[u"volume"_s][u"size"_s].toInt() > 0);
            QVERIFY(chinaTimePattern.match(instance[u"created"_s].toString()).hasMatch());
        }
        QCOMPARE(engines, (QSet<QString>{u"MySQL 5.7"_s, u"MySQL 8.0"_s, u"PostgreSQL 12"_s,
                                         u"PostgreSQL 14"_s, u"SQLServer 2019_SE"_s}));
        QCOMPARE(statuses, (QSet<QString>{u"ACTIVE"_s, u"BACKING UP"_s, u"FROZEN"_s, u"RESTORING"_s}));
    }

    void theSameSeedGivesTheSameData()
    {
        const QJsonArray first = instances();
        const QJsonArray backups = allBackups(first.at(0)[u"id"_s].toString());
        rebuild();
        QCOMPARE(instances(), first);
        QCOMPARE(allBackups(first.at(0)[u"id"_s].toString()), backups);
        m_config.seed = 7;
        rebuild();
        QVERIFY(instances() != first);
    }

    void instancesArePaged()
    {
        const QString path = u"/v3/"_s + project + u"/instances"_s;
        QStringList pagedIds;
        for (int offset = 0; offset < 12; offset += 5) {
            const QJsonObject page = getJson(path, {{u"offset"_s, QString::number(offset)}, {u"limit"_s, u"5"_s}});
            QCOMPARE(page.value(u"total_count"_s).toInt(), 12);
            QCOMPARE(page.value(u"instances"_s).toArray().size(), std::min(5, 12 - offset));
            for (const QJsonValue &value : page.value(u"instances"_s).toArray())
                pagedIds.append(value[u"id"_s].toString());
        }
        QStringList allIds;
        for (const QJsonValue &value : instances())
            allIds.append(value[u"id"_s].toString());
        QCOMPARE(pagedIds, allIds);
        QVERIFY(getJson(path, {{u"offset"_s, u"50"_s}}).value(u"instances"_s).toArray().isEmpty());
    }

    void invalidPagingIsAParameterError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("limit 0") << u"limit"_s << u"0"_s;
        QTest::newRow("limit 101") << u"limit"_s << u"101"_s;
        QTest::newRow("limit text") << u"limit"_s << u"ten"_s;
        QTest::newRow("negative offset") << u"offset"_s << u"-1"_s;
        QTest::newRow("empty offset") << u"offset"_s << QString();
    }

    void invalidPagingIsAParameterError()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        verifyError(get(u"/v3/"_s + project + u"/instances"_s, {{name, value}}), 400, u"DBS.200001"_s);
        const QString anyInstance = instances().at(0)[u"id"_s].toString();
        verifyError(get(u"/v3/"_s + project + u"/backups"_s, {{u"instance_id"_s, anyInstance}, {name, value}}), 400,
                    u"DBS.200001"_s);
    }

    void instanceFilters()
    {
        const QString path = u"/v3/"_s + project + u"/instances"_s;
        const QJsonArray all = instances();
        const QJsonObject some = all.at(3).toObject();

        const QJsonArray byId = getJson(path, {{u"id"_s, some[u"id"_s].toString()}}).value(u"instances"_s).toArray();
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.at(0).toObject(), some);
        const QJsonArray byName = getJson(path, {{u"name"_s, some[u"name"_s].toString()}}).value(u"instances"_s).toArray();
        QCOMPARE(byName.size(), 1);
        const QJsonArray fuzzy = getJson(path, {{u"name"_s, u"*mysql"_s}}).value(u"instances"_s).toArray();
        QVERIFY(fuzzy.size() > 1);
        for (const QJsonValue &value : fuzzy)
            QVERIFY(value[u"name"_s].toString().contains(u"mysql"_s));
        QVERIFY(getJson(path, {{u"name"_s, u"mysql"_s}}).value(u"instances"_s).toArray().isEmpty());
        verifyError(get(path, {{u"name"_s, u"*"_s}}), 400, u"DBS.200001"_s);

        const QJsonObject postgres = getJson(path, {{u"datastore_type"_s, u"PostgreSQL"_s}});
        QCOMPARE(postgres.value(u"total_count"_s).toInt(), 3);
        for (const QJsonValue &value : postgres.value(u"instances"_s).toArray())
            QCOMPARE(value[u"datastore"_s][u"type"_s].toString(), u"PostgreSQL"_s);
        // Case-sensitive, as documented.
        verifyError(get(path, {{u"datastore_type"_s, u"postgresql"_s}}), 400, u"DBS.200001"_s);

        for (const QJsonValue &value : getJson(path, {{u"type"_s, u"Ha"_s}}).value(u"instances"_s).toArray())
            QCOMPARE(value[u"type"_s].toString(), u"Ha"_s);
        verifyError(get(path, {{u"type"_s, u"ha"_s}}), 400, u"DBS.200001"_s);
    }

    void backupsOfEveryTypeAndStatus()
    {
        QSet<QString> types;
        QSet<QString> statuses;
        for (const QJsonValue &instanceValue : instances()) {
            const QString instanceId = instanceValue[u"id"_s].toString();
            const QJsonObject reply = getJson(u"/v3/"_s + project + u"/backups"_s, {{u"instance_id"_s, instanceId}});
            QCOMPARE(reply.value(u"total_count"_s).toInt(), m_config.backupsPerInstance);
            const QJsonArray backups = reply.value(u"backups"_s).toArray();
            QCOMPARE(backups.size(), m_config.backupsPerInstance);
            QString previousBegin = u"9999"_s;
            for (const QJsonValue &value : backups) {
                const QJsonObject backup = value.toObject();
                types.insert(backup[u"type"_s].toString());
                statuses.insert(backup[u"status"_s].toString());
                QCOMPARE(backup[u"instance_id"_s].toString(), instanceId);
                QVERIFY(backup[u"id"_s].toString().endsWith(u"br01"_s));
                QVERIFY(chinaTimePattern.match(backup[u"begin_time"_s].toString()).hasMatch());
                QCOMPARE(backup[u"datastore"_s][u"type"_s], instanceValue[u"datastore"_s][u"type"_s]);
                QCOMPARE(backup[u"datastore"_s][u"version"_s], instanceValue[u"datastore"_s][u"version"_s]);
                const bool completed = backup[u"status"_s].toString() == u"COMPLETED";
                QCOMPARE(backup[u"size"_s].toInteger() > 0, completed);
                if (backup[u"status"_s].toString() != u"BUILDING")
                    QVERIFY(chinaTimePattern.match(backup[u"end_time"_s].toString()).hasMatch());
                QVERIFY(backup[u"begin_time"_s].toString() <= previousBegin); // newest first
                previousBegin = backup[u"begin_time"_s].toString();
                if (instanceValue[u"datastore"_s][u"type"_s].toString() == u"SQLServer")
                    QCOMPARE(backup[u"databases"_s].toArray().size(), 2);
            }
        }
        QVERIFY(types.contains(u"auto"_s));
        QVERIFY(types.contains(u"manual"_s));
        QVERIFY(types.contains(u"incremental"_s));
        QCOMPARE(statuses, (QSet<QString>{u"COMPLETED"_s, u"FAILED"_s, u"BUILDING"_s}));
    }

    void backupFilters()
    {
        const QString instanceId = firstInstance([](const QJsonObject &instance) {
                                       return instance[u"datastore"_s][u"type"_s].toString() == u"MySQL";
                                   })[u"id"_s].toString();
        const QString path = u"/v3/"_s + project + u"/backups"_s;
        verifyError(get(path), 400, u"DBS.200001"_s);
        verifyError(get(path, {{u"instance_id"_s, u"nope"_s}}), 404, u"DBS.200002"_s);

        const QJsonArray all = allBackups(instanceId);
        const QJsonObject chosen = all.at(7).toObject();
        const QJsonArray byId = getJson(path, {{u"instance_id"_s, instanceId}, {u"backup_id"_s, chosen[u"id"_s].toString()}})
                                    .value(u"backups"_s)
                                    .toArray();
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.at(0).toObject(), chosen);

        const QJsonObject autoOnly = getJson(path, {{u"instance_id"_s, instanceId}, {u"backup_type"_s, u"auto"_s}});
        QVERIFY(autoOnly.value(u"total_count"_s).toInt() >= 1);
        for (const QJsonValue &value : autoOnly.value(u"backups"_s).toArray())
            QCOMPARE(value[u"type"_s].toString(), u"auto"_s);
        verifyError(get(path, {{u"instance_id"_s, instanceId}, {u"backup_type"_s, u"full"_s}}), 400, u"DBS.200001"_s);

        // A window in China Standard Time: backups that began inside it, both ends included.
        const QString from = all.at(20)[u"begin_time"_s].toString();
        const QString to = all.at(10)[u"begin_time"_s].toString();
        const QJsonObject window = getJson(path, {{u"instance_id"_s, instanceId}, {u"begin_time"_s, from}, {u"end_time"_s, to}});
        QCOMPARE(window.value(u"total_count"_s).toInt(), 11);
        QCOMPARE(window.value(u"backups"_s).toArray().first().toObject(), all.at(10).toObject());
        QCOMPARE(window.value(u"backups"_s).toArray().last().toObject(), all.at(20).toObject());
        // The same instant written in UTC selects the same backups.
        const QString fromUtc = QDateTime::fromString(from.left(19), u"yyyy-MM-dd'T'HH:mm:ss"_s)
                                    .addSecs(-8 * 3600)
                                    .toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
            + u"+0000"_s;
        QCOMPARE(getJson(path, {{u"instance_id"_s, instanceId}, {u"begin_time"_s, fromUtc}, {u"end_time"_s, to}})
                     .value(u"total_count"_s)
                     .toInt(),
                 11);

        verifyError(get(path, {{u"instance_id"_s, instanceId}, {u"begin_time"_s, from}}), 400, u"DBS.200001"_s);
        verifyError(get(path, {{u"instance_id"_s, instanceId}, {u"end_time"_s, to}}), 400, u"DBS.200001"_s);
        verifyError(get(path, {{u"instance_id"_s, instanceId}, {u"begin_time"_s, to}, {u"end_time"_s, from}}), 400,
                    u"DBS.200001"_s);
        verifyError(get(path, {{u"instance_id"_s, instanceId}, {u"begin_time"_s, u"2026-11-01T00:00:00Z"_s},
                               {u"end_time"_s, u"2026-11-02T00:00:00Z"_s}}),
                    400, u"DBS.200001"_s);
        verifyError(get(path, {{u"instance_id"_s, instanceId}, {u"begin_time"_s, u"2026-11-01T00:00:00+08:00"_s},
                               {u"end_time"_s, u"2026-11-02T00:00:00+08:00"_s}}),
                    400, u"DBS.200001"_s);
    }

    void tenThousandBackupsPageFast()
    {
        m_config.backupsPerInstance = 10000;
        m_config.instancesPerRegion = 4;
        rebuild();
        const QString instanceId = instances().at(0)[u"id"_s].toString();
        const QString path = u"/v3/"_s + project + u"/backups"_s;
        getJson(path, {{u"instance_id"_s, instanceId}, {u"limit"_s, u"1"_s}}); // generates the instance's backups

        // The best of a few rounds, so that a busy machine does not fail the test.
        SimResponse response;
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            response = get(path, {{u"instance_id"_s, instanceId}, {u"offset"_s, u"5000"_s}, {u"limit"_s, u"100"_s}});
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        QCOMPARE(response.status, 200);
        QVERIFY2(bestNs < 40'000'000, qPrintable(u"%1 us for a page of 100"_s.arg(bestNs / 1000)));
        const QJsonObject page = jsonOf(response);
        QCOMPARE(page.value(u"total_count"_s).toInt(), 10000);
        QCOMPARE(page.value(u"backups"_s).toArray().size(), 100);
        QCOMPARE(getJson(path, {{u"instance_id"_s, instanceId}, {u"offset"_s, u"9950"_s}}).value(u"backups"_s).toArray().size(),
                 50);
        QSet<QString> ids;
        for (const QJsonValue &value : page.value(u"backups"_s).toArray())
            ids.insert(value[u"id"_s].toString());
        QCOMPARE(ids.size(), 100);
    }

    void restoreTimesAreWindowsOfEpochMilliseconds()
    {
        const QJsonObject mysql = firstInstance([](const QJsonObject &instance) {
            return instance[u"status"_s].toString() == u"ACTIVE"
                && instance[u"datastore"_s][u"type"_s].toString() == u"MySQL";
        });
        const QString path = u"/v3/"_s + project + u"/instances/"_s + mysql[u"id"_s].toString() + u"/restore-time"_s;
        const QJsonArray windows = getJson(path).value(u"restore_time"_s).toArray();
        QVERIFY(!windows.isEmpty());
        qint64 previousEnd = 0;
        for (const QJsonValue &value : windows) {
            const qint64 start = value[u"start_time"_s].toInteger();
            const qint64 end = value[u"end_time"_s].toInteger();
            QVERIFY(start > previousEnd);
            QVERIFY(end > start);
            previousEnd = end;
        }
        // Logs keep arriving while the instance runs, five minutes behind.
        QCOMPARE(previousEnd, startTime.toMSecsSinceEpoch() - 5 * 60 * 1000);
        QVERIFY(windows.first()[u"start_time"_s].toInteger() < startTime.addDays(-1).toMSecsSinceEpoch());

        // ?date= gives the part of each window inside that UTC day.
        const QJsonArray today = getJson(path, {{u"date"_s, u"2026-11-20"_s}}).value(u"restore_time"_s).toArray();
        QVERIFY(!today.isEmpty());
        const qint64 midnight = QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (const QJsonValue &value : today)
            QVERIFY(value[u"start_time"_s].toInteger() >= midnight);
        QVERIFY(getJson(path, {{u"date"_s, u"2020-01-01"_s}}).value(u"restore_time"_s).toArray().isEmpty());
        verifyError(get(path, {{u"date"_s, u"20.11.2026"_s}}), 400, u"DBS.200001"_s);
        verifyError(get(u"/v3/"_s + project + u"/instances/nope/restore-time"_s), 404, u"DBS.200002"_s);
    }

    void backupFilesLinkIntoTheFileStore()
    {
        const QJsonObject mysql = firstInstance([](const QJsonObject &instance) {
            return instance[u"datastore"_s][u"type"_s].toString() == u"MySQL";
        });
        QJsonObject completed;
        for (const QJsonValue &value : allBackups(mysql[u"id"_s].toString()))
            if (value[u"status"_s].toString() == u"COMPLETED" && value[u"type"_s].toString() == u"incremental") {
                completed = value.toObject();
                break;
            }
        QVERIFY(!completed.isEmpty());
        const QString path = u"/v3/"_s + project + u"/backup-files"_s;
        const QJsonObject reply = getJson(path, {{u"backup_id"_s, completed[u"id"_s].toString()}});
        const QJsonArray files = reply.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 1);
        QVERIFY(!reply.value(u"bucket"_s).toString().isEmpty());
        const QJsonObject file = files.at(0).toObject();
        QCOMPARE(file[u"link_expired_time"_s].toString(), u"2026-11-20T09:30:00+0000"_s);
        QVERIFY(file[u"name"_s].toString().startsWith(u"mysql-bin."_s));

        const QByteArray bytes = download(*m_files, file[u"download_link"_s].toString(), m_now);
        QVERIFY(!bytes.isEmpty());
        // Sizes are KB: the file's bytes rounded up, and the backup's size is the sum.
        QCOMPARE(file[u"size"_s].toInteger(), (bytes.size() + 1023) / 1024);
        QCOMPARE(completed[u"size"_s].toInteger(), file[u"size"_s].toInteger());

        // The link expires; asking again gives a fresh one.
        int status = 0;
        download(*m_files, file[u"download_link"_s].toString(), m_now.addSecs(3601), &status);
        QCOMPARE(status, 403);
        m_now = m_now.addSecs(3601);
        const QString fresh = getJson(path, {{u"backup_id"_s, completed[u"id"_s].toString()}})[u"files"_s][0][u"download_link"_s]
                                  .toString();
        QVERIFY(fresh != file[u"download_link"_s].toString());
        QCOMPARE(Crc64::of(download(*m_files, fresh, m_now, &status)), Crc64::of(bytes));
        QCOMPARE(status, 200);
    }

    void sqlServerBackupsHaveAFilePerDatabase()
    {
        const QJsonObject sqlServer = firstInstance([](const QJsonObject &instance) {
            return instance[u"datastore"_s][u"type"_s].toString() == u"SQLServer";
        });
        QJsonObject full;
        for (const QJsonValue &value : allBackups(sqlServer[u"id"_s].toString()))
            if (value[u"status"_s].toString() == u"COMPLETED" && value[u"type"_s].toString() == u"auto") {
                full = value.toObject();
                break;
            }
        QVERIFY(!full.isEmpty());
        const QJsonArray files = getJson(u"/v3/"_s + project + u"/backup-files"_s, {{u"backup_id"_s, full[u"id"_s].toString()}})
                                     .value(u"files"_s)
                                     .toArray();
        QCOMPARE(files.size(), 2);
        QSet<QString> databases;
        qint64 kilobytes = 0;
        for (const QJsonValue &value : files) {
            databases.insert(value[u"database_name"_s].toString());
            QVERIFY(value[u"name"_s].toString().endsWith(u".bak"_s));
            kilobytes += value[u"size"_s].toInteger();
        }
        QCOMPARE(databases, (QSet<QString>{u"sales"_s, u"hr"_s}));
        QCOMPARE(full[u"size"_s].toInteger(), kilobytes);
    }

    void backupFilesErrors()
    {
        const QString path = u"/v3/"_s + project + u"/backup-files"_s;
        verifyError(get(path), 400, u"DBS.200001"_s);
        verifyError(get(path, {{u"backup_id"_s, u"0123456789abcdef0123456789abcdefbr01"_s}}), 403, u"DBS.200044"_s);
        QJsonObject failed;
        for (const QJsonValue &value : allBackups(instances().at(0)[u"id"_s].toString()))
            if (value[u"status"_s].toString() == u"FAILED")
                failed = value.toObject();
        QVERIFY(!failed.isEmpty());
        verifyError(get(path, {{u"backup_id"_s, failed[u"id"_s].toString()}}), 400, u"DBS.200004"_s);

        // A backup is only reachable through its own project.
        m_signer.projectHeader.clear();
        const QString eastProject = getJson(u"/v3/projects"_s, {{u"name"_s, u"cn-east-3"_s}})[u"projects"_s][0][u"id"_s]
                                        .toString();
        const QString eastInstance = instances(eastProject).at(0)[u"id"_s].toString();
        const QString eastBackup = getJson(u"/v3/"_s + eastProject + u"/backups"_s, {{u"instance_id"_s, eastInstance}})
                                       [u"backups"_s][0][u"id"_s]
                                           .toString();
        verifyError(get(path, {{u"backup_id"_s, eastBackup}}), 403, u"DBS.200044"_s);
    }

    void transitionalStatesSettleOverTime()
    {
        const QJsonObject busy = firstInstance([](const QJsonObject &instance) {
            return instance[u"status"_s].toString() == u"BACKING UP";
        });
        const QString busyId = busy[u"id"_s].toString();
        QCOMPARE(allBackups(busyId).at(0)[u"status"_s].toString(), u"BUILDING"_s);
        QCOMPARE(allBackups(busyId).at(0)[u"size"_s].toInteger(), 0);

        m_now = m_now.addSecs(qint64(60 * m_config.jobSecondsPerStep)); // 60 steps
        const QJsonObject settled = getJson(u"/v3/"_s + project + u"/instances"_s, {{u"id"_s, busyId}})[u"instances"_s][0]
                                        .toObject();
        QCOMPARE(settled[u"status"_s].toString(), u"ACTIVE"_s);
        const QJsonObject finished = allBackups(busyId).at(0).toObject();
        QCOMPARE(finished[u"status"_s].toString(), u"COMPLETED"_s);
        QVERIFY(finished[u"size"_s].toInteger() > 0);
        QVERIFY(chinaTimePattern.match(finished[u"end_time"_s].toString()).hasMatch());
        QVERIFY(firstInstance([](const QJsonObject &instance) {
                    return instance[u"status"_s].toString() == u"RESTORING";
                }).isEmpty());
    }

    void errorsSpeakChineseWhenAsked()
    {
        m_signer.language = "zh-cn";
        const SimResponse response = get(u"/v3/"_s + project + u"/backups"_s);
        QCOMPARE(jsonOf(response)[u"error_msg"_s].toString(), u"参数错误：instance_id为必选参数。"_s);
        m_signer.language = "en-us";
        QCOMPARE(jsonOf(get(u"/v3/"_s + project + u"/backups"_s))[u"error_msg"_s].toString(),
                 u"Parameter error: instance_id is required."_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudsimHuaweiLists)
#include "tst_cloudsim_huaweilists.moc"
