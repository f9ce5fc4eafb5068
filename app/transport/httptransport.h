#pragma once

#include "app/transport/apirequest.h"
#include "app/transport/backoffpolicy.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>

class QNetworkRequest;

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

    // Certificates trusted besides the system's CAs, because the user chose them explicitly: a
    // private CA, or a self-signed endpoint's own certificate. Verification always stays on
    // (peer and host name); these only extend what a chain may end in.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    const QList<QSslCertificate> &trustedCertificates() const { return m_trusted; }
    // Every request sent through this transport's network manager passes here first.
    void applyTlsPolicy(QNetworkRequest &request) const;
    // The PEM certificates of a file, for setTrustedCertificates(). None, with `error` naming the
    // file, when it cannot be read or holds no certificate.
    static QList<QSslCertificate> certificatesFromFile(const QString &path, QString &error);

private:
    QNetworkAccessManager m_network;
    BackoffPolicy m_backoff;
    QList<QSslCertificate> m_trusted;
};

} // namespace rdsbm::transport
