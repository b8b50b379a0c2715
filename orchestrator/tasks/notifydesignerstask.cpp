#include "notifydesignerstask.h"

#include "orchestratorlogging.h"
#include "repositories/postrepository.h"
#include "settings/teamsettings.h"
#include "taskhelpers.h"

namespace Bfs {

namespace {

Result<QList<Post>> postsNeedingDesigner(const TaskContext &context)
{
    PostFilter filter;
    filter.status = PostStatus::PendingDesign;
    filter.kind = PostKind::Image;
    auto posts = PostRepository(context.database).list(filter);
    if (!posts) {
        return posts.error();
    }
    QList<Post> manual;
    for (const Post &post : *posts) {
        if (post.designMode == DesignMode::BackgroundOnly) {
            manual.append(post);
        }
    }
    return manual;
}

} // namespace

QString NotifyDesignersTask::name() const
{
    return QStringLiteral("notify_designers");
}

QString NotifyDesignersTask::defaultSchedule() const
{
    return QStringLiteral("daily 06:00,12:00,18:00");
}

QString NotifyDesignersTask::description() const
{
    return QStringLiteral("Tell designers about manual designs");
}

TaskOutcome NotifyDesignersTask::run(TaskContext &context)
{
    const auto manual = postsNeedingDesigner(context);
    if (!manual) {
        return TaskOutcome::failed(manual.errorDetail());
    }
    const TeamSettings settings(context.database);
    const WaitThresholds thresholds{settings.intValue(QStringLiteral("design.reminder_hours")),
                                    settings.intValue(QStringLiteral("design.escalation_hours")),
                                    QStringLiteral("design")};
    const auto fresh = takeNewPosts(context, *manual, QStringLiteral("design_needed"));
    const auto waiting = takeWaitingPosts(context, *manual, thresholds);
    if (!fresh || !waiting) {
        return TaskOutcome::failed(fresh.errorDetail() + waiting.errorDetail());
    }

    const QString link = QStringLiteral("bfs://page/design");
    if (!fresh->isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Designers,
                    QStringLiteral("%1 posts need a manual design").arg(fresh->size()),
                    describePosts(*fresh),
                    link});
    }
    if (!waiting->reminders.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Reminder,
                    QStringLiteral("%1 designs waiting over %2 h")
                        .arg(waiting->reminders.size())
                        .arg(thresholds.reminderHours),
                    describePosts(waiting->reminders),
                    link});
    }
    if (!waiting->escalations.isEmpty()) {
        notifyTeam(context,
                   {NotificationKind::Escalation,
                    QStringLiteral("URGENT: %1 designs waiting over %2 h")
                        .arg(waiting->escalations.size())
                        .arg(thresholds.escalationHours),
                    describePosts(waiting->escalations),
                    link});
    }

    const int told = int(fresh->size() + waiting->reminders.size() + waiting->escalations.size());
    const QString message = QStringLiteral("%1 posts need a manual design; told designers about "
                                           "%2 new, %3 reminders, %4 escalations")
                                .arg(manual->size())
                                .arg(fresh->size())
                                .arg(waiting->reminders.size())
                                .arg(waiting->escalations.size());
    qCInfo(lcTasks).noquote() << message;
    TaskOutcome outcome = TaskOutcome::success(told, message);
    outcome.details = {{QStringLiteral("manual"), int(manual->size())},
                       {QStringLiteral("new"), int(fresh->size())},
                       {QStringLiteral("reminders"), int(waiting->reminders.size())},
                       {QStringLiteral("escalations"), int(waiting->escalations.size())}};
    return outcome;
}

} // namespace Bfs
