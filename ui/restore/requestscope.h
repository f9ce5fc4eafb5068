#pragma once

#include <QObject>
#include <QPointer>

namespace rdsbm::ui {

// The context object a page hands to its calls. Starting over deletes it, so replies to
// questions no longer asked are dropped instead of landing on newer choices.
class RequestScope
{
public:
    explicit RequestScope(QObject *owner) : m_owner(owner) {}

    QObject *renew()
    {
        delete m_context;
        m_context = new QObject(m_owner);
        return m_context;
    }
    void drop() { delete m_context; }
    QObject *current() { return m_context ? m_context.data() : renew(); }

private:
    QObject *m_owner;
    QPointer<QObject> m_context;
};

} // namespace rdsbm::ui
