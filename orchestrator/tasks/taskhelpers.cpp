#include "taskhelpers.h"

#include "orchestratorlogging.h"
#include "repositories/notificationrepository.h"
#include "services.h"
#include "settings/teamsettings.h"

namespace Bfs {

QString stayMark(const QString &mark, const Post &post)
{
    return mark + QLatin1Char('@') + post.statusChangedAt.toUTC().toString(Qt::ISODate);
}

QString orchestratorActor()
{
    return QString::fromLatin1(kOrchestratorActor);
}

QTimeZone teamTimeZone(const TaskContext &context)
{
    const QString id = TeamSettings(context.database).value(QStringLiteral("team.time_zone"));
    const QTimeZone zone(id.toUtf8());
    return !id.isEmpty() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate comingWeekStart(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return today.addDays((Qt::Monday - today.dayOfWeek() + 7) % 7);
}

QDate currentWeekStart(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return today.addDays(Qt::Monday - today.dayOfWeek());
}

QString slugify(const QString &text, int maxLength)
{
    QString slug;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug.append(c);
        } else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-'))) {
            slug.append(QLatin1Char('-'));
        }
    }
    slug.truncate(maxLength);
    while (slug.endsWith(QLatin1Char('-'))) {
        slug.chop(1);
    }
    return slug.isEmpty() ? QStringLiteral("post") : slug;
}

void notifyTeam(const TaskContext &context, const NotificationMessage &message)
{
    const Notification stored{0,
                              notificationKindKey(message.kind),
                              message.title,
                              message.body,
                              message.link,
                              context.now,
                              false};
    if (auto added = NotificationRepository(context.database).add(stored); !added) {
        qCWarning(lcTasks) << "could not keep a notification in the app:" << added.errorDetail();
    }

    if (context.services == nullptr || !context.services->notifier) {
        return;
    }
    if (auto sent = context.services->notifier->notify(message); !sent) {
        qCWarning(lcTasks) << "could not send a notification:" << sent.errorDetail();
    }
}

Result<WaitingPosts> takeWaitingPosts(const TaskContext &context,
                                      const QList<Post> &posts,
                                      const WaitThresholds &thresholds)
{
    NotificationRepository marks(context.database);
    WaitingPosts waiting;
    for (const Post &post : posts) {
        const QString reminderMark = stayMark(thresholds.markPrefix + QStringLiteral("_reminder"),
                                              post);
        const QString escalationMark = stayMark(
            thresholds.markPrefix + QStringLiteral("_escalation"), post);
        const double hours = hoursBetween(post.statusChangedAt, context.now);
        if (hours >= thresholds.escalationHours) {
            const auto first = marks.markOnce(post.id, escalationMark);
            if (!first) {
                return first.error();
            }
            if (*first) {
                waiting.escalations.append(post);
                (void)marks.markOnce(post.id, reminderMark);
            }
        } else if (hours >= thresholds.reminderHours) {
            const auto first = marks.markOnce(post.id, reminderMark);
            if (!first) {
                return first.error();
            }
            if (*first) {
                waiting.reminders.append(post);
            }
        }
    }
    return waiting;
}

Result<QList<Post>> takeNewPosts(const TaskContext &context,
                                 const QList<Post> &posts,
                                 const QString &mark)
{
    NotificationRepository marks(context.database);
    QList<Post> fresh;
    for (const Post &post : posts) {
        const auto first = marks.markOnce(post.id, stayMark(mark, post));
        if (!first) {
            return first.error();
        }
        if (*first) {
            fresh.append(post);
        }
    }
    return fresh;
}

QString describePosts(const QList<Post> &posts, int limit)
{
    QStringList parts;
    for (const Post &post : posts.mid(0, limit)) {
        parts.append(QStringLiteral("#%1 %2").arg(post.id).arg(post.title));
    }
    if (posts.size() > limit) {
        parts.append(QStringLiteral("and %1 more").arg(posts.size() - limit));
    }
    return parts.join(QStringLiteral(", "));
}

double hoursBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    return double(from.msecsTo(to)) / (3600.0 * 1000.0);
}

} // namespace Bfs
