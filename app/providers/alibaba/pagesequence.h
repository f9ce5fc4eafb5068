#pragma once

#include "app/providers/alibaba/parametererror.h"
#include "app/transport/apicall.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace rdsbm::alibaba {

// A listing that asks for one page after another until the last. It is a child of the caller's
// context (so it dies with it) and deletes itself once its handler has run. cancel() stops the
// page in flight; the handler then sees Outcome::Canceled.
class PageSequence : public QObject
{
    Q_OBJECT

public:
    using FetchPage = std::function<QPointer<transport::ApiCall>(int pageNumber)>;

    explicit PageSequence(QObject *context);

    // Starts with page 1 on the next event-loop turn, so callers can connect first.
    void start(FetchPage fetchPage);
    // Called by the page handler: ask for the next page, or end.
    void fetch(int pageNumber);
    void finish();
    void notePageFetched(int pageNumber, int pagesKnown);

    void cancel();
    bool isCanceled() const { return m_canceled; }
    int pagesFetched() const { return m_pagesFetched; }

Q_SIGNALS:
    // `pagesKnown` is the total when the service tells it, else -1.
    void pageFetched(int pageNumber, int pagesKnown);

private:
    FetchPage m_fetchPage;
    QPointer<transport::ApiCall> m_current;
    int m_pagesFetched = 0;
    bool m_canceled = false;
};

// What asking for every page gave: a listing on its way, or the refused parameters (nothing sent,
// the handler never runs).
struct StartedListing
{
    QPointer<PageSequence> listing;
    ParameterErrors rejected;

    bool wasSent() const { return rejected.isEmpty(); }
};

} // namespace rdsbm::alibaba
