#include "testsleeptask.h"

#include <QThread>

namespace Bfs {

namespace {

constexpr int kStepMs = 20;

} // namespace

QString TestSleepTask::name() const
{
    return QStringLiteral("test_sleep");
}

QString TestSleepTask::defaultSchedule() const
{
    const QString schedule = qEnvironmentVariable("BFS_TEST_TASK_SCHEDULE");
    return schedule.isEmpty() ? QStringLiteral("every 1m") : schedule;
}

QString TestSleepTask::description() const
{
    return QStringLiteral("Test only: sleeps, then succeeds");
}

TaskOutcome TestSleepTask::run(TaskContext &context)
{
    bool ok = false;
    int remainingMs = qEnvironmentVariableIntValue("BFS_TEST_TASK_SLEEP_MS", &ok);
    if (!ok) {
        remainingMs = 300;
    }
    const int total = remainingMs;
    while (remainingMs > 0) {
        if (context.cancelled()) {
            return {RunStatus::Interrupted, 0, 0, QStringLiteral("cancelled"), {}};
        }
        QThread::msleep(kStepMs);
        remainingMs -= kStepMs;
        context.reportProgress(total - remainingMs, total, QStringLiteral("sleeping"));
    }
    return TaskOutcome::success(1, QStringLiteral("slept %1 ms").arg(total));
}

} // namespace Bfs
