#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QTimeZone>

#include "clock.h"
#include "domain/records.h"
#include "runexecution.h"
#include "schedule.h"

namespace Bfs {

class TeamSettings;

// One task as the Orchestrator page and `bfs-marketing tasks` show it.
struct TaskStatus
{
    QString name;
    QString description;
    QString scheduleText;
    // Why the schedule setting is unusable; the task stays off meanwhile.
    QString scheduleError;
    bool enabled = true;
    QDateTime nextDue;
    std::optional<OrchestratorRun> lastRun;
};

// What is due now and when to look again.
struct DuePlan
{
    QDateTime now;
    QList<RunRequest> due;
    // The earliest next due time of any task (or a foreign lease's expiry);
    // invalid when nothing is scheduled at all.
    QDateTime nextWake;
    int maxParallelRuns = 2;
    bool paused = false;
    // Task name → the reason its schedule is unusable.
    QHash<QString, QString> scheduleErrors;
};

// Reads schedules and claims to decide what is due. Blocking database
// work: call it on a worker thread (each call uses that thread's connection).
class Planner final
{
public:
    Planner(DatabasePtr database, Clock clock);

    [[nodiscard]] Result<DuePlan> plan() const;
    [[nodiscard]] Result<QList<TaskStatus>> statuses() const;

    static QTimeZone teamTimeZone(const TeamSettings &settings);

private:
    struct TaskSchedule
    {
        std::optional<Schedule> schedule;
        QString text;
        QString error;
        bool enabled = true;
    };

    static TaskSchedule scheduleOf(const QString &task, const TeamSettings &settings);
    [[nodiscard]] VoidResult planTask(const QString &task,
                                      const TaskSchedule &schedule,
                                      const QTimeZone &zone,
                                      DuePlan &plan) const;

    DatabasePtr m_database;
    Clock m_clock;
};

} // namespace Bfs
