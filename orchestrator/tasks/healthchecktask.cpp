#include "healthchecktask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTextStream>

#include "db/sqlquery.h"
#include "db/sqltime.h"
#include "orchestratorlogging.h"
#include "repositories/notificationrepository.h"
#include "repositories/runrepository.h"
#include "services.h"
#include "settings/teamsettings.h"

namespace Bfs {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;
// Without an earlier check, look back this far for failed runs and errors.
constexpr qint64 kDefaultLookBackSeconds = 30 * 60;
constexpr int kTaskNamesInAlert = 5;

Result<qint64> databaseBytes(const TaskContext &context)
{
    if (context.database->engine() == DatabaseEngine::Sqlite) {
        const QString path = context.database->location().sqlitePath;
        return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    }
    SqlQuery query(context.database->connection(),
                   QStringLiteral("SELECT pg_database_size(current_database())"));
    const auto size = query.scalar();
    if (!size) {
        return size.error();
    }
    return size->toLongLong();
}

// SQLite's quick check; PostgreSQL counts as sound when it answers.
QString integrityProblem(const TaskContext &context)
{
    const bool sqlite = context.database->engine() == DatabaseEngine::Sqlite;
    SqlQuery query(context.database->connection(),
                   sqlite ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("SELECT 'ok'"));
    const auto answer = query.scalar();
    if (!answer) {
        return answer.errorDetail();
    }
    return answer->toString() == QLatin1String("ok") ? QString() : answer->toString();
}

int memoryUsedPercent()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    qint64 total = 0;
    qint64 available = 0;
    const QStringList lines = QString::fromLatin1(meminfo.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList parts = line.simplified().split(QLatin1Char(' '));
        if (parts.size() >= 2 && parts.first() == QLatin1String("MemTotal:")) {
            total = parts.at(1).toLongLong();
        } else if (parts.size() >= 2 && parts.first() == QLatin1String("MemAvailable:")) {
            available = parts.at(1).toLongLong();
        }
    }
    return total > 0 ? int(100 - available * 100 / total) : -1;
}

} // namespace

QString HealthCheckTask::name() const
{
    return QStringLiteral("health_check");
}

QString HealthCheckTask::defaultSchedule() const
{
    return QStringLiteral("every 30m");
}

QString HealthCheckTask::description() const
{
    return QStringLiteral("Database, disk, memory, stuck posts, failed runs and errors");
}

TaskOutcome HealthCheckTask::run(TaskContext &context)
{
    const TeamSettings settings(context.database);
    const auto previous = RunRepository(context.database).recent(2, name());
    QDateTime since = context.now.addSecs(-kDefaultLookBackSeconds);
    if (previous && previous->size() == 2) {
        since = previous->at(1).startedAt;
    }

    Findings findings;
    if (auto checked = checkDatabase(context, settings, findings); !checked) {
        return TaskOutcome::failed(
            QStringLiteral("the database cannot be checked: %1").arg(checked.errorDetail()));
    }
    context.reportProgress(1, 5, QStringLiteral("database checked"));
    checkDisk(context, settings, findings);
    checkMemory(settings, findings);
    context.reportProgress(2, 5, QStringLiteral("disk and memory checked"));
    if (auto checked = checkStuckPosts(context, settings, findings); !checked) {
        return TaskOutcome::failed(checked.errorDetail());
    }
    context.reportProgress(3, 5, QStringLiteral("workflow checked"));
    if (auto checked = checkFailedRuns(context, since, findings); !checked) {
        return TaskOutcome::failed(checked.errorDetail());
    }
    checkLogErrors(context, since, findings);
    context.reportProgress(4, 5, QStringLiteral("runs and logs checked"));

    findings.details.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(findings.alerts));
    if (!findings.alerts.isEmpty()) {
        sendAlert(context, findings.alerts);
    }
    context.reportProgress(5, 5, QStringLiteral("done"));
    const QString message = findings.alerts.isEmpty()
                                ? QStringLiteral("healthy")
                                : QStringLiteral("%1 issue(s): %2")
                                      .arg(findings.alerts.size())
                                      .arg(findings.alerts.join(QStringLiteral("; ")));
    TaskOutcome outcome = TaskOutcome::success(int(findings.alerts.size()), message);
    outcome.details = findings.details;
    return outcome;
}

VoidResult HealthCheckTask::checkDatabase(const TaskContext &context,
                                          const TeamSettings &settings,
                                          Findings &findings)
{
    const auto bytes = databaseBytes(context);
    if (!bytes) {
        return bytes.error();
    }
    const qint64 megabytes = *bytes / kMegabyte;
    const int limit = settings.intValue(QStringLiteral("health.max_database_mb"));
    findings.details.insert(QStringLiteral("database_mb"), megabytes);
    if (megabytes > limit) {
        findings.alerts.append(
            QStringLiteral("database is %1 MB (limit %2 MB)").arg(megabytes).arg(limit));
    }

    const QString problem = integrityProblem(context);
    findings.details.insert(QStringLiteral("integrity"),
                            problem.isEmpty() ? QStringLiteral("ok") : problem);
    if (!problem.isEmpty()) {
        findings.alerts.append(QStringLiteral("database integrity check failed: %1").arg(problem));
    }
    return {};
}

void HealthCheckTask::checkDisk(const TaskContext &context,
                                const TeamSettings &settings,
                                Findings &findings)
{
    const QStorageInfo storage(context.dataDir);
    if (!storage.isValid() || storage.bytesTotal() <= 0) {
        qCWarning(lcTasks) << "cannot read disk use of" << context.dataDir;
        return;
    }
    const int used = int(100 - storage.bytesAvailable() * 100 / storage.bytesTotal());
    const int limit = settings.intValue(QStringLiteral("health.max_disk_percent"));
    findings.details.insert(QStringLiteral("disk_percent"), used);
    if (used > limit) {
        findings.alerts.append(QStringLiteral("disk is %1% full (limit %2%)").arg(used).arg(limit));
    }
}

void HealthCheckTask::checkMemory(const TeamSettings &settings, Findings &findings)
{
    // TODO: memory use is read from /proc/meminfo only; on Windows and macOS this check is skipped.
    const int used = memoryUsedPercent();
    if (used < 0) {
        return;
    }
    const int limit = settings.intValue(QStringLiteral("health.max_memory_percent"));
    findings.details.insert(QStringLiteral("memory_percent"), used);
    if (used > limit) {
        findings.alerts.append(
            QStringLiteral("memory is %1% used (limit %2%)").arg(used).arg(limit));
    }
}

VoidResult HealthCheckTask::checkStuckPosts(const TaskContext &context,
                                            const TeamSettings &settings,
                                            Findings &findings)
{
    // Automated stages: images to generate (full design) and approved posts
    // to schedule; stages waiting on people are the reminders' business.
    const int hours = settings.intValue(QStringLiteral("health.stuck_hours"));
    SqlQuery query(
        context.database->connection(),
        QStringLiteral("SELECT COUNT(*) FROM content_library WHERE status_changed_at < ? AND "
                       "((status = 'pending_design' AND design_mode = 'full') "
                       "OR status = 'approved')"));
    query.bind(toSqlTime(context.now.addSecs(-qint64(hours) * 3600)));
    const auto stuck = query.scalar();
    if (!stuck) {
        return stuck.error();
    }
    const int count = stuck->toInt();
    findings.details.insert(QStringLiteral("stuck_posts"), count);
    if (count > 0) {
        findings.alerts.append(QStringLiteral("%1 post(s) stuck over %2 h in an automated stage")
                                   .arg(count)
                                   .arg(hours));
    }
    return {};
}

VoidResult HealthCheckTask::checkFailedRuns(const TaskContext &context,
                                            const QDateTime &since,
                                            Findings &findings)
{
    const auto failed = RunRepository(context.database).failedSince(since);
    if (!failed) {
        return failed.error();
    }
    findings.details.insert(QStringLiteral("failed_runs"), int(failed->size()));
    if (failed->isEmpty()) {
        return {};
    }
    QStringList tasks;
    for (const OrchestratorRun &run : *failed) {
        if (!tasks.contains(run.task) && tasks.size() < kTaskNamesInAlert) {
            tasks.append(run.task);
        }
    }
    findings.alerts.append(QStringLiteral("%1 failed or interrupted run(s) (%2)")
                               .arg(failed->size())
                               .arg(tasks.join(QStringLiteral(", "))));
    return {};
}

void HealthCheckTask::checkLogErrors(const TaskContext &context,
                                     const QDateTime &since,
                                     Findings &findings)
{
    // TODO: recognises log lines by the words "critical"/"fatal"; tighten once the log file format
    // is fixed.
    static const QRegularExpression level(QStringLiteral("\\b(critical|fatal)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QDir logs(QDir(context.dataDir).filePath(QStringLiteral("logs")));
    int count = 0;
    const QFileInfoList files = logs.entryInfoList({QStringLiteral("*.log*")}, QDir::Files);
    for (const QFileInfo &file : files) {
        QFile log(file.filePath());
        if (file.lastModified() < since || !log.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        QTextStream stream(&log);
        while (!stream.atEnd()) {
            const QString line = stream.readLine();
            const QDateTime at = QDateTime::fromString(line.section(QLatin1Char(' '), 0, 0),
                                                       Qt::ISODateWithMs);
            if ((!at.isValid() || at >= since) && level.match(line).hasMatch()) {
                ++count;
            }
        }
    }
    findings.details.insert(QStringLiteral("error_log_lines"), count);
    if (count > 0) {
        findings.alerts.append(QStringLiteral("%1 critical line(s) in the log").arg(count));
    }
}

void HealthCheckTask::sendAlert(const TaskContext &context, const QStringList &alerts)
{
    NotificationMessage message;
    message.kind = NotificationKind::HealthAlert;
    message.title = QStringLiteral("Health check: %1 issue(s)").arg(alerts.size());
    message.body = alerts.join(QLatin1Char('\n'));
    message.link = QStringLiteral("bfs://page/orchestrator");
    qCWarning(lcTasks).noquote() << message.title << "-" << alerts.join(QStringLiteral("; "));

    Notification stored{0,
                        notificationKindKey(message.kind),
                        message.title,
                        message.body,
                        message.link,
                        context.now,
                        false};
    if (auto added = NotificationRepository(context.database).add(stored); !added) {
        qCWarning(lcTasks) << "could not keep the health alert in the app:" << added.errorDetail();
    }
    if (context.services != nullptr && context.services->notifier) {
        if (auto sent = context.services->notifier->notify(message); !sent) {
            qCWarning(lcTasks) << "could not send the health alert:" << sent.errorDetail();
        }
    }
}

} // namespace Bfs
