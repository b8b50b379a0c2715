#pragma once

#include "task.h"

namespace Bfs {

struct Post;

// generate_pending_images: for every image post in pending_design, makes
// exactly the sizes chosen at Stage 1 into <dataDir>/images/POSTID_SIZE.png
// (the generator writes each file atomically) and moves the post to
// design_complete. A post that fails stays in pending_design, with the
// reason in the run's details, and the run goes on with the others; the
// run fails only when every post failed.
class GeneratePendingImagesTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

private:
    struct PostResult
    {
        QString error;
        int images = 0;
        double costCents = 0;
    };

    static PostResult designPost(const TaskContext &context, const Post &post);
};

} // namespace Bfs
