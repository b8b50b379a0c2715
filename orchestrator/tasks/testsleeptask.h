#pragma once

#include "task.h"

namespace Bfs {

// Test only, registered when BFS_TEST_TASKS=1: sleeps cooperatively for
// BFS_TEST_TASK_SLEEP_MS (default 300) so a test can kill a process in the
// middle of a run. Its schedule is BFS_TEST_TASK_SCHEDULE (default "every 1m").
class TestSleepTask final : public Task
{
public:
    QString name() const override;
    QString defaultSchedule() const override;
    QString description() const override;
    TaskOutcome run(TaskContext &context) override;
};

} // namespace Bfs
