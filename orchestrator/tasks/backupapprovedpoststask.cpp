#include "backupapprovedpoststask.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "orchestratorlogging.h"
#include "repositories/backuprepository.h"
#include "repositories/postrepository.h"
#include "repositories/videofilerepository.h"
#include "services.h"
#include "taskhelpers.h"

namespace Bfs {

namespace {

const QList<PostStatus> kBackedUpStatuses = {
    PostStatus::Approved, PostStatus::Published, PostStatus::VideoReview, PostStatus::VideoLibrary};

Result<QList<Post>> postsToBackUp(const TaskContext &context)
{
    QList<Post> posts;
    for (const PostStatus status : kBackedUpStatuses) {
        PostFilter filter;
        filter.status = status;
        const auto found = PostRepository(context.database).list(filter);
        if (!found) {
            return found.error();
        }
        posts.append(*found);
    }
    return posts;
}

// What a person restoring the post needs; no version or times of
// bookkeeping, so those alone never cause a new upload.
QJsonObject metadataOf(const Post &post, const QList<VideoClip> &clips)
{
    QJsonObject captions;
    for (auto it = post.captions.cbegin(); it != post.captions.cend(); ++it) {
        captions.insert(platformKey(it.key()), it.value());
    }
    QJsonArray clipList;
    for (const VideoClip &clip : clips) {
        clipList.append(QJsonObject{{QStringLiteral("file"), clip.fileName},
                                    {QStringLiteral("office"), clip.officeName},
                                    {QStringLiteral("platform"), clip.platform},
                                    {QStringLiteral("size"), clip.sizeBytes},
                                    {QStringLiteral("status"), clip.status}});
    }
    return {{QStringLiteral("id"), post.id},
            {QStringLiteral("week_start"), post.weekStart.toString(Qt::ISODate)},
            {QStringLiteral("kind"), postKindKey(post.kind)},
            {QStringLiteral("status"), postStatusKey(post.status)},
            {QStringLiteral("title"), post.title},
            {QStringLiteral("topic"), post.topic},
            {QStringLiteral("captions"), captions},
            {QStringLiteral("video_concept"), post.videoConcept},
            {QStringLiteral("video_script"), post.videoScript},
            {QStringLiteral("design_mode"), designModeKey(post.designMode)},
            {QStringLiteral("offices"), QJsonArray::fromStringList(post.offices)},
            {QStringLiteral("accounts"), QJsonArray::fromStringList(post.accounts)},
            {QStringLiteral("clips"), clipList}};
}

bool addFileToHash(QCryptographicHash &hash, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    hash.addData(QFileInfo(path).fileName().toUtf8());
    return hash.addData(&file);
}

} // namespace

QString BackupApprovedPostsTask::name() const
{
    return QStringLiteral("backup_approved_posts");
}

QString BackupApprovedPostsTask::defaultSchedule() const
{
    return QStringLiteral("daily 23:00");
}

QString BackupApprovedPostsTask::description() const
{
    return QStringLiteral("Back up approved posts");
}

QString BackupApprovedPostsTask::folderFor(const Post &post)
{
    int year = 0;
    const int week = post.weekStart.weekNumber(&year);
    return QStringLiteral("Shared Documents/BFS Marketing/%1/Week-%2/Post-%3-%4")
        .arg(year)
        .arg(week, 2, 10, QLatin1Char('0'))
        .arg(post.id)
        .arg(slugify(post.title));
}

TaskOutcome BackupApprovedPostsTask::run(TaskContext &context)
{
    const auto posts = postsToBackUp(context);
    if (!posts) {
        return TaskOutcome::failed(posts.errorDetail());
    }

    BackupRepository backups(context.database);
    int uploaded = 0;
    int unchanged = 0;
    QJsonArray failures;
    for (const Post &post : *posts) {
        if (context.cancelled()) {
            break;
        }
        const auto package = packagePost(context, post);
        const auto last = backups.latestFor(post.id);
        if (!package || !last) {
            return TaskOutcome::failed(package.errorDetail() + last.errorDetail());
        }
        if (*last && (*last)->contentHash == package->hash) {
            ++unchanged;
            continue;
        }
        if (auto sent = upload(context, post, *package); !sent) {
            qCWarning(lcTasks).noquote()
                << "backup of post" << post.id << "failed:" << sent.errorDetail();
            failures.append(QJsonObject{{QStringLiteral("post"), post.id},
                                        {QStringLiteral("reason"), sent.errorDetail()}});
            continue;
        }
        const BackupRecord record{0, post.id, folderFor(post), package->hash, context.now};
        if (auto kept = backups.add(record); !kept) {
            return TaskOutcome::failed(kept.errorDetail());
        }
        ++uploaded;
    }

    const QString message = QStringLiteral("Backed up %1 posts; %2 unchanged, %3 failed")
                                .arg(uploaded)
                                .arg(unchanged)
                                .arg(failures.size());
    qCInfo(lcTasks).noquote() << message;
    TaskOutcome outcome = uploaded == 0 && !failures.isEmpty()
                              ? TaskOutcome::failed(message)
                              : TaskOutcome::success(uploaded, message);
    outcome.details = {{QStringLiteral("uploaded"), uploaded},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("failures"), failures}};
    return outcome;
}

Result<BackupApprovedPostsTask::Package> BackupApprovedPostsTask::packagePost(
    const TaskContext &context, const Post &post)
{
    const auto clips = VideoFileRepository(context.database).forPost(post.id);
    if (!clips) {
        return clips.error();
    }
    Package package;
    package.metadata = QJsonDocument(metadataOf(post, *clips)).toJson(QJsonDocument::Indented);
    for (const QString &image : post.images) {
        package.files.append(image);
    }
    for (const VideoClip &clip : *clips) {
        package.files.append(clip.localPath);
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(package.metadata);
    for (const QString &file : std::as_const(package.files)) {
        if (!addFileToHash(hash, file)) {
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(file));
        }
    }
    package.hash = QString::fromLatin1(hash.result().toHex());
    return package;
}

VoidResult BackupApprovedPostsTask::upload(const TaskContext &context,
                                           const Post &post,
                                           const Package &package)
{
    FileStore &store = *context.services->files;
    const QString folder = folderFor(post);
    if (auto made = store.ensureFolder(folder); !made) {
        return made.error();
    }

    QTemporaryDir scratch;
    const QString metadataPath = scratch.filePath(QStringLiteral("post.json"));
    QFile metadata(metadataPath);
    if (!scratch.isValid() || !metadata.open(QIODevice::WriteOnly)
        || metadata.write(package.metadata) != package.metadata.size()) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the post's metadata"));
    }
    metadata.close();

    QStringList files = package.files;
    files.prepend(metadataPath);
    for (const QString &file : std::as_const(files)) {
        const QString remote = folder + QLatin1Char('/') + QFileInfo(file).fileName();
        if (auto sent = store.upload(file, remote); !sent) {
            return sent.error();
        }
    }
    return {};
}

} // namespace Bfs
