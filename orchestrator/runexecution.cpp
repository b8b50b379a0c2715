#include "runexecution.h"

#include <condition_variable>
#include <mutex>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include "orchestratorlogging.h"
#include "repositories/runrepository.h"
#include "repositories/taskclaimrepository.h"
#include "services.h"
#include "taskregistry.h"

namespace Bfs {

namespace {

// Renews one claim's lease on its own thread until destroyed, because the
// worker thread is busy inside Task::run().
class LeaseRenewer final
{
public:
    LeaseRenewer(const RunEnvironment &environment,
                 const QString &task,
                 const QString &claimKey,
                 std::shared_ptr<std::atomic_bool> cancel)
    {
        m_thread.reset(
            QThread::create([=, this] { renewUntilStopped(environment, task, claimKey, cancel); }));
        m_thread->start();
    }

    ~LeaseRenewer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread->wait();
    }

    Q_DISABLE_COPY_MOVE(LeaseRenewer)

    bool lost() const { return m_lost.load(); }

private:
    void renewUntilStopped(const RunEnvironment &environment,
                           const QString &task,
                           const QString &claimKey,
                           const std::shared_ptr<std::atomic_bool> &cancel)
    {
        TaskClaimRepository claims(environment.database);
        const auto interval = std::chrono::milliseconds(environment.leaseSeconds * 1000 / 3);
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, interval, [this] { return m_stop; })) {
            const QDateTime expires = environment.clock().addSecs(environment.leaseSeconds);
            const auto renewed = claims.renew(task, claimKey, environment.holder, expires);
            if (!renewed) {
                qCWarning(lcRunner)
                    << "renewing the lease of" << task << "failed:" << renewed.errorDetail();
            } else if (!*renewed) {
                qCWarning(lcRunner)
                    << "lost the claim of" << task << "to another process; cancelling";
                m_lost = true;
                cancel->store(true);
                return;
            }
        }
    }

    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic_bool m_lost = false;
};

RunReport claimRun(const RunEnvironment &environment, const RunRequest &request, Claim *claim)
{
    RunReport report;
    report.request = request;
    ClaimRequest claimRequest{request.task,
                              request.dueAt,
                              environment.holder,
                              environment.host,
                              runTriggerKey(request.trigger),
                              environment.clock(),
                              environment.leaseSeconds};
    const auto claimed = TaskClaimRepository(environment.database).claim(claimRequest);
    if (!claimed) {
        report.message = claimed.errorDetail();
        return report;
    }
    *claim = *claimed;
    report.runId = claimed->runId;
    report.busyUntil = claimed->busyUntil;
    switch (claimed->outcome) {
    case Claim::Outcome::Claimed:
        report.kind = RunReport::Kind::Ran;
        break;
    case Claim::Outcome::AlreadyDone:
        report.kind = RunReport::Kind::AlreadyDone;
        report.message = QStringLiteral("this due time already ran");
        break;
    case Claim::Outcome::Busy:
        report.kind = RunReport::Kind::Busy;
        report.message = QStringLiteral("held by %1").arg(claimed->busyHolder);
        break;
    }
    return report;
}

TaskOutcome runTask(const RunEnvironment &environment,
                    const RunRequest &request,
                    const std::shared_ptr<std::atomic_bool> &cancel,
                    const RunCallbacks &callbacks)
{
    const std::unique_ptr<Task> task = TaskRegistry::create(request.task);
    if (!task) {
        return TaskOutcome::failed(QStringLiteral("unknown task %1").arg(request.task));
    }
    Services services = createServices(
        ServiceEnvironment{environment.dataDir, environment.database});
    TaskContext context;
    context.database = environment.database;
    context.services = &services;
    context.dataDir = environment.dataDir;
    context.trigger = request.trigger;
    context.force = request.force;
    context.dueAt = request.dueAt;
    context.now = environment.clock();
    context.cancelRequested = cancel.get();
    context.progress = callbacks.progress;
    TaskOutcome outcome = task->run(context);
    if (outcome.status == RunStatus::Running) {
        outcome.status = RunStatus::Failed;
    }
    return outcome;
}

void recordOutcome(const RunEnvironment &environment, RunReport &report, const TaskOutcome &outcome)
{
    report.status = outcome.status;
    report.itemsProcessed = outcome.itemsProcessed;
    report.costCents = outcome.costCents;
    report.message = outcome.message;

    OrchestratorRun run;
    run.id = report.runId;
    run.status = runStatusKey(outcome.status);
    run.finishedAt = environment.clock();
    run.itemsProcessed = outcome.itemsProcessed;
    run.costCents = outcome.costCents;
    run.message = outcome.message;
    run.details = outcome.details;
    const auto finished = RunRepository(environment.database).finish(run);
    if (!finished) {
        qCCritical(lcRunner) << "recording the end of run" << report.runId
                             << "failed:" << finished.errorDetail();
    } else if (!*finished) {
        qCWarning(lcRunner) << "run" << report.runId
                            << "was already marked interrupted by another process";
        report.status = RunStatus::Interrupted;
    }
}

} // namespace

QString processHolder()
{
    static const QString holder =
        QStringLiteral("%1/%2/%3")
            .arg(QSysInfo::machineHostName())
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return holder;
}

RunReport executeRun(const RunEnvironment &environment,
                     const RunRequest &request,
                     const std::shared_ptr<std::atomic_bool> &cancel,
                     const RunCallbacks &callbacks)
{
    Claim claim;
    RunReport report = claimRun(environment, request, &claim);
    if (report.kind != RunReport::Kind::Ran) {
        qCInfo(lcRunner) << "not running" << request.task << "-" << report.message;
        return report;
    }
    if (claim.interruptedRunId != 0) {
        qCInfo(lcRunner) << "took over" << request.task << "from a stopped process; run"
                         << claim.interruptedRunId << "marked interrupted";
    }
    qCInfo(lcRunner) << "run" << report.runId << "of" << request.task << "started by"
                     << runTriggerKey(request.trigger);
    if (callbacks.started) {
        callbacks.started(report.runId);
    }

    TaskOutcome outcome;
    {
        const LeaseRenewer renewer(environment, request.task, claim.claimKey, cancel);
        outcome = runTask(environment, request, cancel, callbacks);
    }
    recordOutcome(environment, report, outcome);
    qCInfo(lcRunner) << "run" << report.runId << "of" << request.task << "ended"
                     << runStatusKey(report.status) << "-" << report.message;
    return report;
}

} // namespace Bfs
