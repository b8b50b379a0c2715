#include "platform.h"

#include <algorithm>

#include <QtGlobal>

namespace Bfs {

namespace {

struct PlatformInfo
{
    Platform platform;
    const char *key;
    const char *displayName;
    int captionLimit;
    ImageSize imageSize;
};

// Facebook's real limit is 63,206 characters; nobody reads that far, so the
// app holds Facebook captions to a readable length instead.
constexpr PlatformInfo kPlatforms[] = {
    {Platform::Facebook, "facebook", "Facebook", 5000, ImageSize::Square},
    {Platform::Instagram, "instagram", "Instagram", 2200, ImageSize::Square},
    {Platform::Twitter, "twitter", "X (Twitter)", 280, ImageSize::Square},
    {Platform::Stories, "stories", "Stories", 2200, ImageSize::Portrait},
    {Platform::TikTok, "tiktok", "TikTok", 2200, ImageSize::Portrait},
    {Platform::YouTubeShorts, "youtube_shorts", "YouTube Shorts", 100, ImageSize::Portrait},
};

const PlatformInfo &infoFor(Platform platform)
{
    const auto it = std::find_if(std::begin(kPlatforms),
                                 std::end(kPlatforms),
                                 [&](const auto &info) { return info.platform == platform; });
    Q_ASSERT(it != std::end(kPlatforms));
    return *it;
}

} // namespace

QList<Platform> allPlatforms()
{
    QList<Platform> platforms;
    for (const auto &info : kPlatforms) {
        platforms.append(info.platform);
    }
    return platforms;
}

QString platformKey(Platform platform)
{
    return QString::fromLatin1(infoFor(platform).key);
}

QString platformDisplayName(Platform platform)
{
    return QString::fromLatin1(infoFor(platform).displayName);
}

std::optional<Platform> platformFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto &info : kPlatforms) {
        if (wanted == QLatin1String(info.key)) {
            return info.platform;
        }
    }
    if (wanted == QLatin1String("x")) {
        return Platform::Twitter;
    }
    return std::nullopt;
}

int captionLimit(Platform platform)
{
    return infoFor(platform).captionLimit;
}

ImageSize imageSizeFor(Platform platform)
{
    return infoFor(platform).imageSize;
}

QList<ImageSize> imageSizesFor(const QList<Platform> &platforms)
{
    QList<ImageSize> sizes;
    for (const ImageSize size : {ImageSize::Square, ImageSize::Portrait}) {
        const bool used = std::any_of(platforms.begin(), platforms.end(), [&](Platform platform) {
            return imageSizeFor(platform) == size;
        });
        if (used) {
            sizes.append(size);
        }
    }
    return sizes;
}

QString imageSizeKey(ImageSize size)
{
    return size == ImageSize::Square ? QStringLiteral("square") : QStringLiteral("portrait");
}

std::optional<ImageSize> imageSizeFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == QLatin1String("square")) {
        return ImageSize::Square;
    }
    if (wanted == QLatin1String("portrait")) {
        return ImageSize::Portrait;
    }
    return std::nullopt;
}

int imageWidth(ImageSize)
{
    return 1024;
}

int imageHeight(ImageSize size)
{
    return size == ImageSize::Square ? 1024 : 1792;
}

} // namespace Bfs
