#include "releasescheduling.h"

#include <QCoreApplication>

#include "repositories/postrepository.h"
#include "repositories/releaserepository.h"
#include "repositories/videofilerepository.h"
#include "services.h"
#include "unsortedclipmodel.h"
#include "videoslogging.h"

namespace Bfs::Ui {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Bfs::Ui::ReleaseManager", text);
}

ScheduleRequest requestFor(const Post &post,
                           const Release &release,
                           const QList<VideoClip> &clips,
                           const QDateTime &now)
{
    ScheduleRequest request;
    request.post = post;
    const QDate day = release.plannedDate.isValid() ? release.plannedDate : now.date().addDays(1);
    for (const Platform platform : post.platforms) {
        request.publishTimes.insert(platform, QDateTime(day, QTime(9, 0), Qt::UTC));
    }
    // TODO: ScheduleRequest carries image sizes only; one portrait and one landscape clip
    // go out as the post's media until the scheduler takes a list of clips per platform.
    for (const VideoClip &clip : clips) {
        const ImageSize size = isPortrait(clip) ? ImageSize::Portrait : ImageSize::Square;
        if (!request.mediaPaths.contains(size)) {
            request.mediaPaths.insert(size, clip.localPath);
        }
    }
    return request;
}

} // namespace

Result<QString> scheduleRelease(const DatabasePtr &database,
                                const QString &dataDir,
                                qint64 releaseId,
                                const QString &actor)
{
    const auto release = ReleaseRepository(database).find(releaseId);
    if (!release) {
        return release.error();
    }
    const auto post = PostRepository(database).find(release->postId);
    if (!post) {
        return post.error();
    }
    VideoFileRepository repository(database);
    const auto all = repository.forPost(post->id);
    if (!all) {
        return all.error();
    }
    QList<VideoClip> clips = *all;
    clips.removeIf([releaseId](const VideoClip &clip) { return clip.releaseId != releaseId; });
    if (clips.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, trText("This release has no clips yet."));
    }

    Services services = createServices({dataDir, database});
    const auto outcome = services.scheduler->schedule(
        requestFor(*post, *release, clips, database->currentTime()));
    if (!outcome) {
        return outcome.error();
    }
    qCInfo(lcVideos) << "release" << releaseId << "handed to" << services.scheduler->name()
                     << "test mode" << outcome->testMode;
    if (outcome->testMode) {
        return trText("Test mode: %1 would schedule %2 clip(s); nothing was sent.")
            .arg(services.scheduler->name())
            .arg(clips.size());
    }
    for (const VideoClip &clip : std::as_const(clips)) {
        const QString comment = QStringLiteral("scheduled with %1").arg(services.scheduler->name());
        if (auto done = repository.setStatus(clip.id, QStringLiteral("scheduled"), actor, comment);
            !done) {
            return done.error();
        }
    }
    return trText("%1 clip(s) scheduled with %2.")
        .arg(clips.size())
        .arg(services.scheduler->name());
}

} // namespace Bfs::Ui
