#include "videoslogging.h"

Q_LOGGING_CATEGORY(lcVideos, "bfs.ui.videos", QtInfoMsg)
