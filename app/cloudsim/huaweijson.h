#pragma once

#include "app/cloudsim/huaweijobboard.h"
#include "app/cloudsim/huaweimodel.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rdsbm::cloudsim {

class HuaweiWorld;

// The RDS v3 and IAM reply shapes (field names as in the reference), one function per object.
class HuaweiJson
{
public:
    // "2018-08-06T12:41:14+0800": RDS gives China Standard Time with a colon-less offset.
    static QString chinaTime(qint64 ms);
    // "2018-08-16T10:15:14+0000", as link_expired_time is written.
    static QString utcTime(qint64 ms);
    // Accepts yyyy-mm-ddThh:mm:ss followed by +hhmm or -hhmm, nothing else.
    static std::optional<qint64> parseOffsetTime(const QString &text);

    static QJsonObject project(const HuaweiProject &project, const QString &domainId);
    static QJsonObject instance(const HuaweiInstance &instance, const QString &status);
    static QJsonObject backup(const HuaweiWorld &world, const HuaweiInstance &instance,
                              const HuaweiBackup &backup, qint64 nowMs);
    static QJsonObject job(const HuaweiJob &job, const HuaweiInstance *instance,
                           HuaweiJobBoard::Phase phase, int percent);

    static QString backupTypeName(HuaweiBackupType type);
    static QString backupStatusName(HuaweiBackupStatus status);
};

} // namespace rdsbm::cloudsim
