#include <QtTest>

#include "fakemetricool.h"
#include "logcapture.h"
#include "metricoolscheduler.h"

using namespace Bfs;
using namespace Bfs::Fakes;

class TstMetricoolScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void listsBrandsWithTheAuthHeaderAndIds();
    void readsTheBestTimesGrid();
    void refusesAnUnsupportedBestTimesProvider();
    void normalisesMediaFromTextOrJson_data();
    void normalisesMediaFromTextOrJson();
    void schedulesOnePostPerPlatformWithItsNetworkFields();
    void skipsPlatformsAlreadyScheduled();
    void findsThePostStoredBeforeATimeoutInsteadOfCreatingItAgain();
    void createsAgainAfterA5xxThatStoredNothing();
    void refusesLocalMediaWithoutAPublisher();
    void reportsAWrongTokenWithoutLeakingIt();

private:
    MetricoolConfig config() const;
    ScheduleRequest imageRequest() const;

    std::unique_ptr<FakeMetricool> m_fake;
    std::unique_ptr<MetricoolScheduler> m_scheduler;
};

MetricoolConfig TstMetricoolScheduler::config() const
{
    MetricoolConfig config;
    config.baseUrl = m_fake->apiUrl();
    config.token = QString::fromLatin1(FakeMetricool::kToken);
    config.userId = QString::fromLatin1(FakeMetricool::kUserId);
    config.blogId = QString::fromLatin1(FakeMetricool::kBlogId);
    config.timeZone = QStringLiteral("Europe/London");
    config.timeoutMs = 300;
    return config;
}

void TstMetricoolScheduler::init()
{
    m_fake = std::make_unique<FakeMetricool>();
    QVERIFY(m_fake->start());
    m_scheduler = std::make_unique<MetricoolScheduler>(config());
    m_scheduler->http().setSleeper([](int) {});
}

ScheduleRequest TstMetricoolScheduler::imageRequest() const
{
    ScheduleRequest request;
    request.post.id = 7;
    request.post.title = QStringLiteral("Budget tips");
    request.post.platforms = {
        Platform::Facebook, Platform::Instagram, Platform::Twitter, Platform::Stories};
    const QDateTime base(QDate(2030, 6, 3), QTime(9, 0), Qt::UTC);
    for (const Platform platform : request.post.platforms) {
        request.post.captions.insert(platform,
                                     QStringLiteral("Save more on ") + platformKey(platform));
        request.publishTimes.insert(platform, base.addSecs(3600 * int(platform)));
    }
    request.mediaPaths.insert(ImageSize::Square,
                              QStringLiteral("https://files.example/square.png"));
    request.mediaPaths.insert(ImageSize::Portrait,
                              QStringLiteral("https://files.example/story.png"));
    return request;
}

void TstMetricoolScheduler::listsBrandsWithTheAuthHeaderAndIds()
{
    const auto brands = m_scheduler->brands();

    QVERIFY2(brands.ok(), qPrintable(brands.errorDetail()));
    QCOMPARE(brands->size(), 1);
    QCOMPARE(brands->first().id, QStringLiteral("42"));
    QCOMPARE(brands->first().timeZone, QStringLiteral("Europe/London"));
    const CapturedRequest sent = m_fake->requests().first();
    QCOMPARE(sent.header("X-Mc-Auth"), QByteArray(FakeMetricool::kToken));
    QVERIFY(!sent.hasHeader("Authorization"));
    QCOMPARE(sent.query.queryItemValue(QStringLiteral("userId")), QStringLiteral("3001"));
    QVERIFY(m_scheduler->testConnection().ok());
}

void TstMetricoolScheduler::readsTheBestTimesGrid()
{
    const auto times = m_scheduler->bestTimes(
        QStringLiteral("instagram"), QDate(2030, 6, 3), QDate(2030, 6, 9));

    QVERIFY(times.ok());
    QCOMPARE(times->size(), 7 * 24);
    const auto best = std::max_element(
        times->begin(), times->end(), [](const BestTime &a, const BestTime &b) {
            return a.value < b.value;
        });
    QCOMPARE(best->dayOfWeek, 3);
    QCOMPARE(best->hour, 18);
    QCOMPARE(m_fake->requests().first().query.queryItemValue(QStringLiteral("timezone"),
                                                             QUrl::FullyDecoded),
             QStringLiteral("Europe/London"));
}

void TstMetricoolScheduler::refusesAnUnsupportedBestTimesProvider()
{
    const auto times = m_scheduler->bestTimes(
        QStringLiteral("myspace"), QDate(2030, 6, 3), QDate(2030, 6, 9));

    QCOMPARE(times.errorCode(), ErrorCode::Service);
    QCOMPARE(m_fake->requests().size(), 1);
}

void TstMetricoolScheduler::normalisesMediaFromTextOrJson_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("plain text") << false;
    QTest::newRow("json") << true;
}

void TstMetricoolScheduler::normalisesMediaFromTextOrJson()
{
    QFETCH(bool, json);
    m_fake->setNormalizeAnswersJson(json);

    const auto url = m_scheduler->normalizeMedia(
        QUrl(QStringLiteral("https://x.example/a b.png?sig=1")));

    QVERIFY2(url.ok(), qPrintable(url.errorDetail()));
    QCOMPARE(url->host(), QStringLiteral("static.metricool.com"));
    QCOMPARE(
        m_fake->requests().first().query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded),
        QStringLiteral("https://x.example/a%20b.png?sig=1"));
}

void TstMetricoolScheduler::schedulesOnePostPerPlatformWithItsNetworkFields()
{
    const auto outcome = m_scheduler->schedule(imageRequest());

    QVERIFY2(outcome.ok(), qPrintable(outcome.errorDetail()));
    QVERIFY(!outcome->testMode);
    const auto creates = m_fake->requests("POST", QStringLiteral("/api/v2/scheduler/posts"));
    QCOMPARE(creates.size(), 4);
    const QJsonObject story = creates.at(3).json().object();
    QCOMPARE(story[QStringLiteral("providers")][0][QStringLiteral("network")].toString(),
             QStringLiteral("instagram"));
    QCOMPARE(story[QStringLiteral("instagramData")][QStringLiteral("type")].toString(),
             QStringLiteral("STORY"));
    QCOMPARE(story[QStringLiteral("media")][0].toString(),
             QStringLiteral("https://static.metricool.com/planner/story.png"));
    QCOMPARE(
        creates.at(1).json()[QStringLiteral("instagramData")][QStringLiteral("type")].toString(),
        QStringLiteral("POST"));
    QVERIFY(creates.at(2).json()[QStringLiteral("twitterData")].isObject());
    const QJsonObject when = creates.at(0).json()[QStringLiteral("publicationDate")].toObject();
    QCOMPARE(when[QStringLiteral("dateTime")].toString(), QStringLiteral("2030-06-03T10:00:00"));
    QCOMPARE(when[QStringLiteral("timezone")].toString(), QStringLiteral("Europe/London"));
    QCOMPARE(outcome->details[QStringLiteral("stories")][QStringLiteral("status")].toString(),
             QStringLiteral("PENDING"));
    QCOMPARE(outcome->externalId.split(u',').size(), 4);
}

void TstMetricoolScheduler::skipsPlatformsAlreadyScheduled()
{
    ScheduleRequest request = imageRequest();
    request.post.externalIds.insert(
        QStringLiteral("metricool"),
        QJsonObject{{QStringLiteral("facebook"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("9")}}}});

    const auto outcome = m_scheduler->schedule(request);

    QVERIFY(outcome.ok());
    QCOMPARE(m_fake->count("POST", QStringLiteral("/api/v2/scheduler/posts")), 3);
    QCOMPARE(outcome->details[QStringLiteral("facebook")][QStringLiteral("id")].toString(),
             QStringLiteral("9"));
}

void TstMetricoolScheduler::findsThePostStoredBeforeATimeoutInsteadOfCreatingItAgain()
{
    ScheduleRequest request = imageRequest();
    request.post.platforms = {Platform::Facebook};
    m_fake->storeThenHangNextCreate();

    const auto outcome = m_scheduler->schedule(request);

    QVERIFY2(outcome.ok(), qPrintable(outcome.errorDetail()));
    QCOMPARE(m_fake->count("POST", QStringLiteral("/api/v2/scheduler/posts")), 1);
    QCOMPARE(m_fake->count("GET", QStringLiteral("/api/v2/scheduler/posts")), 1);
    QCOMPARE(m_fake->posts().size(), 1);
    QCOMPARE(outcome->externalId, QStringLiteral("1000"));
}

void TstMetricoolScheduler::createsAgainAfterA5xxThatStoredNothing()
{
    ScheduleRequest request = imageRequest();
    request.post.platforms = {Platform::Facebook};
    m_fake->script("POST",
                   QStringLiteral("/api/v2/scheduler/posts"),
                   {FakeResponse::text(502, "<html>Bad gateway</html>", "text/html")});

    const auto outcome = m_scheduler->schedule(request);

    QVERIFY2(outcome.ok(), qPrintable(outcome.errorDetail()));
    QCOMPARE(m_fake->count("POST", QStringLiteral("/api/v2/scheduler/posts")), 2);
    QCOMPARE(m_fake->posts().size(), 1);
}

void TstMetricoolScheduler::refusesLocalMediaWithoutAPublisher()
{
    ScheduleRequest request = imageRequest();
    request.mediaPaths.insert(ImageSize::Square, QStringLiteral("/data/images/7-square.png"));

    const auto outcome = m_scheduler->schedule(request);

    QCOMPARE(outcome.errorCode(), ErrorCode::Unsupported);
    QCOMPARE(m_fake->count("POST", QStringLiteral("/api/v2/scheduler/posts")), 0);
}

void TstMetricoolScheduler::reportsAWrongTokenWithoutLeakingIt()
{
    MetricoolConfig wrong = config();
    wrong.token = QStringLiteral("wrong-token-987654");
    MetricoolScheduler scheduler(wrong);
    LogCapture logs;

    const auto brands = scheduler.brands();

    QCOMPARE(brands.errorCode(), ErrorCode::Service);
    QVERIFY(brands.errorDetail().contains(QStringLiteral("401")));
    QCOMPARE(m_fake->requests().size(), 1);
    QVERIFY(logs.lineContaining(wrong.token).isEmpty());
}

QTEST_GUILESS_MAIN(TstMetricoolScheduler)
#include "tst_metricoolscheduler.moc"
