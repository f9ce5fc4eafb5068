#include "app/catalog/backuplinks.h"

#include "app/catalog/instancecatalog.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::catalog {

namespace {

struct BackupLinksText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::catalog::BackupLinks)
};

} // namespace

QJsonObject downloadSource(const BackupSet &backup, const QString &profileName, const QString &regionId,
                           bool intranet)
{
    return QJsonObject{
        {u"provider"_s, providerKey(backup.provider)},
        {u"profile"_s, profileName},
        {u"region"_s, regionId},
        {u"instanceId"_s, backup.instanceId},
        {u"backupId"_s, backup.id},
        {u"intranet"_s, intranet},
    };
}

void fetchFreshDownloadLink(InstanceCatalog &instances, const QJsonObject &source, QObject *context,
                            downloads::LinkDelivery deliver)
{
    const QString profile = source.value(u"profile"_s).toString();
    const QString region = source.value(u"region"_s).toString();
    const QString instanceId = source.value(u"instanceId"_s).toString();
    const QString backupId = source.value(u"backupId"_s).toString();
    const bool intranet = source.value(u"intranet"_s).toBool();

    if (source.value(u"provider"_s).toString() == u"huawei"_s) {
        huawei::HuaweiRdsClient *client = instances.huaweiClient(profile, region);
        if (!client) {
            deliver({}, BackupLinksText::tr("The account %1 is no longer configured.").arg(profile));
            return;
        }
        const auto started = client->getBackupFiles(backupId, context, [deliver](auto reply) {
            if (!reply.ok()) {
                deliver({}, reply.result.summary());
                return;
            }
            for (const huawei::HuaweiBackupFile &file : reply.value->files)
                if (file.downloadLink.isValid() && !file.downloadLink.isEmpty()) {
                    deliver(file.downloadLink, {});
                    return;
                }
            deliver({}, BackupLinksText::tr("The backup has no downloadable file."));
        });
        if (!started.wasSent())
            deliver({}, started.rejected.first().message);
        return;
    }

    alibaba::DescribeBackupsParameters parameters;
    parameters.dbInstanceId = instanceId;
    parameters.backupId = backupId;
    const auto started = instances.rdsClient(profile, region).describeBackups(
        parameters, context, [deliver, backupId, intranet](transport::TypedReply<alibaba::BackupPage> reply) {
            if (!reply.ok()) {
                deliver({}, reply.result.summary());
                return;
            }
            for (const BackupSet &backup : reply.value->backups) {
                if (backup.id != backupId)
                    continue;
                const QUrl link = intranet ? backup.intranetDownloadUrl : backup.downloadUrl;
                if (link.isValid() && !link.isEmpty())
                    deliver(link, {});
                else
                    deliver({}, BackupLinksText::tr("The backup set %1 has no download link.").arg(backupId));
                return;
            }
            deliver({}, BackupLinksText::tr("The backup set %1 no longer exists.").arg(backupId));
        });
    if (!started.wasSent())
        deliver({}, started.rejected.first().message);
}

} // namespace rdsbm::catalog
