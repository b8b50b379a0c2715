#include "post.h"

#include <array>
#include <utility>

namespace Bfs {

namespace {

constexpr std::array<std::pair<PostStatus, const char *>, 9> kStatusKeys = {{
    {PostStatus::PendingApproval, "pending_approval"},
    {PostStatus::PendingDesign, "pending_design"},
    {PostStatus::DesignComplete, "design_complete"},
    {PostStatus::Approved, "approved"},
    {PostStatus::Published, "published"},
    {PostStatus::Rejected, "rejected"},
    {PostStatus::PendingVideoUpload, "pending_video_upload"},
    {PostStatus::VideoReview, "video_review"},
    {PostStatus::VideoLibrary, "video_library"},
}};

} // namespace

QString postKindKey(PostKind kind)
{
    return kind == PostKind::Image ? QStringLiteral("image") : QStringLiteral("video");
}

std::optional<PostKind> postKindFromKey(const QString &key)
{
    if (key == QLatin1String("image")) {
        return PostKind::Image;
    }
    if (key == QLatin1String("video")) {
        return PostKind::Video;
    }
    return std::nullopt;
}

QString postStatusKey(PostStatus status)
{
    for (const auto &[value, key] : kStatusKeys) {
        if (value == status) {
            return QString::fromLatin1(key);
        }
    }
    Q_UNREACHABLE();
}

std::optional<PostStatus> postStatusFromKey(const QString &key)
{
    for (const auto &[value, name] : kStatusKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<PostStatus> allPostStatuses()
{
    QList<PostStatus> statuses;
    for (const auto &entry : kStatusKeys) {
        statuses.append(entry.first);
    }
    return statuses;
}

QString designModeKey(DesignMode mode)
{
    return mode == DesignMode::Full ? QStringLiteral("full") : QStringLiteral("background_only");
}

std::optional<DesignMode> designModeFromKey(const QString &key)
{
    if (key == QLatin1String("full")) {
        return DesignMode::Full;
    }
    if (key == QLatin1String("background_only")) {
        return DesignMode::BackgroundOnly;
    }
    return std::nullopt;
}

} // namespace Bfs
