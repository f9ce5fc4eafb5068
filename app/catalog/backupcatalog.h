#pragma once

#include "app/catalog/instancecatalog.h"
#include "app/domain/backupset.h"

#include <QObject>
#include <QPointer>

namespace rdsbm::alibaba {
class ConcurrentBackupLister;
}

namespace rdsbm::catalog {

// The backup sets of the instance the user is looking at. A first load streams batches in as
// pages arrive (the table fills progressively); a refresh collects the whole list and then
// merges it, so rows and selection stay put.
class BackupCatalog : public QObject
{
    Q_OBJECT

public:
    explicit BackupCatalog(InstanceCatalog &instances, QObject *parent = nullptr);
    ~BackupCatalog() override;

    void load(const DbInstance &instance);
    void refresh();
    void cancel();

    const std::optional<DbInstance> &instance() const { return m_instance; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void reset(const QList<rdsbm::BackupSet> &backups);     // a new instance: start over
    void appended(const QList<rdsbm::BackupSet> &backups);  // the next batch of a first load
    void merged(const QList<rdsbm::BackupSet> &backups);    // a refresh's complete list
    void progressChanged(int done, int total);
    void loadingChanged(bool loading);
    void failed(const rdsbm::transport::ApiResult &result);
    void finished(qint64 total);

private:
    void start(bool merging);
    void startAlibaba(bool merging);
    void startHuawei(bool merging);
    void complete(bool merging, const transport::ApiResult &result);
    void finishCompletion();
    void setLoading(bool loading);
    void queueBatch(const QList<BackupSet> &batch);
    void emitNextBatch();

    InstanceCatalog &m_instances;
    std::optional<DbInstance> m_instance;
    QPointer<alibaba::ConcurrentBackupLister> m_lister;
    QPointer<QObject> m_requestContext; // deleting it drops a stale Huawei reply
    QList<BackupSet> m_collected;
    // Pages that arrive together (after a slow one) are handed on one per event-loop turn, so
    // the views never take more than one page of rows at a time.
    QList<QList<BackupSet>> m_pendingBatches;
    bool m_batchScheduled = false;
    std::optional<std::pair<bool, transport::ApiResult>> m_pendingCompletion;
    bool m_loading = false;
};

} // namespace rdsbm::catalog
