#pragma once

#include <QLoggingCategory>

// Logging categories of the integrations library, named
// bfs.integrations.<service>. The lcService prefix keeps them apart from the
// orchestrator's categories for the tasks that call these services. Live
// clients add theirs here.
Q_DECLARE_LOGGING_CATEGORY(lcServiceContent)
Q_DECLARE_LOGGING_CATEGORY(lcServiceImages)
Q_DECLARE_LOGGING_CATEGORY(lcServiceFiles)
Q_DECLARE_LOGGING_CATEGORY(lcServiceNotify)
Q_DECLARE_LOGGING_CATEGORY(lcServiceScheduler)
