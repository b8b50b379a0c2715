#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include "redactor.h"
#include "result.h"
#include "retrypolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Bfs {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    // Whole-exchange limit; a reply slower than this counts as a network
    // error (status 0, timedOut).
    int timeoutMs = 60000;
    bool followRedirects = false;
    // False for calls that must never be repeated blindly (a Metricool
    // create): the client then makes exactly one attempt.
    bool retryable = true;
};

struct HttpResponse
{
    // 0 when no HTTP answer arrived (network error or time-out).
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QString requestId;
    bool timedOut = false;
    // Redacted description of a network failure.
    QString networkError;

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

// The one HTTP layer of the live clients, over a QNetworkAccessManager it
// owns. send() blocks: it waits in a local event loop, so it may only be
// called from a worker thread (or a test), never from the GUI thread. The
// object must be used on the thread that created it.
class HttpClient final
{
public:
    using Sleeper = std::function<void(int milliseconds)>;

    explicit HttpClient(QString service, RetryPolicy policy = {});
    ~HttpClient();

    Q_DISABLE_COPY_MOVE(HttpClient)

    // Every secret the caller sends; it is masked in every log line and error.
    void addSecret(const QString &secret) { m_redactor.addSecret(secret); }

    const Redactor &redactor() const { return m_redactor; }

    const RetryPolicy &policy() const { return m_policy; }

    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }

    // Tests replace the wait between retries so suites stay fast.
    void setSleeper(Sleeper sleeper) { m_sleeper = std::move(sleeper); }

    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    // Sends with retries; always returns the last response, whatever its
    // status. Use errorFor() to turn a failed one into an Error.
    [[nodiscard]] HttpResponse send(const HttpRequest &request);

    // The delays waited before each retry of the last send(), in ms.
    const QList<int> &lastDelays() const { return m_lastDelays; }

    // Network, Timeout or Service error naming the service, status, request
    // id and the start of the body, all redacted.
    [[nodiscard]] Error errorFor(const HttpResponse &response, const QString &what) const;

private:
    HttpResponse sendOnce(const HttpRequest &request);
    QNetworkReply *start(const HttpRequest &request);
    HttpResponse collect(QNetworkReply *reply, bool timedOut) const;
    void logExchange(const HttpRequest &request, const HttpResponse &response, qint64 ms) const;

    QString m_service;
    RetryPolicy m_policy;
    Redactor m_redactor;
    Sleeper m_sleeper;
    std::function<double()> m_random;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<int> m_lastDelays;
};

// The service's request id from any of the headers services use.
[[nodiscard]] QString requestIdOf(const HttpResponse &response);

} // namespace Bfs
