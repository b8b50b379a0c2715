#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "domain/post.h"
#include "notifier.h"
#include "task.h"

namespace Bfs {

// The name the tasks sign their status changes with in status_history.
inline constexpr char kOrchestratorActor[] = "orchestrator";

QString orchestratorActor();

// The team's time zone (setting team.time_zone; empty or unknown means
// this machine's zone).
QTimeZone teamTimeZone(const TaskContext &context);

// The week generate_content fills: the Monday on or after today in the
// team's zone. On a Monday that is today, so the Monday 06:00 run makes
// "the upcoming week" that starts that very day, as the seed system did.
QDate comingWeekStart(const QDateTime &now, const QTimeZone &zone);

// The Monday on or before today in the team's zone: the week in progress.
QDate currentWeekStart(const QDateTime &now, const QTimeZone &zone);

// "Budget tips for spring!" → "budget-tips-for-spring", at most maxLength
// characters, never empty ("post").
QString slugify(const QString &text, int maxLength = 40);

// Sends a message through the run's notifier and keeps it in the app's
// notifications table, so the Dashboard shows it even without Teams.
// Failures are logged, never fatal: a notice must not fail a run.
void notifyTeam(const TaskContext &context, const NotificationMessage &message);

// A notification mark for one stay of a post in its status
// ("designs_ready@2026-12-03T10:00:00Z"): a post that leaves the status and
// comes back (new images asked at Stage 2) is told about again.
QString stayMark(const QString &mark, const Post &post);

// Posts that have waited in a status past a threshold, for reminders and
// escalations that go out once per post per threshold.
struct WaitingPosts
{
    QList<Post> reminders;
    QList<Post> escalations;
};

struct WaitThresholds
{
    int reminderHours = 24;
    int escalationHours = 48;
    // notification_marks prefix: "<prefix>_reminder", "<prefix>_escalation".
    QString markPrefix;
};

// Splits `posts` by how long they have waited in their status at
// context.now and marks each post it returns, so the next run leaves it
// out. A post past the escalation threshold is escalated (and its reminder
// marked as spent) instead of being reminded first.
[[nodiscard]] Result<WaitingPosts> takeWaitingPosts(const TaskContext &context,
                                                    const QList<Post> &posts,
                                                    const WaitThresholds &thresholds);

// The posts not yet told about under `mark` during their current stay in
// their status; marks them, so the next run leaves them out.
[[nodiscard]] Result<QList<Post>> takeNewPosts(const TaskContext &context,
                                               const QList<Post> &posts,
                                               const QString &mark);

// "#12 Budget tips, #14 Spring cleaning" (at most `limit`, then "and N more").
QString describePosts(const QList<Post> &posts, int limit = 10);

// Hours between two times, for thresholds and analytics.
double hoursBetween(const QDateTime &from, const QDateTime &to);

} // namespace Bfs
