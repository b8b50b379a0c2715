#include "httplogging.h"

Q_LOGGING_CATEGORY(lcHttp, "bfs.integrations.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClaude, "bfs.integrations.claude", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGptImage, "bfs.integrations.openai", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGraph, "bfs.integrations.graph", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTeams, "bfs.integrations.teams", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetricool, "bfs.integrations.metricool", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "bfs.integrations.credentials", QtInfoMsg)
