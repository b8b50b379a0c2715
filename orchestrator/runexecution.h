#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "clock.h"
#include "task.h"

namespace Bfs {

// What every run of one orchestrator shares.
struct RunEnvironment
{
    DatabasePtr database;
    QString dataDir;
    Clock clock;
    // Who holds claims: unique per process ("host/pid/random").
    QString holder;
    QString host;
    // A live holder renews its lease every third of this.
    int leaseSeconds = 60;
};

// One run someone asked for: a due time of the schedule, or "now".
struct RunRequest
{
    QString task;
    RunTrigger trigger = RunTrigger::Schedule;
    // The due time for a scheduled run; invalid for a manual one.
    QDateTime dueAt;
    bool force = false;
};

// How a request ended.
struct RunReport
{
    enum class Kind {
        // The task ran; status and the rest describe the run.
        Ran,
        // Another run of the task holds it (here or in another process).
        Busy,
        // Another process already ran this due time.
        AlreadyDone,
        // The run could not be recorded (database trouble) or the task is unknown.
        Error,
    };

    RunRequest request;
    Kind kind = Kind::Error;
    qint64 runId = 0;
    RunStatus status = RunStatus::Failed;
    int itemsProcessed = 0;
    int costCents = 0;
    QString message;
    QDateTime busyUntil;
};

struct RunCallbacks
{
    // Called on the worker thread once the run row exists.
    std::function<void(qint64 runId)> started;
    std::function<void(int done, int total, const QString &text)> progress;
};

// A process-wide unique holder name for claims.
QString processHolder();

// Claims, runs and records one request, synchronously on the calling
// thread (a worker, never the UI thread). The lease is renewed on a helper
// thread while the task runs; losing it sets `cancel`.
RunReport executeRun(const RunEnvironment &environment,
                     const RunRequest &request,
                     const std::shared_ptr<std::atomic_bool> &cancel,
                     const RunCallbacks &callbacks);

} // namespace Bfs

Q_DECLARE_METATYPE(Bfs::RunReport)
