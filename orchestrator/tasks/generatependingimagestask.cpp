#include "generatependingimagestask.h"

#include <cmath>

#include <QDir>
#include <QJsonArray>

#include "orchestratorlogging.h"
#include "repositories/postrepository.h"
#include "services.h"
#include "taskhelpers.h"
#include "workflow/postworkflow.h"

namespace Bfs {

namespace {

QList<ImageSize> sizesFor(const Post &post)
{
    return post.imageSizes.isEmpty() ? imageSizesFor(post.platforms) : post.imageSizes;
}

QString imagePath(const TaskContext &context, const Post &post, ImageSize size)
{
    return QDir(context.dataDir)
        .filePath(QStringLiteral("images/%1_%2.png").arg(post.id).arg(imageSizeKey(size)));
}

} // namespace

QString GeneratePendingImagesTask::name() const
{
    return QStringLiteral("generate_pending_images");
}

QString GeneratePendingImagesTask::defaultSchedule() const
{
    return QStringLiteral("daily 06:00,12:00,18:00");
}

QString GeneratePendingImagesTask::description() const
{
    return QStringLiteral("Images for pending_design posts");
}

TaskOutcome GeneratePendingImagesTask::run(TaskContext &context)
{
    PostFilter filter;
    filter.status = PostStatus::PendingDesign;
    filter.kind = PostKind::Image;
    const auto posts = PostRepository(context.database).list(filter);
    if (!posts) {
        return TaskOutcome::failed(posts.errorDetail());
    }
    if (!QDir().mkpath(QDir(context.dataDir).filePath(QStringLiteral("images")))) {
        return TaskOutcome::failed(QStringLiteral("cannot create %1/images").arg(context.dataDir));
    }

    int designed = 0;
    int images = 0;
    double cost = 0;
    QJsonArray failures;
    for (const Post &post : *posts) {
        if (context.cancelled()) {
            break;
        }
        const PostResult result = designPost(context, post);
        cost += result.costCents;
        if (result.error.isEmpty()) {
            ++designed;
            images += result.images;
        } else {
            qCWarning(lcTasks).noquote()
                << "post" << post.id << "keeps waiting for a design:" << result.error;
            failures.append(QJsonObject{{QStringLiteral("post"), post.id},
                                        {QStringLiteral("reason"), result.error}});
        }
        context.reportProgress(designed + int(failures.size()), int(posts->size()), post.title);
    }

    const QString message = QStringLiteral("Made %1 images for %2 of %3 posts; %4 failed")
                                .arg(images)
                                .arg(designed)
                                .arg(posts->size())
                                .arg(failures.size());
    qCInfo(lcTasks).noquote() << message;
    // Finished designs are announced by check_designs; here only trouble.
    if (!failures.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Designers,
                    QStringLiteral("Images failed for %1 posts").arg(failures.size()),
                    message,
                    QStringLiteral("bfs://page/design")});
    }

    TaskOutcome outcome = designed == 0 && !failures.isEmpty()
                              ? TaskOutcome::failed(message)
                              : TaskOutcome::success(designed, message);
    outcome.itemsProcessed = designed;
    outcome.costCents = int(std::ceil(cost));
    outcome.details = {{QStringLiteral("images"), images},
                       {QStringLiteral("posts"), designed},
                       {QStringLiteral("failures"), failures}};
    return outcome;
}

GeneratePendingImagesTask::PostResult GeneratePendingImagesTask::designPost(
    const TaskContext &context, const Post &post)
{
    PostResult result;
    QMap<ImageSize, QString> paths;
    for (const ImageSize size : sizesFor(post)) {
        const ImageRequest request{post, size, imagePath(context, post, size)};
        const auto image = context.services->images->generate(request);
        if (!image) {
            result.error =
                QStringLiteral("%1 image: %2").arg(imageSizeKey(size), image.errorDetail());
            return result;
        }
        result.costCents += image->costCents;
        paths.insert(size, image->path);
        qCDebug(lcTasks) << "post" << post.id << imageSizeKey(size) << "->" << image->path;
    }

    const auto designed = PostWorkflow(context.database)
                              .completeDesign(post.id, post.version, paths, orchestratorActor());
    if (!designed) {
        result.error = designed.errorDetail();
        return result;
    }
    result.images = int(paths.size());
    return result;
}

} // namespace Bfs
