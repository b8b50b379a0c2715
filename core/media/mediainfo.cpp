#include "mediainfo.h"

#include <array>
#include <cmath>
#include <utility>

#include <QJsonValue>

namespace Bfs {

namespace {

constexpr std::array<std::pair<MediaErrorKind, const char *>, 9> kErrorKindKeys{{
    {MediaErrorKind::None, ""},
    {MediaErrorKind::NotAVideo, "not a video"},
    {MediaErrorKind::Truncated, "truncated"},
    {MediaErrorKind::Corrupt, "corrupt"},
    {MediaErrorKind::Unsupported, "unsupported"},
    {MediaErrorKind::Unreadable, "unreadable"},
    {MediaErrorKind::TimedOut, "timed out"},
    {MediaErrorKind::Crashed, "crashed"},
    {MediaErrorKind::Cancelled, "cancelled"},
}};

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue positiveOrNull(double value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue positiveOrNull(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QString mediaErrorKindKey(MediaErrorKind kind)
{
    for (const auto &[k, key] : kErrorKindKeys) {
        if (k == kind) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

MediaErrorKind mediaErrorKindFromKey(const QString &key)
{
    for (const auto &[k, name] : kErrorKindKeys) {
        if (key == QLatin1String(name)) {
            return k;
        }
    }
    return MediaErrorKind::None;
}

void MediaInfo::fail(MediaErrorKind kind, const QString &detail)
{
    ok = false;
    errorKind = kind;
    // "timed out after 10 s", else "truncated: the file ends ..."
    error = mediaErrorKindKey(kind)
            + (kind == MediaErrorKind::TimedOut ? QStringLiteral(" ") : QStringLiteral(": "))
            + detail;
}

MediaInfo MediaInfo::failure(const QString &file, MediaErrorKind kind, const QString &detail)
{
    MediaInfo info;
    info.file = file;
    info.fail(kind, detail);
    return info;
}

QJsonObject MediaInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("error"), stringOrNull(error));
    o.insert(QStringLiteral("error_kind"), stringOrNull(mediaErrorKindKey(errorKind)));
    o.insert(QStringLiteral("duration_s"), positiveOrNull(rounded(durationSeconds, 3)));
    o.insert(QStringLiteral("container"), stringOrNull(container));
    o.insert(QStringLiteral("video_codec"), stringOrNull(videoCodec));
    o.insert(QStringLiteral("video_profile"), stringOrNull(videoProfile));
    o.insert(QStringLiteral("width"), positiveOrNull(qint64(width)));
    o.insert(QStringLiteral("height"), positiveOrNull(qint64(height)));
    o.insert(QStringLiteral("coded_width"), positiveOrNull(qint64(codedWidth)));
    o.insert(QStringLiteral("coded_height"), positiveOrNull(qint64(codedHeight)));
    o.insert(QStringLiteral("rotation"),
             hasVideo() ? QJsonValue(rotation) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("frame_rate"), positiveOrNull(rounded(frameRate, 3)));
    o.insert(QStringLiteral("bit_rate"), positiveOrNull(bitRate));
    o.insert(QStringLiteral("video_bit_rate"), positiveOrNull(videoBitRate));
    o.insert(QStringLiteral("audio_codec"), stringOrNull(audioCodec));
    o.insert(QStringLiteral("size_bytes"),
             sizeBytes >= 0 ? QJsonValue(sizeBytes) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("creation_time"),
             creationTime.isValid() ? QJsonValue(creationTime.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("thumbnail"), stringOrNull(thumbnail));
    o.insert(QStringLiteral("thumbnail_cached"), thumbnailFromCache);
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return o;
}

MediaInfo MediaInfo::fromJson(const QJsonObject &o)
{
    MediaInfo info;
    info.file = o.value(QStringLiteral("file")).toString();
    info.ok = o.value(QStringLiteral("ok")).toBool();
    info.error = o.value(QStringLiteral("error")).toString();
    info.errorKind = mediaErrorKindFromKey(o.value(QStringLiteral("error_kind")).toString());
    info.durationSeconds = o.value(QStringLiteral("duration_s")).toDouble();
    info.container = o.value(QStringLiteral("container")).toString();
    info.videoCodec = o.value(QStringLiteral("video_codec")).toString();
    info.videoProfile = o.value(QStringLiteral("video_profile")).toString();
    info.width = o.value(QStringLiteral("width")).toInt();
    info.height = o.value(QStringLiteral("height")).toInt();
    info.codedWidth = o.value(QStringLiteral("coded_width")).toInt();
    info.codedHeight = o.value(QStringLiteral("coded_height")).toInt();
    info.rotation = o.value(QStringLiteral("rotation")).toInt();
    info.frameRate = o.value(QStringLiteral("frame_rate")).toDouble();
    info.bitRate = o.value(QStringLiteral("bit_rate")).toInteger();
    info.videoBitRate = o.value(QStringLiteral("video_bit_rate")).toInteger();
    info.audioCodec = o.value(QStringLiteral("audio_codec")).toString();
    info.sizeBytes = o.value(QStringLiteral("size_bytes")).toInteger(-1);
    const QString created = o.value(QStringLiteral("creation_time")).toString();
    if (!created.isEmpty()) {
        info.creationTime = QDateTime::fromString(created, Qt::ISODateWithMs);
    }
    info.thumbnail = o.value(QStringLiteral("thumbnail")).toString();
    info.thumbnailFromCache = o.value(QStringLiteral("thumbnail_cached")).toBool();
    info.elapsedMs = o.value(QStringLiteral("elapsed_ms")).toInteger();
    return info;
}

} // namespace Bfs
