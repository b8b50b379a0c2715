#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

namespace Bfs {

struct HttpResponse;

// When a failed call is tried again and how long to wait first (API.md,
// "Retries everywhere"): 408, 429, 5xx and network errors, exponential
// backoff with jitter, Retry-After honoured up to a cap; never 400, 401,
// 403, 404 or a spend-limit 429. Times in milliseconds.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int retryAfterCapMs = 60000;
    // Share of the backoff taken off at random, so clients that failed
    // together do not come back together.
    double jitterFraction = 0.25;

    // Whether the response (or the network error it records) is worth
    // another try at all.
    [[nodiscard]] bool shouldRetry(const HttpResponse &response) const;

    // The wait before retry number `retry` (0 for the first retry);
    // `random` is in [0, 1).
    [[nodiscard]] int delayMs(const HttpResponse &response,
                              int retry,
                              double random,
                              const QDateTime &now) const;
};

// Retry-After as seconds or as an HTTP date, in milliseconds from `now`.
[[nodiscard]] std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Bfs
