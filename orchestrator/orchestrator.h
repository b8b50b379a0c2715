#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include "planner.h"
#include "runexecution.h"

namespace Bfs {

class TaskRunner;

// The scheduler: one QTimer armed for the next due time of any task, so an
// idle orchestrator does no work at all. When it fires, a worker thread
// reads schedules and claims (Planner), and what is due runs on worker
// threads (TaskRunner), at most orchestrator.max_parallel_runs at once.
// Lives on the thread that creates it (the GUI thread in the app): no method
// here touches the database on that thread.
// TODO: a schedule changed on another desktop is seen only at this process's next wake.
class Orchestrator final : public QObject
{
    Q_OBJECT

public:
    Orchestrator(DatabasePtr database,
                 const QString &dataDir,
                 Clock clock,
                 QObject *parent = nullptr);
    ~Orchestrator() override;

    Q_DISABLE_COPY_MOVE(Orchestrator)

    // Runs what is due now, then keeps running tasks as they come due.
    void start();
    // Runs what is due now once, then emits dueRunsFinished().
    void runDueOnce();
    // Starts nothing new and cancels what runs; emits stopped() once all ended.
    void stop();

    // The entry point of the tray, the "Run now" buttons and `task NAME`:
    // false for an unknown task or one already running in this process.
    // The outcome arrives as runFinished() (kind Busy when another process
    // holds the task).
    bool runNow(const QString &task, RunTrigger trigger, bool force = false);
    void cancel(const QString &task);
    // Stores orchestrator.paused for every desktop; scheduled runs stop,
    // manual runs still work.
    void setPaused(bool paused);
    // Re-reads the schedules now, e.g. after the settings page changed one.
    void reschedule();

    // Reads every task's schedule, next due time and last run on a worker
    // thread; the answer comes as taskStatusesReady().
    void refreshTaskStatuses();

    QStringList runningTasks() const;

    // When the timer fires next (local clock); invalid when it is not armed.
    QDateTime nextWake() const { return m_nextWake; }

signals:
    void runStarted(const QString &task, qint64 runId);
    void runProgress(const QString &task, int done, int total, const QString &text);
    void runFinished(const Bfs::RunReport &report);
    // A run started or ended, or the schedule was read again.
    void tasksChanged();
    void taskStatusesReady(const QList<Bfs::TaskStatus> &statuses);
    // A schedule setting cannot be used; that task stays off until fixed.
    void scheduleProblem(const QString &task, const QString &reason);
    void dueRunsFinished();
    void stopped();

private:
    void plan();
    void applyPlan(const Result<DuePlan> &plan);
    void reportScheduleErrors(const QHash<QString, QString> &errors);
    void enqueue(const RunRequest &request, bool urgent);
    void startQueued();
    void onRunFinished(const RunReport &report);
    void armTimer(const QDateTime &wake, const QDateTime &now);
    void checkIdle();

    RunEnvironment m_environment;
    Planner m_planner;
    TaskRunner *m_runner = nullptr;
    QTimer m_timer;
    QList<RunRequest> m_queue;
    QHash<QString, QString> m_scheduleErrors;
    QDateTime m_nextWake;
    int m_maxParallelRuns = 2;
    bool m_planning = false;
    bool m_planAgain = false;
    bool m_once = false;
    bool m_stopping = false;
    // dueRunsFinished() or stopped() was emitted for the current request.
    bool m_idleReported = false;
};

} // namespace Bfs

Q_DECLARE_METATYPE(Bfs::TaskStatus)
