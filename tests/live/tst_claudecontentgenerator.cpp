#include <QtTest>

#include "claudecontentgenerator.h"
#include "fakeanthropic.h"
#include "logcapture.h"

using namespace Bfs;
using namespace Bfs::Fakes;

class TstClaudeContentGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void writesEveryPlannedPostWithItsOwnerAndPlatforms();
    void sendsAForcedToolCallBuiltFromTeamSettings();
    void asksAgainOnlyForInvalidPosts();
    void treatsAMaxTokensCutAsAFailedAnswer();
    void failsAfterRepeatedInvalidAnswers();
    void retriesAnOverloadedServiceButNotASpendLimit();
    void refusesATitleAlreadyUsed();

private:
    ContentRequest request() const;

    std::unique_ptr<FakeAnthropic> m_fake;
    std::unique_ptr<ClaudeContentGenerator> m_generator;
    QList<int> m_waited;
};

void TstClaudeContentGenerator::init()
{
    m_fake = std::make_unique<FakeAnthropic>();
    QVERIFY(m_fake->start());
    ClaudeConfig config;
    config.baseUrl = m_fake->baseUrl();
    config.apiKey = QString::fromLatin1(FakeAnthropic::kKey);
    config.batchSize = 4;
    m_generator = std::make_unique<ClaudeContentGenerator>(config);
    m_waited.clear();
    m_generator->http().setSleeper([this](int ms) { m_waited.append(ms); });
}

ContentRequest TstClaudeContentGenerator::request() const
{
    ContentRequest request;
    request.weekStart = QDate(2030, 6, 3);
    request.offices = {Office{1, QStringLiteral("Leeds"), {}, {}, true},
                       Office{2, QStringLiteral("York"), {}, {}, true}};
    request.accounts = {
        SocialAccount{1, QStringLiteral("instagram"), QStringLiteral("@bfs"), true}};
    request.officePostCount = 10;
    request.accountPostCount = 2;
    request.videoSharePercent = 25;
    request.brandVoice = QStringLiteral("Warm and local.");
    request.topicsToAvoid = {QStringLiteral("politics"), QStringLiteral("crypto")};
    return request;
}

void TstClaudeContentGenerator::writesEveryPlannedPostWithItsOwnerAndPlatforms()
{
    const auto posts = m_generator->generateWeek(request());

    QVERIFY2(posts.ok(), qPrintable(posts.errorDetail()));
    QCOMPARE(posts->size(), 12);
    QCOMPARE(m_fake->count("POST", QStringLiteral("/v1/messages")), 3);
    const auto videos = std::count_if(posts->begin(), posts->end(), [](const Post &post) {
        return post.kind == PostKind::Video;
    });
    QCOMPARE(videos, 3);
    QCOMPARE(posts->first().offices, QStringList{QStringLiteral("Leeds")});
    QCOMPARE(posts->last().accounts, QStringList{QStringLiteral("@bfs")});
    for (const Post &post : *posts) {
        QCOMPARE(post.captions.size(), post.platforms.size());
        QCOMPARE(post.status, PostStatus::PendingApproval);
        QCOMPARE(post.kind == PostKind::Video, !post.videoScript.isEmpty());
    }
}

void TstClaudeContentGenerator::sendsAForcedToolCallBuiltFromTeamSettings()
{
    QVERIFY(m_generator->generateWeek(request()).ok());

    const CapturedRequest sent = m_fake->requests().first();
    QCOMPARE(sent.header("x-api-key"), QByteArray(FakeAnthropic::kKey));
    QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
    const QJsonObject body = sent.json().object();
    QCOMPARE(body[QStringLiteral("tool_choice")][QStringLiteral("name")].toString(),
             QStringLiteral("emit_posts"));
    QCOMPARE(body[QStringLiteral("tool_choice")][QStringLiteral("type")].toString(),
             QStringLiteral("tool"));
    QVERIFY(!body.contains(QStringLiteral("top_p")));
    const QString system = body[QStringLiteral("system")].toString();
    QVERIFY(system.contains(QStringLiteral("Warm and local.")));
    QVERIFY(system.contains(QStringLiteral("politics, crypto")));
    QCOMPARE(FakeAnthropic::slotsOf(sent).size(), 4);
}

void TstClaudeContentGenerator::asksAgainOnlyForInvalidPosts()
{
    m_fake->route("POST", QStringLiteral("/v1/messages"), [this](const CapturedRequest &sent) {
        QJsonArray posts = FakeAnthropic::validPosts(sent);
        if (m_fake->count("POST", QStringLiteral("/v1/messages")) == 1) {
            QJsonObject tooLong = posts.at(0).toObject();
            QJsonObject captions = tooLong[QStringLiteral("captions")].toObject();
            captions.insert(QStringLiteral("twitter"), QString(300, u'x'));
            tooLong.insert(QStringLiteral("captions"), captions);
            posts.replace(0, tooLong);
            posts.removeAt(1);
        }
        return FakeAnthropic::toolReply(posts);
    });
    ContentRequest small = request();
    small.officePostCount = 4;
    small.accountPostCount = 0;

    const auto posts = m_generator->generateWeek(small);

    QVERIFY2(posts.ok(), qPrintable(posts.errorDetail()));
    QCOMPARE(posts->size(), 4);
    const auto calls = m_fake->requests("POST", QStringLiteral("/v1/messages"));
    QCOMPARE(calls.size(), 2);
    QCOMPARE(FakeAnthropic::slotsOf(calls.at(1)).size(), 2);
    const QString retryPrompt =
        calls.at(1).json()[QStringLiteral("messages")][0][QStringLiteral("content")].toString();
    QVERIFY(retryPrompt.contains(QStringLiteral("twitter caption must have 1 to 280")));
    QVERIFY(retryPrompt.contains(QStringLiteral("slot 1: no post")));
}

void TstClaudeContentGenerator::treatsAMaxTokensCutAsAFailedAnswer()
{
    const QJsonArray truncated{QJsonObject{{QStringLiteral("slot"), 0}}};
    m_fake->script("POST",
                   QStringLiteral("/v1/messages"),
                   {FakeAnthropic::toolReply(truncated, QStringLiteral("max_tokens"))});
    ContentRequest small = request();
    small.officePostCount = 3;
    small.accountPostCount = 0;

    const auto posts = m_generator->generateWeek(small);

    QVERIFY(posts.ok());
    QCOMPARE(posts->size(), 3);
    QCOMPARE(m_fake->count("POST", QStringLiteral("/v1/messages")), 2);
}

void TstClaudeContentGenerator::failsAfterRepeatedInvalidAnswers()
{
    m_fake->route("POST", QStringLiteral("/v1/messages"), [](const CapturedRequest &) {
        return FakeAnthropic::toolReply({});
    });

    const auto posts = m_generator->generateWeek(request());

    QCOMPARE(posts.errorCode(), ErrorCode::Service);
    QVERIFY(posts.errorDetail().contains(QStringLiteral("after 3 attempts")));
    QCOMPARE(m_fake->count("POST", QStringLiteral("/v1/messages")), 3);
}

void TstClaudeContentGenerator::retriesAnOverloadedServiceButNotASpendLimit()
{
    const QByteArray overloaded = R"({"type":"error","error":{"type":"overloaded_error"}})";
    const QByteArray spent = R"({"type":"error","error":{"type":"rate_limit_error","details":)"
                             R"({"error_code":"enforced_spend_limit_reached"}}})";
    m_fake->script(
        "POST",
        QStringLiteral("/v1/messages"),
        {FakeResponse::text(529, overloaded, "application/json", {{"x-should-retry", "true"}}),
         FakeResponse::text(429, spent, "application/json")});
    LogCapture logs;

    const auto posts = m_generator->generateWeek(request());

    QCOMPARE(posts.errorCode(), ErrorCode::Service);
    QVERIFY(posts.errorDetail().contains(QStringLiteral("429")));
    QCOMPARE(m_fake->count("POST", QStringLiteral("/v1/messages")), 2);
    QCOMPARE(m_waited.size(), 1);
    QVERIFY(logs.lineContaining(QLatin1String(FakeAnthropic::kKey)).isEmpty());
}

void TstClaudeContentGenerator::refusesATitleAlreadyUsed()
{
    ContentRequest small = request();
    small.officePostCount = 1;
    small.accountPostCount = 0;
    small.existingTitles = {QStringLiteral("tip 0 for leeds 2030-06-03.")};

    const auto posts = m_generator->generateWeek(small);

    QCOMPARE(posts.errorCode(), ErrorCode::Service);
    QVERIFY(posts.errorDetail().contains(QStringLiteral("already used")));
}

QTEST_GUILESS_MAIN(TstClaudeContentGenerator)
#include "tst_claudecontentgenerator.moc"
