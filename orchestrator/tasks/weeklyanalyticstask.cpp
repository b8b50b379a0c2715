#include "weeklyanalyticstask.h"

#include <algorithm>

#include <QJsonArray>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "orchestratorlogging.h"
#include "repositories/analyticsrepository.h"
#include "repositories/postrepository.h"
#include "repositories/runrepository.h"
#include "repositories/statushistoryrepository.h"
#include "settings/teamsettings.h"
#include "taskhelpers.h"

namespace Bfs {

namespace {

constexpr int kTopReasons = 5;
constexpr int kDaysReported = 7;

double percent(int part, int whole)
{
    return whole == 0 ? 0.0 : qRound(part * 1000.0 / whole) / 10.0;
}

Result<int> postsCreatedBetween(const TaskContext &context,
                                const QDateTime &from,
                                const QDateTime &to)
{
    SqlQuery query(context.database->connection(),
                   QStringLiteral("SELECT COUNT(*) FROM content_library WHERE created_at >= ? "
                                  "AND created_at <= ?"));
    query.bind(toSqlTime(from)).bind(toSqlTime(to));
    const auto count = query.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

QJsonArray topReasons(const QMap<QString, int> &counts)
{
    QList<QPair<QString, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        sorted.append({it.key(), it.value()});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second > b.second;
    });
    QJsonArray reasons;
    for (const auto &[reason, count] : sorted.mid(0, kTopReasons)) {
        reasons.append(
            QJsonObject{{QStringLiteral("reason"), reason}, {QStringLiteral("count"), count}});
    }
    return reasons;
}

} // namespace

QString WeeklyAnalyticsTask::name() const
{
    return QStringLiteral("weekly_analytics");
}

QString WeeklyAnalyticsTask::defaultSchedule() const
{
    return QStringLiteral("weekly FRI 17:00");
}

QString WeeklyAnalyticsTask::description() const
{
    return QStringLiteral("Weekly pipeline report");
}

TaskOutcome WeeklyAnalyticsTask::run(TaskContext &context)
{
    const QDateTime since = context.now.addDays(-kDaysReported);
    const auto changes = StatusHistoryRepository(context.database).since(since);
    const auto generated = postsCreatedBetween(context, since, context.now);
    if (!changes || !generated) {
        return TaskOutcome::failed(changes.errorDetail() + generated.errorDetail());
    }
    QList<StatusChange> window;
    std::copy_if(changes->begin(),
                 changes->end(),
                 std::back_inserter(window),
                 [&](const StatusChange &change) { return change.changedAt <= context.now; });
    const auto rates = decisions(context, window);
    const auto times = stageTimes(context, window);
    const auto runs = health(context, since);
    if (!rates || !times || !runs) {
        return TaskOutcome::failed(rates.errorDetail() + times.errorDetail() + runs.errorDetail());
    }

    AnalyticsReport report;
    report.weekStart = currentWeekStart(context.now, teamTimeZone(context));
    report.createdAt = context.now;
    report.postsGenerated = *generated;
    report.target =
        TeamSettings(context.database).intValue(QStringLiteral("content.posts_per_week"));
    report.stage1ApprovalRate = rates->value(QLatin1String("stage1_rate")).toDouble();
    report.stage2ApprovalRate = rates->value(QLatin1String("stage2_rate")).toDouble();
    report.report = *rates;
    report.report.insert(QStringLiteral("from"), since.toUTC().toString(Qt::ISODate));
    report.report.insert(QStringLiteral("to"), context.now.toUTC().toString(Qt::ISODate));
    report.report.insert(QStringLiteral("posts_generated"), report.postsGenerated);
    report.report.insert(QStringLiteral("target"), report.target);
    report.report.insert(QStringLiteral("mean_hours"), times->value(QLatin1String("mean_hours")));
    report.report.insert(QStringLiteral("bottlenecks"), times->value(QLatin1String("bottlenecks")));
    report.report.insert(QStringLiteral("health"), *runs);
    if (auto saved = AnalyticsRepository(context.database).save(report); !saved) {
        return TaskOutcome::failed(saved.errorDetail());
    }

    const QString text = summary(report);
    qCInfo(lcTasks).noquote() << text;
    notifyTeam(context,
               {NotificationKind::Analytics,
                QStringLiteral("Weekly report for the week of %1")
                    .arg(report.weekStart.toString(Qt::ISODate)),
                text,
                QStringLiteral("bfs://page/analytics")});
    TaskOutcome outcome = TaskOutcome::success(1, text);
    outcome.details = report.report;
    return outcome;
}

// A post's last Stage 1 and Stage 2 decision in the period counts (an
// undone decision is replaced by the one that followed it).
Result<QJsonObject> WeeklyAnalyticsTask::decisions(const TaskContext &context,
                                                   const QList<StatusChange> &changes)
{
    Q_UNUSED(context)
    QMap<qint64, StatusChange> stage1;
    QMap<qint64, StatusChange> stage2;
    QMap<QString, int> reasons;
    for (const StatusChange &change : changes) {
        if (change.stage == QLatin1String("stage1")) {
            stage1.insert(change.postId, change);
        } else if (change.stage == QLatin1String("stage2")) {
            stage2.insert(change.postId, change);
        }
    }
    auto count = [&](const QMap<qint64, StatusChange> &stage, const QStringList &approvals) {
        int approved = 0;
        for (const StatusChange &change : stage) {
            approved += approvals.contains(change.toStatus) ? 1 : 0;
            if (change.toStatus == QLatin1String("rejected")) {
                reasons[change.reasonCode.isEmpty() ? QStringLiteral("other")
                                                    : change.reasonCode] += 1;
            }
        }
        return approved;
    };
    const int approved1 = count(
        stage1, {QStringLiteral("pending_design"), QStringLiteral("pending_video_upload")});
    const int approved2 = count(stage2, {QStringLiteral("approved")});
    return QJsonObject{{QStringLiteral("stage1_decisions"), int(stage1.size())},
                       {QStringLiteral("stage1_approved"), approved1},
                       {QStringLiteral("stage1_rate"), percent(approved1, int(stage1.size()))},
                       {QStringLiteral("stage2_decisions"), int(stage2.size())},
                       {QStringLiteral("stage2_approved"), approved2},
                       {QStringLiteral("stage2_rate"), percent(approved2, int(stage2.size()))},
                       {QStringLiteral("top_rejection_reasons"), topReasons(reasons)}};
}

// Each change in the period ends a stay in its from-status, which began at
// the post's previous change (or its creation).
Result<QJsonObject> WeeklyAnalyticsTask::stageTimes(const TaskContext &context,
                                                    const QList<StatusChange> &changes)
{
    const StatusHistoryRepository history(context.database);
    const PostRepository posts(context.database);
    QMap<QString, QPair<double, int>> totals;
    QSet<qint64> seen;
    for (const StatusChange &change : changes) {
        if (seen.contains(change.postId)) {
            continue;
        }
        seen.insert(change.postId);
        const auto all = history.forPost(change.postId);
        const auto post = posts.find(change.postId);
        if (!all || !post) {
            return makeError(ErrorCode::DatabaseError, all.errorDetail() + post.errorDetail());
        }
        QDateTime entered = post->createdAt;
        for (const StatusChange &step : *all) {
            if (changes.first().changedAt <= step.changedAt && step.changedAt <= context.now) {
                totals[step.fromStatus].first += hoursBetween(entered, step.changedAt);
                totals[step.fromStatus].second += 1;
            }
            entered = step.changedAt;
        }
    }

    const int limit =
        TeamSettings(context.database).intValue(QStringLiteral("approvals.reminder_hours"));
    QJsonObject mean;
    QJsonArray bottlenecks;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const double hours = qRound(it.value().first / it.value().second * 10.0) / 10.0;
        mean.insert(it.key(), hours);
        if (hours > limit) {
            bottlenecks.append(QStringLiteral("%1: %2 h on average").arg(it.key()).arg(hours));
        }
    }
    return QJsonObject{{QStringLiteral("mean_hours"), mean},
                       {QStringLiteral("bottlenecks"), bottlenecks}};
}

Result<QJsonObject> WeeklyAnalyticsTask::health(const TaskContext &context, const QDateTime &since)
{
    const RunRepository runs(context.database);
    const auto failed = runs.failedSince(since);
    const auto latest = runs.latestPerTask();
    if (!failed || !latest) {
        return makeError(ErrorCode::DatabaseError, failed.errorDetail() + latest.errorDetail());
    }
    QJsonObject lastStatus;
    for (auto it = latest->cbegin(); it != latest->cend(); ++it) {
        lastStatus.insert(it.key(), it.value().status);
    }
    return QJsonObject{{QStringLiteral("failed_runs"), int(failed->size())},
                       {QStringLiteral("last_status"), lastStatus},
                       {QStringLiteral("healthy"), failed->isEmpty()}};
}

QString WeeklyAnalyticsTask::summary(const AnalyticsReport &report)
{
    const QJsonObject &r = report.report;
    QStringList reasons;
    for (const auto &value : r.value(QLatin1String("top_rejection_reasons")).toArray()) {
        reasons.append(QStringLiteral("%1 (%2)")
                           .arg(value[QLatin1String("reason")].toString())
                           .arg(value[QLatin1String("count")].toInt()));
    }
    QStringList bottlenecks;
    for (const auto &value : r.value(QLatin1String("bottlenecks")).toArray()) {
        bottlenecks.append(value.toString());
    }
    const int failedRuns = r.value(QLatin1String("health"))[QLatin1String("failed_runs")].toInt();
    return QStringLiteral("Generated %1 of %2 posts. Stage 1 approved %3% (%4 decisions), Stage 2 "
                          "approved %5% (%6 decisions). Top rejection reasons: %7. Bottlenecks: "
                          "%8. Health: %9 failed runs.")
        .arg(report.postsGenerated)
        .arg(report.target)
        .arg(report.stage1ApprovalRate)
        .arg(r.value(QLatin1String("stage1_decisions")).toInt())
        .arg(report.stage2ApprovalRate)
        .arg(r.value(QLatin1String("stage2_decisions")).toInt())
        .arg(reasons.isEmpty() ? QStringLiteral("none") : reasons.join(QStringLiteral(", ")))
        .arg(bottlenecks.isEmpty() ? QStringLiteral("none")
                                   : bottlenecks.join(QStringLiteral("; ")))
        .arg(failedRuns);
}

} // namespace Bfs
