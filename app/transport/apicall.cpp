#include "app/transport/apicall.h"

#include "app/transport/httptransport.h"
#include "app/transport/logging.h"
#include "app/transport/redaction.h"
#include "app/transport/serviceerrorparser.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::transport {

namespace {

bool isThrottling(const ApiResult &result)
{
    return result.httpStatus == 429 || result.errorCode.startsWith(u"Throttling"_s)
        || result.errorCode == u"APIGW.0308"_s;
}

bool isServerSide(const ApiResult &result)
{
    return result.httpStatus >= 500 || result.errorCode == u"ServiceUnavailable"_s
        || result.errorCode == u"InternalError"_s;
}

// The request certainly never reached a server: resending cannot duplicate anything.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

QString networkErrorText(QNetworkReply::NetworkError error, const QString &qtText)
{
    switch (error) {
    case QNetworkReply::TooManyRedirectsError:
        return u"Too many redirects (a redirect loop?)"_s;
    case QNetworkReply::InsecureRedirectError:
        return u"Refused a redirect from HTTPS to HTTP"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"The server's TLS certificate was not accepted: "_s + qtText;
    default:
        return qtText;
    }
}

} // namespace

ApiCall::ApiCall(HttpTransport &transport, ApiRequest request)
    : QObject(&transport)
    , m_transport(transport)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadlineReached);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::startAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (isFinished())
        return;
    m_cancelRequested = true;
    m_backoff.stop();
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished as Canceled
        return;
    }
    ApiResult canceled;
    canceled.outcome = Outcome::Canceled;
    canceled.attempts = m_attempt;
    finish(canceled);
}

void ApiCall::startAttempt()
{
    if (isFinished() || m_cancelRequested)
        return;
    if (!m_request.prepare) {
        ApiResult invalid;
        invalid.outcome = Outcome::NetworkError;
        invalid.errorMessage = u"The request could not be prepared"_s;
        finish(invalid);
        return;
    }

    ++m_attempt;
    const PreparedRequest prepared = m_request.prepare(m_attempt);
    m_attemptUrl = prepared.url;
    QNetworkRequest request(prepared.url);
    for (const auto &[name, value] : prepared.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(int(m_request.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    m_transport.applyTlsPolicy(request);

    m_buffer.clear();
    m_deadlineReached = false;
    m_tooLarge = false;
    m_lastNetworkError = QNetworkReply::NoError;
    m_attemptClock.start();

    QNetworkAccessManager &network = m_transport.networkAccessManager();
    // GET goes through get() so that Qt follows (a bounded number of) redirects; Qt follows none
    // for custom verbs, and a redirected signed write would be rejected anyway.
    m_reply = m_request.method == "GET" ? network.get(request)
                                        : network.sendCustomRequest(request, m_request.method, prepared.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start(m_request.totalTimeout);
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_request.maxResponseBytes && !m_tooLarge) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::onDeadlineReached()
{
    if (!m_reply)
        return;
    m_deadlineReached = true;
    m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_deadline.stop();
    if (!m_tooLarge && !m_cancelRequested)
        m_buffer += reply->readAll();
    m_lastNetworkError = reply->error();
    ApiResult attempt = classifyReply(*reply);
    attempt.attempts = m_attempt;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    logAttempt(attempt);

    if (attempt.outcome == Outcome::Succeeded || attempt.outcome == Outcome::Canceled
        || !mayRetry(attempt)) {
        finish(std::move(attempt));
        return;
    }

    const auto delay = m_transport.backoffPolicy().delayBeforeRetry(
        m_attempt, retryAfterHint(attempt), QRandomGenerator::global()->generateDouble());
    m_result.attempts = m_attempt;
    Q_EMIT retryScheduled(m_attempt, delay, QPrivateSignal());
    m_backoff.start(delay);
}

ApiResult ApiCall::classifyReply(QNetworkReply &reply) const
{
    ApiResult result;
    result.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &header : reply.rawHeaderPairs())
        result.responseHeaders.append({header.first, header.second});
    result.requestId = QString::fromLatin1(result.responseHeader("x-acs-request-id"));
    if (result.requestId.isEmpty())
        result.requestId = QString::fromLatin1(result.responseHeader("X-Request-Id"));

    if (m_cancelRequested) {
        result.outcome = Outcome::Canceled;
        return result;
    }
    if (m_tooLarge) {
        result.outcome = Outcome::ParseError;
        result.errorMessage = u"The reply exceeded %1 bytes and was abandoned"_s.arg(m_request.maxResponseBytes);
        return result;
    }
    const auto error = reply.error();
    if (m_deadlineReached || error == QNetworkReply::OperationCanceledError
        || error == QNetworkReply::TimeoutError) {
        // Qt reports its own transfer timeout as OperationCanceledError; we did not cancel.
        result.outcome = Outcome::TimedOut;
        result.errorMessage = m_deadlineReached
            ? u"No complete reply within %1 s"_s.arg(m_request.totalTimeout.count() / 1000.0)
            : u"No data for %1 s"_s.arg(m_request.transferTimeout.count() / 1000.0);
        return result;
    }
    // Qt's codes below 200 are transport failures (refused, reset, TLS, redirects); the others
    // mirror an HTTP status, which the body classification below handles.
    if (result.httpStatus == 0 || (error != QNetworkReply::NoError && error < 200)) {
        result.outcome = Outcome::NetworkError;
        result.errorMessage = networkErrorText(error, reply.errorString());
        return result;
    }

    result.body = m_buffer;
    const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(m_buffer, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !document.isNull();

    if (isJson) {
        if (const auto service = parseServiceError(document, success)) {
            result.outcome = Outcome::ServiceError;
            result.errorCode = service->code;
            // Kept verbatim but for secrets: gateways echo what they signed (the STS token in
            // SignatureDoesNotMatch), and this text reaches users, logs and the job journal.
            result.errorMessage = redactSecrets(service->message);
            if (!service->requestId.isEmpty())
                result.requestId = service->requestId;
            result.json = document;
            return result;
        }
    }
    if (!success) {
        result.outcome = Outcome::HttpError;
        result.errorMessage = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return result;
    }
    if (m_request.expectJson && !isJson) {
        result.outcome = Outcome::ParseError;
        result.errorMessage = m_buffer.isEmpty()
            ? u"The reply was empty where JSON was expected"_s
            : u"The reply is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    result.outcome = Outcome::Succeeded;
    result.json = document;
    if (result.requestId.isEmpty() && document.isObject())
        result.requestId = document.object().value(u"RequestId"_s).toString();
    return result;
}

bool ApiCall::mayRetry(const ApiResult &attempt) const
{
    if (m_attempt >= m_request.maxAttempts)
        return false;
    if (m_request.retryPolicy == RetryPolicy::NotIdempotent)
        return attempt.outcome == Outcome::NetworkError && neverSent(m_lastNetworkError);

    switch (attempt.outcome) {
    case Outcome::NetworkError:
        return m_lastNetworkError != QNetworkReply::TooManyRedirectsError
            && m_lastNetworkError != QNetworkReply::InsecureRedirectError
            && m_lastNetworkError != QNetworkReply::SslHandshakeFailedError;
    case Outcome::TimedOut:
        return true;
    case Outcome::ServiceError:
    case Outcome::HttpError:
        return isThrottling(attempt) || isServerSide(attempt);
    default:
        return false;
    }
}

void ApiCall::logAttempt(const ApiResult &attempt) const
{
    const qint64 elapsed = m_attemptClock.elapsed();
    const QString line = u"%1 %2 %3 -> %4 status=%5 code=%6 request-id=%7 attempt=%8 %9 ms"_s
                             .arg(QString::fromLatin1(m_request.method), urlForLog(m_attemptUrl),
                                  m_request.operation, outcomeName(attempt.outcome))
                             .arg(attempt.httpStatus)
                             .arg(attempt.errorCode.isEmpty() ? u"-"_s : attempt.errorCode,
                                  attempt.requestId.isEmpty() ? u"-"_s : attempt.requestId)
                             .arg(m_attempt)
                             .arg(elapsed);
    if (attempt.outcome == Outcome::Succeeded || attempt.outcome == Outcome::Canceled)
        qCDebug(lcNet).noquote() << line;
    else
        qCInfo(lcNet).noquote() << redactSecrets(line);
}

void ApiCall::finish(ApiResult result)
{
    if (isFinished())
        return;
    m_deadline.stop();
    m_backoff.stop();
    if (result.attempts == 0)
        result.attempts = m_attempt;
    m_result = std::move(result);
    Q_EMIT finished(QPrivateSignal());
    deleteLater();
}

} // namespace rdsbm::transport
