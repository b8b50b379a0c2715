#include "medialogging.h"

Q_LOGGING_CATEGORY(lcMedia, "bfs.core.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMediaWorker, "bfs.core.media.worker", QtInfoMsg)
