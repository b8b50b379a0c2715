#include "syncsharepointvideostask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "mediaworkerpool.h"
#include "orchestratorlogging.h"
#include "repositories/notificationrepository.h"
#include "repositories/officerepository.h"
#include "repositories/postrepository.h"
#include "repositories/videofilerepository.h"
#include "services.h"
#include "settings/teamsettings.h"
#include "taskhelpers.h"
#include "workflow/postworkflow.h"

namespace Bfs {

namespace {

constexpr int kThumbnailWidth = 400;
constexpr int kMaxProbeWorkers = 2;

struct ScanInput
{
    QList<Office> offices;
    QStringList platformWords;
};

Result<QList<Post>> postsToScan(const TaskContext &context)
{
    QList<Post> posts;
    for (const PostStatus status : {PostStatus::PendingVideoUpload, PostStatus::VideoReview}) {
        PostFilter filter;
        filter.status = status;
        filter.kind = PostKind::Video;
        const auto found = PostRepository(context.database).list(filter);
        if (!found) {
            return found.error();
        }
        posts.append(*found);
    }
    return posts;
}

QString localCopyPath(const TaskContext &context, const Post &post, const QString &fileName)
{
    return QDir(context.dataDir)
        .filePath(QStringLiteral("videos/Post-%1/%2").arg(post.id).arg(fileName));
}

QJsonObject entry(const Post &post, const QString &file, const QString &reason)
{
    return {{QStringLiteral("post"), post.id},
            {QStringLiteral("file"), file},
            {QStringLiteral("reason"), reason}};
}

VideoClip clipFrom(const TaskContext &context,
                   const MediaInfo &info,
                   const QString &remoteId,
                   const QString &fileName,
                   qint64 postId)
{
    VideoClip clip;
    clip.postId = postId;
    clip.remoteItemId = remoteId;
    clip.fileName = fileName;
    clip.localPath = info.file;
    clip.sizeBytes = info.sizeBytes >= 0 ? info.sizeBytes : QFileInfo(info.file).size();
    clip.durationSeconds = info.durationSeconds;
    clip.width = info.width;
    clip.height = info.height;
    clip.rotation = info.rotation;
    clip.videoCodec = info.videoCodec;
    clip.audioCodec = info.audioCodec;
    clip.bitRate = info.bitRate;
    clip.frameRate = info.frameRate;
    clip.thumbnailPath = info.thumbnail;
    clip.syncedAt = context.now;
    return clip;
}

} // namespace

SyncSharePointVideosTask::SyncSharePointVideosTask(const QString &workerExecutable)
    : m_workerExecutable(workerExecutable)
{}

QString SyncSharePointVideosTask::name() const
{
    return QStringLiteral("sync_sharepoint_videos");
}

QString SyncSharePointVideosTask::defaultSchedule() const
{
    return QStringLiteral("every 15m");
}

QString SyncSharePointVideosTask::description() const
{
    return QStringLiteral("Find new clips in the video folders");
}

TaskOutcome SyncSharePointVideosTask::run(TaskContext &context)
{
    const auto posts = postsToScan(context);
    if (!posts) {
        return TaskOutcome::failed(posts.errorDetail());
    }
    Report report;
    for (const Post &post : *posts) {
        if (context.cancelled()) {
            break;
        }
        scanPost(context, post, report);
    }

    QList<Candidate> candidates = report.ready;
    report.ready.clear();
    fetch(context, candidates, report);
    const auto imported = import(context, report);
    if (!imported) {
        return TaskOutcome::failed(imported.errorDetail());
    }
    if (auto updated = updatePosts(context, *imported); !updated) {
        return TaskOutcome::failed(updated.errorDetail());
    }

    int clips = 0;
    for (const int count : *imported) {
        clips += count;
    }
    tellPeople(context, report, clips);
    const QString message = QStringLiteral("Scanned %1 folders: imported %2 clips for %3 posts; "
                                           "%4 already known, %5 still uploading, %6 problems, "
                                           "%7 warnings")
                                .arg(posts->size())
                                .arg(clips)
                                .arg(imported->size())
                                .arg(report.known)
                                .arg(report.growing.size())
                                .arg(report.problems.size())
                                .arg(report.warnings.size());
    qCInfo(lcTasks).noquote() << message;
    TaskOutcome outcome = TaskOutcome::success(clips, message);
    outcome.details = {{QStringLiteral("imported"), clips},
                       {QStringLiteral("known"), report.known},
                       {QStringLiteral("problems"), report.problems},
                       {QStringLiteral("warnings"), report.warnings},
                       {QStringLiteral("growing"), report.growing}};
    return outcome;
}

void SyncSharePointVideosTask::scanPost(const TaskContext &context,
                                        const Post &post,
                                        Report &report) const
{
    if (post.videoFolder.isEmpty()) {
        report.warnings.append(entry(post, {}, QStringLiteral("no upload folder yet")));
        return;
    }
    const auto items = context.services->files->list(post.videoFolder);
    if (!items) {
        qCWarning(lcTasks).noquote()
            << "cannot look into" << post.videoFolder << ":" << items.errorDetail();
        report.warnings.append(entry(post, post.videoFolder, items.errorDetail()));
        return;
    }

    const TeamSettings settings(context.database);
    const QStringList words = settings.listValue(QStringLiteral("video.platform_words"));
    const auto offices = OfficeRepository(context.database).offices(false);
    const VideoFileRepository clips(context.database);
    for (const RemoteItem &item : *items) {
        if (item.folder || isIgnoredClipName(item.name)) {
            continue;
        }
        const auto name = parseClipName(item.name, offices ? *offices : QList<Office>{}, words);
        if (!name) {
            addProblem(report, post, item.path, name.errorDetail(), item.size);
            continue;
        }
        const auto known = clips.isKnown(post.id, item.id, item.name, item.size);
        if (known && *known) {
            ++report.known;
            continue;
        }
        report.ready.append({post, item, *name, localCopyPath(context, post, item.name)});
    }
}

// Copies each new clip here, then looks at its folder a second time: a
// file whose size or time changed meanwhile is still being uploaded.
void SyncSharePointVideosTask::fetch(const TaskContext &context,
                                     QList<Candidate> &candidates,
                                     Report &report) const
{
    QMap<QString, QList<RemoteItem>> secondLook;
    for (const Candidate &candidate : candidates) {
        if (context.cancelled()) {
            return;
        }
        QDir().mkpath(QFileInfo(candidate.localPath).absolutePath());
        const auto copied = context.services->files->download(candidate.item, candidate.localPath);
        if (!copied) {
            addProblem(report,
                       candidate.post,
                       candidate.item.path,
                       copied.errorDetail(),
                       candidate.item.size);
            continue;
        }
        const QString folder = candidate.post.videoFolder;
        if (!secondLook.contains(folder)) {
            const auto items = context.services->files->list(folder);
            secondLook.insert(folder, items ? *items : QList<RemoteItem>{});
        }
        const QList<RemoteItem> &now = secondLook.value(folder);
        const bool steady = std::any_of(now.begin(), now.end(), [&](const RemoteItem &item) {
            return item.id == candidate.item.id && item.size == candidate.item.size
                   && item.modifiedAt == candidate.item.modifiedAt;
        });
        if (!steady || QFileInfo(candidate.localPath).size() != candidate.item.size) {
            qCInfo(lcTasks).noquote() << candidate.item.path << "is still uploading; next run";
            report.growing.append(
                entry(candidate.post, candidate.item.path, QStringLiteral("still uploading")));
            QFile::remove(candidate.localPath);
            continue;
        }
        report.ready.append(candidate);
    }
}

Result<QMap<qint64, int>> SyncSharePointVideosTask::import(const TaskContext &context,
                                                           Report &report) const
{
    QStringList files;
    for (const Candidate &candidate : report.ready) {
        files.append(candidate.localPath);
    }
    MediaWorkerPool::Options options;
    options.workers = qBound(1, int(files.size()), kMaxProbeWorkers);
    options.thumbnailDir = QDir(context.dataDir).filePath(QStringLiteral("thumbnails"));
    options.thumbnailWidth = kThumbnailWidth;
    const QString executable = m_workerExecutable.isEmpty()
                                   ? QCoreApplication::applicationFilePath()
                                   : m_workerExecutable;
    const QList<MediaInfo> infos = files.isEmpty()
                                       ? QList<MediaInfo>{}
                                       : MediaWorkerPool::probeFiles(
                                           executable, files, options, context.cancelRequested);

    VideoFileRepository repository(context.database);
    QMap<qint64, int> imported;
    for (int i = 0; i < infos.size(); ++i) {
        const Candidate &candidate = report.ready.at(i);
        const MediaInfo &info = infos.at(i);
        if (!info.ok) {
            addProblem(
                report, candidate.post, candidate.item.path, info.error, candidate.item.size);
            QFile::remove(candidate.localPath);
            continue;
        }
        VideoClip clip = clipFrom(
            context, info, candidate.item.id, candidate.item.name, candidate.post.id);
        clip.officeId = candidate.name.office.id;
        clip.platform = candidate.name.platform;
        if (auto id = repository.insert(clip); !id) {
            return id.error();
        }
        qCDebug(lcTasks).noquote() << "imported" << candidate.item.path << info.width << "x"
                                   << info.height << info.durationSeconds << "s";
        imported[candidate.post.id] += 1;
    }
    return imported;
}

VoidResult SyncSharePointVideosTask::updatePosts(const TaskContext &context,
                                                 const QMap<qint64, int> &imported) const
{
    PostRepository posts(context.database);
    const VideoFileRepository clips(context.database);
    for (auto it = imported.cbegin(); it != imported.cend(); ++it) {
        const auto all = clips.forPost(it.key());
        if (!all) {
            return all.error();
        }
        if (auto counted = posts.setVideoCount(it.key(), int(all->size())); !counted) {
            return counted;
        }
        const auto post = posts.find(it.key());
        if (!post) {
            return post.error();
        }
        if (post->status == PostStatus::PendingVideoUpload) {
            const auto moved = PostWorkflow(context.database)
                                   .markClipsFound(post->id, post->version, orchestratorActor());
            if (!moved) {
                return moved.error();
            }
        }
    }
    return {};
}

void SyncSharePointVideosTask::tellPeople(const TaskContext &context,
                                          const Report &report,
                                          int clips) const
{
    if (clips > 0) {
        notifyTeam(context,
                   {NotificationKind::ClipsReady,
                    QStringLiteral("%1 new clips ready for review").arg(clips),
                    QStringLiteral("Sort them in the Video Sorter."),
                    QStringLiteral("bfs://page/videos")});
    }

    // Each bad file is told once (per name and size), though every run
    // lists it in its details until someone fixes or removes it.
    NotificationRepository marks(context.database);
    QStringList fresh;
    for (const auto &value : report.problems) {
        const QJsonObject problem = value.toObject();
        const QString mark = QStringLiteral("clip_problem:%1:%2")
                                 .arg(problem.value(QLatin1String("file")).toString())
                                 .arg(problem.value(QLatin1String("size")).toInteger());
        const auto first = marks.markOnce(problem.value(QLatin1String("post")).toInteger(), mark);
        if (first && *first) {
            fresh.append(
                QStringLiteral("%1: %2").arg(problem.value(QLatin1String("file")).toString(),
                                             problem.value(QLatin1String("reason")).toString()));
        }
    }
    if (!fresh.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Info,
                    QStringLiteral("%1 clip files could not be imported").arg(fresh.size()),
                    fresh.join(QLatin1Char('\n')),
                    QStringLiteral("bfs://page/videos")});
    }
}

void SyncSharePointVideosTask::addProblem(
    Report &report, const Post &post, const QString &file, const QString &reason, qint64 size)
{
    qCWarning(lcTasks).noquote() << "skipped" << file << ":" << reason;
    QJsonObject problem = entry(post, file, reason);
    problem.insert(QStringLiteral("size"), size);
    report.problems.append(problem);
}

} // namespace Bfs
