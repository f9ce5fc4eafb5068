#include "app/cli/rawlistcollector.h"

#include <QJsonObject>
#include <QPointer>

namespace rdsbm::cli {

namespace {
// A service that ignores the page number would otherwise be read forever.
constexpr int maxPages = 100000;
}

RawListCollector::RawListCollector(FetchPage fetch, int pageSize, QString idKey, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_pageSize(pageSize)
    , m_idKey(std::move(idKey))
{
}

void RawListCollector::start()
{
    request(0);
}

void RawListCollector::request(int index)
{
    ++m_inFlight;
    m_nextToRequest = std::max(m_nextToRequest, index + 1);
    QPointer<RawListCollector> self(this);
    m_fetch(index, [self, index](std::optional<Page> page, const transport::ApiResult &result) {
        if (self)
            self->onPage(index, std::move(page), result);
    });
}

void RawListCollector::onPage(int index, std::optional<Page> page, const transport::ApiResult &result)
{
    --m_inFlight;
    if (m_finished)
        return;
    if (!page)
        return finish(result);
    ++m_pagesDone;
    if (index == 0 && page->total >= 0) {
        const qint64 pages = std::max<qint64>(1, (page->total + m_pageSize - 1) / m_pageSize);
        qint64 needed = std::min<qint64>(pages, maxPages);
        if (m_limit > 0)
            needed = std::min<qint64>(needed, (m_limit + m_pageSize - 1) / m_pageSize);
        m_pagesNeeded = int(std::max<qint64>(1, needed));
    } else if (m_pagesNeeded < 0 && page->items.size() < m_pageSize) {
        m_sequentialDone = true;
    }
    m_arrived.insert(index, page->items);
    Q_EMIT progressed(m_pagesDone, m_pagesNeeded);
    deliverReady();
    if (m_finished)
        return;
    const bool allDelivered = m_pagesNeeded >= 0 ? m_nextToDeliver >= m_pagesNeeded
                                                 : (m_sequentialDone && m_inFlight == 0);
    if (allDelivered || limitReached() || m_nextToDeliver >= maxPages) {
        transport::ApiResult ok = result;
        ok.outcome = transport::Outcome::Succeeded;
        return finish(ok);
    }
    requestMore();
}

void RawListCollector::deliverReady()
{
    while (m_arrived.contains(m_nextToDeliver) && !limitReached()) {
        const QJsonArray items = m_arrived.take(m_nextToDeliver);
        ++m_nextToDeliver;
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(m_idKey).toVariant().toString();
            if (!id.isEmpty()) {
                if (m_seen.contains(id))
                    continue; // the list moved between pages: never show an item twice
                m_seen.insert(id);
            }
            m_items.append(item);
            if (limitReached())
                break;
        }
    }
}

void RawListCollector::requestMore()
{
    if (m_pagesNeeded < 0) {
        if (!m_sequentialDone && m_inFlight == 0)
            request(m_nextToRequest);
        return;
    }
    while (m_inFlight < m_maxInFlight && m_nextToRequest < m_pagesNeeded)
        request(m_nextToRequest);
}

void RawListCollector::finish(const transport::ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = result;
    Q_EMIT finished();
}

} // namespace rdsbm::cli
