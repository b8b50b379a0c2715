#include "sortersnapshot.h"

#include <QDataStream>
#include <QIODevice>

#include "repositories/officerepository.h"
#include "repositories/postrepository.h"
#include "repositories/releaserepository.h"
#include "repositories/videofilerepository.h"
#include "settings/teamsettings.h"

namespace Bfs::Ui {

QMimeData *clipIdsMimeData(const QList<qint64> &clipIds)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << clipIds;
    auto *data = new QMimeData;
    data->setData(kClipIdsMimeType, bytes);
    return data;
}

QList<qint64> clipIdsFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(kClipIdsMimeType)) {
        return {};
    }
    QList<qint64> clipIds;
    QDataStream stream(data->data(kClipIdsMimeType));
    stream >> clipIds;
    return stream.status() == QDataStream::Ok ? clipIds : QList<qint64>{};
}

namespace {

Result<SorterPost> loadPost(const DatabasePtr &database, const Post &post)
{
    SorterPost entry{post, {}, {}};
    auto releases = ReleaseRepository(database).forPost(post.id);
    if (!releases) {
        return releases.error();
    }
    auto clips = VideoFileRepository(database).forPost(post.id);
    if (!clips) {
        return clips.error();
    }
    entry.releases = *releases;
    entry.clips = *clips;
    return entry;
}

VoidResult loadPosts(const DatabasePtr &database, SorterSnapshot &snapshot)
{
    for (const PostStatus status : {PostStatus::VideoReview, PostStatus::VideoLibrary}) {
        PostFilter filter;
        filter.status = status;
        filter.kind = PostKind::Video;
        const auto posts = PostRepository(database).list(filter);
        if (!posts) {
            return posts.error();
        }
        for (const Post &post : *posts) {
            auto entry = loadPost(database, post);
            if (!entry) {
                return entry.error();
            }
            snapshot.posts.append(*entry);
        }
    }
    return {};
}

} // namespace

Result<SorterSnapshot> loadSorterSnapshot(const DatabasePtr &database)
{
    SorterSnapshot snapshot;
    if (auto done = loadPosts(database, snapshot); !done) {
        return done.error();
    }

    auto unsorted = VideoFileRepository(database).unsorted();
    if (!unsorted) {
        return unsorted.error();
    }
    auto offices = OfficeRepository(database).offices(false);
    if (!offices) {
        return offices.error();
    }
    snapshot.unsorted = *unsorted;
    snapshot.offices = *offices;
    snapshot.platformWords = TeamSettings(database).listValue(
        QStringLiteral("video.platform_words"));
    return snapshot;
}

QString formatDuration(double seconds)
{
    const int total = qRound(seconds);
    const int hours = total / 3600;
    const QString secondsText = QStringLiteral("%1").arg(total % 60, 2, 10, QLatin1Char('0'));
    if (hours == 0) {
        return QStringLiteral("%1:%2").arg(total / 60).arg(secondsText);
    }
    return QStringLiteral("%1:%2:%3")
        .arg(hours)
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secondsText);
}

} // namespace Bfs::Ui
