#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "bfs.core.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrations, "bfs.core.migrations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "bfs.core.workflow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "bfs.core.settings", QtInfoMsg)
