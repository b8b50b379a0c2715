#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include "httplogging.h"

namespace Bfs {

namespace {

constexpr int kBodySnippet = 300;

void waitLocally(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString requestIdOf(const HttpResponse &response)
{
    for (const char *name :
         {"request-id", "x-request-id", "client-request-id", "x-ms-request-id"}) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty()) {
            return QString::fromLatin1(value);
        }
    }
    return {};
}

HttpClient::HttpClient(QString service, RetryPolicy policy)
    : m_service(std::move(service))
    , m_policy(policy)
    , m_sleeper(waitLocally)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::send(const HttpRequest &request)
{
    m_lastDelays.clear();
    HttpResponse response = sendOnce(request);

    for (int retry = 0; request.retryable && retry < m_policy.maxRetries; ++retry) {
        if (response.ok() || !m_policy.shouldRetry(response)) {
            break;
        }
        const int delay = m_policy.delayMs(
            response, retry, m_random(), QDateTime::currentDateTimeUtc());
        qCWarning(lcHttp).noquote()
            << QStringLiteral("%1: %2 %3 answered %4, retry %5 in %6 ms")
                   .arg(m_service,
                        QString::fromLatin1(request.method),
                        m_redactor.redactUrl(request.url),
                        response.status == 0 ? response.networkError
                                             : QString::number(response.status))
                   .arg(retry + 1)
                   .arg(delay);
        m_lastDelays.append(delay);
        m_sleeper(delay);
        response = sendOnce(request);
    }
    return response;
}

HttpResponse HttpClient::sendOnce(const HttpRequest &request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = start(request);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(request.timeoutMs);
    if (!reply->isFinished()) {
        loop.exec();
    }

    const HttpResponse response = collect(reply, timedOut);
    reply->deleteLater();
    logExchange(request, response, elapsed.elapsed());
    return response;
}

QNetworkReply *HttpClient::start(const HttpRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
    }
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                request.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                        : QNetworkRequest::ManualRedirectPolicy);
    return m_network->sendCustomRequest(networkRequest, request.method, request.body);
}

HttpResponse HttpClient::collect(QNetworkReply *reply, bool timedOut) const
{
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.requestId = requestIdOf(response);
    response.timedOut = timedOut;
    if (timedOut) {
        response.status = 0;
        response.networkError = QStringLiteral("no reply in time");
    } else if (response.status == 0) {
        response.networkError = m_redactor.redact(reply->errorString());
    }
    return response;
}

void HttpClient::logExchange(const HttpRequest &request,
                             const HttpResponse &response,
                             qint64 ms) const
{
    qCDebug(lcHttp).noquote() << QStringLiteral("%1: %2 %3 -> %4 in %5 ms, request id %6")
                                     .arg(m_service,
                                          QString::fromLatin1(request.method),
                                          m_redactor.redactUrl(request.url),
                                          response.status == 0 ? response.networkError
                                                               : QString::number(response.status))
                                     .arg(ms)
                                     .arg(response.requestId.isEmpty() ? QStringLiteral("-")
                                                                       : response.requestId);
}

Error HttpClient::errorFor(const HttpResponse &response, const QString &what) const
{
    if (response.status == 0) {
        return makeError(
            response.timedOut ? ErrorCode::Timeout : ErrorCode::Network,
            QStringLiteral("%1: %2 failed: %3").arg(m_service, what, response.networkError));
    }

    QString detail =
        QStringLiteral("%1: %2 failed with HTTP %3").arg(m_service, what).arg(response.status);
    if (!response.requestId.isEmpty()) {
        detail += QStringLiteral(" (request id %1)").arg(response.requestId);
    }
    const QString body = QString::fromUtf8(response.body.left(kBodySnippet)).simplified();
    if (!body.isEmpty()) {
        detail += QStringLiteral(": ") + body;
    }
    return makeError(ErrorCode::Service, m_redactor.redact(detail));
}

} // namespace Bfs
