#include "app/providers/dbs/createrestoretaskparameters.h"

#include "app/providers/alibaba/clienttoken.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::dbs {

alibaba::ParameterErrors CreateRestoreTaskParameters::validate() const
{
    alibaba::ParameterErrors errors;
    for (const InputProblem &problem : request.validate())
        errors.append({problem.field, problem.code, problem.message});
    errors += alibaba::ClientToken::validate(clientToken, true);
    return errors;
}

signing::QueryParameters CreateRestoreTaskParameters::toQuery() const
{
    const DbsRestoreRequest &r = request;
    signing::QueryParameters query;
    const auto put = [&query](const QString &name, const QString &value) {
        if (!value.isEmpty())
            query.append({name, value});
    };
    put(u"BackupPlanId"_s, r.backupPlanId.trimmed());
    put(u"RestoreTaskName"_s, r.restoreTaskName);
    if (r.destinationType)
        put(u"DestinationEndpointInstanceType"_s, DbsDestinationTypes::apiValue(*r.destinationType));
    put(u"DestinationEndpointRegion"_s, r.destinationRegion);
    put(u"DestinationEndpointInstanceID"_s, r.destinationInstanceId);
    put(u"DestinationEndpointIP"_s, r.destinationIp);
    if (r.destinationPort)
        put(u"DestinationEndpointPort"_s, QString::number(*r.destinationPort));
    put(u"DestinationEndpointDatabaseName"_s, r.destinationDatabaseName);
    put(u"DestinationEndpointUserName"_s, r.destinationUserName);
    put(u"DestinationEndpointPassword"_s, r.destinationPassword);
    put(u"DestinationEndpointOracleSID"_s, r.destinationOracleSid);
    if (r.backupGatewayId)
        put(u"BackupGatewayId"_s, QString::number(*r.backupGatewayId));
    if (!r.restoreObjects.isEmpty())
        put(u"RestoreObjects"_s, QString::fromUtf8(r.restoreObjects.toJson()));
    put(u"BackupSetId"_s, r.backupSetId.trimmed());
    if (r.restoreTime.isValid())
        put(u"RestoreTime"_s, QString::number(r.restoreTime.toMSecsSinceEpoch()));
    put(u"RestoreDir"_s, r.restoreDir);
    put(u"RestoreHome"_s, r.restoreHome);
    if (r.duplicateConflict)
        put(u"DuplicateConflict"_s, DbsDuplicateConflicts::apiValue(*r.duplicateConflict));
    put(u"CrossAliyunId"_s, r.crossAliyunId.trimmed());
    put(u"CrossRoleName"_s, r.crossRoleName.trimmed());
    put(u"ClientToken"_s, clientToken);
    return query;
}

} // namespace rdsbm::dbs
