#include "gptimagegenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>

#include "httplogging.h"

namespace Bfs {

namespace {

// gpt-image-1 list prices in US dollars per million tokens (API.md §2).
constexpr double kInputDollarsPerMillion = 5.0;
constexpr double kOutputDollarsPerMillion = 40.0;

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(url.path() + path);
    return url;
}

VoidResult savePng(const QImage &image, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    }
    return {};
}

} // namespace

GptImageGenerator::GptImageGenerator(GptImageConfig config)
    : m_config(std::move(config))
    , m_http(QStringLiteral("OpenAI"))
{
    m_http.addSecret(m_config.apiKey);
}

QString GptImageGenerator::promptFor(const Post &post, ImageSize size)
{
    const QString shape = size == ImageSize::Square
                              ? QStringLiteral("a square social media image")
                              : QStringLiteral("a vertical story image with calm space at the top "
                                               "and bottom");
    return QStringLiteral("Create %1 for a post titled \"%2\" about %3. Clean, friendly, "
                          "professional photography style; no text, no logos, no people's faces "
                          "in close-up.")
        .arg(shape, post.title, post.topic.isEmpty() ? post.title : post.topic);
}

QImage GptImageGenerator::fitToCanvas(const QImage &image, ImageSize size)
{
    const int width = imageWidth(size);
    const int height = imageHeight(size);
    const QImage scaled = image.scaledToWidth(width, Qt::SmoothTransformation);
    if (scaled.height() >= height) {
        return scaled.copy(0, (scaled.height() - height) / 2, width, height);
    }

    // Extend the background: stretch the first and last rows into the bands.
    QImage canvas(width, height, QImage::Format_RGB32);
    const int top = (height - scaled.height()) / 2;
    const int bottom = height - top - scaled.height();
    QPainter painter(&canvas);
    painter.drawImage(QRect(0, 0, width, top), scaled, QRect(0, 0, width, 1));
    painter.drawImage(QRect(0, top + scaled.height(), width, bottom),
                      scaled,
                      QRect(0, scaled.height() - 1, width, 1));
    painter.drawImage(0, top, scaled);
    painter.end();
    return canvas;
}

Error GptImageGenerator::refusalOrError(const HttpResponse &response) const
{
    const QJsonObject error =
        QJsonDocument::fromJson(response.body)[QStringLiteral("error")].toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code != QLatin1String("moderation_blocked")
        && code != QLatin1String("content_policy_violation")) {
        return m_http.errorFor(response, QStringLiteral("generating an image"));
    }

    QStringList categories;
    const QJsonObject details = error.value(QStringLiteral("moderation_details")).toObject();
    for (const QJsonValue &category : details.value(QStringLiteral("categories")).toArray()) {
        categories.append(category.toString());
    }
    QString reason = error.value(QStringLiteral("message")).toString();
    if (!categories.isEmpty()) {
        reason += QStringLiteral(" (%1)").arg(categories.join(QStringLiteral(", ")));
    }
    return makeError(ErrorCode::Service, QStringLiteral("moderation: ") + reason);
}

double GptImageGenerator::costCents(const QJsonObject &reply) const
{
    const QJsonObject usage = reply.value(QStringLiteral("usage")).toObject();
    if (usage.isEmpty()) {
        return m_config.priceCentsPerImage;
    }
    const double dollars =
        usage.value(QStringLiteral("input_tokens")).toDouble() * kInputDollarsPerMillion / 1e6
        + usage.value(QStringLiteral("output_tokens")).toDouble() * kOutputDollarsPerMillion / 1e6;
    return dollars * 100;
}

Result<GeneratedImage> GptImageGenerator::generate(const ImageRequest &request)
{
    const QJsonObject body{{QStringLiteral("model"), m_config.model},
                           {QStringLiteral("prompt"), promptFor(request.post, request.size)},
                           {QStringLiteral("n"), 1},
                           {QStringLiteral("size"),
                            request.size == ImageSize::Square ? QStringLiteral("1024x1024")
                                                              : QStringLiteral("1024x1536")}};
    HttpRequest call;
    call.method = "POST";
    call.url = endpoint(m_config.baseUrl, QStringLiteral("/images/generations"));
    call.headers = {{"Authorization", "Bearer " + m_config.apiKey.toUtf8()},
                    {"Content-Type", "application/json"}};
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.timeoutMs = m_config.timeoutMs;

    const HttpResponse response = m_http.send(call);
    if (!response.ok()) {
        return refusalOrError(response);
    }

    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    const QByteArray encoded =
        reply[QStringLiteral("data")][0][QStringLiteral("b64_json")].toString().toLatin1();
    const QImage image = QImage::fromData(QByteArray::fromBase64(encoded));
    if (image.isNull()) {
        return makeError(ErrorCode::Service,
                         QStringLiteral("OpenAI: the reply held no readable image (request id %1)")
                             .arg(response.requestId));
    }

    const QImage fitted = fitToCanvas(image, request.size);
    if (auto saved = savePng(fitted, request.outputPath); !saved) {
        return saved.error();
    }
    const GeneratedImage generated{
        request.outputPath, fitted.width(), fitted.height(), costCents(reply)};
    qCInfo(lcGptImage).noquote() << QStringLiteral("Generated the %1 image of post %2 (%3 cents)")
                                        .arg(imageSizeKey(request.size))
                                        .arg(request.post.id)
                                        .arg(generated.costCents, 0, 'f', 2);
    return generated;
}

VoidResult GptImageGenerator::testConnection()
{
    HttpRequest call;
    call.url = endpoint(m_config.baseUrl, QStringLiteral("/models/") + m_config.model);
    call.headers = {{"Authorization", "Bearer " + m_config.apiKey.toUtf8()}};
    call.timeoutMs = 30000;
    const HttpResponse response = m_http.send(call);
    if (!response.ok()) {
        return m_http.errorFor(response, QStringLiteral("checking the model"));
    }
    return {};
}

} // namespace Bfs
