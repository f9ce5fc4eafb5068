#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>

namespace rdsbm::transport {

using namespace std::chrono_literals;

// Whether a failed attempt may be sent again. Reads, and writes that carry an idempotency token
// (ClientToken), are Idempotent. Every other write is NotIdempotent: it is only resent when the
// transport knows the first attempt never reached the server (connection refused, host not found).
enum class RetryPolicy { Idempotent, NotIdempotent };

// What one attempt sends. Produced afresh for every attempt so each carries a new nonce,
// timestamp and signature.
struct PreparedRequest
{
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct ApiRequest
{
    QString operation;              // "DescribeBackups", "ListBackups": for logs and error reports
    QByteArray method = "GET";
    std::function<PreparedRequest(int attempt)> prepare;
    RetryPolicy retryPolicy = RetryPolicy::Idempotent;
    std::chrono::milliseconds transferTimeout = 30s; // inactivity on the connection
    std::chrono::milliseconds totalTimeout = 120s;   // one attempt, first byte to last
    int maxAttempts = 4;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    bool expectJson = true;
};

} // namespace rdsbm::transport
