#pragma once

#include "domain/post.h"
#include "domain/records.h"
#include "task.h"

namespace Bfs {

// backup_approved_posts: every approved or published image post and every
// video post with clips in review or the library is backed up to
// "Shared Documents/BFS Marketing/{YEAR}/Week-{WW}/Post-{id}-{slug}/": the
// post as JSON, its images and its clips. A hash of that content is kept
// in `backups`; a post whose hash is unchanged is not uploaded again.
class BackupApprovedPostsTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

    // "Shared Documents/BFS Marketing/2026/Week-50/Post-12-budget-tips".
    static QString folderFor(const Post &post);

private:
    struct Package
    {
        QByteArray metadata;
        QStringList files;
        QString hash;
    };

    [[nodiscard]] static Result<Package> packagePost(const TaskContext &context, const Post &post);
    [[nodiscard]] static VoidResult upload(const TaskContext &context,
                                           const Post &post,
                                           const Package &package);
};

} // namespace Bfs
