#pragma once

#include <QLoggingCategory>

// Categories of the live service clients, named bfs.integrations.<service>.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcClaude)
Q_DECLARE_LOGGING_CATEGORY(lcGptImage)
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
Q_DECLARE_LOGGING_CATEGORY(lcTeams)
Q_DECLARE_LOGGING_CATEGORY(lcMetricool)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
