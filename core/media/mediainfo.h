#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Bfs {

// Why a file could not be read. The key (mediaErrorKindKey) is the prefix
// of MediaInfo::error and the `error_kind` of the JSON form.
enum class MediaErrorKind {
    None,
    NotAVideo,   // "not a video": empty, unknown format, audio only, image...
    Truncated,   // "truncated": cut short or still being uploaded
    Corrupt,     // "corrupt": recognised but its data cannot be decoded
    Unsupported, // "unsupported": no decoder, dimensions over the limit
    Unreadable,  // "unreadable": missing, no permission, not a regular file
    TimedOut,    // "timed out": over the time limit (worker stopped if need be)
    Crashed,     // "crashed": the helper process died on this file
    Cancelled,   // "cancelled": the batch was cancelled before this file
};

QString mediaErrorKindKey(MediaErrorKind kind);
MediaErrorKind mediaErrorKindFromKey(const QString &key);

// What the pipeline learnt about one file. Numeric fields are 0 (or an
// empty string / invalid date) when unknown; the JSON form writes null then.
// width and height are as displayed: rotation and the sample aspect ratio
// applied, so a phone's portrait clip is 1080x1920.
struct MediaInfo
{
    QString file;
    bool ok = false;
    MediaErrorKind errorKind = MediaErrorKind::None;
    QString error; // "truncated: ..." (the kind's key, a colon, the detail); empty when ok

    double durationSeconds = 0;
    QString container;    // "mp4", "mov", "matroska", ...
    QString videoCodec;   // "h264", "hevc", ...
    QString videoProfile; // "High", "Main 10", ...
    int width = 0;        // as displayed
    int height = 0;       // as displayed
    int codedWidth = 0;   // as stored
    int codedHeight = 0;
    int rotation = 0; // clockwise degrees applied for display: 0, 90, 180 or 270
    double frameRate = 0;
    qint64 bitRate = 0;      // whole file, bit/s
    qint64 videoBitRate = 0; // video stream, bit/s
    QString audioCodec;      // empty when there is no audio
    qint64 sizeBytes = -1;
    QDateTime creationTime; // from the container, when it has one

    QString thumbnail; // path of the JPEG, when one was asked for and made
    bool thumbnailFromCache = false;
    qint64 elapsedMs = 0; // time spent on this file

    bool hasVideo() const { return !videoCodec.isEmpty(); }

    // "not a video: audio only (aac)" from the kind and a detail.
    void fail(MediaErrorKind kind, const QString &detail);
    static MediaInfo failure(const QString &file, MediaErrorKind kind, const QString &detail);

    // Every field, with the snake_case names of SPEC.md (`file`, `ok`,
    // `error`, `duration_s`, `width`, ...); unknown values are null.
    QJsonObject toJson() const;
    static MediaInfo fromJson(const QJsonObject &object);
};

} // namespace Bfs

Q_DECLARE_METATYPE(Bfs::MediaInfo)
