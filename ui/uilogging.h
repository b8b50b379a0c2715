#pragma once

#include <QLoggingCategory>

// Logging categories of the desktop UI, named bfs.ui.<area>.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcReview)
Q_DECLARE_LOGGING_CATEGORY(lcTray)
