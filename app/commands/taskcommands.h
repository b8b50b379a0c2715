#pragma once

#include "commandcontext.h"

namespace Bfs::App {

// task NAME [--force]: runs one task now in the foreground and prints what
// it did; exit 0 on success or skip, 1 on failure, 3 when another process
// holds the task.
Command taskCommand();
// tasks [--json]: each task's schedule, next due time and last run.
Command tasksCommand();
// runs [--limit N] [--task NAME] [--json]: recent orchestrator runs.
Command runsCommand();
// --headless [--once]: the orchestrator without a window until SIGTERM or
// SIGINT; with --once, every task due now, then exit.
Command headlessCommand();

} // namespace Bfs::App
