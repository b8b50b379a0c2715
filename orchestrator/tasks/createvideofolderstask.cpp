#include "createvideofolderstask.h"

#include <QJsonArray>

#include "orchestratorlogging.h"
#include "repositories/postrepository.h"
#include "services.h"
#include "taskhelpers.h"

namespace Bfs {

QString CreateVideoFoldersTask::name() const
{
    return QStringLiteral("create_video_folders");
}

QString CreateVideoFoldersTask::defaultSchedule() const
{
    return QStringLiteral("every 5m");
}

QString CreateVideoFoldersTask::description() const
{
    return QStringLiteral("Folders for posts waiting for clips");
}

QString CreateVideoFoldersTask::folderFor(qint64 postId, const QString &videoConcept)
{
    return QStringLiteral("Video Content/Post-%1-%2").arg(postId).arg(slugify(videoConcept));
}

TaskOutcome CreateVideoFoldersTask::run(TaskContext &context)
{
    PostFilter filter;
    filter.status = PostStatus::PendingVideoUpload;
    PostRepository repository(context.database);
    const auto posts = repository.list(filter);
    if (!posts) {
        return TaskOutcome::failed(posts.errorDetail());
    }

    int created = 0;
    QJsonArray folders;
    QJsonArray failures;
    for (const Post &post : *posts) {
        if (!post.videoFolder.isEmpty() || context.cancelled()) {
            continue;
        }
        const QString idea = post.videoConcept.isEmpty() ? post.title : post.videoConcept;
        const auto folder = context.services->files->ensureFolder(folderFor(post.id, idea));
        const auto saved = folder ? repository.setVideoFolder(post.id, folder->path)
                                  : VoidResult(folder.error());
        if (!saved) {
            qCWarning(lcTasks).noquote()
                << "no folder for post" << post.id << ":" << saved.errorDetail();
            failures.append(QJsonObject{{QStringLiteral("post"), post.id},
                                        {QStringLiteral("reason"), saved.errorDetail()}});
            continue;
        }
        qCDebug(lcTasks).noquote() << "post" << post.id << "uploads go to" << folder->path;
        folders.append(folder->path);
        ++created;
    }

    const QString message = QStringLiteral("%1 posts wait for clips; created %2 folders, %3 failed")
                                .arg(posts->size())
                                .arg(created)
                                .arg(failures.size());
    qCInfo(lcTasks).noquote() << message;
    TaskOutcome outcome = created == 0 && !failures.isEmpty()
                              ? TaskOutcome::failed(message)
                              : TaskOutcome::success(created, message);
    outcome.details = {{QStringLiteral("folders"), folders},
                       {QStringLiteral("failures"), failures}};
    return outcome;
}

} // namespace Bfs
