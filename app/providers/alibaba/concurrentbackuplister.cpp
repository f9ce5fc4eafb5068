#include "app/providers/alibaba/concurrentbackuplister.h"

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

using transport::ApiResult;
using transport::Outcome;
using transport::TypedReply;

ConcurrentBackupLister::ConcurrentBackupLister(RdsClient client, DescribeBackupsParameters filter,
                                               QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_filter(std::move(filter))
{
    m_filter.pageSize = pageSize;
    m_filter.pageNumber = 1;
}

ConcurrentBackupLister::~ConcurrentBackupLister()
{
    m_finished = true;
    const auto inFlight = m_inFlight;
    for (const QPointer<transport::ApiCall> &call : inFlight)
        if (call)
            call->cancel();
}

ParameterErrors ConcurrentBackupLister::start()
{
    const ParameterErrors errors = m_filter.validate();
    if (!errors.isEmpty() || m_started)
        return errors;
    m_started = true;
    request(1);
    return {};
}

void ConcurrentBackupLister::cancel()
{
    if (m_finished)
        return;
    ApiResult canceled;
    canceled.outcome = Outcome::Canceled;
    finish(canceled);
}

void ConcurrentBackupLister::request(int pageNumber)
{
    DescribeBackupsParameters page = m_filter;
    page.pageNumber = pageNumber;
    const StartedCall started = m_client.describeBackups(
        page, this, [this, pageNumber](TypedReply<BackupPage> reply) { onPage(pageNumber, std::move(reply)); });
    m_inFlight.insert(pageNumber, started.call);
}

qint64 ConcurrentBackupLister::expectedOnPage(int pageNumber) const
{
    const qint64 before = qint64(pageNumber - 1) * pageSize;
    return std::clamp<qint64>(m_total - before, 0, pageSize);
}

bool ConcurrentBackupLister::checkPage(int pageNumber, const BackupPage &page)
{
    if (page.pageNumber != pageNumber) {
        finishInconsistent(tr("DescribeBackups answered page %1 when page %2 was asked for.")
                               .arg(page.pageNumber)
                               .arg(pageNumber));
        return false;
    }
    if (page.totalRecordCount != m_total) {
        finishInconsistent(tr("The backup list changed while it was read (TotalRecordCount went from %1 to %2). "
                              "List the backups again.")
                               .arg(m_total)
                               .arg(page.totalRecordCount));
        return false;
    }
    if (page.backups.size() != expectedOnPage(pageNumber)) {
        finishInconsistent(tr("DescribeBackups page %1 lists %2 backups where %3 were expected; "
                              "the list changed while it was read. List the backups again.")
                               .arg(pageNumber)
                               .arg(page.backups.size())
                               .arg(expectedOnPage(pageNumber)));
        return false;
    }
    return true;
}

void ConcurrentBackupLister::onPage(int pageNumber, TypedReply<BackupPage> reply)
{
    m_inFlight.remove(pageNumber);
    if (m_finished)
        return;
    if (!reply.ok()) {
        finish(reply.result);
        return;
    }
    // Kept for its request id and status; the page itself is delivered as a batch, not held twice.
    m_lastPageResult = reply.result;
    m_lastPageResult.body.clear();
    m_lastPageResult.json = {};
    if (pageNumber == 1) {
        m_total = reply.value->totalRecordCount;
        const qint64 wanted = m_limit > 0 ? std::min(m_total, m_limit) : m_total;
        m_pagesNeeded = int(std::max<qint64>(1, (wanted + pageSize - 1) / pageSize));
        m_nextToRequest = 2;
    }
    if (!checkPage(pageNumber, *reply.value))
        return;

    m_waiting.insert(pageNumber, std::move(reply.value->backups));
    ++m_pagesDone;
    Q_EMIT progressChanged(m_pagesDone, m_pagesNeeded);
    deliverReadyPages();
    if (m_finished)
        return;
    if (m_nextToDeliver > m_pagesNeeded) {
        const qint64 expected = m_limit > 0 ? std::min(m_total, m_limit) : m_total;
        if (m_result.delivered != expected) {
            finishInconsistent(tr("Expected %1 backups but received %2 different ones; the list changed while it "
                                  "was read. List the backups again.")
                                   .arg(expected)
                                   .arg(m_result.delivered));
            return;
        }
        finish(m_lastPageResult);
        return;
    }
    requestMore();
}

void ConcurrentBackupLister::deliverReadyPages()
{
    while (!m_finished && m_waiting.contains(m_nextToDeliver)) {
        const QList<BackupSet> page = m_waiting.take(m_nextToDeliver);
        ++m_nextToDeliver;
        QList<BackupSet> batch;
        batch.reserve(page.size());
        for (const BackupSet &backup : page) {
            if (m_limit > 0 && m_result.delivered + batch.size() >= m_limit)
                break;
            if (m_seenIds.contains(backup.id))
                continue;
            m_seenIds.insert(backup.id);
            batch.append(backup);
        }
        m_result.delivered += batch.size();
        if (!batch.isEmpty())
            Q_EMIT batchReceived(batch);
        if (m_limit > 0 && m_result.delivered >= m_limit) {
            m_result.stoppedAtLimit = true;
            finish(m_lastPageResult);
            return;
        }
    }
}

void ConcurrentBackupLister::requestMore()
{
    while (m_inFlight.size() < m_maxInFlight && m_nextToRequest <= m_pagesNeeded)
        request(m_nextToRequest++);
}

void ConcurrentBackupLister::finishInconsistent(const QString &message)
{
    ApiResult inconsistent = m_lastPageResult;
    inconsistent.outcome = Outcome::ParseError;
    inconsistent.errorMessage = message;
    finish(inconsistent);
}

void ConcurrentBackupLister::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.result = std::move(result);
    m_result.totalRecordCount = m_total;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<transport::ApiCall> &call : inFlight)
        if (call)
            call->cancel();
    m_waiting.clear();
    Q_EMIT finished();
}

} // namespace rdsbm::alibaba
