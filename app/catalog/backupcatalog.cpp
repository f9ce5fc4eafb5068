#include "app/catalog/backupcatalog.h"

#include "app/providers/alibaba/concurrentbackuplister.h"

#include <QTimer>

namespace rdsbm::catalog {

BackupCatalog::BackupCatalog(InstanceCatalog &instances, QObject *parent)
    : QObject(parent)
    , m_instances(instances)
{
}

BackupCatalog::~BackupCatalog() = default;

void BackupCatalog::load(const DbInstance &instance)
{
    cancel();
    m_instance = instance;
    Q_EMIT reset({});
    start(false);
}

void BackupCatalog::refresh()
{
    if (!m_instance)
        return;
    cancel();
    start(true);
}

void BackupCatalog::cancel()
{
    if (m_lister) {
        m_lister->disconnect(this);
        m_lister->cancel();
        m_lister->deleteLater();
    }
    delete m_requestContext.data();
    m_collected.clear();
    m_pendingBatches.clear();
    m_pendingCompletion.reset();
    setLoading(false);
}

void BackupCatalog::start(bool merging)
{
    setLoading(true);
    m_collected.clear();
    if (m_instance->provider == Provider::Alibaba)
        startAlibaba(merging);
    else
        startHuawei(merging);
}

void BackupCatalog::startAlibaba(bool merging)
{
    alibaba::DescribeBackupsParameters filter;
    filter.dbInstanceId = m_instance->id;
    auto *lister = new alibaba::ConcurrentBackupLister(
        m_instances.rdsClient(m_instance->profileName, m_instance->regionId), filter, this);
    m_lister = lister;
    connect(lister, &alibaba::ConcurrentBackupLister::batchReceived, this,
            [this, merging](const QList<BackupSet> &batch) {
                if (merging)
                    m_collected.append(batch);
                else
                    queueBatch(batch);
            });
    connect(lister, &alibaba::ConcurrentBackupLister::progressChanged, this, &BackupCatalog::progressChanged);
    connect(lister, &alibaba::ConcurrentBackupLister::finished, this, [this, lister, merging] {
        const transport::ApiResult result = lister->result().result;
        lister->deleteLater();
        complete(merging, result);
    });
    const auto rejected = lister->start();
    if (!rejected.isEmpty()) {
        transport::ApiResult refused;
        refused.outcome = transport::Outcome::ParseError;
        refused.errorMessage = rejected.first().message;
        complete(merging, refused);
    }
}

void BackupCatalog::startHuawei(bool merging)
{
    huawei::HuaweiRdsClient *client = m_instances.huaweiClient(m_instance->profileName, m_instance->regionId);
    auto *context = new QObject(this);
    m_requestContext = context;
    huawei::HuaweiBackupFilter filter;
    filter.instanceId = m_instance->id;
    const auto started = client->listBackups(filter, context, [this, merging, context](auto reply) {
        context->deleteLater();
        if (reply.ok()) {
            if (merging) {
                m_collected = *reply.value;
            } else {
                for (qsizetype first = 0; first < reply.value->size(); first += 100)
                    queueBatch(reply.value->mid(first, 100));
            }
        }
        complete(merging, reply.result);
    });
    if (!started.wasSent()) {
        transport::ApiResult refused;
        refused.outcome = transport::Outcome::ParseError;
        refused.errorMessage = started.rejected.first().message;
        complete(merging, refused);
    }
}

void BackupCatalog::queueBatch(const QList<BackupSet> &batch)
{
    m_pendingBatches.append(batch);
    if (!m_batchScheduled) {
        m_batchScheduled = true;
        QTimer::singleShot(0, this, &BackupCatalog::emitNextBatch);
    }
}

void BackupCatalog::emitNextBatch()
{
    m_batchScheduled = false;
    if (!m_pendingBatches.isEmpty())
        Q_EMIT appended(m_pendingBatches.takeFirst());
    if (!m_pendingBatches.isEmpty()) {
        m_batchScheduled = true;
        QTimer::singleShot(0, this, &BackupCatalog::emitNextBatch);
    } else if (m_pendingCompletion) {
        finishCompletion();
    }
}

void BackupCatalog::complete(bool merging, const transport::ApiResult &result)
{
    m_pendingCompletion = std::pair{merging, result};
    if (m_pendingBatches.isEmpty())
        finishCompletion();
}

void BackupCatalog::finishCompletion()
{
    const auto [merging, result] = *m_pendingCompletion;
    m_pendingCompletion.reset();
    if (result.outcome == transport::Outcome::Succeeded) {
        if (merging)
            Q_EMIT merged(m_collected);
        Q_EMIT finished(merging ? m_collected.size() : -1);
    } else if (result.outcome != transport::Outcome::Canceled) {
        Q_EMIT failed(result);
    }
    m_collected.clear();
    setLoading(false);
}

void BackupCatalog::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace rdsbm::catalog
