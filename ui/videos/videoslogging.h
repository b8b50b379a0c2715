#pragma once

#include <QLoggingCategory>

// The Videos page: uploads, the Video Sorter, the library and its player.
Q_DECLARE_LOGGING_CATEGORY(lcVideos)
