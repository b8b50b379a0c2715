#pragma once

#include <QLoggingCategory>

// Logging categories of the core library, named bfs.core.<area>. Other
// libraries declare their own next to their code.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcMigrations)
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
