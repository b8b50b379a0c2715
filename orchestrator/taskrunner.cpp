#include "taskrunner.h"

#include <QThread>

#include "orchestratorlogging.h"

namespace Bfs {

TaskRunner::TaskRunner(RunEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
    qRegisterMetaType<Bfs::RunReport>();
}

TaskRunner::~TaskRunner()
{
    cancelAll();
    for (const ActiveRun &run : std::as_const(m_active)) {
        run.thread->wait();
        delete run.thread;
    }
}

bool TaskRunner::start(const RunRequest &request)
{
    if (m_active.contains(request.task)) {
        return false;
    }

    ActiveRun run;
    run.cancel = std::make_shared<std::atomic_bool>(false);
    run.report = std::make_shared<RunReport>();
    const RunCallbacks callbacks = callbacksFor(request.task);
    run.thread = QThread::create(
        [environment = m_environment,
         request,
         cancel = run.cancel,
         report = run.report,
         callbacks] { *report = executeRun(environment, request, cancel, callbacks); });
    run.thread->setObjectName(QStringLiteral("run-") + request.task);
    connect(run.thread, &QThread::finished, this, [this, task = request.task] {
        onThreadFinished(task);
    });
    m_active.insert(request.task, run);
    run.thread->start();
    return true;
}

RunCallbacks TaskRunner::callbacksFor(const QString &task)
{
    // Called on the worker; the runner outlives its threads (its destructor
    // waits), and events queued to a deleted runner are dropped.
    RunCallbacks callbacks;
    callbacks.started = [this, task](qint64 runId) {
        QMetaObject::invokeMethod(
            this, [this, task, runId] { emit runStarted(task, runId); }, Qt::QueuedConnection);
    };
    callbacks.progress = [this, task](int done, int total, const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [this, task, done, total, text] { emit runProgress(task, done, total, text); },
            Qt::QueuedConnection);
    };
    return callbacks;
}

void TaskRunner::cancel(const QString &task)
{
    const auto run = m_active.constFind(task);
    if (run != m_active.constEnd()) {
        qCInfo(lcRunner) << "cancelling" << task;
        run->cancel->store(true);
    }
}

void TaskRunner::cancelAll()
{
    for (const ActiveRun &run : std::as_const(m_active)) {
        run.cancel->store(true);
    }
}

void TaskRunner::onThreadFinished(const QString &task)
{
    const ActiveRun run = m_active.take(task);
    if (run.thread == nullptr) {
        return;
    }
    run.thread->wait();
    delete run.thread;
    emit runFinished(*run.report);
}

} // namespace Bfs
