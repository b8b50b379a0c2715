#pragma once

#include <QLoggingCategory>

// Logging categories of the orchestrator, named bfs.orchestrator.<area>.
Q_DECLARE_LOGGING_CATEGORY(lcScheduler)
Q_DECLARE_LOGGING_CATEGORY(lcRunner)
Q_DECLARE_LOGGING_CATEGORY(lcTasks)
