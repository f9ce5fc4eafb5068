#include "app/providers/alibaba/pagesequence.h"

#include <QTimer>

namespace rdsbm::alibaba {

PageSequence::PageSequence(QObject *context)
    : QObject(context)
{
}

void PageSequence::start(FetchPage fetchPage)
{
    m_fetchPage = std::move(fetchPage);
    QTimer::singleShot(0, this, [this] { fetch(1); });
}

void PageSequence::fetch(int pageNumber)
{
    m_current = m_fetchPage(pageNumber);
    if (m_canceled && m_current)
        m_current->cancel();
}

void PageSequence::finish()
{
    m_current.clear();
    deleteLater();
}

void PageSequence::notePageFetched(int pageNumber, int pagesKnown)
{
    ++m_pagesFetched;
    Q_EMIT pageFetched(pageNumber, pagesKnown);
}

void PageSequence::cancel()
{
    m_canceled = true;
    if (m_current)
        m_current->cancel();
}

} // namespace rdsbm::alibaba
