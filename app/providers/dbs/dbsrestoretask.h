#pragma once

#include "app/domain/cloudjob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rdsbm::dbs {

// One restore task (DescribeRestoreTaskList, reference 4.7), every field typed. `raw` keeps the
// reply object with the API's own names.
struct DbsRestoreTask
{
    QString restoreTaskId;
    QString restoreTaskName;
    QString restoreStatus; // init, running, stop (failed), pause, check_pass, finish
    QDateTime restoreTaskCreateTime;
    QDateTime restoreTaskFinishTime;
    QDateTime restoreTime;
    QString backupPlanId;
    QString backupSetId;
    QString backupGatewayId;
    QString restoreObjects;
    QString restoreDir;
    QString errMessage;
    int fullDataRestoreProgress = 0;
    int fullStruforeRestoreProgress = 0; // sic, the API's spelling
    int fullStruAfterRestoreProgress = 0;
    int continuousRestoreProgress = 0;
    int physicalBackupRecoverProgress = 0;
    int physicalFullBackupRecoverProgress = 0;
    int physicalIncrementBackupRecoverProgress = 0;
    int physicalFullAndIncrementBackupRecoverProgress = 0;
    int physicalDatabaseOnlineProgress = 0;
    QString destinationEndpointInstanceType;
    QString destinationEndpointInstanceId;
    QString destinationEndpointRegion;
    QString destinationEndpointIpPort;
    QString destinationEndpointHost;
    int destinationEndpointPort = 0;
    QString destinationEndpointDatabaseName;
    QString destinationEndpointUserName;
    QString destinationEndpointOracleSid;
    bool destinationEndpointEnableSsl = false;
    QString restoreDestinationMode;
    QString backupSourceOssRegion;
    QString crossAliyunId;
    QString crossRoleName;
    QJsonObject raw;

    // init, check_pass, running and pause are on their way; stop is a failure; finish (or
    // finished, success) is the end. Anything else is Unknown.
    JobState state() const;
    // One figure across the stages the task reports: the physical stages when it restores a
    // physical backup, else the logical structure/data stages (and the log replay of a
    // point-in-time restore) averaged; 100 once finished.
    int progressPercent() const;
    void applyTo(CloudJob &job) const;
};

} // namespace rdsbm::dbs
