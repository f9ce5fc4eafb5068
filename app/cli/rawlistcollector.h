#pragma once

#include "app/transport/apiresult.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace rdsbm::cli {

// Every page of a list, as the API wrote its items (the CLI prints the API's own field names).
// The first page comes alone; once it tells the total, the others are fetched concurrently and
// delivered in page order, without duplicates (by `idKey`), stopping after `limit` items. A list
// whose total is unknown is read page after page until a short one.
class RawListCollector : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QJsonArray items;
        qint64 total = -1; // -1: the reply does not tell
    };
    using PageHandler = std::function<void(std::optional<Page> page, const transport::ApiResult &result)>;
    // Fetches page `index` (0-based) and calls `done` exactly once.
    using FetchPage = std::function<void(int index, PageHandler done)>;

    RawListCollector(FetchPage fetch, int pageSize, QString idKey, QObject *parent = nullptr);

    void setLimit(qint64 items) { m_limit = items; }
    void setMaxInFlight(int pages) { m_maxInFlight = std::max(1, pages); }

    void start();

    const QJsonArray &items() const { return m_items; }
    bool succeeded() const { return m_failure.outcome == transport::Outcome::Succeeded; }
    const transport::ApiResult &failure() const { return m_failure; }

Q_SIGNALS:
    void progressed(int pagesDone, int pagesTotal);
    void finished();

private:
    void request(int index);
    void onPage(int index, std::optional<Page> page, const transport::ApiResult &result);
    void deliverReady();
    void requestMore();
    void finish(const transport::ApiResult &result);
    bool limitReached() const { return m_limit > 0 && m_items.size() >= m_limit; }

    FetchPage m_fetch;
    int m_pageSize;
    QString m_idKey;
    qint64 m_limit = 0;
    int m_maxInFlight = 4;

    QMap<int, QJsonArray> m_arrived;
    QSet<QString> m_seen;
    QJsonArray m_items;
    int m_inFlight = 0;
    int m_pagesNeeded = -1; // -1: unknown, read until a short page
    int m_nextToRequest = 0;
    int m_nextToDeliver = 0;
    int m_pagesDone = 0;
    bool m_sequentialDone = false;
    bool m_finished = false;
    transport::ApiResult m_failure;
};

} // namespace rdsbm::cli
