#include "app/transport/httptransport.h"

#include "app/transport/apicall.h"

#include <QFile>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::transport {

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{
    // Certificate checks stay at Qt's defaults (verify peer); nothing here may relax them.
    m_network.setAutoDeleteReplies(false);
}

HttpTransport::~HttpTransport() = default;

ApiCall *HttpTransport::send(ApiRequest request)
{
    auto *call = new ApiCall(*this, std::move(request));
    QTimer::singleShot(0, call, &ApiCall::startAttempt);
    return call;
}

void HttpTransport::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
    // Qt keeps a connection per host and port with the TLS configuration it was made with, even
    // one whose handshake failed: without this the new trust would wait for the cache to expire.
    m_network.clearConnectionCache();
}

void HttpTransport::applyTlsPolicy(QNetworkRequest &request) const
{
#if QT_CONFIG(ssl)
    if (m_trusted.isEmpty())
        return;
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.addCaCertificates(m_trusted);
    request.setSslConfiguration(configuration);
#else
    Q_UNUSED(request);
#endif
}

QList<QSslCertificate> HttpTransport::certificatesFromFile(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"The certificate file %1 cannot be read: %2"_s.arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        error = u"The file %1 holds no PEM certificate"_s.arg(path);
    return certificates;
}

} // namespace rdsbm::transport
