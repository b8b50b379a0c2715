#pragma once

#include <atomic>
#include <functional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "db/database.h"

namespace Bfs {

struct Services;

enum class RunTrigger {
    Schedule,
    Manual,
    Tray,
    Cli,
};

enum class RunStatus {
    Running,
    Success,
    Failed,
    Skipped,
    Interrupted,
};

QString runTriggerKey(RunTrigger trigger);
QString runStatusKey(RunStatus status);

// Everything one run of a task may use. Built by the task runner on the
// worker thread that runs the task; `database` gives that thread its own
// connection.
struct TaskContext
{
    DatabasePtr database;
    Services *services = nullptr;
    QString dataDir;
    RunTrigger trigger = RunTrigger::Schedule;
    // --force: skip "not due" and "already done this week", never safety checks.
    bool force = false;
    // The slot this run is for (invalid for a manual run) and "now" as the
    // scheduler's clock sees it, so tests can drive time.
    QDateTime dueAt;
    QDateTime now;
    const std::atomic_bool *cancelRequested = nullptr;
    // Reports done/total and a line of text; safe to call from the worker.
    std::function<void(int done, int total, const QString &text)> progress;

    bool cancelled() const { return cancelRequested != nullptr && cancelRequested->load(); }

    void reportProgress(int done, int total, const QString &text) const
    {
        if (progress) {
            progress(done, total, text);
        }
    }
};

// What a run did, written to orchestrator_runs when it ends.
struct TaskOutcome
{
    RunStatus status = RunStatus::Success;
    int itemsProcessed = 0;
    int costCents = 0;
    QString message;
    QJsonObject details;

    static TaskOutcome success(int items, const QString &message)
    {
        return {RunStatus::Success, items, 0, message, {}};
    }

    static TaskOutcome failed(const QString &message)
    {
        return {RunStatus::Failed, 0, 0, message, {}};
    }

    static TaskOutcome skipped(const QString &message)
    {
        return {RunStatus::Skipped, 0, 0, message, {}};
    }
};

// One of the eleven tasks of SPEC.md. run() is called on a worker thread,
// never on the UI thread, and must return promptly once ctx.cancelled().
class Task
{
public:
    virtual ~Task() = default;

    // Stable name used by the command line and the settings
    // ("generate_content", ...).
    virtual QString name() const = 0;
    // The default schedule text (see schedule.h), stored as the setting
    // schedule.<name> on first start.
    virtual QString defaultSchedule() const = 0;
    virtual QString description() const = 0;

    virtual TaskOutcome run(TaskContext &context) = 0;
};

} // namespace Bfs
