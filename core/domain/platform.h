#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Bfs {

// The places a post can go out. Stories, TikTok and YouTube Shorts are
// vertical formats; the rest take the square image.
enum class Platform {
    Facebook,
    Instagram,
    Twitter,
    Stories,
    TikTok,
    YouTubeShorts,
};

enum class ImageSize {
    Square,
    Portrait,
};

QList<Platform> allPlatforms();
QString platformKey(Platform platform);
QString platformDisplayName(Platform platform);
std::optional<Platform> platformFromKey(const QString &key);

// Longest caption the platform accepts, in characters as the platform
// counts them (UTF-16 code units are close enough for our texts).
int captionLimit(Platform platform);
ImageSize imageSizeFor(Platform platform);
QList<ImageSize> imageSizesFor(const QList<Platform> &platforms);

QString imageSizeKey(ImageSize size);
std::optional<ImageSize> imageSizeFromKey(const QString &key);

// Pixel size of the files the workflow promises for each image size.
int imageWidth(ImageSize size);
int imageHeight(ImageSize size);

} // namespace Bfs
