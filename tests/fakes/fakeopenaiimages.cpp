#include "fakeopenaiimages.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

namespace Bfs::Fakes {

namespace {

FakeResponse openAiError(int status,
                         const QString &type,
                         const QString &code,
                         const QString &message,
                         const QJsonObject &extra = {})
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("param"), QJsonValue::Null},
                      {QStringLiteral("code"), code}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        error.insert(it.key(), it.value());
    }
    return FakeResponse::json(status,
                              QJsonObject{{QStringLiteral("error"), error}},
                              {{"x-request-id", "req_fake_openai"}});
}

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

FakeOpenAiImages::FakeOpenAiImages(QObject *parent)
    : FakeServer(parent)
{
    route("POST", QStringLiteral("/v1/images/generations"), [this](const CapturedRequest &request) {
        return generate(request);
    });
    route("GET", QStringLiteral("/v1/models/.*"), [](const CapturedRequest &request) {
        if (request.header("Authorization") != QByteArray("Bearer ") + kKey) {
            return openAiError(401,
                               QStringLiteral("invalid_request_error"),
                               QStringLiteral("invalid_api_key"),
                               QStringLiteral("Bad key"));
        }
        return FakeResponse::json(
            200, QJsonObject{{QStringLiteral("id"), request.path.section(u'/', -1)}});
    });
}

FakeResponse FakeOpenAiImages::generate(const CapturedRequest &request) const
{
    if (request.header("Authorization") != QByteArray("Bearer ") + kKey) {
        return openAiError(401,
                           QStringLiteral("invalid_request_error"),
                           QStringLiteral("invalid_api_key"),
                           QStringLiteral("Incorrect API key"));
    }
    const QJsonObject body = request.json().object();
    if (body.contains(QStringLiteral("response_format"))) {
        return openAiError(400,
                           QStringLiteral("invalid_request_error"),
                           QStringLiteral("unknown_parameter"),
                           QStringLiteral("Unknown parameter: 'response_format'."));
    }
    if (body[QStringLiteral("model")].toString() == QLatin1String("dall-e-3")) {
        return openAiError(404,
                           QStringLiteral("invalid_request_error"),
                           QStringLiteral("model_not_found"),
                           QStringLiteral("retired"));
    }
    if (body[QStringLiteral("prompt")].toString().contains(QLatin1String("BLOCKED"))) {
        const QJsonObject details{
            {QStringLiteral("moderation_stage"), QStringLiteral("input")},
            {QStringLiteral("categories"), QJsonArray{QStringLiteral("violence")}}};
        return openAiError(400,
                           QStringLiteral("image_generation_user_error"),
                           QStringLiteral("moderation_blocked"),
                           QStringLiteral("Your request was rejected by the safety system."),
                           {{QStringLiteral("moderation_details"), details}});
    }

    const QString size = body[QStringLiteral("size")].toString();
    const QStringList parts = size.split(u'x');
    static const QStringList sizes{
        QStringLiteral("1024x1024"), QStringLiteral("1536x1024"), QStringLiteral("1024x1536")};
    if (!sizes.contains(size)) {
        return openAiError(400,
                           QStringLiteral("invalid_request_error"),
                           QStringLiteral("invalid_value"),
                           QStringLiteral("Invalid size"));
    }
    QJsonObject reply{
        {QStringLiteral("created"), 1780000000},
        {QStringLiteral("data"),
         QJsonArray{QJsonObject{
             {QStringLiteral("b64_json"),
              QString::fromLatin1(pngOf(parts[0].toInt(), parts[1].toInt()).toBase64())}}}},
        {QStringLiteral("size"), size}};
    if (m_usage) {
        reply.insert(QStringLiteral("usage"),
                     QJsonObject{{QStringLiteral("input_tokens"), 100},
                                 {QStringLiteral("output_tokens"), 1056},
                                 {QStringLiteral("total_tokens"), 1156}});
    }
    return FakeResponse::json(200, reply, {{"x-request-id", "req_fake_openai"}});
}

} // namespace Bfs::Fakes
