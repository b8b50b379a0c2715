#include "fakeserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Bfs::Fakes {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    return status < 300 ? QByteArray("OK") : QByteArray("Fake");
}

} // namespace

FakeResponse FakeResponse::json(int status, const QJsonDocument &document, Headers headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return {status, headers, document.toJson(QJsonDocument::Compact)};
}

FakeResponse FakeResponse::json(int status, const QJsonObject &object, Headers headers)
{
    return json(status, QJsonDocument(object), std::move(headers));
}

FakeResponse FakeResponse::text(int status,
                                const QByteArray &body,
                                const QByteArray &contentType,
                                Headers headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return {status, headers, body};
}

FakeResponse FakeResponse::empty(int status, Headers headers)
{
    return {status, headers, {}};
}

QByteArray CapturedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool CapturedRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto &pair) {
        return pair.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

FakeServer::FakeServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

FakeServer::~FakeServer() = default;

bool FakeServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

FakeServer::Route &FakeServer::routeFor(const QByteArray &method, const QString &pathPattern)
{
    const QString anchored = QRegularExpression::anchoredPattern(pathPattern);
    for (Route &route : m_routes) {
        if (route.method == method && route.pattern.pattern() == anchored) {
            return route;
        }
    }
    // Newest first, so a test's own route wins over a fake's default.
    m_routes.prepend({method, QRegularExpression(anchored), {}, {}});
    return m_routes.first();
}

void FakeServer::route(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    routeFor(method, pathPattern).handler = std::move(handler);
}

void FakeServer::script(const QByteArray &method,
                        const QString &pathPattern,
                        const QList<FakeResponse> &responses)
{
    routeFor(method, pathPattern).script.append(responses);
}

QList<CapturedRequest> FakeServer::requests(const QByteArray &method,
                                            const QString &pathPattern) const
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pathPattern));
    QList<CapturedRequest> matching;
    for (const CapturedRequest &request : m_requests) {
        if (request.method == method && pattern.match(request.path).hasMatch()) {
            matching.append(request);
        }
    }
    return matching;
}

int FakeServer::count(const QByteArray &method, const QString &pathPattern) const
{
    return int(requests(method, pathPattern).size());
}

FakeServer::Route *FakeServer::findRoute(const QByteArray &method, const QString &path)
{
    // A route with a pending script wins over one that only has a handler.
    Route *handlerRoute = nullptr;
    for (Route &route : m_routes) {
        if (route.method != method || !route.pattern.match(path).hasMatch()) {
            continue;
        }
        if (!route.script.isEmpty()) {
            return &route;
        }
        if (handlerRoute == nullptr && route.handler) {
            handlerRoute = &route;
        }
    }
    return handlerRoute;
}

FakeResponse FakeServer::answer(const CapturedRequest &request)
{
    Route *route = findRoute(request.method, request.path);
    if (route == nullptr) {
        return FakeResponse::json(
            404, errorObject(QStringLiteral("not_found_error"), QStringLiteral("no fake route")));
    }
    if (!route->script.isEmpty()) {
        return route->script.takeFirst();
    }
    return route->handler(request);
}

bool FakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    CapturedRequest captured;
    captured.method = methodName(request.method());
    captured.url = request.url();
    captured.path = request.url().path(QUrl::FullyDecoded);
    captured.query = request.query();
    captured.headers = request.headers();
    captured.body = request.body();
    m_requests.append(captured);

    const FakeResponse response = answer(captured);
    if (response.hang) {
        return true;
    }
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, this, [guarded, response] {
            if (guarded) {
                reply(guarded, response);
            }
        });
        return true;
    }
    reply(socket, response);
    return true;
}

void FakeServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    reply(socket, FakeResponse::empty(404));
}

void FakeServer::reply(QTcpSocket *socket, const FakeResponse &response)
{
    if (response.reset) {
        socket->abort();
        return;
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
}

QJsonObject errorObject(const QString &type, const QString &message)
{
    return {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}}};
}

} // namespace Bfs::Fakes
