#pragma once

#include <QImage>
#include <QUrl>

#include "httpclient.h"
#include "imagegenerator.h"

namespace Bfs {

struct GptImageConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    QString apiKey;
    QString model = QStringLiteral("gpt-image-1");
    // Used when the reply carries no usage, in US cents per image.
    double priceCentsPerImage = 4;
    int timeoutMs = 600000;
};

// Images through OpenAI's GPT Image models (API.md §2). Square images are
// asked for at 1024×1024; portrait at 1024×1536 and fitted onto the
// 1024×1792 story canvas by extending its top and bottom rows. A moderation
// refusal is a Service error starting "moderation:" with the reason; it is
// not retried (the prompt needs a person).
class GptImageGenerator final : public ImageGenerator
{
public:
    explicit GptImageGenerator(GptImageConfig config);

    QString name() const override { return QStringLiteral("GPT Image"); }

    [[nodiscard]] Result<GeneratedImage> generate(const ImageRequest &request) override;

    // Lists the models, which needs a valid key and nothing else.
    [[nodiscard]] VoidResult testConnection();

    HttpClient &http() { return m_http; }

    static QString promptFor(const Post &post, ImageSize size);
    // The image on the canvas the workflow promises for the size.
    static QImage fitToCanvas(const QImage &image, ImageSize size);

private:
    Error refusalOrError(const HttpResponse &response) const;
    double costCents(const QJsonObject &reply) const;

    GptImageConfig m_config;
    HttpClient m_http;
};

} // namespace Bfs
