#pragma once

#include <QString>

#include "domain/post.h"
#include "result.h"

namespace Bfs {

struct ImageRequest
{
    Post post;
    ImageSize size = ImageSize::Square;
    // Where the finished PNG must end up; written atomically (temp + rename).
    QString outputPath;
};

struct GeneratedImage
{
    QString path;
    int width = 0;
    int height = 0;
    // What the image cost, in US cents (fractions rounded up per run total).
    double costCents = 0;
};

// Image generation service: GPT Image live, the local QPainter renderer
// offline. A refusal (moderation) is ErrorCode::Service with the reason.
class ImageGenerator
{
public:
    virtual ~ImageGenerator() = default;

    virtual QString name() const = 0;
    [[nodiscard]] virtual Result<GeneratedImage> generate(const ImageRequest &request) = 0;
};

} // namespace Bfs
