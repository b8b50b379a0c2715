#include "orchestratorlogging.h"

Q_LOGGING_CATEGORY(lcScheduler, "bfs.orchestrator.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunner, "bfs.orchestrator.runner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTasks, "bfs.orchestrator.tasks", QtInfoMsg)
