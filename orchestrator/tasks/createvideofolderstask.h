#pragma once

#include "task.h"

namespace Bfs {

// create_video_folders: gives every video post in pending_video_upload its
// upload folder "Video Content/Post-{id}-{videoConcept-slug}" in the file store
// (parents too) and records it on the post. Posts that have a folder are
// left alone, and an existing folder is reused, so runs are idempotent.
class CreateVideoFoldersTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

    // "Video Content/Post-12-budget-tips".
    static QString folderFor(qint64 postId, const QString &videoConcept);
};

} // namespace Bfs
