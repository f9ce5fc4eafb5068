// TLS verification stays on: an HTTPS endpoint with a self-signed certificate is refused, by API
// calls and by downloads alike, with an error that says why, and is accepted only once the user
// trusts that very certificate (HttpTransport::setTrustedCertificates). Trusting another
// certificate changes nothing.
#include "app/domain/crc64.h"
#include "app/downloads/backupdownload.h"
#include "app/transport/apicall.h"
#include "app/transport/httptransport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RDSBM_TEST_DATA_DIR) + u"/tls/"_s + name;
}

} // namespace

// A one-reply-per-connection HTTPS server on 127.0.0.1 presenting the self-signed fixture. Every
// request gets `body`; a Range request gets the rest of it from the asked offset.
class SelfSignedServer : public QObject
{
    Q_OBJECT

public:
    QByteArray body = "{\"RequestId\":\"TLS-TEST\"}";
    int handshakesFailed = 0;
    int requestsAnswered = 0;

    bool start()
    {
        QFile certificate(fixture(u"localhost.pem"_s));
        QFile key(fixture(u"localhost.key"_s));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
            ++handshakesFailed;
        });
        connect(&m_server, &QSslServer::handshakeInterruptedOnError, this, [this](QSslSocket *, const QSslError &) {
            ++handshakesFailed;
        });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &SelfSignedServer::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &host = u"127.0.0.1"_s) const
    {
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(host);
        url.setPort(m_server.serverPort());
        url.setPath(u"/backup.xb"_s);
        return url;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->bytesAvailable() > 0)
                answer(socket);
        }
    }

    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        qsizetype from = 0;
        const qsizetype range = request.indexOf("\r\nRange: bytes=");
        if (range >= 0)
            from = request.mid(range + 15, request.indexOf('-', range + 15) - range - 15).toLongLong();
        const QByteArray part = body.mid(from);
        QByteArray reply = (from > 0 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n");
        if (from > 0)
            reply += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(body.size() - 1)
                + '/' + QByteArray::number(body.size()) + "\r\n";
        reply += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(part.size())
            + "\r\nx-acs-request-id: TLS-TEST\r\nConnection: close\r\n\r\n" + part;
        socket->write(reply);
        socket->disconnectFromHost();
        m_requests.remove(socket);
        ++requestsAnswered;
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

class TestTlsTrust : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SelfSignedServer> m_server;
    std::unique_ptr<transport::HttpTransport> m_transport;

    QSslCertificate certificate(const QString &name) const
    {
        QString error;
        const QList<QSslCertificate> certificates = transport::HttpTransport::certificatesFromFile(fixture(name), error);
        return certificates.value(0);
    }

    transport::ApiResult call(const QUrl &url)
    {
        transport::ApiRequest request;
        request.operation = u"DescribeRegions"_s;
        request.prepare = [url](int) { return transport::PreparedRequest{url, {}, {}}; };
        transport::ApiCall *apiCall = m_transport->send(request);
        QSignalSpy finished(apiCall, &transport::ApiCall::finished);
        if (!finished.isValid() || !finished.wait(30000))
            return {};
        return apiCall->result();
    }

    downloads::DownloadResult download(const QString &target, std::uint64_t checksum)
    {
        downloads::DownloadRequest request;
        request.url = m_server->url();
        request.targetPath = target;
        request.expectedChecksum = checksum;
        downloads::BackupDownload download(*m_transport, request);
        QSignalSpy finished(&download, &downloads::BackupDownload::finished);
        download.start();
        if (!finished.wait(60000))
            return {};
        return download.result();
    }

private slots:
    void init()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend on this system");
        m_server = std::make_unique<SelfSignedServer>();
        QVERIFY(m_server->start());
        m_transport = std::make_unique<transport::HttpTransport>();
    }

    void cleanup()
    {
        m_transport.reset();
        m_server.reset();
    }

    void selfSignedServerIsRefusedWithAClearErrorAndNotRetried()
    {
        const transport::ApiResult result = call(m_server->url());
        QCOMPARE(result.outcome, transport::Outcome::NetworkError);
        QVERIFY2(result.errorMessage.startsWith(u"The server's TLS certificate was not accepted: "_s),
                 qPrintable(result.errorMessage));
        QCOMPARE(result.attempts, 1); // a refused certificate stays refused: no retry
        QCOMPARE(m_server->requestsAnswered, 0);
        QTRY_VERIFY(m_server->handshakesFailed > 0);
    }

    void trustingAnotherCertificateChangesNothing()
    {
        const QSslCertificate unrelated = certificate(u"unrelated.pem"_s);
        QVERIFY(!unrelated.isNull());
        m_transport->setTrustedCertificates({unrelated});
        const transport::ApiResult result = call(m_server->url());
        QCOMPARE(result.outcome, transport::Outcome::NetworkError);
        QCOMPARE(m_server->requestsAnswered, 0);
    }

    void explicitlyTrustedCertificateIsAccepted()
    {
        m_transport->setTrustedCertificates({certificate(u"localhost.pem"_s)});
        const transport::ApiResult result = call(m_server->url());
        QVERIFY2(result.succeeded(), qPrintable(result.summary()));
        QCOMPARE(result.requestId, u"TLS-TEST"_s);
        // The host name is still checked: the certificate names 127.0.0.1 and localhost only.
        const transport::ApiResult byName = call(m_server->url(u"localhost"_s));
        QVERIFY2(byName.succeeded(), qPrintable(byName.summary()));
    }

    void downloadsFollowTheSameTrust()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        m_server->body = QByteArray(256 * 1024, 'b') + "end";
        const std::uint64_t checksum = Crc64::of(m_server->body);

        const QString refusedPath = directory.filePath(u"refused.xb"_s);
        const downloads::DownloadResult refused = download(refusedPath, checksum);
        QCOMPARE(refused.outcome, downloads::DownloadOutcome::NetworkError);
        QVERIFY2(refused.message.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(refused.message));
        QCOMPARE(refused.attempts, 1);
        QVERIFY(!QFileInfo::exists(refusedPath));
        QCOMPARE(m_server->requestsAnswered, 0);

        m_transport->setTrustedCertificates({certificate(u"localhost.pem"_s)});
        const QString trustedPath = directory.filePath(u"trusted.xb"_s);
        const downloads::DownloadResult trusted = download(trustedPath, checksum);
        QVERIFY2(trusted.outcome == downloads::DownloadOutcome::Verified, qPrintable(trusted.message));
        QCOMPARE(QFileInfo(trustedPath).size(), m_server->body.size());
    }

    void certificateFilesAreCheckedWhenRead()
    {
        QString error;
        QCOMPARE(transport::HttpTransport::certificatesFromFile(fixture(u"localhost.pem"_s), error).size(), 1);
        QVERIFY(error.isEmpty());
        QVERIFY(transport::HttpTransport::certificatesFromFile(fixture(u"README.md"_s), error).isEmpty());
        QVERIFY2(error.contains(u"README.md"_s), qPrintable(error));
        error.clear();
        QVERIFY(transport::HttpTransport::certificatesFromFile(fixture(u"no-such.pem"_s), error).isEmpty());
        QVERIFY2(error.contains(u"no-such.pem"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
