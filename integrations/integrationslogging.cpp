#include "integrationslogging.h"

Q_LOGGING_CATEGORY(lcServiceContent, "bfs.integrations.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServiceImages, "bfs.integrations.images", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServiceFiles, "bfs.integrations.files", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServiceNotify, "bfs.integrations.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServiceScheduler, "bfs.integrations.scheduler", QtInfoMsg)
