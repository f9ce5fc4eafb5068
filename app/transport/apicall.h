#pragma once

#include "app/transport/apirequest.h"
#include "app/transport/apiresult.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rdsbm::transport {

class HttpTransport;

// One logical request, across all of its attempts. It finishes exactly once, then deletes itself
// (deleteLater): read result() in the slot connected to finished(), and hold the call in a
// QPointer if it may be canceled later. cancel() is safe in any state.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    const ApiResult &result() const { return m_result; }
    Outcome outcome() const { return m_result.outcome; }
    bool isFinished() const { return m_result.outcome != Outcome::Pending; }

    void cancel();

Q_SIGNALS:
    void finished(QPrivateSignal);
    // An attempt failed and another follows after `delay`: lets a UI say "retrying".
    void retryScheduled(int failedAttempt, std::chrono::milliseconds delay, QPrivateSignal);

private:
    friend class HttpTransport;
    ApiCall(HttpTransport &transport, ApiRequest request);

    void startAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onDeadlineReached();
    ApiResult classifyReply(QNetworkReply &reply) const;
    bool mayRetry(const ApiResult &attempt) const;
    void logAttempt(const ApiResult &attempt) const;
    void finish(ApiResult result);

    HttpTransport &m_transport;
    ApiRequest m_request;
    ApiResult m_result;
    QPointer<QNetworkReply> m_reply;
    QUrl m_attemptUrl;
    QByteArray m_buffer;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_attemptClock;
    QNetworkReply::NetworkError m_lastNetworkError = QNetworkReply::NoError;
    int m_attempt = 0;
    bool m_cancelRequested = false;
    bool m_deadlineReached = false;
    bool m_tooLarge = false;
};

} // namespace rdsbm::transport
