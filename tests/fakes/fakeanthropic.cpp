#include "fakeanthropic.h"

#include <QJsonObject>

namespace Bfs::Fakes {

namespace {

FakeResponse anthropicError(int status, const QString &type, const QString &message)
{
    QJsonObject body = errorObject(type, message);
    body.insert(QStringLiteral("request_id"), QStringLiteral("req_fake"));
    return FakeResponse::json(status, body, {{"request-id", "req_fake"}});
}

} // namespace

FakeAnthropic::FakeAnthropic(QObject *parent)
    : FakeServer(parent)
{
    route("POST", QStringLiteral("/v1/messages"), [this](const CapturedRequest &request) {
        return messages(request);
    });
    route("GET", QStringLiteral("/v1/models"), [](const CapturedRequest &request) {
        if (request.header("x-api-key") != kKey) {
            return anthropicError(
                401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
        }
        return FakeResponse::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray()}});
    });
}

FakeResponse FakeAnthropic::toolReply(const QJsonArray &posts, const QString &stopReason)
{
    const QJsonObject toolUse{
        {QStringLiteral("type"), QStringLiteral("tool_use")},
        {QStringLiteral("id"), QStringLiteral("toolu_fake")},
        {QStringLiteral("name"), QStringLiteral("emit_posts")},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("posts"), posts}}}};
    const QJsonObject unknown{{QStringLiteral("type"), QStringLiteral("thinking_v9")}};
    const QJsonObject reply{{QStringLiteral("id"), QStringLiteral("msg_fake")},
                            {QStringLiteral("type"), QStringLiteral("message")},
                            {QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), QJsonArray{unknown, toolUse}},
                            {QStringLiteral("stop_reason"), stopReason},
                            {QStringLiteral("usage"),
                             QJsonObject{{QStringLiteral("input_tokens"), 900},
                                         {QStringLiteral("output_tokens"), 2400}}}};
    return FakeResponse::json(200, reply, {{"request-id", "req_fake"}});
}

QJsonArray FakeAnthropic::slotsOf(const CapturedRequest &request)
{
    const QString prompt =
        request.json()[QStringLiteral("messages")][0][QStringLiteral("content")].toString();
    const QString list = prompt.section(QStringLiteral("Slots:\n"), 1).section(u'\n', 0, 0);
    return QJsonDocument::fromJson(list.toUtf8()).array();
}

QJsonArray FakeAnthropic::validPosts(const CapturedRequest &request)
{
    const QString week =
        request.json()[QStringLiteral("messages")][0][QStringLiteral("content")].toString().section(
            u' ', 2, 2);
    QJsonArray posts;
    for (const QJsonValue &slot : slotsOf(request)) {
        QJsonObject captions;
        const QJsonObject limits = slot[QStringLiteral("caption_limits")].toObject();
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            captions.insert(it.key(),
                            QStringLiteral("Visit %1 this week.")
                                .arg(slot[QStringLiteral("owner")].toString()));
        }
        const int index = slot[QStringLiteral("slot")].toInt();
        posts.append(QJsonObject{
            {QStringLiteral("slot"), index},
            {QStringLiteral("title"),
             QStringLiteral("Tip %1 for %2 %3")
                 .arg(index)
                 .arg(slot[QStringLiteral("owner")].toString(), week)},
            {QStringLiteral("topic"), QStringLiteral("money tips")},
            {QStringLiteral("captions"), captions},
            {QStringLiteral("video_concept"), QStringLiteral("A walk through the office")},
            {QStringLiteral("video_script"), QStringLiteral("1. Door\n2. Desk\n3. Smile")}});
    }
    return posts;
}

FakeResponse FakeAnthropic::messages(const CapturedRequest &request) const
{
    if (request.header("x-api-key") != kKey) {
        return anthropicError(
            401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
    }
    if (request.header("anthropic-version").isEmpty()) {
        return anthropicError(400,
                              QStringLiteral("invalid_request_error"),
                              QStringLiteral("anthropic-version header is required"));
    }
    const QJsonObject body = request.json().object();
    if (body.contains(QStringLiteral("temperature")) && body.contains(QStringLiteral("top_p"))) {
        return anthropicError(400,
                              QStringLiteral("invalid_request_error"),
                              QStringLiteral("temperature and top_p cannot both be specified"));
    }
    if (body[QStringLiteral("max_tokens")].toInt() <= 0) {
        return anthropicError(
            400, QStringLiteral("invalid_request_error"), QStringLiteral("max_tokens is required"));
    }
    return toolReply(validPosts(request));
}

} // namespace Bfs::Fakes
