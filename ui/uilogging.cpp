#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "bfs.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReview, "bfs.ui.review", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTray, "bfs.ui.tray", QtInfoMsg)
