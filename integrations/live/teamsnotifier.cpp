#include "teamsnotifier.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "httplogging.h"

namespace Bfs {

namespace {

// Workflows fail above ~28 KB and one client measured 21 KB as the real
// ceiling (API.md §4); 20 KB leaves room for the card's own markup.
constexpr int kMaxMessageBytes = 20 * 1024;
constexpr int kTimeoutMs = 30000;

struct KindStyle
{
    const char *label;
    const char *color;
    const char *action;
};

KindStyle styleFor(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Reminder:
        return {"Reminder", "Accent", "Open the review page"};
    case NotificationKind::Escalation:
        return {"Escalation", "Attention", "Open the review page"};
    case NotificationKind::Designers:
        return {"For designers", "Accent", "Open the design queue"};
    case NotificationKind::DesignsReady:
        return {"Designs ready", "Good", "Review the designs"};
    case NotificationKind::ClipsReady:
        return {"Clips ready", "Good", "Review the clips"};
    case NotificationKind::Analytics:
        return {"Weekly analytics", "Default", "Open the analytics"};
    case NotificationKind::HealthAlert:
        return {"Health alert", "Attention", "Open the health page"};
    case NotificationKind::RunFinished:
        return {"Run finished", "Default", "Open the run history"};
    case NotificationKind::Info:
        break;
    }
    return {"Information", "Default", "Open BFS Marketing"};
}

QJsonObject textBlock(const QString &text, bool heading, const QString &color = {})
{
    QJsonObject block{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("wrap"), true}};
    if (heading) {
        block.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
        block.insert(QStringLiteral("size"), QStringLiteral("Medium"));
    }
    if (!color.isEmpty()) {
        block.insert(QStringLiteral("color"), color);
    }
    return block;
}

QJsonObject card(const NotificationMessage &message, const QString &body)
{
    const KindStyle style = styleFor(message.kind);
    const QJsonArray blocks{
        textBlock(QString::fromLatin1(style.label), false, QString::fromLatin1(style.color)),
        textBlock(message.title, true),
        textBlock(body, false)};

    QJsonObject content{{QStringLiteral("$schema"),
                         QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                        {QStringLiteral("version"), QStringLiteral("1.4")},
                        {QStringLiteral("body"), blocks}};
    if (!message.link.isEmpty()) {
        content.insert(
            QStringLiteral("actions"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                                   {QStringLiteral("title"), QString::fromLatin1(style.action)},
                                   {QStringLiteral("url"), message.link}}});
    }
    const QJsonObject attachment{
        {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
        {QStringLiteral("contentUrl"), QJsonValue::Null},
        {QStringLiteral("content"), content}};
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"), QJsonArray{attachment}}};
}

qsizetype encodedSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

} // namespace

TeamsNotifier::TeamsNotifier(const QUrl &webhookUrl)
    : m_webhookUrl(webhookUrl)
    , m_http(QStringLiteral("Teams"))
{
    m_http.addSecret(webhookUrl.toString());
    m_http.addSecret(webhookUrl.path());
}

QJsonObject TeamsNotifier::buildMessage(const NotificationMessage &message)
{
    QString body = message.body;
    QJsonObject built = card(message, body);
    while (encodedSize(built) > kMaxMessageBytes && !body.isEmpty()) {
        const qsizetype excess = encodedSize(built) - kMaxMessageBytes;
        body = body.left(std::max<qsizetype>(0, body.size() - excess - 64)) + QStringLiteral("…");
        built = card(message, body);
    }
    return built;
}

VoidResult TeamsNotifier::notify(const NotificationMessage &message)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_webhookUrl;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(buildMessage(message)).toJson(QJsonDocument::Compact);
    request.timeoutMs = kTimeoutMs;

    const HttpResponse response = m_http.send(request);
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("posting a card"));
    }

    // The legacy connector answers 200 "1"; some of its failures also come
    // as 200, with the error as text.
    const QByteArray answer = response.body.trimmed();
    if (response.status == 200 && !answer.isEmpty() && answer != "1" && !answer.startsWith('{')) {
        return makeError(
            ErrorCode::Service,
            m_http.redactor().redact(QStringLiteral("Teams: the webhook refused the card: %1")
                                         .arg(QString::fromUtf8(answer.left(200)))));
    }
    qCInfo(lcTeams).noquote() << QStringLiteral("Posted \"%1\" to Teams").arg(message.title);
    return {};
}

VoidResult TeamsNotifier::testConnection()
{
    NotificationMessage message;
    message.kind = NotificationKind::Info;
    message.title = QStringLiteral("BFS Marketing is connected");
    message.body = QStringLiteral("This channel will receive BFS Marketing notifications.");
    return notify(message);
}

} // namespace Bfs
