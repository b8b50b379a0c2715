#include <QtTest>

#include "faketeams.h"
#include "logcapture.h"
#include "teamsnotifier.h"

using namespace Bfs;
using namespace Bfs::Fakes;

class TstTeamsNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void postsAnAdaptiveCardPerKind_data();
    void postsAnAdaptiveCardPerKind();
    void keepsALongMessageUnder20KB();
    void honoursRetryAfterOn429();
    void reportsARefusedWebhookWithoutItsSignature();
    void acceptsTheLegacyOneButNotALegacyErrorText_data();
    void acceptsTheLegacyOneButNotALegacyErrorText();

private:
    std::unique_ptr<FakeTeams> m_teams;
    std::unique_ptr<TeamsNotifier> m_notifier;
    QList<int> m_waited;
};

void TstTeamsNotifier::init()
{
    m_teams = std::make_unique<FakeTeams>();
    QVERIFY(m_teams->start());
    m_notifier = std::make_unique<TeamsNotifier>(m_teams->webhookUrl());
    m_waited.clear();
    m_notifier->http().setSleeper([this](int ms) { m_waited.append(ms); });
}

void TstTeamsNotifier::postsAnAdaptiveCardPerKind_data()
{
    QTest::addColumn<NotificationKind>("kind");
    QTest::addColumn<QString>("label");

    QTest::newRow("reminder") << NotificationKind::Reminder << QStringLiteral("Reminder");
    QTest::newRow("escalation") << NotificationKind::Escalation << QStringLiteral("Escalation");
    QTest::newRow("designers") << NotificationKind::Designers << QStringLiteral("For designers");
    QTest::newRow("designs ready")
        << NotificationKind::DesignsReady << QStringLiteral("Designs ready");
    QTest::newRow("analytics") << NotificationKind::Analytics << QStringLiteral("Weekly analytics");
    QTest::newRow("health alert") << NotificationKind::HealthAlert
                                  << QStringLiteral("Health alert");
}

void TstTeamsNotifier::postsAnAdaptiveCardPerKind()
{
    QFETCH(NotificationKind, kind);
    QFETCH(QString, label);
    const NotificationMessage message{kind,
                                      QStringLiteral("3 posts wait"),
                                      QStringLiteral("Please review them."),
                                      QStringLiteral("bfs://page/stage1")};

    const VoidResult sent = m_notifier->notify(message);

    QVERIFY2(sent.ok(), qPrintable(sent.errorDetail()));
    const auto requests = m_teams->requests("POST", QStringLiteral("/workflows/.*"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!requests.first().hasHeader("Authorization"));
    const QJsonObject attachment =
        requests.first().json()[QStringLiteral("attachments")][0].toObject();
    QCOMPARE(attachment[QStringLiteral("contentType")].toString(),
             QStringLiteral("application/vnd.microsoft.card.adaptive"));
    const QJsonObject card = attachment[QStringLiteral("content")].toObject();
    QCOMPARE(card[QStringLiteral("type")].toString(), QStringLiteral("AdaptiveCard"));
    QCOMPARE(card[QStringLiteral("body")][0][QStringLiteral("text")].toString(), label);
    QCOMPARE(card[QStringLiteral("body")][1][QStringLiteral("text")].toString(),
             QStringLiteral("3 posts wait"));
    QCOMPARE(card[QStringLiteral("actions")][0][QStringLiteral("url")].toString(),
             QStringLiteral("bfs://page/stage1"));
}

void TstTeamsNotifier::keepsALongMessageUnder20KB()
{
    m_teams->setSizeLimit(21 * 1024);
    const NotificationMessage message{NotificationKind::Analytics,
                                      QStringLiteral("Week 12"),
                                      QString(60000, u'x'),
                                      QStringLiteral("bfs://page/analytics")};

    const VoidResult sent = m_notifier->notify(message);

    QVERIFY2(sent.ok(), qPrintable(sent.errorDetail()));
    const auto requests = m_teams->requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().body.size() <= 20 * 1024);
    QVERIFY(requests.first().body.size() > 19 * 1024);
}

void TstTeamsNotifier::honoursRetryAfterOn429()
{
    m_teams->script("POST",
                    QStringLiteral("/workflows/.*"),
                    {FakeResponse::text(429, "slow down", "text/plain", {{"Retry-After", "2"}})});

    const VoidResult sent = m_notifier->notify(
        {NotificationKind::Info, QStringLiteral("Hi"), {}, {}});

    QVERIFY(sent.ok());
    QCOMPARE(m_teams->requests().size(), 2);
    QCOMPARE(m_waited, QList<int>{2000});
}

void TstTeamsNotifier::reportsARefusedWebhookWithoutItsSignature()
{
    QUrl broken = m_teams->webhookUrl();
    broken.setQuery(broken.query().replace(QStringLiteral("&sig="), QStringLiteral("&amp;sig=")));
    TeamsNotifier notifier(broken);
    notifier.http().setSleeper([this](int ms) { m_waited.append(ms); });
    LogCapture logs;

    const VoidResult sent = notifier.notify({NotificationKind::Info, QStringLiteral("Hi"), {}, {}});

    QCOMPARE(sent.errorCode(), ErrorCode::Service);
    QVERIFY(sent.errorDetail().contains(QStringLiteral("401")));
    QVERIFY(!sent.errorDetail().contains(QLatin1String(FakeTeams::kSignature)));
    QVERIFY(m_waited.isEmpty());
    QVERIFY(logs.lineContaining(QLatin1String(FakeTeams::kSignature)).isEmpty());
    QVERIFY(logs.lineContaining(QStringLiteral("abc123")).isEmpty());
}

void TstTeamsNotifier::acceptsTheLegacyOneButNotALegacyErrorText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("legacy 1") << QByteArray("1") << true;
    QTest::newRow("legacy error text")
        << QByteArray("Microsoft Teams endpoint returned HTTP error 413") << false;
}

void TstTeamsNotifier::acceptsTheLegacyOneButNotALegacyErrorText()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    m_teams->script("POST", QStringLiteral("/workflows/.*"), {FakeResponse::text(200, body)});

    const VoidResult sent = m_notifier->notify(
        {NotificationKind::Info, QStringLiteral("Hi"), {}, {}});

    QCOMPARE(sent.ok(), accepted);
}

QTEST_GUILESS_MAIN(TstTeamsNotifier)
#include "tst_teamsnotifier.moc"
