#pragma once

#include "app/domain/restorewindow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rdsbm::dbs {

struct DbsFullBackupPoint
{
    QString backupSetId;
    QDateTime startTime; // UTC
    QDateTime endTime;   // UTC: what a restore from this set brings back
};

// DescribeRestoreRangeInfo (reference 4.4): either discrete points (full backup sets) or a
// continuous range in which any time may be chosen.
struct DbsRestoreRange
{
    enum class Kind { Point, Range, Unknown };

    Kind kind = Kind::Unknown;
    QString rangeType; // point, range: the API's word
    QDateTime begin;   // UTC
    QDateTime end;     // UTC
    QString sourceEndpointInstanceType;
    QString sourceEndpointInstanceId;
    QList<DbsFullBackupPoint> fullBackups;

    RestoreWindow window() const { return {begin, end}; }
};

} // namespace rdsbm::dbs
