#include "planner.h"

#include "orchestratorlogging.h"
#include "repositories/runrepository.h"
#include "repositories/taskclaimrepository.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"
#include "taskregistry.h"

namespace Bfs {

namespace {

void wakeAt(DuePlan &plan, const QDateTime &time)
{
    if (time.isValid() && (!plan.nextWake.isValid() || time < plan.nextWake)) {
        plan.nextWake = time;
    }
}

} // namespace

Planner::Planner(DatabasePtr database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{}

QTimeZone Planner::teamTimeZone(const TeamSettings &settings)
{
    const QString id = settings.value(QString::fromLatin1(SettingKeys::kTeamTimeZone)).trimmed();
    if (id.isEmpty()) {
        return QTimeZone::systemTimeZone();
    }
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid()) {
        qCWarning(lcScheduler) << "unknown time zone" << id
                               << "in team.time_zone; using this machine's";
        return QTimeZone::systemTimeZone();
    }
    return zone;
}

Planner::TaskSchedule Planner::scheduleOf(const QString &task, const TeamSettings &settings)
{
    TaskSchedule result;
    const QString key = scheduleSettingKey(task);
    // Only the eleven tasks have registered settings; the test task uses its default.
    const bool registered = SettingsRegistry::find(key).has_value();
    result.text = registered ? settings.value(key) : TaskRegistry::defaultSchedule(task);
    result.enabled = !registered || settings.boolValue(taskEnabledSettingKey(task));
    auto parsed = Schedule::parse(result.text);
    if (parsed) {
        result.schedule = *parsed;
    } else {
        result.error = QStringLiteral("%1: %2").arg(key, parsed.errorDetail());
    }
    return result;
}

Result<DuePlan> Planner::plan() const
{
    DuePlan plan;
    plan.now = m_clock();
    const auto interrupted = TaskClaimRepository(m_database).interruptExpired(plan.now);
    if (!interrupted) {
        return interrupted.error();
    }
    if (*interrupted > 0) {
        qCInfo(lcScheduler) << *interrupted << "run(s) of stopped processes marked interrupted";
    }

    const TeamSettings settings(m_database);
    plan.paused = settings.boolValue(QString::fromLatin1(SettingKeys::kOrchestratorPaused));
    plan.maxParallelRuns = qMax(
        1, settings.intValue(QString::fromLatin1(SettingKeys::kMaxParallelRuns)));
    const QTimeZone zone = teamTimeZone(settings);
    for (const QString &task : TaskRegistry::names()) {
        const TaskSchedule schedule = scheduleOf(task, settings);
        if (!schedule.error.isEmpty()) {
            plan.scheduleErrors.insert(task, schedule.error);
            continue;
        }
        if (auto planned = planTask(task, schedule, zone, plan); !planned) {
            return planned.error();
        }
    }
    return plan;
}

VoidResult Planner::planTask(const QString &task,
                             const TaskSchedule &schedule,
                             const QTimeZone &zone,
                             DuePlan &plan) const
{
    if (!schedule.enabled) {
        return {};
    }
    TaskClaimRepository claims(m_database);
    const auto firstSeen = claims.firstSeen(task, plan.now);
    if (!firstSeen) {
        return firstSeen.error();
    }
    wakeAt(plan, schedule.schedule->nextAfter(plan.now, zone));

    // Only the latest due time counts: runs missed while nothing was running
    // collapse into one, and times before the task was first seen never ran.
    const QDateTime latest = schedule.schedule->latestAtOrBefore(plan.now, zone);
    if (plan.paused || !latest.isValid() || latest < *firstSeen) {
        return {};
    }
    const auto state = claims.slotState(task, latest, plan.now);
    if (!state) {
        return state.error();
    }
    if (state->liveLeaseUntil.isValid()) {
        // Look again when that lease would expire, in case its holder died.
        wakeAt(plan, state->liveLeaseUntil.addMSecs(1));
    } else if (!state->done) {
        plan.due.append(RunRequest{task, RunTrigger::Schedule, latest, false});
    }
    return {};
}

Result<QList<TaskStatus>> Planner::statuses() const
{
    const QDateTime now = m_clock();
    const auto latest = RunRepository(m_database).latestPerTask();
    if (!latest) {
        return latest.error();
    }
    const TeamSettings settings(m_database);
    const QTimeZone zone = teamTimeZone(settings);

    QList<TaskStatus> statuses;
    for (const TaskRegistry::Entry &entry : TaskRegistry::entries()) {
        const TaskSchedule schedule = scheduleOf(entry.name, settings);
        TaskStatus status;
        status.name = entry.name;
        status.description = entry.description;
        status.scheduleText = schedule.text;
        status.scheduleError = schedule.error;
        status.enabled = schedule.enabled;
        if (schedule.schedule && schedule.enabled) {
            status.nextDue = schedule.schedule->nextAfter(now, zone);
        }
        if (latest->contains(entry.name)) {
            status.lastRun = latest->value(entry.name);
        }
        statuses.append(status);
    }
    return statuses;
}

} // namespace Bfs
