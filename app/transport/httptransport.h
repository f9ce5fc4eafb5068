#pragma once

#include "app/transport/apirequest.h"
#include "app/transport/backoffpolicy.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace rdsbm::transport {

class ApiCall;

// Owns the application's one QNetworkAccessManager. main() creates a single transport and hands
// it by reference to every client; demo mode and tests change only the endpoint the clients use.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    // Starts the request on the next event-loop turn, so the caller can connect first.
    // The call is a child of the transport and deletes itself after finished().
    ApiCall *send(ApiRequest request);

    QNetworkAccessManager &networkAccessManager() { return m_network; }

    void setBackoffPolicy(const BackoffPolicy &policy) { m_backoff = policy; }
    const BackoffPolicy &backoffPolicy() const { return m_backoff; }

private:
    QNetworkAccessManager m_network;
    BackoffPolicy m_backoff;
};

} // namespace rdsbm::transport
