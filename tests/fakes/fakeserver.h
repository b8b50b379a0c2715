#pragma once

#include <functional>

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Bfs::Fakes {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// What a fake answers to one request.
struct FakeResponse
{
    int status = 200;
    Headers headers;
    QByteArray body;
    // Wait this long before answering (the body is sent whole afterwards).
    int delayMs = 0;
    // Never answer: the client must give up on its own time-out.
    bool hang = false;
    // Close the connection without an answer.
    bool reset = false;

    static FakeResponse json(int status, const QJsonDocument &document, Headers headers = {});
    static FakeResponse json(int status, const QJsonObject &object, Headers headers = {});
    static FakeResponse text(int status,
                             const QByteArray &body,
                             const QByteArray &contentType = "text/plain",
                             Headers headers = {});
    static FakeResponse empty(int status, Headers headers = {});
};

// One request as the fake received it.
struct CapturedRequest
{
    QByteArray method;
    QString path;
    QUrl url;
    QUrlQuery query;
    Headers headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A scripted HTTP server on 127.0.0.1 for the live clients' tests. Each
// route (method + path regular expression) answers from its script of
// queued responses first, then from its handler. Every request is captured
// so tests can assert headers, bodies and counts. Lives on the test thread;
// the clients' local event loops keep it served.
class FakeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const CapturedRequest &)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    Q_DISABLE_COPY_MOVE(FakeServer)

    // Listens on 127.0.0.1, any free port; false when that fails.
    bool start();
    QUrl baseUrl() const;

    void route(const QByteArray &method, const QString &pathPattern, Handler handler);
    // The next answers of a route, one per request, before its handler.
    void script(const QByteArray &method,
                const QString &pathPattern,
                const QList<FakeResponse> &responses);

    QList<CapturedRequest> requests() const { return m_requests; }

    QList<CapturedRequest> requests(const QByteArray &method, const QString &pathPattern) const;
    int count(const QByteArray &method, const QString &pathPattern) const;

    void clearRequests() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
        QList<FakeResponse> script;
    };

    Route &routeFor(const QByteArray &method, const QString &pathPattern);
    Route *findRoute(const QByteArray &method, const QString &path);
    FakeResponse answer(const CapturedRequest &request);
    static void reply(QTcpSocket *socket, const FakeResponse &response);

    QList<Route> m_routes;
    QList<CapturedRequest> m_requests;
    quint16 m_port = 0;
};

// A JSON body for an error in the shape most of the services use.
QJsonObject errorObject(const QString &type, const QString &message);

} // namespace Bfs::Fakes
