#pragma once

#include <QLoggingCategory>

// bfs.core.media: probing in this process; bfs.core.media.worker: the helper
// processes and the pool that runs them. FFmpeg's own log lines go to the
// worker category at debug level (QT_LOGGING_RULES="bfs.core.media*=true").
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcMediaWorker)
