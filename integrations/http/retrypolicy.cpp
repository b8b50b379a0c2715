#include "retrypolicy.h"

#include <QLocale>

#include "httpclient.h"

namespace Bfs {

namespace {

// Error codes that mean "out of money for the month", not "slow down".
bool isSpendLimit(const HttpResponse &response)
{
    return response.body.contains("enforced_spend_limit_reached")
           || response.body.contains("insufficient_quota");
}

std::optional<qint64> serverDelayMs(const HttpResponse &response, const QDateTime &now)
{
    bool ok = false;
    const qint64 ms = response.header("retry-after-ms").trimmed().toLongLong(&ok);
    if (ok && ms >= 0) {
        return ms;
    }
    return parseRetryAfter(response.header("retry-after"), now);
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }

    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        return seconds < 0 ? std::nullopt : std::optional<qint64>(qint64(seconds * 1000));
    }

    const QDateTime at = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed).replace(QStringLiteral(" GMT"), QString()),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}

bool RetryPolicy::shouldRetry(const HttpResponse &response) const
{
    const QByteArray shouldRetry = response.header("x-should-retry").trimmed();
    if (shouldRetry == "false") {
        return false;
    }
    if (shouldRetry == "true") {
        return true;
    }
    if (response.status == 0) {
        return true;
    }
    if (response.status == 429) {
        return !isSpendLimit(response);
    }
    return response.status == 408 || response.status >= 500;
}

int RetryPolicy::delayMs(const HttpResponse &response,
                         int retry,
                         double random,
                         const QDateTime &now) const
{
    if (const auto server = serverDelayMs(response, now)) {
        return int(std::min<qint64>(*server, retryAfterCapMs));
    }

    const qint64 backoff = std::min<qint64>(qint64(baseDelayMs) << std::min(retry, 20), maxDelayMs);
    return int(backoff * (1.0 - jitterFraction * random));
}

} // namespace Bfs
