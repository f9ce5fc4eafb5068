#include "app/operations/dbsjobrequest.h"

#include "app/providers/dbs/createrestoretaskparameters.h"
#include "app/signing/percentencoding.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::operations {

QString DbsJobRequest::fingerprint(const signing::QueryParameters &query)
{
    signing::QueryParameters sorted = query;
    sorted.removeIf([](const auto &pair) { return pair.first == u"DestinationEndpointPassword"_s; });
    std::sort(sorted.begin(), sorted.end());
    QByteArray text;
    for (const auto &[name, value] : sorted)
        text += name.toUtf8() + '=' + value.toUtf8() + '\n';
    return QString::fromLatin1(signing::sha256Hex(text));
}

std::optional<std::pair<DbsRestoreRequest, QString>> DbsJobRequest::fromJob(const CloudJob &job, const QString &password)
{
    const QJsonObject stored = job.parameters;
    auto text = [&stored](const QString &name) {
        const QJsonValue value = stored.value(name);
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    };
    DbsRestoreRequest request;
    request.backupPlanId = text(u"BackupPlanId"_s);
    request.restoreTaskName = text(u"RestoreTaskName"_s);
    request.destinationType = DbsDestinationTypes::fromApiValue(text(u"DestinationEndpointInstanceType"_s));
    request.sourceDatabaseType = text(u"SourceDatabaseType"_s);
    request.destinationRegion = text(u"DestinationEndpointRegion"_s);
    request.destinationInstanceId = text(u"DestinationEndpointInstanceID"_s);
    request.destinationIp = text(u"DestinationEndpointIP"_s);
    if (stored.contains(u"DestinationEndpointPort"_s))
        request.destinationPort = int(text(u"DestinationEndpointPort"_s).toInt());
    request.destinationDatabaseName = text(u"DestinationEndpointDatabaseName"_s);
    request.destinationUserName = text(u"DestinationEndpointUserName"_s);
    request.destinationPassword = password;
    request.destinationOracleSid = text(u"DestinationEndpointOracleSID"_s);
    if (stored.contains(u"BackupGatewayId"_s))
        request.backupGatewayId = text(u"BackupGatewayId"_s).toLongLong();
    if (stored.contains(u"RestoreObjects"_s)) {
        InputProblems problems;
        const auto objects = RestoreObjects::fromJson(text(u"RestoreObjects"_s).toUtf8(), problems);
        if (!objects)
            return std::nullopt;
        request.restoreObjects = *objects;
    }
    request.backupSetId = text(u"BackupSetId"_s);
    if (stored.contains(u"RestoreTime"_s))
        request.restoreTime = QDateTime::fromMSecsSinceEpoch(text(u"RestoreTime"_s).toLongLong()).toUTC();
    request.restoreDir = text(u"RestoreDir"_s);
    request.restoreHome = text(u"RestoreHome"_s);
    if (stored.contains(u"DuplicateConflict"_s))
        request.duplicateConflict = DbsDuplicateConflicts::fromApiValue(text(u"DuplicateConflict"_s));
    request.crossAliyunId = text(u"CrossAliyunId"_s);
    request.crossRoleName = text(u"CrossRoleName"_s);
    const QString token = text(u"ClientToken"_s);
    if (token.isEmpty() || token != job.clientToken)
        return std::nullopt;
    const dbs::CreateRestoreTaskParameters parameters{request, token};
    if (fingerprint(parameters.toQuery()) != text(fingerprintKey.toString()))
        return std::nullopt;
    return std::pair{request, token};
}

} // namespace rdsbm::operations
