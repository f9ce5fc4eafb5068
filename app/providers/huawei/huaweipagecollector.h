#pragma once

#include "app/providers/huawei/huaweipage.h"
#include "app/transport/typedcall.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace rdsbm::huawei {

// Fetches every offset/limit page of a list: the first page reveals total_count, the others
// then go out concurrently (at most `maxConcurrent` at once), and the items come back in the
// service's order with duplicates (by key) dropped. When the total moves while paging (a backup
// appeared or went away, shifting the offsets), the listing starts over, up to twice, so that
// nothing is skipped. Any failed page ends the whole listing with that page's result.
template <typename T>
class HuaweiPageCollector : public std::enable_shared_from_this<HuaweiPageCollector<T>>
{
public:
    using PageReply = transport::TypedReply<HuaweiPage<T>>;
    using FetchPage = std::function<void(qint64 offset, int limit, std::function<void(PageReply)> done)>;
    using KeyOf = std::function<QString(const T &)>;
    using Finished = std::function<void(transport::TypedReply<QList<T>>)>;

    static constexpr int maxRestarts = 2;

    HuaweiPageCollector(FetchPage fetch, KeyOf keyOf, qint64 maxItems, int pageLimit, int maxConcurrent,
                        Finished finished)
        : m_fetch(std::move(fetch))
        , m_keyOf(std::move(keyOf))
        , m_maxItems(maxItems)
        , m_limit(maxItems > 0 && maxItems < pageLimit ? int(maxItems) : pageLimit)
        , m_maxConcurrent(qMax(1, maxConcurrent))
        , m_finished(std::move(finished))
    {
    }

    void start()
    {
        m_pages.clear();
        m_total = -1;
        m_nextPage = 1;
        m_inFlight = 1;
        m_totalMoved = false;
        m_fetch(0, m_limit, [self = this->shared_from_this(), generation = m_generation](PageReply reply) {
            self->onPage(generation, 0, std::move(reply));
        });
    }

    int restarts() const { return m_restarts; }

private:
    void onPage(int generation, int index, PageReply reply)
    {
        if (m_done || generation != m_generation)
            return;
        --m_inFlight;
        if (!reply.ok()) {
            fail(std::move(reply.result));
            return;
        }
        const HuaweiPage<T> &page = *reply.value;
        if (index == 0) {
            m_total = page.totalCount;
            m_firstResult = reply.result;
            const qint64 wanted = m_maxItems >= 0 ? qMin(m_total, m_maxItems) : m_total;
            const qint64 pageCount = wanted <= m_limit ? 1 : (wanted + m_limit - 1) / m_limit;
            m_pages.resize(pageCount);
        } else if (page.totalCount != m_total) {
            m_totalMoved = true;
        }
        const bool lastPage = index == m_pages.size() - 1;
        const qint64 expected = lastPage ? -1 : m_limit;
        if (expected >= 0 && page.items.size() < expected && m_total > (index + 1) * qint64(m_limit))
            m_totalMoved = true;
        m_pages[index] = page.items;
        fetchMore();
    }

    void fetchMore()
    {
        while (!m_done && m_nextPage < m_pages.size() && m_inFlight < m_maxConcurrent) {
            const int index = m_nextPage++;
            ++m_inFlight;
            m_fetch(qint64(index) * m_limit, m_limit,
                    [self = this->shared_from_this(), generation = m_generation, index](PageReply reply) {
                        self->onPage(generation, index, std::move(reply));
                    });
        }
        if (!m_done && m_inFlight == 0 && m_nextPage >= m_pages.size())
            complete();
    }

    void complete()
    {
        if (m_totalMoved && m_restarts < maxRestarts) {
            ++m_restarts;
            ++m_generation;
            start();
            return;
        }
        QList<T> items;
        QSet<QString> seen;
        for (const auto &page : std::as_const(m_pages)) {
            if (!page)
                continue;
            for (const T &item : *page) {
                if (m_maxItems >= 0 && items.size() >= m_maxItems)
                    break;
                const QString key = m_keyOf(item);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                items.append(item);
            }
        }
        transport::TypedReply<QList<T>> reply;
        reply.result = m_firstResult;
        reply.result.body.clear();
        reply.result.json = {};
        reply.value = std::move(items);
        finish(std::move(reply));
    }

    void fail(transport::ApiResult result)
    {
        transport::TypedReply<QList<T>> reply;
        reply.result = std::move(result);
        finish(std::move(reply));
    }

    void finish(transport::TypedReply<QList<T>> reply)
    {
        m_done = true;
        m_pages.clear();
        auto finished = std::exchange(m_finished, {});
        if (finished)
            finished(std::move(reply));
    }

    FetchPage m_fetch;
    KeyOf m_keyOf;
    qint64 m_maxItems;
    int m_limit;
    int m_maxConcurrent;
    Finished m_finished;
    QList<std::optional<QList<T>>> m_pages;
    transport::ApiResult m_firstResult;
    qint64 m_total = -1;
    int m_nextPage = 1;
    int m_inFlight = 0;
    int m_generation = 0;
    int m_restarts = 0;
    bool m_totalMoved = false;
    bool m_done = false;
};

} // namespace rdsbm::huawei
