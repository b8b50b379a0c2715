#include "checkdesignstask.h"

#include "orchestratorlogging.h"
#include "repositories/postrepository.h"
#include "settings/teamsettings.h"
#include "taskhelpers.h"

namespace Bfs {

QString CheckDesignsTask::name() const
{
    return QStringLiteral("check_designs");
}

QString CheckDesignsTask::defaultSchedule() const
{
    return QStringLiteral("daily 06:45,12:45,18:45");
}

QString CheckDesignsTask::description() const
{
    return QStringLiteral("Tell reviewers designs are ready");
}

TaskOutcome CheckDesignsTask::run(TaskContext &context)
{
    PostFilter filter;
    filter.status = PostStatus::DesignComplete;
    const auto posts = PostRepository(context.database).list(filter);
    if (!posts) {
        return TaskOutcome::failed(posts.errorDetail());
    }
    const TeamSettings settings(context.database);
    const WaitThresholds thresholds{settings.intValue(QStringLiteral("approvals.reminder_hours")),
                                    settings.intValue(QStringLiteral("approvals.escalation_hours")),
                                    QStringLiteral("stage2")};
    const auto fresh = takeNewPosts(context, *posts, QStringLiteral("designs_ready"));
    const auto waiting = takeWaitingPosts(context, *posts, thresholds);
    if (!fresh || !waiting) {
        return TaskOutcome::failed(fresh.errorDetail() + waiting.errorDetail());
    }

    const QString link = QStringLiteral("bfs://page/stage2");
    if (!fresh->isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::DesignsReady,
                    QStringLiteral("Designs complete: %1 posts ready for Stage 2 approval")
                        .arg(fresh->size()),
                    describePosts(*fresh),
                    link});
    }
    if (!waiting->reminders.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Reminder,
                    QStringLiteral("%1 posts waiting for Stage 2 over %2 h")
                        .arg(waiting->reminders.size())
                        .arg(thresholds.reminderHours),
                    describePosts(waiting->reminders),
                    link});
    }
    if (!waiting->escalations.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Escalation,
                    QStringLiteral("URGENT: %1 posts waiting for Stage 2 over %2 h")
                        .arg(waiting->escalations.size())
                        .arg(thresholds.escalationHours),
                    describePosts(waiting->escalations),
                    link});
    }

    const int told = int(fresh->size() + waiting->reminders.size() + waiting->escalations.size());
    const QString message = QStringLiteral("%1 posts ready for Stage 2; %2 new, %3 reminders, %4 "
                                           "escalations sent")
                                .arg(posts->size())
                                .arg(fresh->size())
                                .arg(waiting->reminders.size())
                                .arg(waiting->escalations.size());
    qCInfo(lcTasks).noquote() << message;
    TaskOutcome outcome = TaskOutcome::success(told, message);
    outcome.details = {{QStringLiteral("ready"), int(posts->size())},
                       {QStringLiteral("new"), int(fresh->size())},
                       {QStringLiteral("reminders"), int(waiting->reminders.size())},
                       {QStringLiteral("escalations"), int(waiting->escalations.size())}};
    return outcome;
}

} // namespace Bfs
