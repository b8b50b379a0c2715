#include "postjson.h"

namespace Bfs::App {

namespace {

QJsonArray stringArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue();
}

} // namespace

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject postToJson(const Post &post)
{
    QJsonObject captions;
    for (auto it = post.captions.begin(); it != post.captions.end(); ++it) {
        captions.insert(platformKey(it.key()), it.value());
    }
    QJsonArray platforms;
    for (const Platform platform : post.platforms) {
        platforms.append(platformKey(platform));
    }
    QJsonArray sizes;
    for (const ImageSize size : post.imageSizes) {
        sizes.append(imageSizeKey(size));
    }
    QJsonObject images;
    for (auto it = post.images.begin(); it != post.images.end(); ++it) {
        images.insert(imageSizeKey(it.key()), it.value());
    }

    QJsonObject object{
        {QStringLiteral("id"), post.id},
        {QStringLiteral("week_start"), post.weekStart.toString(Qt::ISODate)},
        {QStringLiteral("kind"), postKindKey(post.kind)},
        {QStringLiteral("status"), postStatusKey(post.status)},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("topic"), post.topic},
        {QStringLiteral("offices"), stringArray(post.offices)},
        {QStringLiteral("accounts"), stringArray(post.accounts)},
        {QStringLiteral("platforms"), platforms},
        {QStringLiteral("captions"), captions},
        {QStringLiteral("image_sizes"), sizes},
        {QStringLiteral("images"), images},
        {QStringLiteral("design_mode"), designModeKey(post.designMode)},
        {QStringLiteral("version"), post.version},
        {QStringLiteral("created_at"), nullableTime(post.createdAt)},
        {QStringLiteral("updated_at"), nullableTime(post.updatedAt)},
        {QStringLiteral("updated_by"), post.updatedBy},
        {QStringLiteral("status_changed_at"), nullableTime(post.statusChangedAt)},
        {QStringLiteral("external_ids"), post.externalIds},
    };
    if (post.kind == PostKind::Video) {
        object.insert(QStringLiteral("video_concept"), post.videoConcept);
        object.insert(QStringLiteral("video_script"), post.videoScript);
        object.insert(QStringLiteral("video_folder"), post.videoFolder);
        object.insert(QStringLiteral("video_count"), post.videoCount);
    }
    return object;
}

QJsonObject statusChangeToJson(const StatusChange &change)
{
    return {
        {QStringLiteral("from"), change.fromStatus},
        {QStringLiteral("to"), change.toStatus},
        {QStringLiteral("by"), change.changedBy},
        {QStringLiteral("at"), isoTime(change.changedAt)},
        {QStringLiteral("stage"), change.stage},
        {QStringLiteral("reason"), change.reasonCode},
        {QStringLiteral("comment"), change.comment},
    };
}

QJsonObject clipToJson(const VideoClip &clip)
{
    return {
        {QStringLiteral("id"), clip.id},
        {QStringLiteral("file"), clip.fileName},
        {QStringLiteral("office"), clip.officeName},
        {QStringLiteral("platform"), clip.platform},
        {QStringLiteral("release"),
         clip.releaseId == 0 ? QJsonValue() : QJsonValue(clip.releaseId)},
        {QStringLiteral("status"), clip.status},
        {QStringLiteral("duration_s"), clip.durationSeconds},
        {QStringLiteral("width"), clip.width},
        {QStringLiteral("height"), clip.height},
        {QStringLiteral("rotation"), clip.rotation},
        {QStringLiteral("video_codec"), clip.videoCodec},
        {QStringLiteral("audio_codec"), clip.audioCodec},
        {QStringLiteral("bit_rate"), clip.bitRate},
        {QStringLiteral("frame_rate"), clip.frameRate},
        {QStringLiteral("size_bytes"), clip.sizeBytes},
        {QStringLiteral("thumbnail"), clip.thumbnailPath},
        {QStringLiteral("synced_at"), isoTime(clip.syncedAt)},
    };
}

} // namespace Bfs::App
