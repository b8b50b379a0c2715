#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QObject>

#include "runexecution.h"

class QThread;

namespace Bfs {

// Runs requests on worker threads, one thread per run, each with its own
// database connection. Lives on the thread that owns it (the GUI thread in
// the app); its signals arrive there. Refuses a second run of a task that
// is already running here; the claim refuses one running elsewhere.
class TaskRunner final : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(RunEnvironment environment, QObject *parent = nullptr);
    // Cancels every run and waits for them to end.
    ~TaskRunner() override;

    Q_DISABLE_COPY_MOVE(TaskRunner)

    bool start(const RunRequest &request);
    // Cooperative: the task sees ctx.cancelled() and returns promptly.
    void cancel(const QString &task);
    void cancelAll();

    bool isRunning(const QString &task) const { return m_active.contains(task); }

    int runningCount() const { return int(m_active.size()); }

    QStringList runningTasks() const { return m_active.keys(); }

signals:
    void runStarted(const QString &task, qint64 runId);
    void runProgress(const QString &task, int done, int total, const QString &text);
    void runFinished(const Bfs::RunReport &report);

private:
    struct ActiveRun
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic_bool> cancel;
        std::shared_ptr<RunReport> report;
    };

    RunCallbacks callbacksFor(const QString &task);
    void onThreadFinished(const QString &task);

    RunEnvironment m_environment;
    QHash<QString, ActiveRun> m_active;
};

} // namespace Bfs
