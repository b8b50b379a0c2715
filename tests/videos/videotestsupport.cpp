#include "videotestsupport.h"

#include <QDate>
#include <QFileInfo>
#include <QProcess>

#include "repositories/officerepository.h"
#include "repositories/postrepository.h"
#include "repositories/videofilerepository.h"

namespace Bfs::Test {

qint64 officeId(const DatabasePtr &database, const QString &name)
{
    const auto office = OfficeRepository(database).findOffice(name);
    return office ? office->id : 0;
}

namespace {

Post videoPost(const QString &title, const QStringList &offices)
{
    Post post;
    post.weekStart = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    post.kind = PostKind::Video;
    post.title = title;
    post.topic = QStringLiteral("Spring open house");
    post.platforms = {Platform::Instagram};
    post.captions.insert(Platform::Instagram, QStringLiteral("%1 on Instagram").arg(title));
    post.status = PostStatus::VideoReview;
    post.offices = offices;
    post.videoConcept = QStringLiteral("A walk through the office");
    post.videoScript = post.videoFolder = post.updatedBy = QStringLiteral("");
    return post;
}

VideoClip clipFor(const DatabasePtr &database, qint64 postId, const QString &name)
{
    const QString base = QFileInfo(name).completeBaseName();
    const qsizetype split = base.lastIndexOf(QLatin1Char('_'));
    VideoClip clip;
    clip.postId = postId;
    clip.fileName = name;
    clip.officeId = officeId(database, base.left(split));
    clip.platform = base.mid(split + 1);
    clip.remoteItemId = QStringLiteral("");
    clip.localPath = clip.thumbnailPath = clip.videoCodec = clip.audioCodec = QStringLiteral("");
    clip.sizeBytes = 1000 + postId;
    clip.durationSeconds = 12;
    clip.width = 1080;
    clip.height = 1920;
    clip.frameRate = 30;
    return clip;
}

} // namespace

qint64 insertVideoPost(const DatabasePtr &database,
                       const QString &title,
                       const QStringList &offices,
                       const QStringList &clipNames,
                       QList<qint64> *clipIds)
{
    const auto postId = PostRepository(database).insert(videoPost(title, offices));
    if (!postId) {
        qWarning("video post: %s", qPrintable(postId.error().detail));
        return 0;
    }
    VideoFileRepository clips(database);
    for (const QString &name : clipNames) {
        const auto id = clips.insert(clipFor(database, *postId, name));
        if (!id) {
            qWarning("clip: %s", qPrintable(id.error().detail));
            return 0;
        }
        if (clipIds) {
            clipIds->append(*id);
        }
    }
    return *postId;
}

QString makeClip(const QString &path, int width, int height, double seconds)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-y"),
                  QStringLiteral("-loglevel"),
                  QStringLiteral("error"),
                  QStringLiteral("-f"),
                  QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("testsrc2=size=%1x%2:rate=25:duration=%3")
                      .arg(width)
                      .arg(height)
                      .arg(seconds),
                  QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"),
                  QStringLiteral("-c:v"),
                  QStringLiteral("libx264"),
                  QStringLiteral("-preset"),
                  QStringLiteral("ultrafast"),
                  path});
    if (!ffmpeg.waitForFinished(30000) || ffmpeg.exitCode() != 0) {
        qWarning("ffmpeg failed: %s", ffmpeg.readAllStandardError().constData());
        return {};
    }
    return path;
}

VideoClip clipNow(const DatabasePtr &database, qint64 clipId)
{
    const auto clip = VideoFileRepository(database).find(clipId);
    return clip ? *clip : VideoClip{};
}

} // namespace Bfs::Test
