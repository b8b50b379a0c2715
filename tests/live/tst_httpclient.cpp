#include <QtTest>

#include "fakeserver.h"
#include "httpclient.h"
#include "logcapture.h"

using namespace Bfs;
using namespace Bfs::Fakes;

class TstHttpClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void retriesOnlyRetryableStatuses_data();
    void retriesOnlyRetryableStatuses();
    void waitsExponentiallyLongerBetweenRetries();
    void jitterShortensTheBackoffWithinItsFraction();
    void honoursRetryAfter_data();
    void honoursRetryAfter();
    void parsesRetryAfterForms_data();
    void parsesRetryAfterForms();
    void timesOutASlowReplyAndTriesAgain();
    void retriesAfterAConnectionReset();
    void makesOneAttemptForANonRetryableCall();
    void keepsTheServiceRequestId();
    void keepsSecretsOutOfLogsAndErrors();
    void treatsEvery2xxAsSuccess();

private:
    HttpResponse get(int timeoutMs = 5000, bool retryable = true);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    QList<int> m_waited;
};

void TstHttpClient::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    RetryPolicy policy;
    policy.jitterFraction = 0;
    m_client = std::make_unique<HttpClient>(QStringLiteral("test"), policy);
    m_waited.clear();
    m_client->setSleeper([this](int ms) { m_waited.append(ms); });
}

void TstHttpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

HttpResponse TstHttpClient::get(int timeoutMs, bool retryable)
{
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/thing")));
    request.timeoutMs = timeoutMs;
    request.retryable = retryable;
    return m_client->send(request);
}

void TstHttpClient::retriesOnlyRetryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("shouldRetryHeader");
    QTest::addColumn<int>("attempts");

    QTest::newRow("408") << 408 << QByteArray() << QByteArray() << 2;
    QTest::newRow("429") << 429 << QByteArray("{}") << QByteArray() << 2;
    QTest::newRow("500") << 500 << QByteArray() << QByteArray() << 2;
    QTest::newRow("503") << 503 << QByteArray() << QByteArray() << 2;
    QTest::newRow("529 overloaded")
        << 529 << QByteArray(R"({"type":"error","error":{"type":"overloaded_error"}})")
        << QByteArray("true") << 2;
    QTest::newRow("400") << 400 << QByteArray() << QByteArray() << 1;
    QTest::newRow("401") << 401 << QByteArray() << QByteArray() << 1;
    QTest::newRow("403") << 403 << QByteArray() << QByteArray() << 1;
    QTest::newRow("404") << 404 << QByteArray() << QByteArray() << 1;
    QTest::newRow("429 spend limit")
        << 429
        << QByteArray(
               R"({"error":{"type":"rate_limit_error","details":{"error_code":"enforced_spend_limit_reached"}}})")
        << QByteArray() << 1;
    QTest::newRow("429 insufficient quota")
        << 429 << QByteArray(R"({"error":{"code":"insufficient_quota"}})") << QByteArray() << 1;
    QTest::newRow("500 with x-should-retry false")
        << 500 << QByteArray() << QByteArray("false") << 1;
}

void TstHttpClient::retriesOnlyRetryableStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, shouldRetryHeader);
    QFETCH(int, attempts);
    Headers headers;
    if (!shouldRetryHeader.isEmpty()) {
        headers.append({"x-should-retry", shouldRetryHeader});
    }
    m_server->script("GET",
                     QStringLiteral("/thing"),
                     {FakeResponse::text(status, body, "application/json", headers)});
    m_server->route("GET", QStringLiteral("/thing"), [](const CapturedRequest &) {
        return FakeResponse::text(200, "done");
    });

    const HttpResponse response = get();

    QCOMPARE(m_server->count("GET", QStringLiteral("/thing")), attempts);
    QCOMPARE(response.ok(), attempts == 2);
    QCOMPARE(m_waited.size(), attempts - 1);
}

void TstHttpClient::waitsExponentiallyLongerBetweenRetries()
{
    m_server->route("GET", QStringLiteral("/thing"), [](const CapturedRequest &) {
        return FakeResponse::text(503, "<html>busy</html>", "text/html");
    });

    const HttpResponse response = get();

    QCOMPARE(response.status, 503);
    QCOMPARE(response.body, QByteArray("<html>busy</html>"));
    QCOMPARE(m_server->count("GET", QStringLiteral("/thing")), 4);
    QCOMPARE(m_waited, (QList<int>{500, 1000, 2000}));
    QCOMPARE(m_client->lastDelays(), m_waited);
}

void TstHttpClient::jitterShortensTheBackoffWithinItsFraction()
{
    RetryPolicy policy;
    HttpResponse busy;
    busy.status = 500;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QCOMPARE(policy.delayMs(busy, 2, 0.0, now), 2000);
    QCOMPARE(policy.delayMs(busy, 2, 0.999, now), 1500);
    QCOMPARE(policy.delayMs(busy, 10, 0.0, now), policy.maxDelayMs);
}

void TstHttpClient::honoursRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedMs");

    QTest::newRow("seconds") << QByteArray("retry-after") << QByteArray("3") << 3000;
    QTest::newRow("milliseconds") << QByteArray("retry-after-ms") << QByteArray("250") << 250;
    QTest::newRow("huge edge value capped")
        << QByteArray("retry-after") << QByteArray("86400") << 60000;
}

void TstHttpClient::honoursRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, expectedMs);
    m_server->script("GET",
                     QStringLiteral("/thing"),
                     {FakeResponse::text(429, "error code: 1015", "text/plain", {{header, value}}),
                      FakeResponse::text(200, "ok")});

    QVERIFY(get().ok());

    QCOMPARE(m_waited, QList<int>{expectedMs});
}

void TstHttpClient::parsesRetryAfterForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2026 07:28:30 GMT") << qint64(30000);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2026 07:27:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void TstHttpClient::parsesRetryAfterForms()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);

    const auto parsed = parseRetryAfter(value, now);

    QCOMPARE(parsed.value_or(-1), expectedMs);
}

void TstHttpClient::timesOutASlowReplyAndTriesAgain()
{
    FakeResponse slow = FakeResponse::text(200, "late");
    slow.delayMs = 2000;
    m_server->script("GET", QStringLiteral("/thing"), {slow});
    m_server->route("GET", QStringLiteral("/thing"), [](const CapturedRequest &) {
        return FakeResponse::text(200, "fast");
    });
    QElapsedTimer timer;
    timer.start();

    const HttpResponse response = get(200);

    QVERIFY(timer.elapsed() < 1500);
    QCOMPARE(response.body, QByteArray("fast"));
    QCOMPARE(m_waited.size(), 1);
}

void TstHttpClient::retriesAfterAConnectionReset()
{
    FakeResponse reset;
    reset.reset = true;
    m_server->script("GET", QStringLiteral("/thing"), {reset, FakeResponse::text(200, "ok")});

    const HttpResponse response = get();

    QVERIFY(response.ok());
    QCOMPARE(m_server->count("GET", QStringLiteral("/thing")), 2);
}

void TstHttpClient::makesOneAttemptForANonRetryableCall()
{
    FakeResponse slow = FakeResponse::text(200, "stored");
    slow.hang = true;
    m_server->script("GET", QStringLiteral("/thing"), {slow});

    const HttpResponse response = get(200, false);

    QVERIFY(response.timedOut);
    QCOMPARE(m_client->errorFor(response, QStringLiteral("get")).code, ErrorCode::Timeout);
    QCOMPARE(m_server->count("GET", QStringLiteral("/thing")), 1);
}

void TstHttpClient::keepsTheServiceRequestId()
{
    m_server->script("GET",
                     QStringLiteral("/thing"),
                     {FakeResponse::text(404, "gone", "text/plain", {{"request-id", "req_42"}})});

    const HttpResponse response = get();
    const Error error = m_client->errorFor(response, QStringLiteral("fetch"));

    QCOMPARE(response.requestId, QStringLiteral("req_42"));
    QCOMPARE(error.code, ErrorCode::Service);
    QVERIFY(error.detail.contains(QStringLiteral("req_42")));
    QVERIFY(error.detail.contains(QStringLiteral("404")));
}

void TstHttpClient::keepsSecretsOutOfLogsAndErrors()
{
    const QString secret = QStringLiteral("sk-very-secret-key-123");
    m_client->addSecret(secret);
    m_server->route("GET", QStringLiteral("/thing"), [secret](const CapturedRequest &) {
        return FakeResponse::text(500, "bad key " + secret.toUtf8());
    });
    LogCapture logs;

    HttpRequest request;
    request.url = m_server->baseUrl().resolved(
        QUrl(QStringLiteral("/thing?sig=") + secret + QStringLiteral("&api-version=1")));
    request.headers.append({"x-api-key", secret.toUtf8()});
    const HttpResponse response = m_client->send(request);
    const Error error = m_client->errorFor(response, QStringLiteral("call"));

    QVERIFY(!logs.lines().isEmpty());
    QVERIFY(!logs.lineContaining(QStringLiteral("/thing")).isEmpty());
    QVERIFY(logs.lineContaining(secret).isEmpty());
    QVERIFY(!error.detail.contains(secret));
    QVERIFY(error.detail.contains(QStringLiteral("bad key ***")));
}

void TstHttpClient::treatsEvery2xxAsSuccess()
{
    m_server->script("GET", QStringLiteral("/thing"), {FakeResponse::empty(202)});

    const HttpResponse response = get();

    QVERIFY(response.ok());
    QCOMPARE(m_server->count("GET", QStringLiteral("/thing")), 1);
}

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
