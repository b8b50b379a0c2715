#include "checkapprovalstask.h"

#include "orchestratorlogging.h"
#include "repositories/postrepository.h"
#include "settings/teamsettings.h"
#include "taskhelpers.h"

namespace Bfs {

QString CheckApprovalsTask::name() const
{
    return QStringLiteral("check_approvals");
}

QString CheckApprovalsTask::defaultSchedule() const
{
    return QStringLiteral("hourly :15");
}

QString CheckApprovalsTask::description() const
{
    return QStringLiteral("Remind and escalate waiting Stage 1 approvals");
}

TaskOutcome CheckApprovalsTask::run(TaskContext &context)
{
    PostFilter filter;
    filter.status = PostStatus::PendingApproval;
    const auto posts = PostRepository(context.database).list(filter);
    if (!posts) {
        return TaskOutcome::failed(posts.errorDetail());
    }

    const TeamSettings settings(context.database);
    const WaitThresholds thresholds{settings.intValue(QStringLiteral("approvals.reminder_hours")),
                                    settings.intValue(QStringLiteral("approvals.escalation_hours")),
                                    QStringLiteral("approval")};
    const auto waiting = takeWaitingPosts(context, *posts, thresholds);
    if (!waiting) {
        return TaskOutcome::failed(waiting.errorDetail());
    }

    const QString link = QStringLiteral("bfs://page/stage1");
    if (!waiting->reminders.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Reminder,
                    QStringLiteral("%1 posts still awaiting approval (over %2 h)")
                        .arg(waiting->reminders.size())
                        .arg(thresholds.reminderHours),
                    describePosts(waiting->reminders),
                    link});
    }
    if (!waiting->escalations.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Escalation,
                    QStringLiteral("URGENT: approval workflow delayed: %1 posts waiting over %2 h")
                        .arg(waiting->escalations.size())
                        .arg(thresholds.escalationHours),
                    describePosts(waiting->escalations),
                    link});
    }

    const int told = int(waiting->reminders.size() + waiting->escalations.size());
    const QString message = QStringLiteral("%1 posts pending approval; %2 reminders, %3 "
                                           "escalations sent")
                                .arg(posts->size())
                                .arg(waiting->reminders.size())
                                .arg(waiting->escalations.size());
    qCInfo(lcTasks).noquote() << message;
    TaskOutcome outcome = TaskOutcome::success(told, message);
    outcome.details = {{QStringLiteral("pending"), int(posts->size())},
                       {QStringLiteral("reminders"), int(waiting->reminders.size())},
                       {QStringLiteral("escalations"), int(waiting->escalations.size())}};
    return outcome;
}

} // namespace Bfs
