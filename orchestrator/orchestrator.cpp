#include "orchestrator.h"

#include <limits>

#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "orchestratorlogging.h"
#include "settings/settingsregistry.h"
#include "settings/teamsettings.h"
#include "taskregistry.h"
#include "taskrunner.h"

namespace Bfs {

namespace {

// Fire a little after the due time so the clock has surely passed it.
constexpr qint64 kTimerMarginMs = 50;
// After the database could not be read, try again this much later.
constexpr int kRetryAfterErrorMs = 60 * 1000;

} // namespace

Orchestrator::Orchestrator(DatabasePtr database,
                           const QString &dataDir,
                           Clock clock,
                           QObject *parent)
    : QObject(parent)
    , m_environment{database, dataDir, clock, processHolder(), QSysInfo::machineHostName(), 60}
    , m_planner(database, clock)
    , m_runner(new TaskRunner(m_environment, this))
{
    qRegisterMetaType<Bfs::TaskStatus>();
    qRegisterMetaType<QList<Bfs::TaskStatus>>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Orchestrator::plan);
    connect(m_runner, &TaskRunner::runStarted, this, &Orchestrator::runStarted);
    connect(m_runner, &TaskRunner::runStarted, this, &Orchestrator::tasksChanged);
    connect(m_runner, &TaskRunner::runProgress, this, &Orchestrator::runProgress);
    connect(m_runner, &TaskRunner::runFinished, this, &Orchestrator::onRunFinished);
}

Orchestrator::~Orchestrator() = default;

void Orchestrator::start()
{
    m_once = false;
    m_stopping = false;
    qCInfo(lcScheduler) << "orchestrator started as" << m_environment.holder;
    plan();
}

void Orchestrator::runDueOnce()
{
    m_once = true;
    m_stopping = false;
    m_idleReported = false;
    plan();
}

void Orchestrator::stop()
{
    qCInfo(lcScheduler) << "stopping; cancelling" << m_runner->runningCount() << "run(s)";
    m_stopping = true;
    m_idleReported = false;
    m_timer.stop();
    m_nextWake = {};
    m_queue.clear();
    m_runner->cancelAll();
    QMetaObject::invokeMethod(this, &Orchestrator::checkIdle, Qt::QueuedConnection);
}

bool Orchestrator::runNow(const QString &task, RunTrigger trigger, bool force)
{
    if (!TaskRegistry::contains(task) || m_runner->isRunning(task) || m_stopping) {
        return false;
    }
    enqueue(RunRequest{task, trigger, {}, force}, true);
    startQueued();
    return true;
}

void Orchestrator::cancel(const QString &task)
{
    m_queue.removeIf([&task](const RunRequest &request) { return request.task == task; });
    m_runner->cancel(task);
}

void Orchestrator::setPaused(bool paused)
{
    auto future = QtConcurrent::run([database = m_environment.database, paused] {
        const auto stored = TeamSettings(database).setValue(
            QString::fromLatin1(SettingKeys::kOrchestratorPaused),
            paused ? QStringLiteral("true") : QStringLiteral("false"));
        if (!stored) {
            qCWarning(lcScheduler)
                << "could not store orchestrator.paused:" << stored.errorDetail();
        }
    });
    future.then(this, [this] { reschedule(); });
}

void Orchestrator::reschedule()
{
    if (!m_stopping && !m_once) {
        plan();
    }
}

void Orchestrator::refreshTaskStatuses()
{
    auto future = QtConcurrent::run([planner = m_planner] {
        return std::make_shared<Result<QList<TaskStatus>>>(planner.statuses());
    });
    future.then(this, [this](const std::shared_ptr<Result<QList<TaskStatus>>> &statuses) {
        if (!statuses->ok()) {
            qCWarning(lcScheduler) << "reading the task list failed:" << statuses->errorDetail();
            return;
        }
        emit taskStatusesReady(statuses->value());
    });
}

QStringList Orchestrator::runningTasks() const
{
    return m_runner->runningTasks();
}

void Orchestrator::plan()
{
    if (m_planning) {
        m_planAgain = true;
        return;
    }
    m_planning = true;
    auto future = QtConcurrent::run(
        [planner = m_planner] { return std::make_shared<Result<DuePlan>>(planner.plan()); });
    future.then(this, [this](const std::shared_ptr<Result<DuePlan>> &plan) { applyPlan(*plan); });
}

void Orchestrator::applyPlan(const Result<DuePlan> &duePlan)
{
    m_planning = false;
    if (m_stopping) {
        checkIdle();
        return;
    }
    if (!duePlan) {
        qCWarning(lcScheduler) << "reading the schedule failed:" << duePlan.errorDetail();
        if (!m_once) {
            m_timer.start(kRetryAfterErrorMs);
        }
        checkIdle();
        return;
    }

    m_maxParallelRuns = duePlan->maxParallelRuns;
    reportScheduleErrors(duePlan->scheduleErrors);
    for (const RunRequest &request : duePlan->due) {
        enqueue(request, false);
    }
    startQueued();
    if (!m_once) {
        armTimer(duePlan->nextWake, duePlan->now);
    }
    emit tasksChanged();

    if (m_planAgain) {
        m_planAgain = false;
        plan();
    }
    checkIdle();
}

void Orchestrator::reportScheduleErrors(const QHash<QString, QString> &errors)
{
    for (auto error = errors.constBegin(); error != errors.constEnd(); ++error) {
        if (m_scheduleErrors.value(error.key()) != error.value()) {
            qCWarning(lcScheduler).noquote()
                << "task" << error.key() << "stays off:" << error.value();
            emit scheduleProblem(error.key(), error.value());
        }
    }
    m_scheduleErrors = errors;
}

void Orchestrator::enqueue(const RunRequest &request, bool urgent)
{
    const bool queued = std::any_of(
        m_queue.cbegin(), m_queue.cend(), [&request](const RunRequest &other) {
            return other.task == request.task;
        });
    if (queued || m_runner->isRunning(request.task)) {
        return;
    }
    if (urgent) {
        m_queue.prepend(request);
    } else {
        m_queue.append(request);
    }
}

void Orchestrator::startQueued()
{
    for (auto request = m_queue.begin(); request != m_queue.end();) {
        if (m_runner->runningCount() >= m_maxParallelRuns) {
            return;
        }
        if (m_runner->isRunning(request->task)) {
            ++request;
            continue;
        }
        m_runner->start(*request);
        request = m_queue.erase(request);
    }
}

void Orchestrator::onRunFinished(const RunReport &report)
{
    emit runFinished(report);
    emit tasksChanged();
    if (m_stopping) {
        checkIdle();
        return;
    }
    startQueued();
    if (!m_once) {
        // A run that found its task busy elsewhere is looked at again when
        // that lease would expire; the planner arms the timer for it.
        plan();
    }
    checkIdle();
}

void Orchestrator::armTimer(const QDateTime &wake, const QDateTime &now)
{
    if (!wake.isValid()) {
        m_timer.stop();
        m_nextWake = {};
        return;
    }
    const qint64 delay = qBound(
        qint64(0), now.msecsTo(wake) + kTimerMarginMs, qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(delay));
    m_nextWake = QDateTime::currentDateTimeUtc().addMSecs(delay);
    qCDebug(lcScheduler) << "next look at the schedule in" << delay / 1000 << "s";
}

void Orchestrator::checkIdle()
{
    if (m_planning || !m_queue.isEmpty() || m_runner->runningCount() > 0) {
        return;
    }
    if (m_idleReported) {
        return;
    }
    if (m_stopping) {
        m_idleReported = true;
        emit stopped();
    } else if (m_once) {
        m_idleReported = true;
        emit dueRunsFinished();
    }
}

} // namespace Bfs
