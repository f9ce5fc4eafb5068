#pragma once

#include "app/domain/backupset.h"
#include "app/providers/alibaba/describebackupsparameters.h"
#include "app/providers/alibaba/rdsclient.h"
#include "app/transport/apiresult.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace rdsbm::alibaba {

// Lists every backup set of an instance that matches a filter: page 1 first (PageSize 100), and
// once its TotalRecordCount tells how many pages there are, the rest concurrently (at most
// maxInFlight at a time). Batches come out in page order with no duplicate, each as soon as every
// page before it has arrived, so a view can fill progressively. A list that changed while it was
// read (the total moved, a page came short) ends in an error instead of a silent gap.
class ConcurrentBackupLister : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    struct Result
    {
        transport::ApiResult result; // Succeeded, the failing page's outcome, Canceled, or ParseError
        qint64 totalRecordCount = -1;
        qint64 delivered = 0;
        bool stoppedAtLimit = false;

        bool succeeded() const { return result.outcome == transport::Outcome::Succeeded; }
    };

    ConcurrentBackupLister(RdsClient client, DescribeBackupsParameters filter, QObject *parent = nullptr);
    ~ConcurrentBackupLister() override;

    void setMaxInFlight(int pages) { m_maxInFlight = std::max(1, pages); }
    int maxInFlight() const { return m_maxInFlight; }
    // Stop after this many backups; 0 or less: no limit.
    void setLimit(qint64 backups) { m_limit = backups; }

    // Checks the filter and starts. Refused filters come back and nothing is sent.
    ParameterErrors start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const Result &result() const { return m_result; }
    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesNeeded; }

Q_SIGNALS:
    void batchReceived(const QList<rdsbm::BackupSet> &backups);
    void progressChanged(int pagesDone, int pagesTotal);
    void finished();

private:
    void request(int pageNumber);
    void onPage(int pageNumber, transport::TypedReply<BackupPage> reply);
    bool checkPage(int pageNumber, const BackupPage &page);
    void deliverReadyPages();
    void requestMore();
    void finish(transport::ApiResult result);
    void finishInconsistent(const QString &message);
    qint64 expectedOnPage(int pageNumber) const;

    RdsClient m_client;
    DescribeBackupsParameters m_filter;
    int m_maxInFlight = 6;
    qint64 m_limit = 0;

    QHash<int, QPointer<transport::ApiCall>> m_inFlight;
    QMap<int, QList<BackupSet>> m_waiting; // arrived out of order
    QSet<QString> m_seenIds;
    transport::ApiResult m_lastPageResult;
    qint64 m_total = -1;
    int m_pagesNeeded = 0;  // pages to fetch: every page, or enough for the limit
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    int m_pagesDone = 0;
    bool m_started = false;
    bool m_finished = false;
    Result m_result;
};

} // namespace rdsbm::alibaba
