#pragma once

#include "contentgenerator.h"
#include "task.h"

namespace Bfs {

// generate_content: tops the coming week up to the target (setting
// content.posts_per_week): office posts spread over every active office,
// the rest for the brand accounts, content.video_share_percent of them
// video. All land in pending_approval. A second run, forced or not, only
// adds what is missing, so a week never gets a second batch; a run that
// died half way is completed by the next one.
class GenerateContentTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;

private:
    struct WeekState
    {
        QDate weekStart;
        int officePosts = 0;
        int accountPosts = 0;
        int videoPosts = 0;
        QMap<QString, int> postsPerOffice;
    };

    [[nodiscard]] static Result<WeekState> readWeek(const TaskContext &context, const QDate &week);
    [[nodiscard]] static Result<ContentRequest> buildRequest(const TaskContext &context,
                                                             const WeekState &week);
    static TaskOutcome insertPosts(const TaskContext &context,
                                   const QList<Post> &posts,
                                   const QDate &week);
};

} // namespace Bfs
