#include "app/cloudsim/alibabaerrors.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

const QHash<QString, AlibabaErrors::Entry> &catalogue()
{
    static const QHash<QString, AlibabaErrors::Entry> entries{
        // Gateway and common errors.
        {u"MissingParameter"_s, {400, u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s}},
        {u"InvalidParameter"_s, {400, u"The specified parameter \"%1\" is not valid."_s}},
        {u"IncompleteSignature"_s, {400, u"The request signature does not conform to Aliyun standards. %1"_s}},
        {u"SignatureDoesNotMatch"_s, {400, u"Specified signature is not matched with our calculation. server string to sign is:%1"_s}},
        {u"SignatureNonceUsed"_s, {400, u"Specified signature nonce was used already."_s}},
        {u"InvalidTimeStamp.Expired"_s, {400, u"Specified time stamp or date value is expired."_s}},
        {u"InvalidTimeStamp.Format"_s, {400, u"Specified time stamp or date value is not well formatted."_s}},
        {u"InvalidAccessKeyId.NotFound"_s, {404, u"Specified access key is not found."_s}},
        {u"InvalidAction.NotFound"_s, {404, u"Specified api is not found, please check your url and method."_s}},
        {u"InvalidApi.NotFound"_s, {404, u"Specified api is not found, please check your url and method."_s}},
        {u"UnsupportedHTTPMethod"_s, {400, u"This http method is not supported."_s}},
        {u"Throttling.User"_s, {400, u"Request was denied due to user flow control."_s}},
        {u"ServiceUnavailable"_s, {503, u"The request has failed due to a temporary failure of the server."_s}},
        {u"InternalError"_s, {500, u"The request processing has failed due to some unknown error, exception or failure."_s}},
        {u"IdempotentParameterMismatch"_s, {400, u"The request uses the same client token as a previous, but non-identical request. Do not reuse a client token with different requests, unless the requests are identical."_s}},

        // RDS, instance and listing (seeds 001, 003).
        {u"InvalidDBInstanceId.NotFound"_s, {400, u"The DBInstanceId provided does not exist in records."_s}},
        {u"InvalidDBInstance.NotFound"_s, {404, u"Specified instance does not exist or not support."_s}},
        {u"InvalidRegionId.NotFound"_s, {404, u"The specified region does not exist."_s}},
        {u"IncorrectDBInstanceState"_s, {403, u"Current DB instance state does not support this operation."_s}},
        {u"IncorrectDBInstanceType"_s, {403, u"Current DB instance type does not support this operation."_s}},
        {u"InvalidStartTime.Format"_s, {400, u"Specified start time is not valid."_s}},
        {u"InvalidEndTime.Format"_s, {400, u"Specified end time is not valid."_s}},
        {u"InvalidParameterCombination"_s, {400, u"The end time must be greater than the start time"_s}},
        {u"InvalidPageNumbers.Malformed"_s, {400, u"Specified page number is not valid."_s}},
        {u"InvalidMaxRecordsPerPage.Malformed"_s, {403, u"Specified record number is not valid."_s}},

        // CreateBackup (seed 001).
        {u"BackupType.NotSupport"_s, {400, u"the specified backup type not support"_s}},
        {u"InvalidBackupMethod.ValueNotSupport"_s, {400, u"The specified parameter \"BackupMethod\" is not valid."_s}},
        {u"ReadDBInstanceNotSupport"_s, {400, u"The operation is not permitted due to type of the instance."_s}},
        {u"BackupJobExists"_s, {400, u"A backup job already exists in the specified DB instance."_s}},
        {u"InvalidDBName.Format"_s, {400, u"Specified DB name is not valid."_s}},
        {u"InvalidDB.NotFound"_s, {404, u"Specified db does not exist or DB status does not support this operation."_s}},
        {u"Exceeded.BackupTimes"_s, {403, u"The backup times exceeds."_s}},
        {u"IncorrectDBInstanceEngine"_s, {403, u"Current DB Instance engine does not support this operation."_s}},

        // RestoreDdrTable (seed 000) and the cross-region reads.
        {u"InvalidRestoreType.Format"_s, {400, u"Specified restore type is not valid."_s}},
        {u"InvalidRestoreTime.Format"_s, {400, u"Specified restore time is not valid."_s}},
        {u"InvalidBakset.Invalid"_s, {400, u"Specified bakset is not valid."_s}},
        {u"InvalidParamTableMetaForRestore.Content"_s, {400, u"new dbname or table in TableMeta cannot be same with old when restore to source instance"_s}},
        {u"InvalidParamTableMeta"_s, {400, u"Invalid parameter TableMeta is null or not json format"_s}},
        {u"InvalidParamTableMeta.Content"_s, {400, u"TableMeta missing old dbname or new dbname, please check"_s}},
        {u"InvalidParamTableMeta.Duplicate"_s, {400, u"TableMeta has duplicate db or table with other newname, commons or system"_s}},
        {u"InvalidSourceRestoreDBName.NotFound"_s, {400, u"specific source restore dbname is not found in db list"_s}},
        {u"InvalidDBName.Duplicate"_s, {400, u"Specified DB name already exists in the This instance."_s}},
        {u"InvalidRegion.Format"_s, {400, u"Specified Region is not valid."_s}},
        {u"NoAvailableDisasterRestoreBakset"_s, {400, u"No available disaster restore bakset."_s}},
        {u"InvalidDBInstanceEngineType.Format"_s, {400, u"the DB instance engine type does not support this operation."_s}},
        {u"IncorrectBackupSetMethod"_s, {403, u"Current backup set method does not support operations."_s}},
        {u"IncorrectBackupSetState"_s, {403, u"Current backup set state does not support operations."_s}},
        {u"InvalidBackupLogStatus"_s, {403, u"Current backup log enable status does not support this operation."_s}},
        {u"RestoreType.NotFound"_s, {404, u"RestoreType is not found."_s}},
        {u"InvalidBackupSetID.NotFound"_s, {404, u"Specified backup set ID does not exist."_s}},
        {u"InvalidBinlog.NotFound"_s, {404, u"The available binlog does not exist in recovery time."_s}},
        {u"InvalidBackup.NotFound"_s, {404, u"The available backup does not exist in recovery time."_s}},

        // DBS (seed 002 and reference 4.8).
        {u"Param.NotFound"_s, {400, u"The specified parameter %1 value is not valid."_s}},
        {u"Request.Forbidden"_s, {403, u"Have no Permissions"_s}},
    };
    return entries;
}

} // namespace

AlibabaErrors::Entry AlibabaErrors::find(const QString &code)
{
    const auto it = catalogue().constFind(code);
    if (it != catalogue().constEnd())
        return *it;
    return {400, code};
}

QString AlibabaErrors::message(const QString &code, const QStringList &arguments)
{
    QString text = find(code).message;
    for (const QString &argument : arguments) {
        if (!text.contains(u'%'))
            break;
        text = text.arg(argument);
    }
    return text;
}

} // namespace rdsbm::cloudsim
